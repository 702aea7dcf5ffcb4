/**
 * The cleaned text of an article, read back from its generated MDX with the
 * parser the ingest verified it with (`parseMdx`): each top-level paragraph's
 * text, character references decoded and `<Claim>` elements reduced to their
 * text. Claim anchors (`position`, `selector`) count in `articleText` of these
 * paragraphs. Pure, unit tested.
 */
import type { Nodes } from 'mdast';
import { articleText } from '../../scripts/pipeline/anchor.ts';
import { parseMdx } from '../../scripts/pipeline/serialize-mdx.ts';

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

/** The article's paragraphs, in order, as plain text. */
export function paragraphsOf(mdx: string): string[] {
  return parseMdx(mdx)
    .children.filter((node) => node.type === 'paragraph')
    .map((node) => textOf(node));
}

/** The article's whole cleaned text: its paragraphs joined by a blank line. */
export function cleanedText(mdx: string): string {
  return articleText(paragraphsOf(mdx));
}

/** The first paragraph, or null when the body has none. */
export function firstParagraph(mdx: string): string | null {
  return paragraphsOf(mdx)[0] ?? null;
}
