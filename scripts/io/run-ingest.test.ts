/**
 * The CLI's ingest (`runIngest`) gives exactly `ingestCorpus`'s output, page
 * bytes and report bytes, with and without the cache, cold and warm, on one
 * thread and on worker threads; and the cache misses exactly what changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus, planCorpus, type IngestOptions, type IngestOutput } from '../pipeline/ingest.ts';
import type { Seed } from '../pipeline/types.ts';
import { parseVerdictFile } from '../pipeline/verdicts.ts';
import { createIngestReport, serializeReport } from './build-report.ts';
import { analysisKey, IngestCache } from './ingest-cache.ts';
import { stageVersions } from './stage-versions.ts';
import type { ProgressSink } from './progress.ts';
import { readSeeds } from './read-seeds.ts';
import { runIngest, type RunIngestOptions, type RunIngestResult } from './run-ingest.ts';

const root = new URL('../..', import.meta.url).pathname;
const VERSION = stageVersions();

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-run-ingest-'));
  made.push(dir);
  return dir;
}

const STANDING =
  'Velmar has been fighting a war with its northern neighbour Kaspia since March 2023, when Kaspian troops crossed the border at three points and seized the river port of Ostrenko.';
const DAM = 'Kaspian forces said on Tuesday they had taken the Sarnow dam near Dorval, a claim that the army of Velmar denied within hours, the governor Anna Brell said.';
const CONVOY = 'A convoy of 42 grain lorries reached the port of Mirel on Wednesday after a detour around the Lutsa bridge, the port director Piotr Lasko said.';

/**
 * The real seeds, the cleaning fixtures, the HTML and Markdown inputs, the
 * hostile seed with its editor's verdicts, a seed with a sidecar, and seeds
 * that are skipped: read from a folder as the CLI reads them.
 */
async function corpus(): Promise<{ seeds: Seed[]; verdicts: NonNullable<IngestOptions['verdicts']> }> {
  const dir = tempDir();
  const copy = (folder: string, keep: (name: string) => boolean) => {
    for (const name of readdirSync(join(root, folder)).filter(keep)) cpSync(join(root, folder, name), join(dir, name));
  };
  copy('seeds', (name) => name.endsWith('.txt'));
  copy('scripts/pipeline/fixtures/articles', (name) => name.endsWith('.txt'));
  copy('tests/fixtures/inputs', () => true);
  copy('tests/fixtures/seeds', (name) => ['hostile-mdx.txt', 'only-clutter.txt', 'empty.txt'].includes(name));
  writeFileSync(join(dir, 'live-blog.meta.yaml'), 'publisher: Sidecar Times\npublished: 2025-11-30\n');
  // Two articles of one outlet on different stories, opening with its standing paragraph (the corpus-level step).
  writeFileSync(join(dir, 'planet-dam.txt'), `Dam taken, Kaspia says\n\n${STANDING}\n\n${DAM}\n`);
  writeFileSync(join(dir, 'planet-convoy.txt'), `Convoy reaches Mirel\n\n${STANDING}\n\n${CONVOY}\n`);
  const read = await readSeeds(dir);
  expect(read.skipped).toEqual([]);
  const file = 'tests/fixtures/verdicts/hostile-mdx.yaml';
  const verdicts = new Map([['hostile-mdx', { file, verdicts: parseVerdictFile(file, readFileSync(join(root, file), 'utf8')) }]]);
  return { seeds: read.seeds, verdicts };
}

/** What the CLI writes: each page's bytes and the report's. */
function written(output: IngestOutput): { pages: [string, string][]; report: string } {
  const report = createIngestReport({ pages: output.pages, skipped: output.skipped, warnings: output.warnings, contentDir: '/content' });
  return { pages: output.pages.map((page) => [page.slug, page.mdx]), report: serializeReport(report) };
}

let seeds: Seed[];
let verdicts: NonNullable<IngestOptions['verdicts']>;
let expected: IngestOutput;
beforeAll(async () => {
  ({ seeds, verdicts } = await corpus());
  expected = ingestCorpus(seeds, { verdicts });
});

function run(options: Partial<RunIngestOptions> & { cacheDir?: string }, input: readonly Seed[] = seeds): Promise<RunIngestResult> {
  const { cacheDir, ...rest } = options;
  return runIngest(input, { verdicts, jobs: 1, cache: cacheDir ? new IngestCache(cacheDir, VERSION) : null, ...rest });
}

function expectSame(result: RunIngestResult, reference: IngestOutput = expected): void {
  const { stats: _stats, ...output } = result;
  expect(written(output)).toEqual(written(reference));
  // The page data too, strictly: what came from the cache is the same data as what was computed.
  expect(output).toStrictEqual(reference);
}

describe('runIngest gives ingestCorpus’s output', { timeout: 120_000 }, () => {
  it('has a corpus with pages, skipped seeds, a verdict, a sidecar and HTML and Markdown inputs', () => {
    expect(expected.pages.length).toBeGreaterThan(12);
    expect(expected.skipped.map((problem) => problem.rule).sort()).toEqual(['empty-seed', 'only-clutter']);
    expect(expected.pages.some((page) => page.page.claims.some((claim) => claim.reviewed))).toBe(true);
    expect(expected.pages.find((page) => page.seed === 'live-blog.txt')!.page.article.publisher).toBe('Sidecar Times');
    expect(seeds.some((seed) => seed.name.endsWith('.html')) && seeds.some((seed) => seed.name.endsWith('.md'))).toBe(true);
  });

  it('without a cache, on one thread', async () => {
    const result = await run({});
    expectSame(result);
    expect(result.stats).toEqual({ seeds: seeds.length, analysesCached: 0, pagesCached: 0, linksCached: false, corpusCached: false, workers: 0, workerError: null });
  });

  it('with a cache, cold then warm, on one thread', async () => {
    const cacheDir = tempDir();
    const cold = await run({ cacheDir });
    expectSame(cold);
    expect(cold.stats).toMatchObject({ analysesCached: 0, pagesCached: 0, corpusCached: false });
    const warm = await run({ cacheDir });
    expectSame(warm);
    expect(warm.stats.corpusCached).toBe(true);
    // Skipped seeds are cached as their problem too.
    expect(warm.stats).toMatchObject({ analysesCached: seeds.length, pagesCached: expected.pages.length, workers: 0 });
  });

  it('on two worker threads, without a cache, then with one cold and warm', async () => {
    const workers = { jobs: 2, minTasksForWorkers: 1 };
    const uncached = await run(workers);
    expectSame(uncached);
    expect(uncached.stats.workers).toBeGreaterThan(0);
    expect(uncached.stats.workerError).toBeNull();

    const cacheDir = tempDir();
    const cold = await run({ ...workers, cacheDir });
    expectSame(cold);
    expect(cold.stats).toMatchObject({ analysesCached: 0, pagesCached: 0 });
    const warm = await run({ ...workers, cacheDir });
    expectSame(warm);
    // Everything cached: no worker started.
    expect(warm.stats).toMatchObject({ analysesCached: seeds.length, pagesCached: expected.pages.length, workers: 0 });
    // And the entries the workers wrote are the ones one thread reads.
    expectSame(await run({ cacheDir }));
  });

  it('runs in this thread below the threshold, whatever --jobs says', async () => {
    const result = await run({ jobs: 8, minTasksForWorkers: seeds.length + 1 });
    expect(result.stats.workers).toBe(0);
    expectSame(result);
  });

  it('reports the stages with their counts', async () => {
    const events: string[] = [];
    const sink: ProgressSink = {
      stage: (name, options) => events.push(`stage ${name} ${options?.total ?? '?'}${options?.cached ? ' cached' : ''}`),
      update: () => {},
      end: (final) => events.push(`end ${final?.done} ${final?.cached ?? '-'} ${final?.note ?? '-'}`),
      finish: () => events.push('finish'),
    };
    const cacheDir = tempDir();
    await run({ cacheDir });
    await run({ cacheDir, progress: sink });
    const articles = seeds.length - 2;
    expect(events.slice(0, 2)).toEqual([`stage analyse ${seeds.length} cached`, `end ${seeds.length} ${seeds.length} -`]);
    expect(events[2]).toBe(`stage match ${articles}`);
    expect(events[3]).toBe(`end ${articles} - links from the cache: no seed changed`);
    expect(events.slice(4)).toEqual([`stage pages ${expected.pages.length} cached`, `end ${expected.pages.length} ${expected.pages.length} -`]);
  });
});

describe('the cache misses exactly what changed', { timeout: 120_000 }, () => {
  it('a seed’s text, a seed’s metadata, the stages’ versions', async () => {
    const cacheDir = tempDir();
    await run({ cacheDir });
    const index = seeds.findIndex((seed) => seed.name.startsWith('003_'));
    const edited = seeds.map((seed, i) => (i === index ? { ...seed, text: `${seed.text}\n\nOfficials said on Monday that the figures had been revised.\n` } : seed));
    const afterEdit = await run({ cacheDir }, edited);
    expect(afterEdit.stats.analysesCached).toBe(seeds.length - 1);
    expectSame(afterEdit, ingestCorpus(edited, { verdicts }));

    const withSidecar = seeds.map((seed, i) => (i === index ? { ...seed, metadata: { ...seed.metadata, publisher: 'Another Publisher' } } : seed));
    const afterSidecar = await run({ cacheDir }, withSidecar);
    expect(afterSidecar.stats.analysesCached).toBe(seeds.length - 1);
    expectSame(afterSidecar, ingestCorpus(withSidecar, { verdicts }));

    const otherVersion = await runIngest(seeds, { verdicts, jobs: 1, cache: new IngestCache(cacheDir, 'f'.repeat(64)) });
    expect(otherVersion.stats).toMatchObject({ analysesCached: 0, pagesCached: 0 });
    expectSame(otherVersion);

    // Nothing lost: the first version's entries are all still there.
    expect((await run({ cacheDir })).stats).toMatchObject({ analysesCached: seeds.length, pagesCached: expected.pages.length });
  });

  it('redoes only the stages whose version changed, with the same output', async () => {
    const cacheDir = tempDir();
    await run({ cacheDir });
    // As after an edit to a matching-only file: the links' version changes, the others stay.
    const matching = await runIngest(seeds, { verdicts, jobs: 1, cache: new IngestCache(cacheDir, { ...VERSION, links: 'e'.repeat(64) }) });
    expect(matching.stats).toMatchObject({ analysesCached: seeds.length, corpusCached: true, linksCached: false });
    expectSame(matching);
    // As after an edit to a file of the analysis: every seed is analysed again, and so matched again.
    const analysis = await runIngest(seeds, { verdicts, jobs: 1, cache: new IngestCache(cacheDir, { ...VERSION, analysis: 'd'.repeat(64) }) });
    expect(analysis.stats).toMatchObject({ analysesCached: 0, corpusCached: true, linksCached: false });
    expectSame(analysis);
    // As after an edit to rendering only: every page is rendered again, nothing else.
    const page = await runIngest(seeds, { verdicts, jobs: 1, cache: new IngestCache(cacheDir, { ...VERSION, page: 'c'.repeat(64) }) });
    expect(page.stats).toMatchObject({ analysesCached: seeds.length, corpusCached: true, linksCached: true, pagesCached: 0 });
    expectSame(page);
  });

  it('reuses the match when only a verdict changed, and matches again when a seed changed', async () => {
    const cacheDir = tempDir();
    expect((await run({ cacheDir })).stats.linksCached).toBe(false);
    const page = expected.pages.find((p) => p.page.claims.some((claim) => claim.status !== 'not-checkable'))!;
    const claim = page.page.claims.find((c) => c.status !== 'not-checkable')!;
    const file = `content/verdicts/${page.slug}.yaml`;
    const text = `${claim.id}:\n  status: not-checkable\n  note: An editor's verdict.\n  reviewed: 2025-12-01\n`;
    const moreVerdicts = new Map([...verdicts, [page.slug, { file, verdicts: parseVerdictFile(file, text) }]]);
    const afterVerdict = await run({ cacheDir, verdicts: moreVerdicts });
    expect(afterVerdict.stats).toMatchObject({ analysesCached: seeds.length, linksCached: true, corpusCached: true });
    expect(afterVerdict.stats.pagesCached).toBe(expected.pages.length - 1);
    expectSame(afterVerdict, ingestCorpus(seeds, { verdicts: moreVerdicts }));

    const edited = seeds.map((seed, i) => (i === 0 ? { ...seed, text: `${seed.text}\n\nThe ministry said on Monday that 40 people had been evacuated.\n` } : seed));
    const afterEdit = await run({ cacheDir }, edited);
    expect(afterEdit.stats).toMatchObject({ linksCached: false, corpusCached: false });
    expectSame(afterEdit, ingestCorpus(edited, { verdicts }));
  });

  it('analyses a seed again when what the corpus-level step learned for it changes', async () => {
    const cacheDir = tempDir();
    const alone = seeds.filter((seed) => seed.name !== 'planet-convoy.txt');
    await run({ cacheDir }, alone);
    const dam = planCorpus(alone).find((p) => p.seed.name === 'planet-dam.txt')!;
    expect(dam.context.boilerplate).toEqual([]);
    const both = await run({ cacheDir });
    expect(planCorpus(seeds).find((p) => p.seed.name === 'planet-dam.txt')!.context.boilerplate).toEqual([STANDING.toLowerCase()]);
    // The added seed, and the one whose standing paragraph it revealed.
    expect(both.stats.analysesCached).toBe(seeds.length - 2);
    expectSame(both);
    const page = both.pages.find((p) => p.seed === 'planet-dam.txt')!;
    expect(page.page.article.removed).toContainEqual({ rule: 'outlet-boilerplate', text: STANDING });
  });

  it('recomputes a corrupt entry and writes it again', async () => {
    const cacheDir = tempDir();
    await run({ cacheDir });
    const cache = new IngestCache(cacheDir, VERSION);
    const { seed, slug, context } = planCorpus(seeds)[3]!;
    const path = cache.pathOf(analysisKey(VERSION.analysis, seed, slug, context));
    writeFileSync(path, readFileSync(path).subarray(0, 40));
    const repaired = await run({ cacheDir });
    expect(repaired.stats.analysesCached).toBe(seeds.length - 1);
    expectSame(repaired);
    expect(cache.read('analysis', analysisKey(VERSION.analysis, seed, slug, context))).toBeDefined();
    expect((await run({ cacheDir })).stats.analysesCached).toBe(seeds.length);
  });
});

describe('a worker that dies on a seed', { timeout: 120_000 }, () => {
  it('makes that seed an internal error, which is never cached, and the rest builds as without it', async () => {
    const source = seeds.find((seed) => seed.name.startsWith('000_'))!;
    const crashing = [...seeds, { name: 'crash-exit.txt', text: source.text }, { name: 'crash-throw.txt', text: source.text }];
    const options = { jobs: 2, minTasksForWorkers: 1, workerUrl: new URL('./test-support/crashing-ingest-worker.ts', import.meta.url) };
    const cacheDir = tempDir();
    const result = await run({ ...options, cacheDir }, crashing);
    const crashed = result.skipped.filter((problem) => problem.file.startsWith('crash-'));
    expect(crashed.map((problem) => [problem.file, problem.rule])).toEqual([
      ['crash-exit.txt', 'internal-error'],
      ['crash-throw.txt', 'internal-error'],
    ]);
    expect(crashed[0]!.reason).toMatch(/^crash-exit\.txt: Unexpected end of the worker thread \(.*exited with code 3\), expected it to finish the seed \[internal-error\]$/);
    expect(crashed[1]!.reason).toMatch(/^crash-throw\.txt: Unexpected end of the worker thread \(thrown on purpose for crash-throw\.txt\)/);
    // As if those two seeds had failed: the same pages, byte for byte.
    const failing = crashing.map((seed) => (seed.name.startsWith('crash-') ? { ...seed, text: '' } : seed));
    expect(written({ ...result, skipped: [] }).pages).toEqual(written(ingestCorpus(failing, { verdicts })).pages);

    const again = await run({ ...options, cacheDir }, crashing);
    expect(again.stats.analysesCached).toBe(crashing.length - 2);
    expect(again.skipped).toEqual(result.skipped);
  });
});
