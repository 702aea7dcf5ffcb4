/**
 * The build report: what the ingest built, what it skipped and what it warned
 * about, as JSON.
 *
 * `factline ingest` writes it to `content/ingest-report.json`; `factline
 * report`, the last step of `npm run build`, adds how many pages Pagefind
 * indexed and writes it to `dist/build-report.json`, printing a summary.
 *
 * The report is deterministic: everything is sorted, paths are relative, and
 * there is no timestamp unless `SOURCE_DATE_EPOCH` is set (then `generated`
 * is that instant as an ISO date), so two builds of the same inputs write the
 * same bytes.
 */
import { printable } from './printable.ts';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { BuiltPage, Problem } from '../pipeline/ingest.ts';
import { describeIssues } from '../schema-errors.ts';

/** Where `factline ingest` writes its report, inside the content folder. */
export const INGEST_REPORT_FILE = 'ingest-report.json';
/** Where `factline report` writes the build report, inside the output folder. */
export const BUILD_REPORT_FILE = 'build-report.json';
/** Rule id of the missing-metadata warning. */
export const MISSING_METADATA = 'missing-metadata';

export interface ReportArticle {
  slug: string;
  seed: string;
  claims: number;
}

export interface ReportProblem {
  file: string;
  rule: string;
  reason: string;
}

export interface ReportCounts {
  articles: number;
  claims: number;
  skipped: number;
  warnings: number;
}

export interface IngestReport {
  /** `SOURCE_DATE_EPOCH` as an ISO date; absent when it is not set. */
  generated?: string;
  counts: ReportCounts;
  /** Sorted by slug. */
  articles: ReportArticle[];
  /** Seeds (and generated files) that did not become a page. Sorted by file, rule, reason. */
  skipped: ReportProblem[];
  /** Built, but worth a look. Sorted by file, rule, reason. */
  warnings: ReportProblem[];
}

export interface BuildReport extends IngestReport {
  /** What Pagefind indexed, or null when `pagefind/pagefind-entry.json` cannot be read. */
  pagefind: { pages: number } | null;
}

// ---------------------------------------------------------------------------
// Building the report
// ---------------------------------------------------------------------------

function sidecarOf(seed: string): string {
  const dot = seed.lastIndexOf('.');
  return `${dot > 0 ? seed.slice(0, dot) : seed}.meta.yaml`;
}

/** A list as prose: `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * One `missing-metadata` warning per page whose publisher or published date
 * is unknown, or whose title had to be derived from the lede.
 */
export function metadataWarnings(pages: readonly BuiltPage[]): Problem[] {
  const warnings: Problem[] = [];
  for (const { seed, page } of pages) {
    const { publisher, published, titleDerived } = page.article;
    const missing = [
      ...(titleDerived ? ['title (derived from the lede)'] : []),
      ...(publisher === null ? ['publisher'] : []),
      ...(published === null ? ['published date'] : []),
    ];
    if (missing.length === 0) continue;
    warnings.push({
      file: seed,
      rule: MISSING_METADATA,
      reason: `${seed}: Unexpected missing ${listed(missing)}, expected ${missing.length > 1 ? 'them' : 'it'} in the text or in its sidecar ${sidecarOf(seed)} [${MISSING_METADATA}]`,
    });
  }
  return warnings;
}

/**
 * `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) as an ISO date, or undefined
 * when it is unset or empty. Throws on anything else.
 */
export function sourceDate(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value.trim());
  const date = new Date(seconds * 1000);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(seconds) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Unexpected SOURCE_DATE_EPOCH \`${value}\`, expected a whole number of seconds since 1970-01-01T00:00:00Z`);
  }
  return date.toISOString();
}

/**
 * A problem's file as the report shows it: a seed's bare file name stays as
 * it is; a path (an editor's verdict file) becomes relative to the folder
 * that holds the content folder (`content/verdicts/x.yaml`), wherever the
 * build ran. The reason's leading file name is rewritten to match.
 */
export function reportProblem(problem: Problem, contentDir: string): ReportProblem {
  const { file, rule, reason } = problem;
  if (!file.includes('/') && !file.includes(sep) && !isAbsolute(file)) return { file, rule, reason };
  const shown = relative(dirname(resolve(contentDir)), resolve(file)).split(sep).join('/');
  return { file: shown, rule, reason: reason.startsWith(file) ? `${shown}${reason.slice(file.length)}` : reason };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byProblem = (a: ReportProblem, b: ReportProblem): number => byText(a.file, b.file) || byText(a.rule, b.rule) || byText(a.reason, b.reason);

export interface IngestReportInput {
  /** Pages that were written (or left unchanged); not the refused ones. */
  pages: readonly BuiltPage[];
  skipped: readonly Problem[];
  warnings: readonly Problem[];
  /** The content folder, to show verdict files relative to it. */
  contentDir: string;
  /** Value of `SOURCE_DATE_EPOCH`. */
  sourceDateEpoch?: string | undefined;
}

export function createIngestReport(input: IngestReportInput): IngestReport {
  const articles = input.pages
    .map(({ slug, seed, page }) => ({ slug, seed, claims: page.claims.length }))
    .sort((a, b) => byText(a.slug, b.slug));
  const skipped = input.skipped.map((problem) => reportProblem(problem, input.contentDir)).sort(byProblem);
  const warnings = input.warnings.map((problem) => reportProblem(problem, input.contentDir)).sort(byProblem);
  const generated = sourceDate(input.sourceDateEpoch);
  return {
    ...(generated === undefined ? {} : { generated }),
    counts: {
      articles: articles.length,
      claims: articles.reduce((sum, article) => sum + article.claims, 0),
      skipped: skipped.length,
      warnings: warnings.length,
    },
    articles,
    skipped,
    warnings,
  };
}

export function createBuildReport(ingest: IngestReport, pagefindPages: number | null, sourceDateEpoch?: string): BuildReport {
  const { generated: _ignored, ...rest } = ingest;
  const generated = sourceDate(sourceDateEpoch);
  return { ...(generated === undefined ? {} : { generated }), ...rest, pagefind: pagefindPages === null ? null : { pages: pagefindPages } };
}

/** The report as written to disk: two-space JSON with a final newline. */
export function serializeReport(report: IngestReport | BuildReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** How many skipped files and warnings `--strict` fails on. */
export function problemCount(report: IngestReport): number {
  return report.skipped.length + report.warnings.length;
}

/**
 * The short summary `factline report` prints: one line of counts, then one
 * indented line per skipped file and per warning.
 */
export function summarize(report: BuildReport | IngestReport): string {
  const { counts } = report;
  const indexed = 'pagefind' in report ? (report.pagefind ? `, ${report.pagefind.pages} page(s) indexed by Pagefind` : ', no Pagefind index found') : '';
  const lines = [
    `${counts.articles} article(s), ${counts.claims} claim(s), ${counts.skipped} file(s) skipped, ${counts.warnings} warning(s)${indexed}`,
    ...report.skipped.map((problem) => `  skipped: ${printable(problem.reason)}`),
    ...report.warnings.map((problem) => `  warning: ${printable(problem.reason)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Removes what a run killed between writing a report's temporary file and
 * renaming it into place left behind (`<file>.<pid>.tmp`, see `writeAtomic`).
 */
export async function removeStaleTemporaries(dir: string, file: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  const stale = entries.filter((entry) => entry.startsWith(`${file}.`) && /^\.\d+\.tmp$/.test(entry.slice(file.length))).sort();
  for (const entry of stale) await rm(join(dir, entry), { force: true });
  return stale;
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

const problemSchema = z.object({ file: z.string(), rule: z.string(), reason: z.string() }).strict();
const ingestReportSchema = z
  .object({
    generated: z.string().optional(),
    counts: z
      .object({
        articles: z.number().int().nonnegative(),
        claims: z.number().int().nonnegative(),
        skipped: z.number().int().nonnegative(),
        warnings: z.number().int().nonnegative(),
      })
      .strict(),
    articles: z.array(z.object({ slug: z.string(), seed: z.string(), claims: z.number().int().nonnegative() }).strict()),
    skipped: z.array(problemSchema),
    warnings: z.array(problemSchema),
  })
  .strict();

/** Reads `content/ingest-report.json`; throws an Error naming the file and what is wrong. */
export async function readIngestReport(contentDir: string): Promise<IngestReport> {
  const file = join(contentDir, INGEST_REPORT_FILE);
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: Unexpected invalid JSON (${(error as Error).message}), expected the report \`factline ingest\` writes`);
  }
  const parsed = ingestReportSchema.safeParse(data);
  if (!parsed.success) throw new Error(describeIssues(file, parsed.error, data).join('\n'));
  const report = parsed.data;
  const { generated, ...rest } = report;
  return generated === undefined ? rest : { generated, ...rest };
}

/**
 * How many pages Pagefind indexed, from `pagefind/pagefind-entry.json`
 * (summed over its languages), or null when it cannot be read.
 */
export async function pagefindPageCount(outDir: string): Promise<number | null> {
  try {
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as unknown;
    const languages = (entry as { languages?: unknown }).languages;
    if (languages === null || typeof languages !== 'object') return null;
    let pages = 0;
    for (const language of Object.values(languages)) {
      const count = (language as { page_count?: unknown } | null)?.page_count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
      pages += count;
    }
    return pages;
  } catch {
    return null;
  }
}
