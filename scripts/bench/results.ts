/**
 * The benchmark's results: their shape, merging runs, the budgets of the
 * "Scale: benchmark the whole build" issue, the printed table and the
 * generated section of `docs/benchmarks.md`.
 */
import { formatBytes, formatMs, type Measurement } from './measure.ts';

export const FULL_STAGES = ['ingest', 'astro', 'pagefind', 'report'] as const;
export type FullStage = (typeof FULL_STAGES)[number];
export const BASELINE_STAGES = ['astro', 'pagefind'] as const;
export const REBUILD_KINDS = ['verdict', 'seed'] as const;
export type RebuildKind = (typeof REBUILD_KINDS)[number];
export const REBUILD_LABELS: Record<RebuildKind, string> = {
  verdict: 'rebuild after one verdict file changed',
  seed: 'rebuild after one seed was added',
};
export type BaselineStage = (typeof BASELINE_STAGES)[number];

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverage: number;
}

export interface SizeResult {
  n: number;
  seed: string;
  corpusBytes: number;
  /** Pages and claims the ingest made, skipped seeds, pages Pagefind indexed (from the reports). */
  articles: number | null;
  claims: number | null;
  skipped: number | null;
  pagefindPages: number | null;
  distBytes: number | null;
  full: Partial<Record<FullStage, Measurement>>;
  baseline: { pages: number; distBytes: number | null; stages: Partial<Record<BaselineStage, Measurement>> } | null;
  /**
   * Rebuilds of the same site after a full build, with the ingest cache and
   * Astro's cache of that build: after one editor's verdict file changed, and
   * after one seed was added.
   */
  rebuilds?: Partial<Record<RebuildKind, Partial<Record<FullStage, Measurement>>>>;
  machine: Machine;
  command: string;
  date: string;
}

export interface BenchResults {
  results: SizeResult[];
}

/** The budgets for 10,000 articles. */
export const BUDGETS = {
  articles: 10_000,
  wallMs: 90_000,
  peakRssKiB: (3e9 / 1024) | 0,
  ingestPerSecond: 500,
  baselineRatio: 1.5,
} as const;

/** Merges a new result into earlier ones: per N, stages measured now replace the same stages measured before. */
export function mergeResults(earlier: BenchResults | null, now: SizeResult): BenchResults {
  const results = (earlier?.results ?? []).filter((r) => r.n !== now.n);
  const before = earlier?.results.find((r) => r.n === now.n && r.seed === now.seed);
  const merged: SizeResult = before
    ? {
        ...before,
        ...now,
        articles: now.articles ?? before.articles,
        claims: now.claims ?? before.claims,
        skipped: now.skipped ?? before.skipped,
        pagefindPages: now.pagefindPages ?? before.pagefindPages,
        distBytes: now.distBytes ?? before.distBytes,
        full: { ...before.full, ...now.full },
        rebuilds: { ...before.rebuilds, ...now.rebuilds },
        baseline: now.baseline || before.baseline ? mergeBaseline(before.baseline, now.baseline) : null,
        command: before.command === now.command ? now.command : `${before.command}\n${now.command}`,
      }
    : now;
  return { results: [...results, merged].sort((a, b) => a.n - b.n) };
}

function mergeBaseline(a: SizeResult['baseline'], b: SizeResult['baseline']): SizeResult['baseline'] {
  if (!a) return b;
  if (!b) return a;
  return { pages: b.pages || a.pages, distBytes: b.distBytes ?? a.distBytes, stages: { ...a.stages, ...b.stages } };
}

export const sumWall = (stages: Partial<Record<string, Measurement>>): number =>
  Object.values(stages).reduce((sum, m) => sum + (m?.wallMs ?? 0), 0);

export const maxRss = (stages: Partial<Record<string, Measurement>>): number =>
  Object.values(stages).reduce((max, m) => Math.max(max, m?.peakRssKiB ?? 0), 0);

export function ingestRate(r: SizeResult): number | null {
  const ingest = r.full.ingest;
  return ingest && ingest.wallMs > 0 ? r.n / (ingest.wallMs / 1000) : null;
}

/** Full build (ingest + astro + pagefind + report) over the baseline (astro + pagefind), by wall time. */
export function baselineRatio(r: SizeResult): number | null {
  const complete = FULL_STAGES.every((s) => r.full[s]) && BASELINE_STAGES.every((s) => r.baseline?.stages[s]);
  if (!complete || !r.baseline) return null;
  return sumWall(r.full) / sumWall(r.baseline.stages);
}

/** astro + pagefind of the full site over the same two steps of the baseline: the cost of the annotated site alone. */
export function siteRatio(r: SizeResult): number | null {
  const full = r.full.astro && r.full.pagefind ? r.full.astro.wallMs + r.full.pagefind.wallMs : null;
  const base = r.baseline?.stages.astro && r.baseline.stages.pagefind ? r.baseline.stages.astro.wallMs + r.baseline.stages.pagefind.wallMs : null;
  return full !== null && base ? full / base : null;
}

/**
 * A value at `target` N from the two largest measured sizes, by a power law
 * through them (`v = v2 · (target / n2)^k`, `k` from the two points). Null
 * with fewer than two points. Marked as extrapolated wherever it is shown.
 */
export function extrapolate(points: readonly { n: number; v: number }[], target: number): { value: number; exponent: number } | null {
  const sorted = points.filter((p) => p.v > 0).sort((a, b) => a.n - b.n);
  const exact = sorted.find((p) => p.n === target);
  if (exact) return { value: exact.v, exponent: NaN };
  const [p1, p2] = sorted.slice(-2);
  if (!p1 || !p2 || p1.n === p2.n) return null;
  const k = Math.log(p2.v / p1.v) / Math.log(p2.n / p1.n);
  return { value: p2.v * Math.pow(target / p2.n, k), exponent: k };
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number) => n.toLocaleString('en-US');

/** The console table. */
export function table(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  const row = (cells: string[]) => lines.push(cells.map((c, i) => pad(c, [8, 20, 12, 12, 10, 14, 14][i] ?? 12)).join(' '));
  const cpu = (m: Measurement) => (m.cpuMs === null ? '' : formatMs(m.cpuMs));
  row(['N', 'stage', 'wall', 'CPU', 'peak RSS', 'peak RSS tree', 'rate']);
  for (const r of results) {
    for (const stage of FULL_STAGES) {
      const m = r.full[stage];
      if (!m) continue;
      const rate = stage === 'ingest' ? `${ingestRate(r)?.toFixed(1)} art/s` : '';
      row([num(r.n), stage + failed(m), formatMs(m.wallMs), cpu(m), formatBytes(m.peakRssKiB), formatBytes(m.peakTreeRssKiB), rate]);
    }
    row([num(r.n), 'full total', formatMs(sumWall(r.full)), '', formatBytes(maxRss(r.full)), '', '']);
    for (const stage of BASELINE_STAGES) {
      const m = r.baseline?.stages[stage];
      if (m) row([num(r.n), `baseline ${stage}${failed(m)}`, formatMs(m.wallMs), cpu(m), formatBytes(m.peakRssKiB), formatBytes(m.peakTreeRssKiB), '']);
    }
    if (r.baseline) row([num(r.n), 'baseline total', formatMs(sumWall(r.baseline.stages)), '', formatBytes(maxRss(r.baseline.stages)), '', '']);
    const ratio = baselineRatio(r);
    const site = siteRatio(r);
    if (ratio !== null) row([num(r.n), 'full / baseline', `${ratio.toFixed(1)}×`, '', '', '', site === null ? '' : `site ${site.toFixed(1)}×`]);
    for (const kind of REBUILD_KINDS) {
      const stages = r.rebuilds?.[kind];
      if (!stages) continue;
      for (const stage of FULL_STAGES) {
        const m = stages[stage];
        if (m) row([num(r.n), `rebuild/${kind} ${stage}${failed(m)}`, formatMs(m.wallMs), cpu(m), formatBytes(m.peakRssKiB), formatBytes(m.peakTreeRssKiB), '']);
      }
      row([num(r.n), `rebuild/${kind} total`, formatMs(sumWall(stages)), '', formatBytes(maxRss(stages)), '', '']);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const failed = (m: Measurement) => (m.exitCode === 0 ? '' : m.signal ? ` (killed: ${m.signal})` : ` (exit ${m.exitCode})`);

function mdTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** What a 10,000-article build is measured or extrapolated at, for each budget. */
export function budgetRows(results: readonly SizeResult[]): string[][] {
  const target = BUDGETS.articles;
  const series = (f: (r: SizeResult) => number | null) =>
    results.flatMap((r) => {
      const v = f(r);
      return v === null || !Number.isFinite(v) ? [] : [{ n: r.n, v }];
    });
  const show = (e: { value: number; exponent: number } | null, format: (v: number) => string) =>
    e === null ? 'not measured' : Number.isNaN(e.exponent) ? `${format(e.value)} (measured)` : `≈ ${format(e.value)} (extrapolated: power law N^${e.exponent.toFixed(2)} through the two largest N)`;
  const complete = (r: SizeResult) => FULL_STAGES.every((s) => r.full[s]);
  const wall = extrapolate(series((r) => (complete(r) ? sumWall(r.full) : null)), target);
  const rss = extrapolate(series((r) => (complete(r) ? maxRss(r.full) : null)), target);
  const ingestMs = extrapolate(series((r) => r.full.ingest?.wallMs ?? null), target);
  const ratio = extrapolate(series(baselineRatio), target);
  const distance = (value: number | undefined, budget: number, higherIsBetter = false) =>
    value === undefined ? '' : higherIsBetter ? (value >= budget ? 'met' : `${(budget / value).toFixed(1)}× too slow`) : value <= budget ? 'met' : `${(value / budget).toFixed(1)}× over`;
  const rate = ingestMs ? target / (ingestMs.value / 1000) : undefined;
  return [
    ['wall time, whole build', '≤ 90 s', show(wall, formatMs), distance(wall?.value, BUDGETS.wallMs)],
    ['peak RSS (largest process)', '≤ 3 GB', show(rss, formatBytes), distance(rss?.value, BUDGETS.peakRssKiB)],
    [
      'ingest throughput',
      '≥ 500 articles/s',
      ingestMs === null ? 'not measured' : `${show({ ...ingestMs, value: rate ?? 0 }, (v) => `${v.toFixed(1)} articles/s`)}`,
      distance(rate, BUDGETS.ingestPerSecond, true),
    ],
    ['full / baseline (wall)', '≤ 1.5×', show(ratio, (v) => `${v.toFixed(1)}×`), distance(ratio?.value, BUDGETS.baselineRatio)],
  ];
}

/** The generated part of docs/benchmarks.md. */
export function docsSection(results: readonly SizeResult[]): string {
  const latest = results[results.length - 1];
  if (!latest) return '_No results yet: run `npm run bench -- --write-docs`._';
  const m = latest.machine;
  const out: string[] = [];
  out.push(
    mdTable(
      ['machine', ''],
      [
        ['CPUs (`nproc`)', String(m.cpus)],
        ['CPU', m.cpuModel],
        ['memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Astro', m.astro],
        ['Pagefind', m.pagefind],
      ],
    ),
  );
  out.push('', 'Commands (with `PATH` set to Node 24, in the repository):', '', '```sh');
  const commands = [...new Set(results.flatMap((r) => r.command.split('\n')))];
  out.push(...commands, '```', '');
  out.push(
    'Peak RSS is the largest single process of the step (GNU `/usr/bin/time -v`, "Maximum resident set size"); ' +
      '"tree" is the largest sum of `VmRSS` over the step\'s whole process tree, sampled every 100 ms from `/proc` (a lower bound). ' +
      'CPU is user + system time of the step\'s processes (GNU time); "load at start" is the 1-minute load average when the step started ' +
      '(on 2 cores, anything above ~1 means another job shared the machine and wall times are inflated).',
    '',
  );
  const rows: string[][] = [];
  for (const r of results) {
    const cells = (label: string, mm: Measurement | undefined, rate = '') =>
      mm
        ? rows.push([num(r.n), label + failed(mm), formatMs(mm.wallMs), mm.cpuMs === null ? '' : formatMs(mm.cpuMs), formatBytes(mm.peakRssKiB), formatBytes(mm.peakTreeRssKiB), rate, String(mm.loadAtStart)])
        : undefined;
    for (const stage of FULL_STAGES) cells(stage, r.full[stage], stage === 'ingest' && ingestRate(r) !== null ? `${ingestRate(r)!.toFixed(1)} articles/s` : '');
    if (FULL_STAGES.every((s) => r.full[s])) rows.push([num(r.n), '**full build**', `**${formatMs(sumWall(r.full))}**`, '', `**${formatBytes(maxRss(r.full))}**`, '', '', '']);
    for (const stage of BASELINE_STAGES) cells(`baseline ${stage}`, r.baseline?.stages[stage]);
    if (r.baseline && BASELINE_STAGES.every((s) => r.baseline?.stages[s])) {
      rows.push([num(r.n), '**baseline build**', `**${formatMs(sumWall(r.baseline.stages))}**`, '', `**${formatBytes(maxRss(r.baseline.stages))}**`, '', '', '']);
    }
  }
  out.push(mdTable(['N', 'stage', 'wall', 'CPU (user + sys)', 'peak RSS', 'peak RSS (tree)', 'throughput', 'load at start'], rows));
  out.push('');
  out.push(
    mdTable(
      ['N', 'corpus', 'pages', 'claims', 'full build', 'baseline', 'full / baseline', 'site only (astro + pagefind)'],
      results.map((r) => {
        const ratio = baselineRatio(r);
        const site = siteRatio(r);
        return [
          num(r.n),
          formatBytes(r.corpusBytes / 1024),
          r.articles === null ? '' : num(r.articles),
          r.claims === null ? '' : num(r.claims),
          FULL_STAGES.every((s) => r.full[s]) ? formatMs(sumWall(r.full)) : 'incomplete',
          r.baseline && BASELINE_STAGES.every((s) => r.baseline?.stages[s]) ? formatMs(sumWall(r.baseline.stages)) : '',
          ratio === null ? '' : `${ratio.toFixed(1)}×`,
          site === null ? '' : `${site.toFixed(1)}×`,
        ];
      }),
    ),
  );
  const rebuildRows = results.flatMap((r) =>
    REBUILD_KINDS.flatMap((kind) => {
      const stages = r.rebuilds?.[kind];
      if (!stages || !FULL_STAGES.every((s) => stages[s])) return [];
      const full = FULL_STAGES.every((s) => r.full[s]) ? sumWall(r.full) : null;
      return [[
        num(r.n),
        REBUILD_LABELS[kind],
        ...FULL_STAGES.map((s) => formatMs(stages[s]!.wallMs)),
        `**${formatMs(sumWall(stages))}**`,
        full === null ? '' : `${Math.round((100 * sumWall(stages)) / full)} %`,
        formatBytes(maxRss(stages)),
      ]];
    }),
  );
  if (rebuildRows.length > 0) {
    out.push('', 'Incremental rebuilds (same project, right after the full build: warm ingest cache, Astro cache kept, no `force`):', '');
    out.push(mdTable(['N', 'change', ...FULL_STAGES, 'total', 'of the full build', 'peak RSS'], rebuildRows));
  }
  out.push('', 'Budgets for 10,000 articles (from the issue):', '');
  out.push(mdTable(['budget', 'target', '10,000 articles', 'distance'], budgetRows(results)));
  return out.join('\n');
}

export const DOCS_START = '<!-- bench:results:start (generated by `npm run bench -- --write-docs`; edit outside these markers) -->';
export const DOCS_END = '<!-- bench:results:end -->';

/** `docs` with its generated section replaced (or appended, with the markers, when it has none). */
export function updateDocs(docs: string, section: string): string {
  const start = docs.indexOf(DOCS_START);
  const end = docs.indexOf(DOCS_END);
  const block = `${DOCS_START}\n\n${section}\n\n${DOCS_END}`;
  if (start === -1 || end === -1 || end < start) return `${docs.trimEnd()}\n\n${block}\n`;
  return `${docs.slice(0, start)}${block}${docs.slice(end + DOCS_END.length)}`;
}
