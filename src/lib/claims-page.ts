/**
 * The /claims/ pages: one row per claim of the site, in pages
 * (`pagination.ts`), and the options of the status, speaker and publisher
 * filters. The filters work on every claim of the site, not only the page's:
 * each option has data files (/claims/data/<facet>-<n>/<k>.json.gz, parts of a
 * bounded size: `claims-data.ts`) with the rows that have that value; the
 * page script reads the parts of the smallest chosen option, as many as it
 * needs, and applies the other filters to them.
 */
import { STATUS_INFO, STATUSES, type Status } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import { allClaims, articlePath, claimHref, getArticles, href, perBuild, type Article } from './articles.ts';
import { filterData, withParts, type OptionData } from './claims-data.ts';
import { speakerDirectory, speakerHref, type SpeakerDirectory } from './speaker-pages.ts';

/** Filter value of "no speaker" / "no publisher": not a slug and not a publisher name that could collide. */
export const NONE = '-';

export interface ClaimRow {
  id: string;
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
  /** The name of the option's data: `status-1`, `speaker-12`, … (its place in the list). */
  shard: string;
  /** How many parts its data is in (`/claims/data/<shard>/1.json` …). */
  parts: number;
}

export interface ClaimFilters {
  status: FilterOption[];
  speaker: FilterOption[];
  publisher: FilterOption[];
}

export function claimRows(articles: readonly Article[], directory: SpeakerDirectory): ClaimRow[] {
  return allClaims(articles).map(({ claim, article }) => {
    const speaker = directory.speakerOf(claim.speaker);
    return {
      id: claim.id,
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

export type Facet = keyof ClaimRow['filter'];
type Counted = Omit<FilterOption, 'shard' | 'parts'>;
export type NamedOption = Omit<FilterOption, 'parts'>;

function options(rows: readonly ClaimRow[], pick: (row: ClaimRow) => [value: string, label: string]): Counted[] {
  const found = new Map<string, Counted>();
  for (const row of rows) {
    const [value, label] = pick(row);
    const option = found.get(value) ?? { value, label, count: 0 };
    option.count += 1;
    found.set(value, option);
  }
  return [...found.values()];
}

const named = (facet: Facet) => (option: Counted, index: number): NamedOption => ({ ...option, shard: `${facet}-${index + 1}` });

/** The filter options without their part counts (see `withParts`). */
export type NamedFilters = Record<Facet, NamedOption[]>;

/** Only values that occur; statuses in vocabulary order, speakers and publishers by name, "none" last. */
export function claimFilters(rows: readonly ClaimRow[], directory: SpeakerDirectory): NamedFilters {
  const byLabel = (a: Counted, b: Counted) =>
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

export interface ClaimsData {
  articles: Article[];
  rows: ClaimRow[];
  filters: ClaimFilters;
  /** Every option's data files. */
  data: OptionData[];
}

/**
 * The rows and filters of every claim, for the claims pages and their data
 * files: computed once per static build, per request in the dev server.
 */
export const claimsData: () => Promise<ClaimsData> = perBuild(async () => {
  const articles = await getArticles();
  const directory = speakerDirectory(articles);
  const rows = claimRows(articles, directory);
  const named = claimFilters(rows, directory);
  const data = filterData(rows, named);
  return { articles, rows, filters: withParts(named, data), data };
});
