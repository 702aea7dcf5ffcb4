/**
 * One page to verified MDX, a cached stage of its own
 * (`scripts/io/stage-versions.ts` keys it by this module's import closure).
 */
import { ArticleText } from './anchor.ts';
import { buildMdast, type ArticlePage } from './build-mdast.ts';
import { IngestError } from './errors.ts';
import { problemOf, type Problem } from './problems.ts';
import { serializeMdx, verifyMdx } from './serialize-mdx.ts';

/** What rendering one page gives: its verified MDX, or why the page is refused. */
export type RenderOutcome = { mdx: string } | { problem: Problem };

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
