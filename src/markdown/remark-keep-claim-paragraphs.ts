/**
 * Keeps a paragraph a paragraph when it consists only of claims.
 *
 * @mdx-js/mdx "unravels" a paragraph whose only children are JSX elements and
 * white space: it drops the `<p>` and lifts the elements to block level
 * (remark-mark-and-unravel). An article paragraph made entirely of claims
 * would lose its `<p>` and run into the next one. That step runs before any
 * remark plugin, so this plugin acts at parse time instead, through a
 * from-markdown transform: such a paragraph gets its own node type, which the
 * unravel step does not touch, and still becomes a `<p>` in HTML.
 *
 * The generated article pages no longer go through MDX (they are read as data
 * by src/loaders/article-loader.ts); this applies to `.mdx` pages written by
 * hand in src/pages.
 */
import type { Nodes, Paragraph, Root } from 'mdast';
import type { Processor } from 'unified';

/** The component the ingest wraps claims in. */
const CLAIM = 'Claim';

function onlyClaims(paragraph: Paragraph): boolean {
  let claims = 0;
  for (const child of paragraph.children) {
    if (child.type === 'mdxJsxTextElement' && child.name === CLAIM) claims++;
    else if (!(child.type === 'text' && child.value.trim() === '')) return false;
  }
  return claims > 0;
}

function keepParagraphs(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'paragraph' && onlyClaims(child)) {
      const kept = child as unknown as { type: string; data?: Record<string, unknown> };
      kept.type = 'claimParagraph';
      kept.data = { ...kept.data, hName: 'p' };
    } else {
      keepParagraphs(child);
    }
  }
}

export default function remarkKeepClaimParagraphs(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  (data.fromMarkdownExtensions ??= []).push({
    transforms: [
      (tree: Root) => {
        keepParagraphs(tree);
      },
    ],
  });
}
