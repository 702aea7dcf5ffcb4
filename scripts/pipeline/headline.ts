/**
 * The headline of an article: found among the header lines, or derived from
 * the lede when there is none.
 */
import type { Zone } from './clutter-types.ts';
import { isKept, type Item } from './clean-units.ts';
import { isEdgeMaterial, splitSentences, wordCount } from './text-shape.ts';

/**
 * The headline: a header line printed twice; else the first header line of
 * 5–35 words (shorter ones are usually mastheads and labels); else of 3–4.
 */
export function findHeadline(items: Item[], zones: readonly Zone[]): number | undefined {
  const candidates = items.flatMap((it, i) => (zones[i] === 'header' && isKept(it) ? [i] : []));
  const key = (i: number) => items[i]?.unit.text.toLowerCase();
  const repeated = candidates.find((i) => candidates.some((j) => j > i && key(j) === key(i)));
  if (repeated !== undefined) return repeated;
  const headlineLike = (min: number) => (i: number) => {
    const text = items[i]?.unit.text ?? '';
    return wordCount(text) >= min && wordCount(text) <= 35 && !isEdgeMaterial(text);
  };
  return candidates.find(headlineLike(5)) ?? candidates.find(headlineLike(3));
}

/** The lede's first sentence, without a wire dateline, cut to ~100 chars at a word boundary. */
export function deriveTitle(lede: string, max = 100): string {
  const sentence = (splitSentences(lede)[0] ?? lede)
    .replace(/^\p{Lu}[\p{Lu} .'’-]+(?:,[^()/]{0,40}?)?\s*(?:\([^)]{1,40}\)\s*[-–—]|\/[^/]{1,20}\/\.?)\s*/u, '')
    .replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[\s,;:–—-]+$/, '')}…`;
}
