/**
 * `npm run bench`: benchmark the whole build on synthetic corpora.
 *
 *   npm run bench -- [--sizes 100,1000,10000] [--seed S] [--stages ingest,astro,pagefind,report,baseline,rebuild]
 *                    [--work DIR] [--keep] [--stage-timeout SECONDS] [--out FILE.json] [--write-docs]
 *
 * For each N: generates N articles (`generate.ts`) into a temporary project
 * (`<work>/n<N>/full/{seeds,content,dist,astro-cache}`), then runs the real
 * build steps from the repository, exactly as `npm run build` does but with
 * the project's folders given by flags and `FACTLINE_CONTENT_DIR` /
 * `FACTLINE_OUT_DIR` (as `tests/e2e/support/build-fixture-site.ts` does):
 *
 *   ingest    tsx scripts/cli.ts ingest --seeds … --content … --cache … (an empty cache: a cold ingest)
 *   astro     Astro's build() API with a cache folder of its own and force: true (nothing replayed)
 *   pagefind  pagefind --site …
 *   report    tsx scripts/cli.ts report --content … --out …
 *
 * and measures each (`measure.ts`: wall time, peak RSS). Then the baseline
 * (`baseline.ts`): the same cleaned texts as plain Markdown pages in a
 * minimal Astro project, built with astro + pagefind.
 *
 * `rebuild` (after the full build, in the same folders): the two incremental
 * cases of the issue. First one editor's verdict file is written for the
 * first claim of the first page, then one new seed is added; after each, the
 * same four steps run again with the ingest cache of the full build and
 * Astro's cache kept (no `force`), as an editor's next `npm run build` would.
 *
 * `--stages` runs only some steps; a later step needs the earlier ones'
 * output, so run them with the same `--work` and `--keep` (e.g. the ingest
 * alone at 10,000, or a large N in two shorter runs). `--out` merges into an
 * existing results file: a stage measured now replaces the same stage of the
 * same N and seed. `--write-docs` rewrites the generated section of
 * `docs/benchmarks.md` from the results file (or this run's results);
 * with `--docs-only` it runs nothing and only rewrites that section from
 * `--out`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './baseline.ts';
import { corpusBytes, DEFAULT_SEED, generateCorpus, writeCorpus } from './generate.ts';
import { formatMs, hasGnuTime, logPath, measure, type Measurement } from './measure.ts';
import { parseFrontmatterData } from '../pipeline/build-mdast.ts';
import {
  docsSection,
  FULL_STAGES,
  mergeResults,
  REBUILD_KINDS,
  REBUILD_LABELS,
  table,
  updateDocs,
  type BenchResults,
  type FullStage,
  type Machine,
  type SizeResult,
} from './results.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const STAGES = ['ingest', 'astro', 'pagefind', 'report', 'baseline', 'rebuild'] as const;
type Stage = (typeof STAGES)[number];
const DOCS = join(root, 'docs/benchmarks.md');

/**
 * `astro build` through Astro's API, so that each build has its own cache
 * folder and, unless FACTLINE_BENCH_ASTRO_FORCE=0 (the rebuilds), replays
 * nothing.
 */
const ASTRO_BUILD = `
const { build } = await import('astro');
await build({ root: process.cwd(), cacheDir: process.env.FACTLINE_BENCH_ASTRO_CACHE, force: process.env.FACTLINE_BENCH_ASTRO_FORCE !== '0', logLevel: 'warn' });
process.exit(0);
`;

const USAGE = `Usage: npm run bench -- [--sizes 100,1000,10000] [--seed S] [--stages ${STAGES.join(',')}]
                       [--work DIR] [--keep] [--stage-timeout SECONDS] [--out FILE.json] [--write-docs] [--docs-only]`;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function machine(): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    loadAverage: Number(loadavg()[0]?.toFixed(2) ?? 0),
  };
}

async function folderBytes(dir: string): Promise<number | null> {
  if (!existsSync(dir)) return null;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  // A strict or dated build would change what is measured.
  delete merged.FACTLINE_STRICT;
  return merged;
}

async function step(name: string, dir: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measurement> {
  process.stdout.write(`bench:   ${name} … `);
  const m = await measure(command, args, { cwd: options.cwd, env: options.env, log: logPath(dir, name), timeoutMs: options.timeoutMs });
  const status = m.exitCode === 0 ? '' : `  FAILED (${m.signal ? `killed: ${m.signal}` : `exit ${m.exitCode}`}; see ${logPath(dir, name)})`;
  process.stdout.write(`${formatMs(m.wallMs)}, peak RSS ${Math.round(m.peakRssKiB / 1024)} MiB${status}\n`);
  return m;
}

async function benchSize(n: number, options: { seed: string; stages: ReadonlySet<Stage>; work: string; timeoutMs?: number; command: string }): Promise<SizeResult> {
  const dir = join(options.work, `n${n}`);
  const full = {
    seeds: join(dir, 'full/seeds'),
    content: join(dir, 'full/content'),
    dist: join(dir, 'full/dist'),
    cache: join(dir, 'full/astro-cache'),
    ingestCache: join(dir, 'full/ingest-cache'),
  };
  const baseDir = { project: join(dir, 'baseline/project'), dist: join(dir, 'baseline/dist'), cache: join(dir, 'baseline/astro-cache') };
  const marker = join(dir, 'corpus.json');
  const wanted = { n, seed: options.seed };
  const have = await readJson<typeof wanted>(marker);
  process.stdout.write(`bench: N = ${n} (seed ${JSON.stringify(options.seed)}) in ${dir}\n`);

  // The corpus: regenerated unless this folder already holds exactly this one.
  const seeds = generateCorpus({ count: n, seed: options.seed });
  if (!have || have.n !== n || have.seed !== options.seed || !existsSync(full.seeds)) {
    await rm(dir, { recursive: true, force: true });
    const started = performance.now();
    await writeCorpus(full.seeds, seeds);
    await writeFile(marker, `${JSON.stringify(wanted)}\n`);
    process.stdout.write(`bench:   generated ${n} seeds (${(corpusBytes(seeds) / 1e6).toFixed(1)} MB) in ${formatMs(performance.now() - started)}\n`);
  }

  const result: SizeResult = {
    n,
    seed: options.seed,
    corpusBytes: corpusBytes(seeds),
    articles: null,
    claims: null,
    skipped: null,
    pagefindPages: null,
    distBytes: null,
    full: {},
    baseline: null,
    machine: machine(),
    command: options.command,
    date: new Date().toISOString().slice(0, 10),
  };
  const ok = (m: Measurement | undefined) => m === undefined || m.exitCode === 0;
  const timeoutMs = options.timeoutMs;
  const tsx = bin('tsx');

  if (options.stages.has('ingest')) {
    await rm(full.content, { recursive: true, force: true });
    await rm(full.ingestCache, { recursive: true, force: true });
    await rm(join(full.seeds, ADDED_SEED), { force: true });
    result.full.ingest = await step('ingest', dir, tsx, ingestArgs(full), { cwd: root, env: env({}), timeoutMs });
  }
  if (options.stages.has('astro') && ok(result.full.ingest)) {
    await rm(full.dist, { recursive: true, force: true });
    await rm(full.cache, { recursive: true, force: true });
    await mkdir(full.cache, { recursive: true });
    result.full.astro = await step('astro', dir, process.execPath, ['--input-type=module', '-e', ASTRO_BUILD], {
      cwd: root,
      env: env({ FACTLINE_CONTENT_DIR: full.content, FACTLINE_OUT_DIR: full.dist, FACTLINE_BENCH_ASTRO_CACHE: full.cache }),
      timeoutMs,
    });
  }
  if (options.stages.has('pagefind') && ok(result.full.ingest) && ok(result.full.astro)) {
    await rm(join(full.dist, 'pagefind'), { recursive: true, force: true });
    result.full.pagefind = await step('pagefind', dir, bin('pagefind'), ['--site', full.dist], { cwd: root, env: env({}), timeoutMs });
  }
  if (options.stages.has('report') && ok(result.full.ingest) && ok(result.full.astro) && ok(result.full.pagefind)) {
    result.full.report = await step('report', dir, tsx, ['scripts/cli.ts', 'report', '--content', full.content, '--out', full.dist], { cwd: root, env: env({}), timeoutMs });
  }
  // The counts of the full build (read before a rebuild adds a seed).
  if (options.stages.has('ingest')) {
    const ingestReport = await readJson<{ counts: { articles: number; claims: number; skipped: number } }>(join(full.content, 'ingest-report.json'));
    if (ingestReport) Object.assign(result, { articles: ingestReport.counts.articles, claims: ingestReport.counts.claims, skipped: ingestReport.counts.skipped });
  }
  if (options.stages.has('report')) {
    const buildReport = await readJson<{ pagefind: { pages: number } | null }>(join(full.dist, 'build-report.json'));
    result.pagefindPages = buildReport?.pagefind?.pages ?? null;
  }
  if (options.stages.has('astro') || options.stages.has('pagefind')) result.distBytes = await folderBytes(full.dist);

  if (options.stages.has('baseline')) {
    await rm(join(dir, 'baseline'), { recursive: true, force: true });
    const project = await writeBaselineProject(baseDir.project, full.seeds, join(root, 'node_modules'));
    await mkdir(baseDir.cache, { recursive: true });
    const stages: NonNullable<SizeResult['baseline']>['stages'] = {};
    stages.astro = await step('baseline astro', dir, process.execPath, ['--input-type=module', '-e', ASTRO_BUILD], {
      cwd: baseDir.project,
      env: env({ FACTLINE_OUT_DIR: baseDir.dist, FACTLINE_BENCH_ASTRO_CACHE: baseDir.cache }),
      timeoutMs,
    });
    if (ok(stages.astro)) stages.pagefind = await step('baseline pagefind', dir, bin('pagefind'), ['--site', baseDir.dist], { cwd: baseDir.project, env: env({}), timeoutMs });
    result.baseline = { pages: project.pages, distBytes: await folderBytes(baseDir.dist), stages };
  }
  if (options.stages.has('rebuild') && FULL_STAGES.every((s) => ok(result.full[s])) && existsSync(join(full.dist, 'build-report.json'))) {
    result.rebuilds = {};
    // Back to the state right after the full build, should an earlier rebuild have been cut short.
    await rm(join(full.seeds, ADDED_SEED), { force: true });
    await rm(join(full.content, 'verdicts'), { recursive: true, force: true });
    const done = (m: Measurement | undefined) => m !== undefined && m.exitCode === 0;
    for (const kind of REBUILD_KINDS) {
      process.stdout.write(`bench:   ${REBUILD_LABELS[kind]}\n`);
      if (kind === 'verdict') await writeVerdict(full.content);
      else await writeFile(join(full.seeds, ADDED_SEED), generateCorpus({ count: 1, seed: `${options.seed}/added` })[0]!.text);
      const stages: Partial<Record<FullStage, Measurement>> = {};
      const label = (stage: string) => `rebuild-${kind}-${stage}`;
      stages.ingest = await step(label('ingest'), dir, tsx, ingestArgs(full), { cwd: root, env: env({}), timeoutMs });
      if (done(stages.ingest)) {
        stages.astro = await step(label('astro'), dir, process.execPath, ['--input-type=module', '-e', ASTRO_BUILD], {
          cwd: root,
          env: env({ FACTLINE_CONTENT_DIR: full.content, FACTLINE_OUT_DIR: full.dist, FACTLINE_BENCH_ASTRO_CACHE: full.cache, FACTLINE_BENCH_ASTRO_FORCE: '0' }),
          timeoutMs,
        });
      }
      if (done(stages.astro)) stages.pagefind = await step(label('pagefind'), dir, bin('pagefind'), ['--site', full.dist], { cwd: root, env: env({}), timeoutMs });
      if (done(stages.pagefind)) stages.report = await step(label('report'), dir, tsx, ['scripts/cli.ts', 'report', '--content', full.content, '--out', full.dist], { cwd: root, env: env({}), timeoutMs });
      result.rebuilds[kind] = stages;
    }
    // The added seed and the verdict stay until the next full ingest or rebuild stage, which remove them first.
  }
  return result;
}

/** The seed the `rebuild` stage adds. */
const ADDED_SEED = 'zz-bench-added-seed.txt';

function ingestArgs(full: { seeds: string; content: string; ingestCache: string }): string[] {
  return ['scripts/cli.ts', 'ingest', '--seeds', full.seeds, '--content', full.content, '--cache', full.ingestCache];
}

/** An editor's verdict on the first claim of the first page (by file name), as content/verdicts/<slug>.yaml. */
async function writeVerdict(content: string): Promise<void> {
  const articles = join(content, 'articles');
  const [first] = (await readdir(articles)).filter((f) => f.endsWith('.mdx')).sort();
  if (!first) throw new Error(`no pages in ${articles}`);
  const mdx = await readFile(join(articles, first), 'utf8');
  const fence = mdx.indexOf('\n---\n', 4);
  const data = parseFrontmatterData(mdx.slice(4, fence)) as { slug: string; claims: { id: string }[] };
  const claim = data.claims[0];
  if (!claim) throw new Error(`${first} has no claims`);
  await mkdir(join(content, 'verdicts'), { recursive: true });
  const verdict = [
    `${claim.id}:`,
    '  status: false',
    '  note: "Benchmark: an editor\'s verdict."',
    '  evidence:',
    '    - url: https://example.org/evidence',
    '      title: Evidence',
    '  reviewed: 2025-12-01',
    '',
  ].join('\n');
  await writeFile(join(content, 'verdicts', `${data.slug}.yaml`), verdict);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        sizes: { type: 'string', default: '100,1000,10000' },
        seed: { type: 'string', default: DEFAULT_SEED },
        stages: { type: 'string', default: STAGES.join(',') },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'stage-timeout': { type: 'string' },
        out: { type: 'string' },
        'write-docs': { type: 'boolean', default: false },
        'docs-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`Unexpected --sizes \`${values.sizes}\`, expected whole numbers ≥ 1, e.g. 100,1000`);
  const stages = new Set(values.stages.split(',').map((s) => s.trim()));
  for (const s of stages) if (!(STAGES as readonly string[]).includes(s)) fail(`Unexpected stage \`${s}\`, expected some of ${STAGES.join(', ')}`);
  const timeout = values['stage-timeout'] === undefined ? undefined : Number(values['stage-timeout']) * 1000;
  if (timeout !== undefined && !(timeout > 0)) fail(`Unexpected --stage-timeout \`${values['stage-timeout']}\`, expected seconds > 0`);
  const work = resolve(values.work ?? join(tmpdir(), `factline-bench-${process.pid}`));
  const keep = values.keep || values.work !== undefined;

  if (!values['docs-only']) process.stdout.write(
    `bench: peak RSS from ${hasGnuTime() ? 'GNU /usr/bin/time -v (largest process)' : '/proc VmHWM polling (largest process)'} and /proc VmRSS polling (process tree); ` +
      `${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} free), load ${loadavg()[0]?.toFixed(2)}\n`,
  );
  if (values['docs-only'] && (!values.out || !values['write-docs'])) fail('--docs-only needs --out FILE.json (the results to show) and --write-docs');
  const results: SizeResult[] = [];
  try {
    for (const n of values['docs-only'] ? [] : sizes) {
      const args = [`--sizes ${n}`];
      if (values.seed !== DEFAULT_SEED) args.push(`--seed ${values.seed}`);
      if (values.stages !== STAGES.join(',')) args.push(`--stages ${[...stages].join(',')}`);
      results.push(
        await benchSize(n, {
          seed: values.seed,
          stages: stages as Set<Stage>,
          work,
          timeoutMs: timeout,
          command: `npm run bench -- ${args.join(' ')}`,
        }),
      );
    }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }

  let all: BenchResults = { results };
  if (values.out) {
    let merged = await readJson<BenchResults>(values.out);
    for (const r of results) merged = mergeResults(merged, r);
    all = merged ?? all;
    await writeFile(values.out, `${JSON.stringify(all, null, 2)}\n`);
    process.stdout.write(`bench: results → ${values.out}\n`);
  }
  process.stdout.write(`\n${table(all.results)}\n`);
  if (values['write-docs']) {
    const docs = existsSync(DOCS) ? await readFile(DOCS, 'utf8') : '# Build benchmarks\n';
    await writeFile(DOCS, updateDocs(docs, docsSection(all.results)));
    process.stdout.write(`bench: docs/benchmarks.md updated\n`);
  }
  const failedStage = results.some((r) =>
    [...Object.values(r.full), ...Object.values(r.baseline?.stages ?? {}), ...Object.values(r.rebuilds ?? {}).flatMap((s) => Object.values(s))].some(
      (m) => m && m.exitCode !== 0,
    ),
  );
  return failedStage ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
