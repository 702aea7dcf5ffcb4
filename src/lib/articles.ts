/**
 * Data the pages render, computed once from the `articles` collection.
 * Components stay thin: they only display what this module returns.
 *
 * The collection holds each article's summary (src/loaders/article-schema.ts
 * `articleSummary`); the whole article — text, every field of every claim,
 * cleaning log — is read one article at a time with `articleDetail`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { STATUSES, type Status } from '../../scripts/status.ts';
import { loadDetail } from '../loaders/article-loader.ts';
import type { ArticleDetail, DetailClaim } from '../loaders/article-schema.ts';
import { articleSlugPath } from './site-urls.ts';

export type Article = CollectionEntry<'articles'>;
/** A claim as every page sees it (its summary). */
export type ArticleClaim = Article['data']['claims'][number];
export type { ArticleDetail, DetailClaim };

export interface ClaimRef {
  claim: ArticleClaim;
  article: Article;
}

/** Newest first; undated articles last; then by title, then slug, for a stable order. */
function compareArticles(a: Article, b: Article): number {
  const dateA = a.data.published ?? '';
  const dateB = b.data.published ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  if (a.data.title !== b.data.title) return a.data.title < b.data.title ? -1 : 1;
  return a.data.slug < b.data.slug ? -1 : 1;
}

/**
 * `compute`, once per static build (content does not change during a build,
 * and at 10,000 articles recomputing per page adds up); in the dev server, on
 * every call, because content changes under it.
 */
export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    value ??= compute();
    return value;
  };
}

/** Every article, in site order. The same array for the whole build: do not change it. */
export const getArticles: () => Promise<Article[]> = perBuild(async () => (await getCollection('articles')).sort(compareArticles));

/** The whole article (its page file's data), for its own page and the exports. */
export function articleDetail(article: Article): Promise<ArticleDetail> {
  return loadDetail(article.data);
}

export function articlePath(article: Article): string {
  return articleSlugPath(article.data.slug);
}

/** Site-relative URL with the configured base path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

export function claimIndex(articles: readonly Article[]): Map<string, ClaimRef> {
  const index = new Map<string, ClaimRef>();
  for (const article of articles) {
    for (const claim of article.data.claims) index.set(claim.id, { claim, article });
  }
  return index;
}

/** Statuses in vocabulary order, with how many of the claims have each; only those present. */
export function countByStatus(claims: readonly ArticleClaim[]): { status: Status; count: number }[] {
  return STATUSES.map((status) => ({ status, count: claims.filter((claim) => claim.status === status).length })).filter(
    (entry) => entry.count > 0,
  );
}

/** Site URL of a claim: its anchor in the text of its article. */
export function claimHref(article: Article, claimId: string): string {
  return `${href(articlePath(article))}#${claimId}`;
}

/** Every claim of the site with its article, in article order, then reading order. */
export function allClaims(articles: readonly Article[]): ClaimRef[] {
  return articles.flatMap((article) => article.data.claims.map((claim) => ({ claim, article })));
}

/** The claims in groups by status: vocabulary order, only the statuses present, reading order within. */
export function groupByStatus<T extends { status: Status }>(claims: readonly T[]): { status: Status; claims: T[] }[] {
  return STATUSES.map((status) => ({ status, claims: claims.filter((claim) => claim.status === status) })).filter(
    (group) => group.claims.length > 0,
  );
}

export interface RelatedLink {
  relation: 'same-claim' | 'contradicts';
  /** The other article's publisher, or its title when the publisher is unknown. */
  publisher: string;
  summary: string;
  href: string;
}

/** The claim's links to the same claim in other articles (links to claims not on the site are dropped). */
export function relatedLinks(claim: Pick<DetailClaim, 'related'>, index: ReadonlyMap<string, ClaimRef>): RelatedLink[] {
  return claim.related.flatMap((link) => {
    const target = index.get(link.claim);
    if (!target) return [];
    return [
      {
        relation: link.relation,
        publisher: target.article.data.publisher ?? target.article.data.title,
        summary: target.claim.summary,
        href: claimHref(target.article, target.claim.id),
      },
    ];
  });
}
