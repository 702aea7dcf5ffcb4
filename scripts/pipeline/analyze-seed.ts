/**
 * The per-seed analysis of the ingest, a cached stage of its own
 * (`scripts/io/stage-versions.ts` keys it by this module's import closure):
 * clean, segment, detect claims, the outlet's stance, claim ids. It imports
 * nothing of matching, statuses across articles or page rendering, so that
 * an edit to those does not analyse the corpus again.
 */
import { checkWorthiness } from './check-worthiness.ts';
import { claimIds } from './claim-id.ts';
import { clean, NO_CONTEXT } from './clean.ts';
import { detectClaimsWithFeatures } from './detect-claims.ts';
import { IngestError } from './errors.ts';
import { outletStance } from './outlet-stance.ts';
import { problemOf, type Problem } from './problems.ts';
import { segment } from './segment.ts';
import { ArticleText } from './anchor.ts';
import { applySeedMetadata } from './seed-metadata.ts';
import type { AnalyzedArticle, AssessedClaim, Claim, CleanArticle, Seed, SeedContext } from './types.ts';

/** What analysing one seed gives: the analysed article, or why the seed is skipped. */
export type AnalysisOutcome = { analyzed: AnalyzedArticle } | { problem: Problem };

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
