#!/usr/bin/env node
/**
 * Page weight: what a reader downloads for each kind of page of a built site.
 *
 *   tsx scripts/measure-weight.ts [DIST] [--out FILE]
 *
 * Reads a built `dist/` (default `dist`; it builds nothing) and reports, per
 * page type (home, article, claims, speaker, search, methodology,
 * corrections), the bytes of the page's HTML, of the CSS and JS it links
 * (each file counted once per page, `@import`s and static `import`s
 * followed), raw and gzip-compressed (level 6, what hosts typically serve).
 * For the search page it also counts what Pagefind loads on demand at the
 * first query: its runtime (JS and WebAssembly), entry, metadata and filter
 * files, and the index and fragment chunks a query draws from.
 *
 * Writes `docs/page-weight.md` (or FILE) and prints it. The output depends
 * only on the files in DIST: no timestamps, files in sorted order.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'other'];

export interface Size {
  raw: number;
  gzip: number;
}

export interface Asset extends Size {
  /** Path inside dist, with "/" separators. */
  file: string;
  kind: Kind;
}

export interface PageWeight {
  type: string;
  /** The measured page, inside dist; null when the build has no page of this type. */
  page: string | null;
  /** How many pages of this type the build has. */
  count: number;
  assets: Asset[];
  totals: Record<Kind | 'total', Size>;
}

/** The page types, each with the pages (inside dist) that belong to it. */
export const PAGE_TYPES: readonly { type: string; match: (file: string) => boolean }[] = [
  { type: 'home', match: (file) => file === 'index.html' },
  { type: 'article', match: (file) => /^articles\/[^/]+\/index\.html$/.test(file) },
  { type: 'claims', match: (file) => file === 'claims/index.html' },
  { type: 'speaker', match: (file) => /^speakers\/[^/]+\/index\.html$/.test(file) },
  { type: 'search', match: (file) => file === 'search/index.html' },
  { type: 'methodology', match: (file) => file === 'methodology/index.html' },
  { type: 'corrections', match: (file) => file === 'corrections/index.html' },
];

const GZIP_MAGIC = [0x1f, 0x8b];

/** Raw and gzip size. A file that is already gzip-compressed (Pagefind's index and WebAssembly) is sent as it is. */
export function sizeOf(bytes: Buffer): Size {
  const compressed = bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  return { raw: bytes.length, gzip: compressed ? bytes.length : gzipSync(bytes, { level: 6 }).length };
}

function kindOf(file: string): Kind {
  if (file.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.html')) return 'html';
  return 'other';
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/**
 * The file inside dist that a reference from `fromFile` points at, or null
 * (external, data: URL, or not in dist). Root-relative paths may carry the
 * site's base path (`/factline/x.css`): leading segments are dropped until a
 * file matches.
 */
export function resolveReference(dist: string, fromFile: string, reference: string): string | null {
  const ref = reference.trim();
  if (ref === '' || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || ref.startsWith('#')) return null;
  const path = decodeURIComponent(ref.split(/[?#]/)[0]!);
  const exists = (candidate: string) => {
    const full = join(dist, ...candidate.split('/'));
    return candidate !== '' && !candidate.startsWith('..') && existsSync(full) && statSync(full).isFile();
  };
  if (path.startsWith('/')) {
    const segments = path.slice(1).split('/');
    for (let drop = 0; drop < segments.length; drop++) {
      const candidate = segments.slice(drop).join('/');
      if (exists(candidate)) return candidate;
    }
    return null;
  }
  const candidate = posix.normalize(posix.join(posix.dirname(fromFile), path));
  return exists(candidate) ? candidate : null;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The stylesheets and scripts an HTML page links, in document order. */
export function linkedAssets(html: string): { href: string; kind: 'css' | 'js' }[] {
  const found: { href: string; kind: 'css' | 'js' }[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = match[0];
    if (match[1]!.toLowerCase() === 'script') {
      const src = attribute(tag, 'src');
      if (src) found.push({ href: src, kind: 'js' });
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) found.push({ href, kind: 'css' });
    else if (rel.includes('modulepreload')) found.push({ href, kind: 'js' });
    else if (rel.includes('preload')) {
      const as = (attribute(tag, 'as') ?? '').toLowerCase();
      if (as === 'style') found.push({ href, kind: 'css' });
      if (as === 'script') found.push({ href, kind: 'js' });
    }
  }
  return found;
}

/** What a stylesheet or script pulls in by itself: CSS `@import`s, JS static `import`/`export … from`. */
export function innerReferences(text: string, kind: 'css' | 'js'): string[] {
  const out: string[] = [];
  if (kind === 'css') {
    for (const match of text.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) out.push(match[1]!);
  } else {
    for (const match of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+\s*from\s*)?["']([^"']+)["']/g)) out.push(match[1]!);
  }
  return out;
}

function emptyTotals(): Record<Kind | 'total', Size> {
  return { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, total: { raw: 0, gzip: 0 } };
}

function totalsOf(assets: readonly Asset[]): Record<Kind | 'total', Size> {
  const totals = emptyTotals();
  for (const asset of assets) {
    for (const key of [asset.kind, 'total'] as const) {
      totals[key].raw += asset.raw;
      totals[key].gzip += asset.gzip;
    }
  }
  return totals;
}

/** A page and everything it links, each file once. */
export function measurePage(dist: string, page: string): Asset[] {
  const seen = new Set<string>();
  const assets: Asset[] = [];
  const add = (file: string, kind: Kind) => {
    if (seen.has(file)) return false;
    seen.add(file);
    assets.push({ file, kind, ...sizeOf(readFileSync(join(dist, ...file.split('/')))) });
    return true;
  };
  add(page, 'html');
  const html = readFileSync(join(dist, ...page.split('/')), 'utf8');
  const follow = (from: string, href: string, kind: 'css' | 'js') => {
    const file = resolveReference(dist, from, href);
    if (!file || !add(file, kind)) return;
    const text = readFileSync(join(dist, ...file.split('/')), 'utf8');
    for (const inner of innerReferences(text, kind)) follow(file, inner, kind);
  };
  for (const { href, kind } of linkedAssets(html)) follow(page, href, kind);
  return assets;
}

/**
 * What Pagefind loads on demand, at the first query: its runtime (pagefind.js
 * and its worker), the WebAssembly and metadata of the page's language, the
 * entry file and every filter file; then the index and fragment chunks,
 * of which a query loads those for its words and its results shown.
 */
export function pagefindOnDemand(dist: string, bundle: string): { runtime: Asset[]; chunks: Asset[] } | null {
  const entryFile = `${bundle}pagefind-entry.json`;
  if (!existsSync(join(dist, ...entryFile.split('/')))) return null;
  const entry = JSON.parse(readFileSync(join(dist, ...entryFile.split('/')), 'utf8')) as {
    languages?: Record<string, { hash?: string; wasm?: string | null }>;
  };
  const asset = (file: string, kind: Kind): Asset | null =>
    existsSync(join(dist, ...file.split('/'))) ? { file, kind, ...sizeOf(readFileSync(join(dist, ...file.split('/')))) } : null;
  const runtime: (Asset | null)[] = [asset(`${bundle}pagefind.js`, 'js'), asset(`${bundle}pagefind-worker.js`, 'js'), asset(entryFile, 'other')];
  // One language is loaded: the page's. Pagefind writes one per language found; take them in order (a one-language site has one).
  const languages = Object.keys(entry.languages ?? {}).sort();
  const language = entry.languages?.[languages[0] ?? ''];
  if (language?.hash) runtime.push(asset(`${bundle}pagefind.${language.hash}.pf_meta`, 'other'));
  if (language) runtime.push(asset(`${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`, 'other'));
  const inFolder = (folder: string) =>
    existsSync(join(dist, ...`${bundle}${folder}`.split('/')))
      ? readdirSync(join(dist, ...`${bundle}${folder}`.split('/')))
          .sort()
          .map((name) => asset(`${bundle}${folder}/${name}`, 'other'))
      : [];
  runtime.push(...inFolder('filter'));
  const chunks = [...inFolder('index'), ...inFolder('fragment')];
  return { runtime: runtime.filter((a): a is Asset => a !== null), chunks: chunks.filter((a): a is Asset => a !== null) };
}

/** The Pagefind bundle folder a search page uses (its `data-bundle-path`, else the folder of pagefind-ui.js). */
function pagefindBundle(dist: string, page: string, html: string): string | null {
  const bundlePath = /data-bundle-path\s*=\s*"([^"]+)"/.exec(html)?.[1];
  if (bundlePath) {
    const entry = resolveReference(dist, page, `${bundlePath.replace(/\/?$/, '/')}pagefind-entry.json`);
    if (entry) return entry.slice(0, -'pagefind-entry.json'.length);
  }
  for (const { href } of linkedAssets(html)) {
    const file = resolveReference(dist, page, href);
    if (file && /(^|\/)pagefind-ui\.js$/.test(file)) return file.slice(0, -'pagefind-ui.js'.length);
  }
  return null;
}

export interface WeightReport {
  pages: PageWeight[];
  search: { page: string; onLoad: PageWeight; runtime: Asset[]; chunks: Asset[] } | null;
  counts: { articles: number; claims: number } | null;
}

export function measureSite(dist: string): WeightReport {
  const files = listFiles(dist).filter((file) => file.endsWith('.html'));
  const pages: PageWeight[] = [];
  let search: WeightReport['search'] = null;
  for (const { type, match } of PAGE_TYPES) {
    const members = files.filter(match);
    let heaviest: { page: string; assets: Asset[]; totals: Record<Kind | 'total', Size> } | null = null;
    for (const page of members) {
      const assets = measurePage(dist, page);
      const totals = totalsOf(assets);
      if (!heaviest || totals.total.gzip > heaviest.totals.total.gzip) heaviest = { page, assets, totals };
    }
    const weight: PageWeight = heaviest
      ? { type, page: heaviest.page, count: members.length, assets: heaviest.assets, totals: heaviest.totals }
      : { type, page: null, count: 0, assets: [], totals: emptyTotals() };
    pages.push(weight);
    if (type === 'search' && heaviest) {
      const bundle = pagefindBundle(dist, heaviest.page, readFileSync(join(dist, ...heaviest.page.split('/')), 'utf8'));
      const onDemand = bundle === null ? null : pagefindOnDemand(dist, bundle);
      search = { page: heaviest.page, onLoad: weight, runtime: onDemand?.runtime ?? [], chunks: onDemand?.chunks ?? [] };
    }
  }
  let counts: WeightReport['counts'] = null;
  const reportFile = join(dist, 'build-report.json');
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { counts?: { articles?: number; claims?: number } };
    if (typeof report.counts?.articles === 'number' && typeof report.counts.claims === 'number') {
      counts = { articles: report.counts.articles, claims: report.counts.claims };
    }
  }
  return { pages, search, counts };
}

// ---------------------------------------------------------------------------
// Markdown

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const cell = (size: Size) => (size.raw === 0 ? '–' : `${kb(size.raw)} / ${kb(size.gzip)}`);
const bytes = (n: number) => n.toLocaleString('en-US');

function pageLabel(weight: PageWeight): string {
  if (weight.page === null) return 'not in this build';
  const path = `\`${weight.page}\``;
  return weight.count > 1 ? `${path} (heaviest of ${weight.count})` : path;
}

export function renderMarkdown(report: WeightReport, distLabel: string): string {
  const lines: string[] = [];
  lines.push('# Page weight', '');
  lines.push(
    `What a reader downloads for each kind of page, measured on \`${distLabel}\`` +
      (report.counts ? ` (a build of ${report.counts.articles} article(s) with ${report.counts.claims} claim(s))` : '') +
      ' by `npm run weight` (`scripts/measure-weight.ts`), which reads the built files and builds nothing.',
    '',
    'Each cell is **raw / gzip** (level 6; files Pagefind already compressed are counted as they are). A page counts its HTML (inline scripts, styles and JSON-LD included) and each stylesheet and script it links, once. For page types with many pages, the heaviest page is measured. kB = 1,000 bytes.',
    '',
  );
  lines.push('| page type | page | HTML | CSS | JS | Wasm, index | total |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const weight of report.pages) {
    const t = weight.totals;
    lines.push(`| ${weight.type} | ${pageLabel(weight)} | ${cell(t.html)} | ${cell(t.css)} | ${cell(t.js)} | ${cell(t.other)} | ${cell(t.total)} |`);
    if (weight.type === 'search' && report.search && report.search.runtime.length > 0) {
      const firstQuery = totalsOf([...weight.assets, ...report.search.runtime]);
      const all = totalsOf([...weight.assets, ...report.search.runtime, ...report.search.chunks]);
      lines.push(
        `| search, at the first query | + Pagefind runtime, filters | ${cell(firstQuery.html)} | ${cell(firstQuery.css)} | ${cell(firstQuery.js)} | ${cell(firstQuery.other)} | ${cell(firstQuery.total)} |`,
      );
      lines.push(
        `| search, whole index | + every index and fragment chunk | ${cell(all.html)} | ${cell(all.css)} | ${cell(all.js)} | ${cell(all.other)} | ${cell(all.total)} |`,
      );
    }
  }
  lines.push('');
  if (report.search && report.search.runtime.length > 0) {
    lines.push(
      '"Search, at the first query" adds what Pagefind loads on demand when the reader starts typing: its runtime (JS and a Web Worker), the WebAssembly search engine and the metadata of the site\'s language, the entry file and the filter files. A query then loads only the index chunks for its words and a fragment per result shown; "whole index" is the upper bound, every chunk.',
      '',
    );
  }
  lines.push('## Files per page', '');
  const fileTable = (assets: readonly Asset[]) => {
    lines.push('| file | kind | raw bytes | gzip bytes |', '| --- | --- | ---: | ---: |');
    for (const asset of assets) lines.push(`| \`${asset.file}\` | ${asset.kind} | ${bytes(asset.raw)} | ${bytes(asset.gzip)} |`);
    lines.push('');
  };
  for (const weight of report.pages) {
    if (weight.page === null) continue;
    lines.push(`### ${weight.type}: \`${weight.page}\``, '');
    fileTable(weight.assets);
  }
  if (report.search && report.search.runtime.length > 0) {
    lines.push('### search: Pagefind, on demand', '');
    fileTable(report.search.runtime);
    lines.push('### search: Pagefind index and fragment chunks', '');
    fileTable(report.search.chunks);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------
// CLI

const USAGE = `Usage: tsx scripts/measure-weight.ts [DIST] [--out FILE]

Reports the bytes (raw and gzip) of each page type of a built site (default DIST: dist)
and writes them to docs/page-weight.md (or FILE). Builds nothing: run \`npm run build\` first.`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`measure-weight: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    process.stderr.write(`measure-weight: Unexpected arguments \`${parsed.positionals.join(' ')}\`, expected one folder\n\n${USAGE}\n`);
    return 2;
  }
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const distArg = parsed.positionals[0] ?? 'dist';
  const dist = resolve(distArg);
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`measure-weight: ${dist} has no index.html; build the site first (npm run build)\n`);
    return 2;
  }
  const out = resolve(parsed.values.out ?? join(projectRoot, 'docs/page-weight.md'));
  const rel = relative(projectRoot, dist);
  const distLabel = `${(rel === '' || rel.startsWith('..') ? distArg : rel).split(sep).join('/').replace(/\/?$/, '/')}`;
  const markdown = renderMarkdown(measureSite(dist), distLabel);
  writeFileSync(out, markdown);
  process.stdout.write(markdown);
  process.stderr.write(`measure-weight: wrote ${out}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
