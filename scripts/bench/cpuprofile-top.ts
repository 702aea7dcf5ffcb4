/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): the functions with the
 * most self time, the functions with the most total (inclusive) time, and
 * self time by package / source file.
 *
 *   tsx scripts/bench/cpuprofile-top.ts FILE.cpuprofile [--top 25] [--json OUT]
 *
 * Profile the ingest on a benchmark corpus with, e.g.:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/cli.ts ingest --seeds DIR --content /tmp/prof/content
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  /** Milliseconds. */
  self: number;
  total: number;
}

/** Where a frame lives: `compromise`, `scripts/pipeline/speakers.ts`, `node:internal`, … */
export function locationOf(url: string): string {
  if (!url) return '(native/V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const repo = /\/(scripts\/[^?]+|src\/[^?]+)/.exec(url);
  if (repo) return repo[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^file:\/\//, '');
}

export function summarize(profile: CpuProfile): { totalMs: number; functions: Hotspot[]; files: { file: string; self: number }[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${locationOf(f.url)}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(key(node), (self.get(key(node)) ?? 0) + us);
    const file = locationOf(node.callFrame.url);
    files.set(file, (files.get(file) ?? 0) + us);
    // Inclusive time: every distinct function on the stack gets the sample once (recursion counted once).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const ms = (us: number) => Math.round(us / 1000);
  return {
    totalMs: ms(profile.endTime - profile.startTime),
    functions: [...total.keys()].map((name) => ({ name, self: ms(self.get(name) ?? 0), total: ms(total.get(name) ?? 0) })),
    files: [...files].map(([file, us]) => ({ file, self: ms(us) })).sort((a, b) => b.self - a.self),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, json: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('Usage: tsx scripts/bench/cpuprofile-top.ts FILE.cpuprofile [--top 25] [--json OUT]\n');
    process.exit(2);
  }
  const top = Number(values.top);
  const result = summarize(JSON.parse(await readFile(file, 'utf8')) as CpuProfile);
  const pct = (x: number) => `${((100 * x) / result.totalMs).toFixed(1)}%`.padStart(6);
  process.stdout.write(`profile: ${result.totalMs} ms\n\nTop ${top} by self time:\n`);
  for (const f of [...result.functions].sort((a, b) => b.self - a.self).slice(0, top)) {
    process.stdout.write(`${String(f.self).padStart(8)} ms ${pct(f.self)}  ${f.name}\n`);
  }
  process.stdout.write(`\nTop ${top} by total (inclusive) time:\n`);
  for (const f of [...result.functions].sort((a, b) => b.total - a.total).slice(0, top)) {
    process.stdout.write(`${String(f.total).padStart(8)} ms ${pct(f.total)}  ${f.name}\n`);
  }
  process.stdout.write('\nSelf time by package / file:\n');
  for (const f of result.files.slice(0, top)) process.stdout.write(`${String(f.self).padStart(8)} ms ${pct(f.self)}  ${f.file}\n`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}
