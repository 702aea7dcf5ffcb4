/**
 * What matching (`weighEvidence`) sets on each claim, taken out of the
 * analyses and put back, for the ingest cache's `links` entry.
 */
import type { AnalyzedArticle, Claim } from './types.ts';

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
