/**
 * The data files of the /claims/ filters: for each filter option (a status,
 * a speaker, a publisher), the rows of every claim with that value, in site
 * order, split into parts `/claims/data/<option>/<k>.json.gz` (k = 1, 2, …,
 * gzip-compressed: about a seventh of the JSON) so that no file grows with the corpus (no file may pass 20 MB, even at
 * 100,000 articles; static hosts refuse files over 25 MiB).
 *
 * A part closes at DATA_PART_LIMITS.rows rows or before an upper estimate of
 * its bytes passes DATA_PART_LIMITS.bytes, whichever comes first. A row is
 * self-contained (its article's link, title and publisher are in it), so a
 * part can be shown without any other file. The page knows each option's
 * row count and part count (`data-count`, `data-parts` on its <option>), and
 * the page script fetches the parts of one option in order, only as many as
 * it needs (see ClaimFilters.astro).
 *
 * Boundaries depend only on the rows, in site order, so they are the same on
 * every build of the same content. Pure, unit tested.
 */
import type { Status } from '../../scripts/status.ts';
import type { ClaimFilters, ClaimRow, Facet, NamedFilters } from './claims-page.ts';
import { pageSize } from './pagination.ts';

const FACETS: readonly Facet[] = ['status', 'speaker', 'publisher'];

export interface PartLimits {
  /** Rows per part. */
  rows: number;
  /** Estimated bytes per part (a single row over it gets a part of its own). */
  bytes: number;
}

/**
 * The default bounds: a part holds two pages of /claims/ results (CLAIMS_PER_PAGE
 * is 500), about 0.22 MB of JSON for ordinary rows (216 bytes a row on average
 * and 312 at most on the 1,000-article bench corpus); the byte bound only
 * closes parts of unusually long rows, and keeps every part under 4 MB (a
 * row over it alone, as large as its own text makes it).
 */
export const DEFAULT_PART_LIMITS: PartLimits = { rows: 1_000, bytes: 4_000_000 };

/**
 * The bounds of this build: fewer rows per part with FACTLINE_CLAIMS_DATA_ROWS
 * (the browser tests build a site whose filters span several parts), never more
 * than the default.
 */
export const DATA_PART_LIMITS: PartLimits = { ...DEFAULT_PART_LIMITS, rows: Math.min(DEFAULT_PART_LIMITS.rows, rowsFromEnvironment()) };

function rowsFromEnvironment(): number {
  const value = process.env.FACTLINE_CLAIMS_DATA_ROWS;
  try {
    return pageSize(value, DEFAULT_PART_LIMITS.rows);
  } catch {
    throw new Error(`Unexpected FACTLINE_CLAIMS_DATA_ROWS \`${value}\`, expected a positive whole number`);
  }
}

/**
 * One row of a data file: what the page script needs to filter and show a
 * claim. The claim's link is `<article>#<id>`; the speaker's page is
 * `<speakers>/<speaker>/` (`speaker` is NONE when the claim has no known
 * speaker); the publisher filter's value is `publisherName`, or NONE.
 */
export type DataRow = [
  article: string,
  id: string,
  summary: string,
  status: Status,
  speaker: string,
  speakerName: string | null,
  title: string,
  publisherName: string | null,
];

export function dataRow(row: ClaimRow): DataRow {
  return [row.article.href, row.id, row.summary, row.status, row.filter.speaker, row.speaker?.name ?? null, row.article.title, row.publisher];
}

/** Bytes allowed for a row's structure: brackets, 7 commas, quotes or `null`s and the comma after it (at most 30). */
export const ROW_BASE_BYTES = 64;
/** Bytes allowed per character of text: a character is at most 3 bytes of UTF-8, or 6 as a JSON `\u` escape. */
export const BYTES_PER_CHAR = 6;

/** Upper estimate of a row's bytes in a data file (with the comma that separates it from the next). */
export function dataRowBytes(row: DataRow): number {
  let chars = 0;
  for (const field of row) if (typeof field === 'string') chars += field.length;
  return ROW_BASE_BYTES + BYTES_PER_CHAR * chars;
}

/**
 * Consecutive parts of `items`, in order: each holds at most `limits.rows`
 * items and, unless it is a single item, at most `limits.bytes` estimated
 * bytes. Every item is in exactly one part; no part is empty.
 */
export function splitParts<T>(items: readonly T[], limits: PartLimits, bytesOf: (item: T) => number): T[][] {
  if (!Number.isInteger(limits.rows) || limits.rows < 1) throw new Error(`Unexpected rows per part ${limits.rows}`);
  const parts: T[][] = [];
  let part: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (part.length > 0 && (part.length >= limits.rows || bytes + size > limits.bytes)) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(item);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** One option's data: its name (`status-1`, `speaker-12`, …: see FilterOption) and its parts. */
export interface OptionData {
  option: string;
  parts: DataRow[][];
}

/** Every option's data files, facet by facet, options in the filters' order, rows in site order. */
export function filterData(rows: readonly ClaimRow[], filters: Record<Facet, readonly { value: string; shard: string }[]>, limits: PartLimits = DATA_PART_LIMITS): OptionData[] {
  return FACETS.flatMap((facet) => {
    const byValue = new Map(filters[facet].map((option) => [option.value, { option: option.shard, rows: [] as DataRow[] }]));
    for (const row of rows) byValue.get(row.filter[facet])?.rows.push(dataRow(row));
    return [...byValue.values()].map(({ option, rows: optionRows }) => ({ option, parts: splitParts(optionRows, limits, dataRowBytes) }));
  });
}

/** The options with the part counts of their data. */
export function withParts(filters: NamedFilters, data: readonly OptionData[]): ClaimFilters {
  const parts = new Map(data.map(({ option, parts: optionParts }) => [option, optionParts.length]));
  const add = (options: NamedFilters[Facet]) =>
    options.map((option) => {
      const count = parts.get(option.shard);
      if (count === undefined) throw new Error(`No data for the filter option ${option.shard}`);
      return { ...option, parts: count };
    });
  return { status: add(filters.status), speaker: add(filters.speaker), publisher: add(filters.publisher) };
}
