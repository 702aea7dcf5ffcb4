#!/usr/bin/env node
/**
 * factline: the thin command line around the ingest.
 *
 *   factline ingest [--seeds DIR] [--content DIR] [--cache DIR | --no-cache] [--jobs N] [--quiet] [--strict]
 *   factline report [--content DIR] [--out DIR] [--strict]
 *
 * `ingest` writes the pages and `content/ingest-report.json` (through
 * `io/run-ingest.ts`: cached, on worker threads, with progress on stderr);
 * `report`, the last step of `npm run build`, copies that report to
 * `dist/build-report.json` with the number of pages Pagefind indexed, and
 * prints a summary.
 *
 * Exit codes: 0 done (skipped seeds and warnings are reported but do not
 * fail the build); 1 an editor's verdict file or the desk's outlet rules
 * (`content/outlets.yaml`) are invalid (nothing is
 * written), or --strict (FACTLINE_STRICT=1) and anything was skipped or
 * warned about; 2 wrong usage or an unreadable folder or report.
 */
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BUILD_REPORT_FILE,
  createBuildReport,
  createIngestReport,
  INGEST_REPORT_FILE,
  metadataWarnings,
  pagefindPageCount,
  problemCount,
  readIngestReport,
  removeStaleTemporaries,
  serializeReport,
  sourceDate,
  summarize,
} from './io/build-report.ts';
import { DEFAULT_CACHE_DIR, IngestCache } from './io/ingest-cache.ts';
import { stageVersions } from './io/stage-versions.ts';
import { ProgressReporter, SILENT, type ProgressSink } from './io/progress.ts';
import { readSeeds } from './io/read-seeds.ts';
import { ALIASES_FILE, readAliases } from './io/read-aliases.ts';
import { OUTLET_RULES_FILE, readOutletRules } from './io/read-outlet-rules.ts';
import { readVerdicts } from './io/read-verdicts.ts';
import { readStoryRegistry, STORY_IDS_FILE, writeStoryRegistry } from './io/story-registry.ts';
import { IngestError } from './pipeline/errors.ts';
import type { AliasTable } from './pipeline/resolve-speakers.ts';
import { defaultJobs, runIngest } from './io/run-ingest.ts';
import { writeArticles, writeAtomic } from './io/write-content.ts';
import { printable } from './io/printable.ts';
import type { Problem } from './pipeline/ingest.ts';

/** The most worker threads `--jobs` accepts. */
const MAX_JOBS = 64;

/** The ingest's stages, as its progress names them. */
const STAGES = ['read', 'analyse', 'match', 'pages', 'write'] as const;

const USAGE = `Usage: factline ingest [--seeds DIR] [--content DIR] [--cache DIR | --no-cache] [--jobs N] [--quiet] [--strict]
       factline report [--content DIR] [--out DIR] [--strict]

Commands:
  ingest          turn the seeds into pages in DIR/articles and write the ingest report
                  to DIR/${INGEST_REPORT_FILE} (built, skipped and warned-about files)
  report          after astro build and pagefind: write the ingest report, with the number
                  of pages Pagefind indexed, to OUT/${BUILD_REPORT_FILE} and print a summary

Options:
  --seeds DIR     folder of seed articles (default: seeds)
  --content DIR   folder for generated content (default: content); pages go to DIR/articles,
                  the story id of every claim cluster to DIR/${STORY_IDS_FILE} (kept from build
                  to build: commit it);
                  editors' verdicts are read (never written) from DIR/verdicts/<slug>.yaml,
                  a desk's speaker aliases from DIR/aliases.yaml,
                  and the desk's outlet rules from DIR/${OUTLET_RULES_FILE}
  --out DIR       the built site (default: dist); report only
  --cache DIR     ingest only: keep each seed's analysis and each page, keyed by a hash of
                  their inputs and of the pipeline's code, in DIR (default: ${DEFAULT_CACHE_DIR}),
                  and reuse them while nothing they depend on changes; rm -rf DIR empties it
  --no-cache      ingest only: neither read nor write the cache
  --jobs N        ingest only: analyse and render on N worker threads (default: one per core,
                  at most 8: ${defaultJobs()} here); 1 runs everything in one thread
  --quiet         ingest only: no progress on stderr (problems are still reported)
  --strict        exit 1 when any file was skipped or anything was warned about
                  (also FACTLINE_STRICT=1)
  -h, --help      show this help

Exit codes:
  0  done; skipped files and warnings are reported but do not fail the build
  1  an editor's verdict file or the outlet rules are invalid (ingest writes nothing), or --strict
     (FACTLINE_STRICT=1) and a file was skipped or a warning was given
  2  wrong usage, an unreadable folder, an unreadable ingest report, or an
     invalid SOURCE_DATE_EPOCH

SOURCE_DATE_EPOCH, when set, is written into the reports as their "generated" date;
otherwise they carry no timestamp.`;

/** The options each command accepts. */
const COMMAND_OPTIONS = {
  ingest: ['seeds', 'content', 'cache', 'no-cache', 'jobs', 'quiet', 'strict'],
  report: ['content', 'out', 'strict'],
} as const;
type Command = keyof typeof COMMAND_OPTIONS;

/** The progress line being shown, to end it before an error message. */
let shownProgress: ProgressReporter | undefined;

function fail(message: string): never {
  shownProgress?.interrupt();
  process.stderr.write(`factline: ${printable(message)}\n\n${USAGE}\n`);
  process.exit(2);
}

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(COMMAND_OPTIONS, name);
}

function checkedSourceDate(): string | undefined {
  try {
    sourceDate(process.env.SOURCE_DATE_EPOCH);
    return process.env.SOURCE_DATE_EPOCH;
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        content: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = positionals[0];
  if (positionals.length !== 1 || !isCommand(command)) {
    fail(`Unexpected command \`${positionals.join(' ') || '(none)'}\`, expected \`ingest\` or \`report\``);
  }
  const allowed: readonly string[] = COMMAND_OPTIONS[command];
  for (const option of ['seeds', 'content', 'out', 'cache', 'no-cache', 'jobs', 'quiet'] as const) {
    if (values[option] !== undefined && values[option] !== false && !allowed.includes(option)) {
      fail(`Unexpected option \`--${option}\` for \`${command}\`, expected one of ${allowed.map((name) => `--${name}`).join(', ')}`);
    }
  }
  const strict = values.strict || process.env.FACTLINE_STRICT === '1';
  const epoch = checkedSourceDate();
  const content = values.content ?? 'content';
  if (command === 'report') return report({ content, out: values.out ?? 'dist', strict, epoch });
  if (values.cache !== undefined && values['no-cache']) fail('Unexpected `--cache` together with `--no-cache`, expected one of them');
  if (values.cache === '') fail('Unexpected empty `--cache`, expected a folder');
  return ingest({
    seeds: values.seeds ?? 'seeds',
    content,
    cache: values['no-cache'] ? null : (values.cache ?? DEFAULT_CACHE_DIR),
    jobs: values.jobs === undefined ? defaultJobs() : parseJobs(values.jobs),
    quiet: values.quiet,
    strict,
    epoch,
  });
}

/** `--jobs N`: a whole number from 1 to MAX_JOBS. */
function parseJobs(text: string): number {
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) fail(`Unexpected \`--jobs\` value \`${text}\`, expected a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

/** A folder for messages: relative to the working directory when inside it, else absolute. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

interface IngestCommand {
  seeds: string;
  content: string;
  /** The cache folder; null: no cache. */
  cache: string | null;
  jobs: number;
  quiet: boolean;
  strict: boolean;
  epoch: string | undefined;
}

async function ingest(options: IngestCommand): Promise<number> {
  const seedsDir = resolve(options.seeds);
  const contentDir = resolve(options.content);
  const articlesDir = join(contentDir, 'articles');
  const verdictsDir = join(options.content, 'verdicts');

  let progress: ProgressSink = SILENT;
  if (!options.quiet) {
    shownProgress = new ProgressReporter({ write: (text) => process.stderr.write(text), tty: process.stderr.isTTY === true, stages: STAGES });
    progress = shownProgress;
  }

  progress.stage('read', { unit: 'seeds', note: `${options.seeds}/` });
  let read;
  try {
    read = await readSeeds(seedsDir);
  } catch (error) {
    fail(`cannot read the seeds folder ${seedsDir}: ${(error as Error).message}`);
  }
  const verdicts = await readVerdicts(verdictsDir);
  let aliases: AliasTable;
  try {
    aliases = await readAliases(join(options.content, ALIASES_FILE));
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    shownProgress?.interrupt();
    process.stderr.write(`factline: the speaker aliases file is invalid; nothing was written:\n  - ${printable(error.message)}\n`);
    return 1;
  }
  const outletRules = await readOutletRules(join(options.content, OUTLET_RULES_FILE));
  if (outletRules.error !== null) {
    shownProgress?.interrupt();
    process.stderr.write(`factline: the outlet rules are invalid; nothing was written:\n  - ${printable(outletRules.error.reason)}\n`);
    return 1;
  }
  if (verdicts.errors.length > 0) {
    // Only the message on stderr: the dev server shows all of it in the browser.
    shownProgress?.interrupt();
    process.stderr.write(`factline: ${verdicts.errors.length} verdict file(s) are invalid; nothing was written:\n`);
    for (const problem of verdicts.errors) process.stderr.write(`  - ${printable(problem.reason)}\n`);
    return 1;
  }
  progress.end({ done: read.seeds.length, note: `${verdicts.verdicts.size} verdict file(s)` });
  process.stdout.write(
    `factline: ingesting ${read.seeds.length} seed(s) from ${options.seeds}/ with ${verdicts.verdicts.size} verdict file(s)\n`,
  );
  // The story ids of the last build: a registry that cannot be used is a warning, and every story gets a fresh id.
  const storyIdsFile = join(options.content, STORY_IDS_FILE);
  const storyIds = await readStoryRegistry(storyIdsFile);
  const cache = options.cache === null ? null : new IngestCache(resolve(options.cache), stageVersions());
  const { pages, skipped, warnings, stats, storyIds: nextStoryIds } = await runIngest(read.seeds, {
    verdicts: verdicts.verdicts,
    aliases,
    outlets: outletRules.outlets,
    storyIds: storyIds.registry,
    cache,
    jobs: options.jobs,
    progress,
  });
  progress.stage('write', { total: pages.length, unit: 'pages' });
  const written = await writeArticles(articlesDir, pages);
  const storyIdsProblems: Problem[] = storyIds.problem === null ? [] : [storyIds.problem];
  if (storyIds.writable) {
    try {
      await mkdir(contentDir, { recursive: true });
      await removeStaleTemporaries(contentDir, STORY_IDS_FILE);
      await writeStoryRegistry(storyIdsFile, nextStoryIds);
    } catch (error) {
      storyIdsProblems.push({
        file: storyIdsFile,
        rule: 'unwritten-story-ids',
        reason: `${storyIdsFile}: Unexpected ${(error as Error).message}, expected to write the story ids of this build; the next build may give some stories other ids [unwritten-story-ids]`,
      });
    }
  }

  const refused = new Set(written.refused.map((problem) => problem.file));
  const kept = pages.filter((page) => !refused.has(page.seed));
  const problems: Problem[] = [...read.skipped, ...skipped, ...written.refused];
  const report = createIngestReport({
    pages: kept,
    skipped: problems,
    warnings: [...read.warnings, ...warnings, ...storyIdsProblems, ...metadataWarnings(kept)],
    contentDir,
    sourceDateEpoch: options.epoch,
  });
  const reportFile = join(contentDir, INGEST_REPORT_FILE);
  await removeStaleTemporaries(contentDir, INGEST_REPORT_FILE);
  await writeAtomic(reportFile, serializeReport(report));
  progress.end({ done: pages.length, note: `${written.written.length} written` });
  progress.finish();
  if (stats.workerError !== null) {
    process.stderr.write(`factline: could not start worker threads (${stats.workerError}); the work ran in one thread\n`);
  }
  if (cache && cache.writeFailures > 0) {
    process.stderr.write(
      `factline: could not write ${cache.writeFailures} cache entr${cache.writeFailures === 1 ? 'y' : 'ies'} to ${shown(cache.root)} ` +
        `(${cache.writeErrors.join('; ')}); they will be computed again next time\n`,
    );
  }

  process.stdout.write(
    `factline: ${report.counts.articles} article(s), ${report.counts.claims} claim(s) → ${articlesDir} ` +
      `(${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} stale removed); ` +
      `report → ${reportFile}\n`,
  );
  for (const file of written.removed) process.stdout.write(`factline: removed stale ${file}\n`);
  if (report.skipped.length > 0) {
    process.stderr.write(`factline: ${report.skipped.length} file(s) could not be processed:\n`);
    for (const problem of report.skipped) process.stderr.write(`  - ${printable(problem.reason)}\n`);
  }
  if (report.warnings.length > 0) {
    process.stderr.write(`factline: ${report.warnings.length} warning(s):\n`);
    for (const problem of report.warnings) process.stderr.write(`  - ${printable(problem.reason)}\n`);
  }
  return strictFailure(options.strict, problemCount(report));
}

async function report(options: { content: string; out: string; strict: boolean; epoch: string | undefined }): Promise<number> {
  const outDir = resolve(options.out);
  let ingestReport;
  try {
    ingestReport = await readIngestReport(resolve(options.content));
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${join(options.content, INGEST_REPORT_FILE)} does not exist; run \`factline ingest\` first` : (error as Error).message;
    fail(`cannot read the ingest report: ${message}`);
  }
  const built = createBuildReport(ingestReport, await pagefindPageCount(outDir), options.epoch);
  const file = join(outDir, BUILD_REPORT_FILE);
  try {
    await mkdir(outDir, { recursive: true });
    await removeStaleTemporaries(outDir, BUILD_REPORT_FILE);
    await writeAtomic(file, serializeReport(built));
  } catch (error) {
    fail(`cannot write ${file}: ${(error as Error).message}`);
  }
  process.stdout.write(`factline: build report → ${file}\n`);
  process.stdout.write(`factline: ${summarize(built)}`);
  return strictFailure(options.strict, problemCount(built));
}

function strictFailure(strict: boolean, problems: number): number {
  if (!strict || problems === 0) return 0;
  process.stderr.write(`factline: strict mode: failing on ${problems} skipped file(s) and warning(s)\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    shownProgress?.interrupt();
    process.stderr.write(`factline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
