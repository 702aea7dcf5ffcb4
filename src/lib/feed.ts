/**
 * The RSS feed's items (`/rss.xml`): one per article, newest first (undated
 * articles last), the latest `FEED_ITEMS` of them (src/site.config.ts), each described by its first paragraph or, when it has
 * none, by its claim counts. Pure, unit tested.
 */
import { STATUS_INFO, STATUSES, type Status } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import { shorten } from './shorten.ts';
import { articleUrl, type SiteLocation } from './site-urls.ts';

/** Feed and meta descriptions are cut to this many characters. */
export const DESCRIPTION_MAX = 300;

export interface FeedArticle {
  slug: string;
  title: string;
  published: string | null;
  claims: readonly { status: Status }[];
  /** The article's first paragraph of cleaned text, or null. */
  firstParagraph: string | null;
}

export interface FeedItem {
  title: string;
  link: string;
  /** Midnight UTC of the published date; absent when the date is unknown. */
  pubDate?: Date;
  description: string;
  /** The status labels of the article's claims, in vocabulary order. */
  categories: string[];
}

/** "3 claims: 2 Opinion, 1 Unverified" (statuses in vocabulary order). */
export function claimCountsText(claims: readonly { status: Status }[]): string {
  const parts = STATUSES.flatMap((status) => {
    const count = claims.filter((claim) => claim.status === status).length;
    return count > 0 ? [`${count} ${STATUS_INFO[status].label}`] : [];
  });
  return ui.claimCountsText(ui.claimsCount(claims.length), parts);
}

/** The description of an article for feeds and meta tags. */
export function articleDescription(article: Pick<FeedArticle, 'claims' | 'firstParagraph'>): string {
  const paragraph = article.firstParagraph?.trim();
  return paragraph ? shorten(paragraph, DESCRIPTION_MAX) : claimCountsText(article.claims);
}

function byDateDesc(a: FeedArticle, b: FeedArticle): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published < b.published ? 1 : -1;
}

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab and line
 * breaks, lone surrogates, U+FFFE/U+FFFF): one of them makes the whole feed
 * not well-formed. The ingest already strips them from seeds; a page edited
 * by hand could still hold one.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** `text` without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The feed's latest `limit` articles, newest first (all of them when `limit` is not given). */
export function feedItems(articles: readonly FeedArticle[], location: SiteLocation, limit = Infinity): FeedItem[] {
  if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) throw new RangeError(`Unexpected feed limit ${limit}, expected a positive integer`);
  return [...articles].sort(byDateDesc).slice(0, limit).map((article) => ({
    title: xmlSafe(article.title),
    link: articleUrl(location, article.slug),
    ...(article.published ? { pubDate: new Date(`${article.published}T00:00:00Z`) } : {}),
    description: xmlSafe(articleDescription(article)),
    categories: STATUSES.filter((status) => article.claims.some((claim) => claim.status === status)).map(
      (status) => STATUS_INFO[status].label,
    ),
  }));
}
