/**
 * The /corrections/ page: every editor's verdict, newest first, with the
 * status the pipeline had given the claim before. Pure, unit tested; the
 * page passes the collection's article data.
 */
import type { Status } from '../../scripts/status.ts';
import { articleSlugPath } from './site-urls.ts';

export interface CorrectionArticle {
  slug: string;
  title: string;
  publisher: string | null;
  claims: readonly CorrectionClaim[];
}

export interface CorrectionClaim {
  id: string;
  summary: string;
  status: Status;
  verdict: { status: Status; note: string; reviewed: string; reviewer: string | null } | null;
  automatic: { status: Status } | null;
}

export interface Correction {
  claimId: string;
  summary: string;
  /** Base-relative path of the claim's anchor: `articles/<slug>/#<id>`. */
  claimPath: string;
  article: { title: string; publisher: string | null; path: string };
  /** The pipeline's status before the verdict, or null when unknown. */
  before: Status | null;
  after: Status;
  note: string;
  reviewed: string;
  reviewer: string | null;
}

/**
 * Every claim that has an editor's verdict, by reviewed date, newest first;
 * on the same date in the order of `articles` (the site's order), then in
 * reading order.
 */
export function corrections(articles: readonly CorrectionArticle[]): Correction[] {
  const found = articles.flatMap((article) =>
    article.claims.flatMap((claim): Correction[] =>
      claim.verdict
        ? [
            {
              claimId: claim.id,
              summary: claim.summary,
              claimPath: `${articleSlugPath(article.slug)}#${claim.id}`,
              article: { title: article.title, publisher: article.publisher, path: articleSlugPath(article.slug) },
              before: claim.automatic?.status ?? null,
              after: claim.verdict.status,
              note: claim.verdict.note,
              reviewed: claim.verdict.reviewed,
              reviewer: claim.verdict.reviewer,
            },
          ]
        : [],
    ),
  );
  // Array.prototype.sort is stable: equal dates keep site and reading order.
  return found.sort((a, b) => (a.reviewed === b.reviewed ? 0 : a.reviewed < b.reviewed ? 1 : -1));
}
