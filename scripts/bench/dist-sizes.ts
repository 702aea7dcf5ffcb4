/**
 * Where the bytes of a built `dist/` go: its size by part of the site, and,
 * for one article page, the bytes by part of the HTML.
 *
 *   tsx scripts/bench/dist-sizes.ts DIST [--page articles/<slug>/index.html] [--json OUT]
 *
 * Without `--page`, the sample is the article page whose size is the median.
 * Sizes are apparent sizes (file bytes), as `run.ts` counts them.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The part of the site a file of `dist/` belongs to, from its path relative to `dist/` (`/`-separated). */
export function distPart(path: string): string {
  const p = path.split(sep).join('/');
  if (p.startsWith('pagefind/')) return 'Pagefind index';
  if (p.startsWith('articles/')) return 'article pages';
  if (p.startsWith('claim/')) return 'claim story pages';
  if (p === 'annotations.jsonld' || p.startsWith('annotations/')) return 'annotations export';
  if (p === 'claims.json' || /^claims\/(shard|clusters)-\d+\.json(\.gz)?$/.test(p)) return 'claims export';
  if (p.startsWith('claims/data/')) return '/claims/ filter data';
  if (p.startsWith('claims/by-worthiness/')) return '/claims/ by check-worthiness';
  if (p.startsWith('claims/')) return '/claims/ listing pages';
  if (p.startsWith('speakers/')) return 'speaker pages';
  if (p === 'index.html' || p.startsWith('page/')) return 'home pages';
  return 'other';
}

export interface Part {
  part: string;
  bytes: number;
}

/** Bytes by part of an article page's HTML; the parts do not overlap and add up to the page's length (`other` is the rest). */
export function htmlBreakdown(html: string): Part[] {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const parts = new Map<string, number>();
  const add = (part: string, n: number) => parts.set(part, (parts.get(part) ?? 0) + n);
  let rest = html;
  // Cut a region out of `rest` (counted under `part`), so that later parts do not count it again.
  const cut = (part: string, re: RegExp, inner?: (match: string) => void) => {
    rest = rest.replace(re, (match) => {
      if (inner) inner(match);
      else add(part, bytes(match));
      return '';
    });
  };
  cut('JSON-LD', /<script[^>]*type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g);
  cut('inline scripts', /<script\b[\s\S]*?<\/script>/g);
  cut('inline styles', /<style\b[\s\S]*?<\/style>/g);
  cut('head (meta, links)', /<head>[\s\S]*?<\/head>/g);
  const pagefindAttrs = (region: string) => {
    const attrs = region.match(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g) ?? [];
    const filterSpans = region.match(/<span hidden[^>]*data-pagefind-filter[^>]*>[^<]*<\/span>/g) ?? [];
    const inSpans = filterSpans.reduce((n, s) => n + bytes(s) - ((s.match(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g) ?? []).reduce((m, a) => m + bytes(a), 0)), 0);
    return attrs.reduce((n, a) => n + bytes(a), 0) + inSpans;
  };
  cut('claim list', /<section class="claims"[\s\S]*<\/section>(?=\s*<footer class="article-footer")/g, (list) => {
    const related = (list.match(/<ul class="claims__related">[\s\S]*?<\/ul>/g) ?? []).reduce((n, s) => n + bytes(s), 0);
    const stories = (list.match(/<p class="claims__story">[\s\S]*?<\/p>/g) ?? []).reduce((n, s) => n + bytes(s), 0);
    const badges = (list.match(/<span class="status status--[\s\S]*?<\/span>\s*<\/span>/g) ?? []).reduce((n, s) => n + bytes(s), 0);
    const pf = pagefindAttrs(list);
    add('claim list: related links', related);
    add('claim list: story links', stories);
    add('claim list: status badges', badges);
    add('claim list: Pagefind attributes', pf);
    add('claim list: the rest (summaries, speaker, why, check-worthiness)', bytes(list) - related - stories - badges - pf);
  });
  cut('article body', /<div class="article-body"[\s\S]*?<\/div>/g, (body) => {
    let b = body;
    const take = (re: RegExp) => {
      let n = 0;
      b = b.replace(re, (m) => {
        n += bytes(m);
        return '';
      });
      return n;
    };
    const badges = take(/<a\s+class="status [\s\S]*?<\/a>/g);
    const pf = take(/<span hidden[^>]*data-pagefind-filter[^>]*>[^<]*<\/span>/g) + take(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g);
    const marks = take(/<mark\b[^>]*>|<\/mark>/g);
    const markup = take(/<[^>]*>/g);
    add('body: text', bytes(b));
    add('body: claim <mark> tags', marks);
    add('body: claim badges', badges);
    add('body: Pagefind attributes and filter spans', pf);
    add('body: other markup', markup);
  });
  add('other (header, footer, nav, cleaning log)', bytes(rest));
  return [...parts].map(([part, n]) => ({ part, bytes: n }));
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

export interface DistSizes {
  total: { bytes: number; files: number };
  largest: { path: string; bytes: number };
  parts: Array<{ part: string; bytes: number; files: number }>;
  sample: { path: string; bytes: number; parts: Part[] } | null;
}

export async function distSizes(dist: string, page?: string): Promise<DistSizes> {
  const parts = new Map<string, { bytes: number; files: number }>();
  const articlePages: Array<{ path: string; bytes: number }> = [];
  let total = 0;
  let files = 0;
  let largest = { path: '', bytes: -1 };
  for await (const file of walk(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    const { size } = await stat(file);
    const part = distPart(rel);
    const entry = parts.get(part) ?? { bytes: 0, files: 0 };
    entry.bytes += size;
    entry.files += 1;
    parts.set(part, entry);
    total += size;
    files += 1;
    if (size > largest.bytes || (size === largest.bytes && rel < largest.path)) largest = { path: rel, bytes: size };
    if (/^articles\/[^/]+\/index\.html$/.test(rel)) articlePages.push({ path: rel, bytes: size });
  }
  articlePages.sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path));
  const samplePath = page ?? articlePages[Math.floor(articlePages.length / 2)]?.path;
  let sample: DistSizes['sample'] = null;
  if (samplePath) {
    const html = await readFile(join(dist, samplePath), 'utf8');
    sample = { path: samplePath, bytes: Buffer.byteLength(html), parts: htmlBreakdown(html) };
  }
  return {
    total: { bytes: total, files },
    largest,
    parts: [...parts].map(([part, v]) => ({ part, ...v })).sort((a, b) => b.bytes - a.bytes),
    sample,
  };
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const kb = (n: number) => `${(n / 1e3).toFixed(1)} kB`;

export function formatDistSizes(s: DistSizes): string {
  const lines = ['| part | files | bytes | share |', '| --- | --- | --- | --- |'];
  for (const p of s.parts) lines.push(`| ${p.part} | ${p.files.toLocaleString('en')} | ${mb(p.bytes)} | ${((100 * p.bytes) / s.total.bytes).toFixed(1)} % |`);
  lines.push(`| **dist/** | ${s.total.files.toLocaleString('en')} | **${mb(s.total.bytes)}** | |`);
  lines.push('', `largest file: \`${s.largest.path}\` ${mb(s.largest.bytes)}`);
  if (s.sample) {
    lines.push('', `sample article page \`${s.sample.path}\`: ${kb(s.sample.bytes)}`, '', '| part of the HTML | bytes | share |', '| --- | --- | --- |');
    for (const p of s.sample.parts) lines.push(`| ${p.part} | ${kb(p.bytes)} | ${((100 * p.bytes) / s.sample.bytes).toFixed(1)} % |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { page: { type: 'string' }, json: { type: 'string' } } });
  const dist = positionals[0];
  if (!dist) {
    process.stderr.write('Usage: tsx scripts/bench/dist-sizes.ts DIST [--page articles/<slug>/index.html] [--json OUT]\n');
    process.exit(2);
  }
  const result = await distSizes(dist, values.page);
  process.stdout.write(formatDistSizes(result));
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}
