/**
 * How the outlet stands to a claim it prints: does it vouch for it, or keep
 * its distance? An outlet that hedges a claim ("reportedly", "allegedly",
 * "is said to", "did not elaborate") or says it could not verify it does not
 * confirm it, however often the hedge is repeated: such an appearance never
 * counts as an independent source (`assign-status.ts`).
 *
 * Looked for in the claim's sentence, and in the next sentence when that one
 * points back at the claim ("The claim could not be independently verified.",
 * "He did not elaborate.").
 */
import type { DetectedClaim, SegmentedArticle } from './types.ts';

export interface OutletStance {
  /** The hedging words ("reportedly"), or null when the outlet does not hedge the claim. */
  hedge: string | null;
  /** The outlet says it could not verify the claim ("could not be independently verified"), or null. */
  caveat: string | null;
}

/** The sentence after a claim only counts when it points back at it. */
export const BACK_REFERENCE =
  /^(?:(?:the|this|that|these|those|such|his|her|their|its|both|neither|either)\b[^.]{0,40}?\b(?:claims?|reports?|statements?|assertions?|allegations?|accounts?|figures?|numbers?|information|comments?|remarks?|casualt(?:y|ies)|toll)\b|(?:it|this|that|he|she|they)\b)|\b(?:could not|cannot|was unable to|were unable to)\b[^.]{0,30}\b(?:verify|confirm)\b[^.]{0,30}\b(?:claims?|reports?|figures?|statements?|assertions?|allegations?|accounts?|information|numbers?|it|this|that)\b/iu;

/** The outlet says it could not verify. */
export const UNVERIFIABLE =
  /\b(?:(?:could|can|did|does|do)\s*n(?:o|')t|cannot|(?:was|were|is|are|has been|have been)\s+(?:unable|not able)\s+to)\s+(?:be\s+)?(?:(?:immediately|independently|yet)\s+)*(?:verif(?:y|ied)|confirm(?:ed)?)\b|\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b|\bun(?:confirmed|verified|verifiable)\b|\bno independent (?:confirmation|verification)\b|\bnot (?:been )?independently (?:verified|confirmed)\b/iu;

/** The outlet distances itself from the claim. */
export const HEDGE =
  /\b(?:allegedly|reportedly|purportedly|supposedly|apparently|speculated|rumou?red|alleged(?!\s+that)|(?:is|are|was|were) (?:said|rumou?red|believed|thought) to|according to (?:unconfirmed|unverified|unnamed|anonymous) (?:reports|sources)|without (?:providing|offering|giving|presenting|citing) (?:any )?(?:evidence|details|proof)|without (?:any )?(?:evidence|proof)|did ?n(?:o|')t (?:elaborate|provide (?:any )?(?:evidence|details|proof)|give (?:any )?details)|not ruling out that(?=[^.]*?\b(?:might|may|could) be\b))\b/iu;

/** A follow-up sentence saying the claim came without details. */
export const NO_DETAILS =
  /\b(?:did ?n(?:o|')t (?:elaborate|provide (?:any )?(?:evidence|details|proof)|give (?:any )?details)|(?:gave|provided|offered) no (?:evidence|details|proof))\b/iu;

const straight = (text: string) => text.replace(/[’‘]/gu, "'");
const words = (match: string) => match.replace(/\s+/gu, ' ').trim().toLowerCase();

/** The sentence(s) the claim is in, and the next sentence when it refers back to the claim. */
function scopes(claim: Pick<DetectedClaim, 'paragraph' | 'start' | 'end' | 'text'>, article: SegmentedArticle): { sentence: string; followUp: string } {
  const paragraph = article.paragraphs[claim.paragraph] ?? claim.text;
  let first = -1;
  let last = -1;
  article.sentences.forEach((s, i) => {
    if (s.paragraph === claim.paragraph && s.start < claim.end && s.end > claim.start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const start = first < 0 ? claim.start : Math.min(article.sentences[first]!.start, claim.start);
  const end = last < 0 ? claim.end : Math.max(article.sentences[last]!.end, claim.end);
  const next = last < 0 ? undefined : article.sentences[last + 1];
  const followUp = next && BACK_REFERENCE.test(straight(next.text)) ? next.text : '';
  return { sentence: straight(paragraph.slice(start, end)), followUp: straight(followUp) };
}

export function outletStance(claim: Pick<DetectedClaim, 'paragraph' | 'start' | 'end' | 'text'>, article: SegmentedArticle): OutletStance {
  const { sentence, followUp } = scopes(claim, article);
  const caveat = UNVERIFIABLE.exec(sentence) ?? UNVERIFIABLE.exec(followUp);
  const hedge = HEDGE.exec(sentence) ?? NO_DETAILS.exec(followUp);
  return { hedge: hedge ? words(hedge[0]) : null, caveat: caveat ? words(caveat[0]) : null };
}
