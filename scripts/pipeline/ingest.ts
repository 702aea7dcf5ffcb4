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
import { buildMdast, type ArticlePage } from './build-mdast.ts';
import { checkWorthiness } from './check-worthiness.ts';
import { claimIds } from './claim-id.ts';
import { clean, NO_CONTEXT } from './clean.ts';
import { learnBoilerplate } from './corpus-boilerplate.ts';
import { detectClaimsWithFeatures } from './detect-claims.ts';
import { IngestError } from './errors.ts';
import { outletStance } from './outlet-stance.ts';
import { weighEvidence, type EvidenceOptions } from './weigh-evidence.ts';
import { segment } from './segment.ts';
import { serializeMdx, UnsafeMdxError, verifyMdx } from './serialize-mdx.ts';
import { assignSlugs } from './slug.ts';
import { nameStories, type StoryRegistry } from './story-ids.ts';
import { applyVerdicts, type VerdictFile } from './verdicts.ts';
import { ArticleText } from './anchor.ts';
import { applySeedMetadata } from './seed-metadata.ts';
import type { AnalyzedArticle, AssessedClaim, Claim, CleanArticle, OutletRule, Seed, SeedContext } from './types.ts';

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

export interface Problem {
  /** The seed's file name. */
  file: string;
  /** Rule id, e.g. `empty-seed`, `unsafe-mdx`. */
  rule: string;
  reason: string;
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

/** What analysing one seed gives: the analysed article, or why the seed is skipped. */
export type AnalysisOutcome = { analyzed: AnalyzedArticle } | { problem: Problem };

/** What rendering one page gives: its verified MDX, or why the page is refused. */
export type RenderOutcome = { mdx: string } | { problem: Problem };

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

/**
 * What the corpus stages (`weighEvidence`) set on one claim. They depend only
 * on the analyses and the desk's aliases (not on verdicts, which are applied
 * after them), so a rebuild whose analyses are all unchanged can reuse these
 * instead of weighing the evidence again.
 */
export type ClaimLinks = Pick<Claim, 'related' | 'status' | 'cue' | 'rationale' | 'speaker' | 'speakerAs' | 'cluster' | 'appearance' | 'sources' | 'kind'>;

/** The links of every claim, per article, in order. */
export function linksOf(matched: readonly AnalyzedArticle[]): ClaimLinks[][] {
  return matched.map((a) =>
    a.claims.map(({ related, status, cue, rationale, speaker, speakerAs, cluster, appearance, sources, kind }) => ({ related, status, cue, rationale, speaker, speakerAs, cluster, appearance, sources, kind })),
  );
}

/** The analyses with earlier links put back, or null when the links do not fit them claim for claim. */
export function withLinks(analyzed: readonly AnalyzedArticle[], links: readonly (readonly ClaimLinks[])[]): AnalyzedArticle[] | null {
  if (links.length !== analyzed.length || analyzed.some((a, i) => links[i]?.length !== a.claims.length)) return null;
  return analyzed.map((a, i) => ({ ...a, claims: a.claims.map((claim, k) => ({ ...claim, ...links[i]![k]! })) }));
}

export function problemOf(seed: string, error: unknown): Problem {
  if (error instanceof IngestError) return { file: seed, rule: error.ruleId, reason: error.message };
  if (error instanceof UnsafeMdxError) return { file: seed, rule: 'unsafe-mdx', reason: `${seed}: ${error.message} [unsafe-mdx]` };
  const message = error instanceof Error ? error.message : String(error);
  return { file: seed, rule: 'internal-error', reason: `${seed}: ${message} [internal-error]` };
}

/** An assessed claim with its id, its article and its anchor in the article's text, before any linking or verdict. */
export function claimFrom(assessed: AssessedClaim, id: string, slug: string, text: ArticleText): Claim {
  return {
    ...assessed,
    id,
    article: slug,
    speakerAs: assessed.speaker,
    cluster: `k-${id.slice(2)}`,
    appearance: { outlet: null, published: null, origin: { type: 'own', source: null }, independent: false, dependence: null },
    sources: { outlets: 1, independent: 0 },
    related: [],
    reviewed: false,
    ...text.anchorOf(assessed.paragraph, assessed.start, assessed.end),
    verdict: null,
    automatic: null,
    worthiness: checkWorthiness(assessed),
  };
}

/** The seed's article as the ingest cleans it: `clean`, then the seed's own metadata over what it recovered. Throws `IngestError`. */
export function cleanSeed(seed: Seed, context: SeedContext = NO_CONTEXT): CleanArticle {
  return applySeedMetadata(clean(seed, context), seed.metadata);
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

/** One seed through every per-article stage. Throws (`IngestError` and others) when the seed cannot be made into an article. */
/**
 * The most text one article may have after cleaning, in UTF-16 code units:
 * about 60,000 words, several times the longest long-form story. Claim
 * detection and the page's checks grow with the number of claims, so a
 * seed past this is refused with \`too-long\` before them: a 5 MB text file
 * costs its cleaning (a few seconds) and nothing more, whatever \`--jobs\`.
 */
export const MAX_ARTICLE_CHARS = 400_000;

/** One seed through every per-article stage. Throws (`IngestError` and others) when the seed cannot be made into an article. */
export function analyzeArticle(seed: Seed, slug: string, context: SeedContext = NO_CONTEXT): AnalyzedArticle {
  const cleaned = cleanSeed(seed, context);
  const length = cleaned.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (length > MAX_ARTICLE_CHARS) {
    throw new IngestError(
      seed.name,
      'too-long',
      `Unexpected article text of ${length} characters, expected at most ${MAX_ARTICLE_CHARS} (a news article, not a book or a dump; split it into articles)`,
    );
  }
  return analyzeCleanArticle(cleaned, slug);
}

/** A cleaned article through the per-article stages after cleaning: segment, detect claims, the outlet's stance, ids. */
export function analyzeCleanArticle(cleaned: CleanArticle, slug: string): AnalyzedArticle {
  const article = segment(cleaned);
  const detected = detectClaimsWithFeatures(article);
  // The status is decided over the whole collection (weighEvidence); until then, unverified.
  const assessed: AssessedClaim[] = detected.claims.map((claim) => ({ ...claim, ...outletStance(claim, article), status: 'unverified', cue: 'pending', rationale: '' }));
  const ids = claimIds(cleaned.seed, assessed.map((claim) => claim.text));
  const text = new ArticleText(article.paragraphs);
  const claims = assessed.map((claim, index) => claimFrom(claim, ids[index]!, slug, text));
  return { slug, article, claims, features: detected.features, speakers: detected.speakers };
}

/** `analyzeArticle`, with a failure turned into the seed's problem. Never throws. */
export function analyzeSeed(seed: Seed, slug: string, context: SeedContext = NO_CONTEXT): AnalysisOutcome {
  try {
    return { analyzed: analyzeArticle(seed, slug, context) };
  } catch (error) {
    return { problem: problemOf(seed.name, error) };
  }
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

/** One page to verified MDX, or why it is refused (a drifted anchor, unsafe MDX). Never throws. */
export function renderPage(page: ArticlePage): RenderOutcome {
  try {
    const text = new ArticleText(page.article.paragraphs);
    for (const claim of page.claims) {
      const drift = text.drift(claim);
      if (drift) throw new IngestError(page.article.seed, 'anchor-drift', `claim ${claim.id}: ${drift}`);
    }
    const mdx = serializeMdx(buildMdast(page));
    verifyMdx(mdx, page);
    return { mdx };
  } catch (error) {
    return { problem: problemOf(page.article.seed, error) };
  }
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
