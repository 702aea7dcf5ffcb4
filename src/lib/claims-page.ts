/**
 * The /claims/ pages: one row per claim of the site, in pages
 * (`pagination.ts`), and the options of the status, speaker and publisher
 * filters. The filters work on every claim of the site, not only the page's:
 * each option has a data file (a "shard", /claims/data/<facet>-<n>.json) with
 * the rows that have that value; the page script fetches the smallest shard
 * among the chosen options and applies the other filters to it.
 */
import { STATUS_INFO, STATUSES, type Status } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import { allClaims, articlePath, claimHref, getArticles, href, perBuild, type Article } from './articles.ts';
import { speakerDirectory, speakerHref, type SpeakerDirectory } from './speaker-pages.ts';

/** Filter value of "no speaker" / "no publisher": not a slug and not a publisher name that could collide. */
export const NONE = '-';

export interface ClaimRow {
  id: string;
  /** The row's article, as an index into `shardArticles`. */
  articleIndex: number;
  summary: string;
  status: Status;
  /** Check-worthiness score, 0 to 1. */
  worthiness: number;
  /** Link to the claim in its article. */
  href: string;
  speaker: { name: string; href: string } | null;
  publisher: string | null;
  article: { title: string; href: string };
  /** Values matched by the filters (data attributes of the row). */
  filter: { status: Status; speaker: string; publisher: string };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  /** The name of the option's data file: `status-1`, `speaker-12`, … (its place in the list). */
  shard: string;
}

export interface ClaimFilters {
  status: FilterOption[];
  speaker: FilterOption[];
  publisher: FilterOption[];
}

export function claimRows(articles: readonly Article[], directory: SpeakerDirectory): ClaimRow[] {
  const articleIndex = new Map(articles.map((article, index) => [article, index]));
  return allClaims(articles).map(({ claim, article }) => {
    const speaker = directory.speakerOf(claim.speaker);
    return {
      id: claim.id,
      articleIndex: articleIndex.get(article)!,
      summary: claim.summary,
      status: claim.status,
      worthiness: claim.worthiness.score,
      href: claimHref(article, claim.id),
      speaker: speaker ? { name: claim.speaker!, href: speakerHref(speaker) } : null,
      publisher: article.data.publisher,
      article: { title: article.data.title, href: href(articlePath(article)) },
      filter: {
        status: claim.status,
        speaker: speaker?.slug ?? NONE,
        publisher: article.data.publisher ?? NONE,
      },
    };
  });
}

/** The rows by check-worthiness, highest first; equal scores in site order. */
export function byWorthiness(rows: readonly ClaimRow[]): ClaimRow[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.worthiness - a.row.worthiness || a.index - b.index).map(({ row }) => row);
}

type Facet = keyof ClaimRow['filter'];
export const FACETS: readonly Facet[] = ['status', 'speaker', 'publisher'];

function options(rows: readonly ClaimRow[], pick: (row: ClaimRow) => [value: string, label: string]): Omit<FilterOption, 'shard'>[] {
  const found = new Map<string, Omit<FilterOption, 'shard'>>();
  for (const row of rows) {
    const [value, label] = pick(row);
    const option = found.get(value) ?? { value, label, count: 0 };
    option.count += 1;
    found.set(value, option);
  }
  return [...found.values()];
}

const named = (facet: Facet) => (option: Omit<FilterOption, 'shard'>, index: number): FilterOption => ({ ...option, shard: `${facet}-${index + 1}` });

/** Only values that occur; statuses in vocabulary order, speakers and publishers by name, "none" last. */
export function claimFilters(rows: readonly ClaimRow[], directory: SpeakerDirectory): ClaimFilters {
  const byLabel = (a: Omit<FilterOption, 'shard'>, b: Omit<FilterOption, 'shard'>) =>
    Number(a.value === NONE) - Number(b.value === NONE) || a.label.localeCompare(b.label, 'en');
  const speakerName = new Map(directory.speakers.map((speaker) => [speaker.slug, speaker.name]));
  return {
    status: options(rows, (row) => [row.status, STATUS_INFO[row.status].label])
      .sort((a, b) => STATUSES.indexOf(a.value as Status) - STATUSES.indexOf(b.value as Status))
      .map(named('status')),
    speaker: options(rows, (row) => [row.filter.speaker, speakerName.get(row.filter.speaker) ?? ui.speakerUnknown])
      .sort(byLabel)
      .map(named('speaker')),
    publisher: options(rows, (row) => [row.filter.publisher, row.publisher ?? ui.unknownPublisher])
      .sort(byLabel)
      .map(named('publisher')),
  };
}

/** One row in a data file: what the page script needs to filter and show it. */
export type ShardRow = [href: string, summary: string, status: Status, speaker: string, speakerName: string | null, speakerHref: string | null, article: number];
/** An article in /claims/data/articles.json (rows refer to it by its index). */
export type ShardArticle = [href: string, title: string, publisher: string, publisherName: string | null];

export function shardArticles(articles: readonly Article[]): ShardArticle[] {
  return articles.map((article) => [href(articlePath(article)), article.data.title, article.data.publisher ?? NONE, article.data.publisher]);
}

function shardRow(row: ClaimRow): ShardRow {
  return [row.href, row.summary, row.status, row.filter.speaker, row.speaker?.name ?? null, row.speaker?.href ?? null, row.articleIndex];
}

/** Every option's data file: its name and its rows, in site order. */
export function filterShards(rows: readonly ClaimRow[], filters: ClaimFilters): { shard: string; rows: ShardRow[] }[] {
  return FACETS.flatMap((facet) => {
    const byValue = new Map(filters[facet].map((option) => [option.value, { shard: option.shard, rows: [] as ShardRow[] }]));
    for (const row of rows) byValue.get(row.filter[facet])?.rows.push(shardRow(row));
    return [...byValue.values()];
  });
}

export interface ClaimsData {
  articles: Article[];
  rows: ClaimRow[];
  filters: ClaimFilters;
}

/**
 * The rows and filters of every claim, for the claims pages and their data
 * files: computed once per static build, per request in the dev server.
 */
export const claimsData: () => Promise<ClaimsData> = perBuild(async () => {
  const articles = await getArticles();
  const directory = speakerDirectory(articles);
  const rows = claimRows(articles, directory);
  return { articles, rows, filters: claimFilters(rows, directory) };
});
