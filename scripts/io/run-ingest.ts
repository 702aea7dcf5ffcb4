/**
 * The ingest as the CLI runs it: the steps of `ingestCorpus`
 * (`scripts/pipeline/ingest.ts`) with the per-seed analysis and the
 * per-page rendering taken from the content-hash cache (`ingest-cache.ts`)
 * when their inputs did not change, the rest spread over worker threads
 * (`worker-pool.ts`), and progress reported as it goes.
 *
 * The output is the same as `ingestCorpus`'s, byte for byte, whatever the
 * cache holds and however many workers run: every outcome, fresh or cached,
 * is the same JSON data, and the results are put in seed order before
 * matching. Workers are started only for enough work to pay for their
 * start-up (about half a second each): `minTasksForWorkers` tasks in a step.
 */
import { availableParallelism } from 'node:os';
import {
  assembleOutput,
  linkCorpus,
  orderSeeds,
  planCorpus,
  type AnalysisOutcome,
  type IngestOptions,
  type IngestOutput,
  type PlannedSeed,
  type Problem,
  type RenderOutcome,
} from '../pipeline/ingest.ts';
import type { ArticlePage } from '../pipeline/build-mdast.ts';
import type { Seed } from '../pipeline/types.ts';
import { learnBoilerplate } from '../pipeline/corpus-boilerplate.ts';
import { analysisKey, corpusKey, encodeEntry, linksKey, pageKey, type IngestCache } from './ingest-cache.ts';
import type { StageVersions } from './stage-versions.ts';
import { DEFAULT_MATCH_THRESHOLD } from '../pipeline/match-across-sources.ts';
import { problemReply, runTask, taskSeed, type Reply, type Task } from './ingest-tasks.ts';
import { formatCount, SILENT, type ProgressSink } from './progress.ts';
import { WorkerPool } from './worker-pool.ts';

/** The default number of workers: one per core, at most 8. */
export function defaultJobs(): number {
  return Math.min(availableParallelism(), 8);
}

/** Fewer tasks than this in a step run in this thread: starting workers would cost more than it saves. */
export const MIN_TASKS_FOR_WORKERS = 50;

export const WORKER_URL = new URL('./ingest-worker.ts', import.meta.url);

export interface RunIngestOptions extends Pick<IngestOptions, 'matchThreshold' | 'verdicts' | 'aliases' | 'outlets' | 'storyIds'> {
  /** Null: no cache. */
  cache: IngestCache | null;
  /** Worker threads at most; 1 runs everything in this thread. */
  jobs: number;
  progress?: ProgressSink;
  /** Tests: another worker module, and another threshold. */
  workerUrl?: URL;
  minTasksForWorkers?: number;
}

export interface RunIngestStats {
  seeds: number;
  /** Analyses and pages taken from the cache. */
  analysesCached: number;
  pagesCached: number;
  /** The match was taken from the cache (no seed changed since it was made). */
  linksCached: boolean;
  /** The corpus-level step was taken from the cache (no seed added, removed or edited). */
  corpusCached: boolean;
  /** Workers started (0: all in this thread). */
  workers: number;
  /** Why worker threads could not be used, when they could not. */
  workerError: string | null;
}

export interface RunIngestResult extends IngestOutput {
  stats: RunIngestStats;
}

/** The problem of a seed whose worker died on it. */
export function crashProblem(seed: string, error: Error): Problem {
  return {
    file: seed,
    rule: 'internal-error',
    reason: `${seed}: Unexpected end of the worker thread (${error.message}), expected it to finish the seed [internal-error]`,
  };
}

/** Runs tasks in this thread, or on worker threads when there are enough of them: started when first needed, kept for the next step. */
export class TaskRunner {
  readonly #jobs: number;
  readonly #minTasks: number;
  readonly #workerUrl: URL;
  #pool: WorkerPool<Task, Reply> | undefined;

  constructor(options: { jobs: number; minTasksForWorkers?: number; workerUrl?: URL }) {
    this.#jobs = options.jobs;
    this.#minTasks = options.minTasksForWorkers ?? MIN_TASKS_FOR_WORKERS;
    this.#workerUrl = options.workerUrl ?? WORKER_URL;
  }

  /**
   * Runs the tasks; `onReply` gets each task's index. Says how many worker
   * threads took part (0: none). Once started, the workers take any number
   * of tasks: they cost nothing more.
   */
  async run(tasks: readonly Task[], onReply: (index: number, reply: Reply) => void): Promise<number> {
    if (this.#jobs <= 1 || tasks.length === 0 || (tasks.length < this.#minTasks && this.#pool === undefined)) {
      tasks.forEach((task, index) => onReply(index, runTask(task)));
      return 0;
    }
    this.#pool ??= new WorkerPool<Task, Reply>({
      size: this.#jobs,
      workerUrl: this.#workerUrl,
      runInProcess: runTask,
      crashed: (task, error) => problemReply(task, crashProblem(taskSeed(task), error)),
    });
    await this.#pool.run(tasks, onReply);
    return this.#pool.readyCount;
  }

  /** Worker threads started so far. */
  get workers(): number {
    return this.#pool?.readyCount ?? 0;
  }

  /** Why no worker thread could be started, when none could. */
  get workerError(): string | null {
    return this.#pool?.startError?.message ?? null;
  }

  close(): Promise<void> {
    return this.#pool?.close() ?? Promise.resolve();
  }
}

const threads = (count: number): string | null => (count === 0 ? null : `${count} worker thread${count === 1 ? '' : 's'}`);

export interface StepOptions {
  cache: IngestCache | null;
  runner: TaskRunner;
  progress?: ProgressSink;
}

/**
 * One step over many items: each item's outcome from the cache when its
 * entry is sound, else from a task; fresh outcomes go into the cache.
 * Outcomes come back in the items' order.
 */
async function step<Item, Outcome>(
  items: readonly Item[],
  options: StepOptions & {
    stage: string;
    unit: string;
    keyOf: (item: Item, versions: StageVersions) => string;
    read: (cache: IngestCache, key: string) => Outcome | undefined;
    task: (item: Item, key: string | null) => Task;
    outcomeOf: (reply: Reply) => Outcome;
  },
): Promise<{ outcomes: Outcome[]; cached: number; keys: (string | null)[] }> {
  const { cache, progress = SILENT } = options;
  progress.stage(options.stage, { total: items.length, unit: options.unit, cached: true });
  const outcomes: Outcome[] = new Array(items.length);
  let done = 0;
  let cached = 0;
  const misses: Task[] = [];
  const missIndex: number[] = [];
  const keys = items.map((item) => (cache ? options.keyOf(item, cache.versions) : null));
  items.forEach((item, index) => {
    const key = keys[index]!;
    const hit = key === null ? undefined : options.read(cache!, key);
    if (hit === undefined) {
      misses.push(options.task(item, key));
      missIndex.push(index);
      return;
    }
    outcomes[index] = hit;
    progress.update(++done, ++cached);
  });
  const workers = await options.runner.run(misses, (index, reply) => {
    outcomes[missIndex[index]!] = options.outcomeOf(reply);
    const key = misses[index]!.key;
    if (reply.entry && key !== null) cache!.write(key, reply.entry);
    progress.update(++done, cached);
  });
  progress.end({ done, cached, note: threads(workers) });
  return { outcomes, cached, keys };
}

/** Each seed's analysis (`analyzeSeed`), in the plan's order. */
export function analyseSeeds(plan: readonly PlannedSeed[], options: StepOptions): Promise<{ outcomes: AnalysisOutcome[]; cached: number; keys: (string | null)[] }> {
  return step(plan, {
    ...options,
    stage: 'analyse',
    unit: 'articles',
    keyOf: ({ seed, slug, context }, versions) => analysisKey(versions.analysis, seed, slug, context),
    read: (cache, key) => cache.read('analysis', key),
    task: ({ seed, slug, context }, key) => ({ kind: 'analysis', seed, slug, context, key }),
    outcomeOf: (reply) => {
      if (reply.kind !== 'analysis') throw new Error('analyseSeeds: expected an analysis');
      return JSON.parse(reply.json) as AnalysisOutcome;
    },
  });
}

/** Each page's MDX (`renderPage`), in the pages' order. */
export function renderPages(pages: readonly ArticlePage[], options: StepOptions): Promise<{ outcomes: RenderOutcome[]; cached: number; keys: (string | null)[] }> {
  return step(pages, {
    ...options,
    stage: 'pages',
    unit: 'pages',
    keyOf: (page, versions) => pageKey(versions.page, page),
    read: (cache, key) => cache.read('page', key),
    task: (page, key) => ({ kind: 'page', page, key }),
    outcomeOf: (reply) => {
      if (reply.kind !== 'page') throw new Error('renderPages: expected a page');
      return reply.outcome;
    },
  });
}

/** What the corpus-level step learns over all seeds: from the cache when no seed changed, else learned and cached. */
function corpusStep(seeds: readonly Seed[], cache: IngestCache | null): { boilerplate: string[][]; cached: boolean } {
  const ordered = orderSeeds(seeds);
  if (cache === null) return { boilerplate: learnBoilerplate(ordered), cached: false };
  const key = corpusKey(cache.versions.corpus, ordered);
  const hit = cache.read('corpus', key);
  if (hit !== undefined && hit.boilerplate.length === ordered.length) return { boilerplate: hit.boilerplate, cached: true };
  const boilerplate = learnBoilerplate(ordered);
  cache.write(key, encodeEntry('corpus', key, JSON.stringify({ boilerplate })));
  return { boilerplate, cached: false };
}

export async function runIngest(seeds: readonly Seed[], options: RunIngestOptions): Promise<RunIngestResult> {
  const progress = options.progress ?? SILENT;
  const runner = new TaskRunner(options);
  const steps = { cache: options.cache, runner, progress };
  try {
    const corpus = corpusStep(seeds, options.cache);
    const plan = planCorpus(seeds, { outlets: options.outlets, boilerplate: corpus.boilerplate });
    const analysed = await analyseSeeds(plan, steps);

    // Matching and verdicts: over the whole corpus, in this thread.
    const articles = analysed.outcomes.filter((outcome) => 'analyzed' in outcome);
    const claims = articles.reduce((sum, outcome) => sum + outcome.analyzed.claims.length, 0);
    progress.stage('match', { total: articles.length, unit: 'articles', note: `${formatCount(claims)} claims` });
    const { cache } = options;
    // The analyses' keys, as the analysis step computed them (null without a cache).
    const matchKey = cache ? linksKey(cache.versions.links, options.matchThreshold ?? DEFAULT_MATCH_THRESHOLD, analysed.keys.map((key) => key!), options.aliases) : null;
    const earlier = matchKey === null ? undefined : cache!.read('links', matchKey)?.links;
    const linked = linkCorpus(analysed.outcomes, { ...options, links: earlier });
    const reused = linked.reusedLinks;
    if (matchKey !== null && !reused) cache!.write(matchKey, encodeEntry('links', matchKey, JSON.stringify({ links: linked.links })));
    progress.end({ done: articles.length, ...(reused ? { note: 'links from the cache: no seed changed' } : {}) });

    const rendered = await renderPages(linked.pages, steps);
    return {
      ...assembleOutput(linked, rendered.outcomes),
      stats: {
        seeds: plan.length,
        analysesCached: analysed.cached,
        pagesCached: rendered.cached,
        linksCached: linked.reusedLinks,
        corpusCached: corpus.cached,
        workers: runner.workers,
        workerError: runner.workerError,
      },
    };
  } finally {
    await runner.close();
  }
}
