/**
 * The whole ingest as one pure function: seed texts in, MDX pages out.
 *
 *   clean → segment → detectClaims → assignStatus → (claim ids)
 *     → matchAcrossSources → buildMdast → serializeMdx → verifyMdx
 *
 * A seed that fails any stage is reported with its reason and left out; the
 * rest of the corpus still builds.
 */
import { assignStatus } from './assign-status.ts';
import { buildMdast, type ArticlePage } from './build-mdast.ts';
import { claimIds } from './claim-id.ts';
import { clean } from './clean.ts';
import { detectClaims } from './detect-claims.ts';
import { IngestError } from './errors.ts';
import { matchAcrossSources } from './match-across-sources.ts';
import { segment } from './segment.ts';
import { serializeMdx, UnsafeMdxError, verifyMdx } from './serialize-mdx.ts';
import { assignSlugs } from './slug.ts';
import { applyVerdicts, type VerdictFile } from './verdicts.ts';
import { anchorDrift, anchorOf } from './anchor.ts';
import { applySeedMetadata } from './seed-metadata.ts';
import type { AnalyzedArticle, AssessedClaim, Claim, Seed } from './types.ts';

export interface IngestOptions {
  /** Similarity threshold for linking claims across articles. */
  matchThreshold?: number;
  /** Editors' verdicts by article slug (from `content/verdicts/<slug>.yaml`). */
  verdicts?: ReadonlyMap<string, { file: string; verdicts: VerdictFile }>;
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
}

function problemOf(seed: string, error: unknown): Problem {
  if (error instanceof IngestError) return { file: seed, rule: error.ruleId, reason: error.message };
  if (error instanceof UnsafeMdxError) return { file: seed, rule: 'unsafe-mdx', reason: `${seed}: ${error.message} [unsafe-mdx]` };
  const message = error instanceof Error ? error.message : String(error);
  return { file: seed, rule: 'internal-error', reason: `${seed}: ${message} [internal-error]` };
}

/** An assessed claim with its id, its article and its anchor, before any linking or verdict. */
export function claimFrom(assessed: AssessedClaim, id: string, slug: string, paragraphs: readonly string[]): Claim {
  return {
    ...assessed,
    id,
    article: slug,
    related: [],
    reviewed: false,
    ...anchorOf(paragraphs, assessed.paragraph, assessed.start, assessed.end),
    verdict: null,
    automatic: null,
  };
}

export function analyzeArticle(seed: Seed, slug: string): AnalyzedArticle {
  const article = segment(applySeedMetadata(clean(seed), seed.metadata));
  const assessed = assignStatus(detectClaims(article), article);
  const ids = claimIds(seed.name, assessed.map((claim) => claim.text));
  const claims = assessed.map((claim, index) => claimFrom(claim, ids[index]!, slug, article.paragraphs));
  return { slug, article, claims };
}

export function ingestCorpus(seeds: readonly Seed[], options: IngestOptions = {}): IngestOutput {
  const ordered = [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const slugs = assignSlugs(ordered.map((seed) => seed.name));
  const skipped: Problem[] = [];
  const analyzed: AnalyzedArticle[] = [];
  for (const seed of ordered) {
    try {
      analyzed.push(analyzeArticle(seed, slugs.get(seed.name)!));
    } catch (error) {
      skipped.push(problemOf(seed.name, error));
    }
  }
  const matched = matchAcrossSources(analyzed, { threshold: options.matchThreshold });
  const { articles: reviewed, orphans } = applyVerdicts(matched, options.verdicts ?? new Map());
  const pages: BuiltPage[] = [];
  for (const { slug, article, claims } of reviewed) {
    try {
      for (const claim of claims) {
        const drift = anchorDrift(article.paragraphs, claim);
        if (drift) throw new IngestError(article.seed, 'anchor-drift', `claim ${claim.id}: ${drift}`);
      }
      const page: ArticlePage = { slug, article, claims };
      const mdx = serializeMdx(buildMdast(page));
      verifyMdx(mdx, page);
      pages.push({ slug, seed: article.seed, page, mdx });
    } catch (error) {
      skipped.push(problemOf(article.seed, error));
    }
  }
  return { pages, skipped, warnings: orphans };
}
