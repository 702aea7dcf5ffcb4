/**
 * The whole ingest as pure functions: seed texts in, MDX pages out.
 *
 *   clean → segment → detectClaims → assignStatus → (claim ids)
 *     → matchAcrossSources → story ids → buildMdast → serializeMdx → verifyMdx
 *
 * A seed that fails any stage is reported with its reason and left out; the
 * rest of the corpus still builds.
 *
 * `ingestCorpus` runs it all in one call. The same run is also available in
 * its steps, for the CLI to cache and parallelise the per-seed and per-page
 * work (`scripts/io/run-ingest.ts`) with exactly the same result:
 *
 *   planCorpus (order, slugs, the corpus-level step) → analyzeSeed per seed
 *     → linkCorpus (match, verdicts) → renderPage per page → assembleOutput
 *
 * The corpus-level step (`corpus-boilerplate.ts`) learns, before any seed is
 * analysed, the lines each outlet repeats across its articles on other
 * stories; what it learns for a seed, with the desk's outlet rules, is the
 * seed's `SeedContext`, an input of its analysis like its text.
 *
 * `analyzeSeed` and `renderPage` never throw and return plain
 * JSON-serialisable data, so their results can be cached on disk or passed
 * between threads.
 */
import { analyzeSeed, cleanSeed, type AnalysisOutcome } from './analyze-seed.ts';
import type { ArticlePage } from './build-mdast.ts';
import { checkWorthiness } from './check-worthiness.ts';
import { linksOf, withLinks, type ClaimLinks } from './claim-links.ts';
import { learnBoilerplate } from './corpus-boilerplate.ts';
import { problemOf, type Problem } from './problems.ts';
import { renderPage, type RenderOutcome } from './render-page.ts';
import { weighEvidence, type EvidenceOptions } from './weigh-evidence.ts';
import { assignSlugs } from './slug.ts';
import { nameStories, type StoryRegistry } from './story-ids.ts';
import { applyVerdicts, type VerdictFile } from './verdicts.ts';
import type { AnalyzedArticle, CleanArticle, OutletRule, Seed, SeedContext } from './types.ts';

// The stages live in their own modules, each keyed in the cache by its own
// import closure; they are re-exported here for the callers of the whole run.
export { analyzeArticle, analyzeCleanArticle, analyzeSeed, claimFrom, cleanSeed, MAX_ARTICLE_CHARS, type AnalysisOutcome } from './analyze-seed.ts';
export { linksOf, withLinks, type ClaimLinks } from './claim-links.ts';
export { problemOf, type Problem } from './problems.ts';
export { renderPage, type RenderOutcome } from './render-page.ts';

/** The stages `ingestCorpus` reports progress for, in order. */
export type IngestStage = 'analyse' | 'match' | 'pages';

/** `done` of `total` seeds (analyse), articles (match: 0 before, all after) or pages (pages) are finished. */
export interface IngestProgress {
  stage: IngestStage;
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Similarity threshold for linking claims across articles. */
  matchThreshold?: number;
  /** A desk's speaker aliases (`content/aliases.yaml`). */
  aliases?: EvidenceOptions['aliases'];
  /** Editors' verdicts by article slug (from `content/verdicts/<slug>.yaml`). */
  verdicts?: ReadonlyMap<string, { file: string; verdicts: VerdictFile }>;
  /** Called as the work goes on; it must not throw. */
  onProgress?: (progress: IngestProgress) => void;
  /** The desk's outlet rules (`content/outlets.yaml`). */
  outlets?: readonly OutletRule[];
  /** The story ids earlier builds gave (`content/story-ids.json`, story-ids.ts); none: every story gets a fresh id. */
  storyIds?: StoryRegistry;
}

export interface BuiltPage {
  slug: string;
  seed: string;
  page: ArticlePage;
  mdx: string;
}

export interface IngestOutput {
  pages: BuiltPage[];
  /** Seeds that could not be made into a page. */
  skipped: Problem[];
  /** Everything else worth a look: orphaned verdicts. */
  warnings: Problem[];
  /** The story ids of this build, for the next one. */
  storyIds: StoryRegistry;
}

/** A seed with the slug it gets in its corpus, and what the corpus-level step learned for it. */
export interface PlannedSeed {
  seed: Seed;
  slug: string;
  context: SeedContext;
}

/** The corpus after matching and editors' verdicts: the pages to render, in order. */
export interface LinkedCorpus {
  pages: ArticlePage[];
  /** Seeds whose analysis failed, in seed order. */
  skipped: Problem[];
  /** Orphaned verdicts. */
  warnings: Problem[];
  /** What matching set on each claim (before verdicts), for the ingest cache. */
  links: ClaimLinks[][];
  /** True when `links` were the earlier links given, not a new match. */
  reusedLinks: boolean;
  /** The story ids of this build, for the next one. */
  storyIds: StoryRegistry;
}

/** What cleaning one seed gives: its article, or why the seed is skipped. */
export type CleanOutcome = { seed: string; article: CleanArticle } | { seed: string; problem: Problem };

/** Every seed of a corpus cleaned as the ingest cleans it (the first step of `analyzeSeed`), in the plan's order. Never throws. */
export function cleanCorpus(seeds: readonly Seed[], options: Pick<IngestOptions, 'outlets'> = {}): CleanOutcome[] {
  return planCorpus(seeds, options).map(({ seed, context }) => {
    try {
      return { seed: seed.name, article: cleanSeed(seed, context) };
    } catch (error) {
      return { seed: seed.name, problem: problemOf(seed.name, error) };
    }
  });
}

/** The seeds in the order the ingest processes them: by file name. */
export function orderSeeds(seeds: readonly Seed[]): Seed[] {
  return [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The seeds in the order the ingest processes them (by file name), each with
 * its slug and its context: the corpus-level step runs here, over all of
 * them, so that what it learns does not depend on how the analyses are
 * spread over threads.
 */
export function planCorpus(
  seeds: readonly Seed[],
  options: Pick<IngestOptions, 'outlets'> & { /** What `learnBoilerplate` gives for `orderSeeds(seeds)`, when already known (the cache). */ boilerplate?: string[][] } = {},
): PlannedSeed[] {
  const ordered = orderSeeds(seeds);
  const slugs = assignSlugs(ordered.map((seed) => seed.name));
  const boilerplate = options.boilerplate ?? learnBoilerplate(ordered);
  const outlets = options.outlets ?? [];
  return ordered.map((seed, index) => ({ seed, slug: slugs.get(seed.name)!, context: { boilerplate: boilerplate[index] ?? [], outlets } }));
}

/** Matching across articles and editors' verdicts, over the outcomes of `analyzeSeed` (in any order). */
export function linkCorpus(
  outcomes: readonly AnalysisOutcome[],
  options: IngestOptions & { /** Links from an earlier match of the same analyses (the cache). */ links?: readonly (readonly ClaimLinks[])[] } = {},
): LinkedCorpus {
  const skipped: Problem[] = [];
  const analyzed: AnalyzedArticle[] = [];
  for (const outcome of outcomes) {
    if ('problem' in outcome) skipped.push(outcome.problem);
    else analyzed.push(outcome.analyzed);
  }
  const earlier = options.links ? withLinks(analyzed, options.links) : null;
  const matched = earlier ?? weighEvidence(analyzed, { threshold: options.matchThreshold, aliases: options.aliases });
  // Each cluster's id from the registry, so a story keeps its page when the corpus changes. The cached links keep the clustering's own ids.
  const named = nameStories(matched, options.storyIds);
  const { articles: reviewed, orphans } = applyVerdicts(named.articles, options.verdicts ?? new Map());
  // Check-worthiness last: the corpus stages settle each claim's kind and speaker.
  const pages = reviewed.map(({ slug, article, claims }): ArticlePage => ({ slug, article, claims: claims.map((claim) => ({ ...claim, worthiness: checkWorthiness(claim) })) }));
  return { pages, skipped, warnings: orphans, links: linksOf(matched), reusedLinks: earlier !== null, storyIds: named.registry };
}

/** The output of the run from the linked corpus and each of its pages' `renderPage` outcome. */
export function assembleOutput(linked: LinkedCorpus, rendered: readonly RenderOutcome[]): IngestOutput {
  const pages: BuiltPage[] = [];
  const skipped = [...linked.skipped];
  linked.pages.forEach((page, index) => {
    const outcome = rendered[index]!;
    if ('problem' in outcome) skipped.push(outcome.problem);
    else pages.push({ slug: page.slug, seed: page.article.seed, page, mdx: outcome.mdx });
  });
  return { pages, skipped, warnings: linked.warnings, storyIds: linked.storyIds };
}

export function ingestCorpus(seeds: readonly Seed[], options: IngestOptions = {}): IngestOutput {
  const report = options.onProgress ?? (() => {});
  const plan = planCorpus(seeds, options);
  const outcomes = plan.map(({ seed, slug, context }, index) => {
    const outcome = analyzeSeed(seed, slug, context);
    report({ stage: 'analyse', done: index + 1, total: plan.length });
    return outcome;
  });
  const articles = outcomes.filter((outcome) => 'analyzed' in outcome).length;
  report({ stage: 'match', done: 0, total: articles });
  const linked = linkCorpus(outcomes, options);
  report({ stage: 'match', done: articles, total: articles });
  const rendered = linked.pages.map((page, index) => {
    const outcome = renderPage(page);
    report({ stage: 'pages', done: index + 1, total: linked.pages.length });
    return outcome;
  });
  return assembleOutput(linked, rendered);
}
