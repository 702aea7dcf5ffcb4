/**
 * Anchors: where a claim sits in its article, in the two forms annotation
 * tools use (W3C Web Annotation TextQuoteSelector and TextPositionSelector),
 * and the check that an anchor still lands on its claim's words.
 *
 * `ArticleText` joins an article's paragraphs once and anchors every claim in
 * that one string: joining them again per claim made a long article's
 * anchors cost O(claims × text) in time, and, since each selector is a slice
 * of its own joined copy, as much in memory (a 500 kB seed held 2 GB).
 */
import type { QuoteSelector, TextPosition } from './types.ts';

/** How much context a quote selector keeps either side of the claim. */
export const SELECTOR_CONTEXT = 32;

/** The article's plain text: its paragraphs joined by a blank line. */
export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** Offsets of each paragraph in `articleText`. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    offsets.push(offset);
    offset += paragraph.length + 2;
  }
  return offsets;
}

export interface Anchor {
  selector: QuoteSelector;
  position: TextPosition;
}

/** An article's text, joined once, for anchoring and checking all of its claims. */
export class ArticleText {
  readonly text: string;
  readonly #offsets: number[];
  readonly #paragraphs: number;

  constructor(paragraphs: readonly string[]) {
    this.text = articleText(paragraphs);
    this.#offsets = paragraphOffsets(paragraphs);
    this.#paragraphs = paragraphs.length;
  }

  /** The anchor of the span `start`–`end` of paragraph `paragraph`. */
  anchorOf(paragraph: number, start: number, end: number): Anchor {
    const base = this.#offsets[paragraph];
    if (base === undefined) throw new RangeError(`Unexpected paragraph ${paragraph}, expected one of ${this.#paragraphs}`);
    const position = { start: base + start, end: base + end };
    const { text } = this;
    return {
      position,
      selector: {
        prefix: text.slice(Math.max(0, position.start - SELECTOR_CONTEXT), position.start),
        exact: text.slice(position.start, position.end),
        suffix: text.slice(position.end, position.end + SELECTOR_CONTEXT),
      },
    };
  }

  /**
   * Why an anchor no longer lands on its claim, or null when it does: the
   * position must hold the claim's exact text, with the selector's context
   * either side.
   */
  drift(claim: Anchor & { text: string }): string | null {
    const { text } = this;
    const { position, selector } = claim;
    const found = text.slice(position.start, position.end);
    if (found !== claim.text || selector.exact !== claim.text) {
      return `Unexpected text ${JSON.stringify(found.slice(0, 60))} at ${position.start}-${position.end}, expected the claim ${JSON.stringify(claim.text.slice(0, 60))}`;
    }
    const prefixAt = position.start - selector.prefix.length;
    if (prefixAt < 0 || !text.startsWith(selector.prefix, prefixAt) || !text.startsWith(selector.suffix, position.end)) {
      return `Unexpected context around ${position.start}-${position.end}, expected the quote selector's prefix and suffix`;
    }
    return null;
  }
}

/** The anchor of one span (for one claim; for many, use one `ArticleText`). */
export function anchorOf(paragraphs: readonly string[], paragraph: number, start: number, end: number): Anchor {
  return new ArticleText(paragraphs).anchorOf(paragraph, start, end);
}

/** `ArticleText.drift` for one claim (for many, use one `ArticleText`). */
export function anchorDrift(paragraphs: readonly string[], claim: Anchor & { text: string }): string | null {
  return new ArticleText(paragraphs).drift(claim);
}
