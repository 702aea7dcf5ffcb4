/**
 * Stable claim ids. An id hashes the seed's file name with the claim's own
 * text (whitespace folded), so an edit elsewhere in the article leaves it
 * alone, and a rebuild gives the same id. Editors' verdicts are keyed by it.
 */
import { createHash } from 'node:crypto';

export const CLAIM_ID_PATTERN = /^c-[0-9a-f]{10,64}$/;

function hash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
}

/**
 * Ids for the claims of one article, in order. The n-th repeat of the same
 * text in one article gets the occurrence number mixed in.
 */
export function claimIds(seed: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const normalized = text.replace(/\s+/g, ' ').trim();
    const occurrence = seen.get(normalized) ?? 0;
    seen.set(normalized, occurrence + 1);
    const parts = occurrence === 0 ? [seed, normalized] : [seed, normalized, String(occurrence)];
    return `c-${hash(parts).slice(0, 10)}`;
  });
}
