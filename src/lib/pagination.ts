/**
 * Pages of long lists (articles, claims, a speaker's claims): at 10,000
 * articles a list of every claim is ~160,000 rows, ~90 MB of HTML, more than
 * a browser can open or a build should hold as one string. Page 1 keeps the
 * list's URL; page n is `<list URL>n/`. Pure, unit tested.
 */

/** A page size from the environment (a positive integer), else the default. */
export function pageSize(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`Unexpected page size \`${value}\`, expected a positive whole number`);
  return size;
}

// The sizes can be set at build time (FACTLINE_ARTICLES_PER_PAGE, …): the browser tests build a site with small pages.
/** Articles per page of the article list (home page). */
export const ARTICLES_PER_PAGE = pageSize(process.env.FACTLINE_ARTICLES_PER_PAGE, 100);
/** Rows per page of the all-claims table. */
export const CLAIMS_PER_PAGE = pageSize(process.env.FACTLINE_CLAIMS_PER_PAGE, 500);
/**
 * How many claims the check-worthiness listing (/claims/by-worthiness/) shows,
 * the most check-worthy first: a ranking is read from the top, and every claim
 * stays in /claims/ (in article order) and in search (which sorts by
 * check-worthiness too). 1,000 is two pages of 500.
 */
export const WORTHINESS_LISTED = pageSize(process.env.FACTLINE_WORTHINESS_CLAIMS, 1000);
/** Claims per page of a speaker's page (an article's claims stay on one page unless there are more). */
export const SPEAKER_CLAIMS_PER_PAGE = pageSize(process.env.FACTLINE_SPEAKER_CLAIMS_PER_PAGE, 250);

export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The base-relative path of page `page` of the list at `path`: `claims/`,
 * `claims/2/`, …; or, with `morePath`, pages 2 on under another path (the
 * home page `` → `page/2/`, …).
 */
export function pagePath(path: string, page: number, morePath = path): string {
  return page === 1 ? path : `${morePath}${page}/`;
}

/** The `[...page]` route parameter of page `page`: none for the first. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** The page numbers to link to: the first, the last, and `radius` around the current one; `null` marks a gap. */
export function pageWindow(current: number, last: number, radius = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let page = current - radius; page <= current + radius; page++) if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  return pages.flatMap((page, index) => (index > 0 && page - pages[index - 1]! > 1 ? [null, page] : [page]));
}

/**
 * Groups of items packed in order into pages of at most `size` items: a
 * group goes whole onto the current page if it fits, else starts the next
 * one; a group larger than a page is split across pages.
 */
export function packGroups<K, T>(groups: readonly { key: K; items: readonly T[] }[], size: number): { key: K; items: T[] }[][] {
  const pages: { key: K; items: T[] }[][] = [];
  let page: { key: K; items: T[] }[] = [];
  let count = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    count = 0;
  };
  for (const group of groups) {
    if (count > 0 && count + group.items.length > size) flush();
    for (let start = 0; start < group.items.length; start += size) {
      if (start > 0) flush();
      const items = group.items.slice(start, start + size);
      page.push({ key: group.key, items });
      count += items.length;
    }
  }
  flush();
  return pages.length > 0 ? pages : [[]];
}
