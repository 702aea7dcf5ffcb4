/**
 * Where the ingest's time goes: runs the stages of `ingestCorpus` one by one
 * in this process, on a folder of seeds, and times each (with the heap and
 * RSS after it). Same functions, same order as `scripts/pipeline/ingest.ts`;
 * only the timing around them is added. Nothing is written.
 *
 *   tsx scripts/bench/ingest-breakdown.ts --seeds DIR [--limit N] [--match-sizes 250,500] [--skip-match]
 *     [--analysis-step [--jobs N] [--cache DIR]] [--json FILE]
 *
 * - `--limit N`: only the first N seeds (by name).
 * - `--match-sizes`: also time `matchAcrossSources` alone on the first K
 *   analysed articles for each K, to fit its growth.
 * - `--skip-match`: leave out the (quadratic) matching and everything after
 *   it; for measuring the per-article stages on corpora too large to match.
 * - `--analysis-step`: time the analysis as `factline ingest` runs it
 *   (`analyseSeeds` in `scripts/io/run-ingest.ts`, worker start-up
 *   included) instead of stage by stage: on `--jobs N` worker threads
 *   (default: one per core, at most 8; 1: this thread), with the cache in
 *   `--cache DIR` when given (run twice for a warm cache).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { IngestCache } from '../io/ingest-cache.ts';
import { stageVersions } from '../io/stage-versions.ts';
import { readSeeds } from '../io/read-seeds.ts';
import { analyseSeeds, defaultJobs, TaskRunner } from '../io/run-ingest.ts';
import { ArticleText } from '../pipeline/anchor.ts';
import { buildMdast } from '../pipeline/build-mdast.ts';
import { claimIds } from '../pipeline/claim-id.ts';
import { clean } from '../pipeline/clean.ts';
import { detectClaimsWithFeatures } from '../pipeline/detect-claims.ts';
import { claimFrom, planCorpus } from '../pipeline/ingest.ts';
import { outletStance } from '../pipeline/outlet-stance.ts';
import { applySeedMetadata } from '../pipeline/seed-metadata.ts';
import { segment } from '../pipeline/segment.ts';
import { serializeMdx, verifyMdx } from '../pipeline/serialize-mdx.ts';
import { assignSlugs } from '../pipeline/slug.ts';
import type { AnalyzedArticle, AssessedClaim, Seed } from '../pipeline/types.ts';
import { weighEvidence } from '../pipeline/weigh-evidence.ts';
import { applyVerdicts } from '../pipeline/verdicts.ts';

export interface BreakdownStage {
  stage: string;
  ms: number;
  /** Heap used and RSS right after the stage, in MiB. */
  heapMiB: number;
  rssMiB: number;
  /** CPU time of the whole process (worker threads included), when measured. */
  cpuMs?: number;
}

export interface Breakdown {
  seeds: number;
  claims: number;
  stages: BreakdownStage[];
  /** `matchAcrossSources` alone on the first K articles. */
  matchGrowth: { articles: number; claims: number; ms: number }[];
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export interface BreakdownOptions {
  seeds: string;
  limit?: number;
  matchSizes?: number[];
  skipMatch?: boolean;
  /** Time the analysis as the CLI runs it, on `jobs` workers, with the cache in `cache` (none when undefined). */
  analysisStep?: { jobs: number; cache?: string };
}

/** The analysis as `factline ingest` runs it, timed as one stage. */
async function analysisStep(ordered: readonly Seed[], slugs: ReadonlyMap<string, string>, step: NonNullable<BreakdownOptions['analysisStep']>): Promise<{ analyzed: AnalyzedArticle[]; cached: number }> {
  const runner = new TaskRunner({ jobs: step.jobs });
  try {
    const cache = step.cache === undefined ? null : new IngestCache(step.cache, stageVersions());
    const plan = planCorpus(ordered).map((planned) => ({ ...planned, slug: slugs.get(planned.seed.name)! }));
    const { outcomes, cached } = await analyseSeeds(plan, { cache, runner });
    return { analyzed: outcomes.flatMap((outcome) => ('analyzed' in outcome ? [outcome.analyzed] : [])), cached };
  } finally {
    await runner.close();
  }
}

export async function breakdown(options: BreakdownOptions): Promise<Breakdown> {
  const stages: BreakdownStage[] = [];
  const timed = <T>(stage: string, fn: () => T): T => {
    const start = performance.now();
    const result = fn();
    const ms = performance.now() - start;
    const memory = process.memoryUsage();
    stages.push({ stage, ms: Math.round(ms), heapMiB: mib(memory.heapUsed), rssMiB: mib(memory.rss) });
    return result;
  };
  const start = performance.now();
  const read = await readSeeds(options.seeds);
  stages.push({ stage: 'readSeeds', ms: Math.round(performance.now() - start), heapMiB: mib(process.memoryUsage().heapUsed), rssMiB: mib(process.memoryUsage().rss) });

  const ordered = [...read.seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, options.limit ?? Infinity);
  const slugs = timed('assignSlugs', () => assignSlugs(ordered.map((seed) => seed.name)));

  let analyzed: AnalyzedArticle[];
  if (options.analysisStep) {
    const step = options.analysisStep;
    const begin = performance.now();
    const cpu = process.cpuUsage();
    const result = await analysisStep(ordered, slugs, step);
    const { user, system } = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    const label = `analyse (${step.jobs} job${step.jobs === 1 ? '' : 's'}, ${step.cache === undefined ? 'no cache' : `${result.cached} cached`})`;
    stages.push({ stage: label, ms: Math.round(performance.now() - begin), heapMiB: mib(memory.heapUsed), rssMiB: mib(memory.rss), cpuMs: Math.round((user + system) / 1000) });
    analyzed = result.analyzed;
  } else {
    analyzed = analyzeByStage(ordered, slugs, timed);
  }
  const claims = analyzed.reduce((sum, a) => sum + a.claims.length, 0);

  const matchGrowth: Breakdown['matchGrowth'] = [];
  for (const size of options.matchSizes ?? []) {
    const subset = analyzed.slice(0, size);
    const t = performance.now();
    weighEvidence(subset);
    matchGrowth.push({ articles: subset.length, claims: subset.reduce((sum, a) => sum + a.claims.length, 0), ms: Math.round(performance.now() - t) });
  }

  if (!options.skipMatch) {
    const matched = timed('weighEvidence', () => weighEvidence(analyzed));
    const { articles: reviewed } = timed('applyVerdicts', () => applyVerdicts(matched, new Map()));
    timed('anchorDrift', () =>
      reviewed.forEach(({ article, claims: cs }) => {
        const text = new ArticleText(article.paragraphs);
        cs.forEach((claim) => text.drift(claim));
      }),
    );
    const pages = reviewed.map(({ slug, article, claims: cs }) => ({ slug, article, claims: cs }));
    const trees = timed('buildMdast', () => pages.map((page) => buildMdast(page)));
    const mdx = timed('serializeMdx', () => trees.map((tree) => serializeMdx(tree)));
    timed('verifyMdx', () => mdx.forEach((text, i) => verifyMdx(text, pages[i]!)));
  }
  return { seeds: ordered.length, claims, stages, matchGrowth };
}

/** `analyzeArticle`, cut into its stages (same calls as ingest.ts), each timed over all seeds. */
function analyzeByStage(ordered: readonly Seed[], slugs: ReadonlyMap<string, string>, timed: <T>(stage: string, fn: () => T) => T): AnalyzedArticle[] {
  const cleaned = timed('clean', () => ordered.map((seed) => applySeedMetadata(clean(seed), seed.metadata)));
  const segmented = timed('segment', () => cleaned.map((article) => segment(article)));
  const detected = timed('detectClaims', () => segmented.map((article) => detectClaimsWithFeatures(article)));
  const assessed = timed('outletStance', () =>
    segmented.map((article, i) => detected[i]!.claims.map((claim): AssessedClaim => ({ ...claim, ...outletStance(claim, article), status: 'unverified', cue: 'pending', rationale: '' }))),
  );
  return timed('claimIds+anchors', () =>
    segmented.map((article, i) => {
      const seed = ordered[i]!;
      const slug = slugs.get(seed.name)!;
      const claims = assessed[i]!;
      const ids = claimIds(seed.name, claims.map((claim) => claim.text));
      const text = new ArticleText(article.paragraphs);
      const claimed = claims.map((claim, k) => claimFrom(claim, ids[k]!, slug, text));
      return { slug, article, claims: claimed, features: detected[i]!.features, speakers: detected[i]!.speakers };
    }),
  );
}

function print(result: Breakdown): void {
  const total = result.stages.reduce((sum, s) => sum + s.ms, 0);
  process.stdout.write(`${result.seeds} seeds, ${result.claims} claims\n`);
  process.stdout.write(`${'stage'.padEnd(20)} ${'ms'.padStart(9)} ${'share'.padStart(6)} ${'heap MiB'.padStart(9)} ${'RSS MiB'.padStart(8)}\n`);
  for (const s of result.stages) {
    const share = total > 0 ? `${((100 * s.ms) / total).toFixed(1)}%` : '';
    const cpu = s.cpuMs === undefined ? '' : `  (CPU ${s.cpuMs} ms, all threads)`;
    process.stdout.write(`${s.stage.padEnd(20)} ${String(s.ms).padStart(9)} ${share.padStart(6)} ${String(s.heapMiB).padStart(9)} ${String(s.rssMiB).padStart(8)}${cpu}\n`);
  }
  process.stdout.write(`${'total'.padEnd(20)} ${String(total).padStart(9)}\n`);
  for (const g of result.matchGrowth) process.stdout.write(`matchAcrossSources on ${g.articles} articles (${g.claims} claims): ${g.ms} ms\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      limit: { type: 'string' },
      'match-sizes': { type: 'string' },
      'skip-match': { type: 'boolean', default: false },
      'analysis-step': { type: 'boolean', default: false },
      jobs: { type: 'string' },
      cache: { type: 'string' },
      json: { type: 'string' },
    },
  });
  if (!values.seeds) {
    process.stderr.write(
      'Usage: tsx scripts/bench/ingest-breakdown.ts --seeds DIR [--limit N] [--match-sizes K,K] [--skip-match] [--analysis-step [--jobs N] [--cache DIR]] [--json FILE]\n',
    );
    process.exit(2);
  }
  const result = await breakdown({
    seeds: values.seeds,
    limit: values.limit === undefined ? undefined : Number(values.limit),
    matchSizes: values['match-sizes']?.split(',').map(Number),
    skipMatch: values['skip-match'],
    analysisStep: values['analysis-step'] ? { jobs: values.jobs === undefined ? defaultJobs() : Number(values.jobs), cache: values.cache } : undefined,
  });
  print(result);
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}
