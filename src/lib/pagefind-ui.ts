/**
 * Values for Pagefind's Default UI. Its filter panel renders filter names
 * and values as HTML (`{@html value}` in `filters.svelte`, Pagefind UI 1.x),
 * so a publisher or speaker taken from a seed (`<img src=x onerror=…>`)
 * would run in the reader's browser.
 *
 * Escaping the value does not help: the indexer decodes HTML entities in an
 * element's text more than once (`&amp;lt;` in the page comes back as `<`),
 * so no number of escapes survives every Pagefind version. Instead a filter
 * value never holds a character that can start markup or an entity: `<` and
 * `>` are written as the full-width `＜` `＞`, and an `&` that would begin an
 * entity as `＆`. Real names have none of these, so they are unchanged;
 * "AT&T" keeps its `&`.
 */
export function pagefindFilterValue(value: string): string {
  return value.replace(/</gu, '＜').replace(/>/gu, '＞').replace(/&(?=#|[a-z\d]+;|(?:lt|gt|amp|quot|apos|nbsp)(?![a-z]))/giu, '＆');
}

/** One Pagefind filter of a page: its name (ours) and its value (perhaps from a seed). */
export interface PagefindFilter {
  name: 'status' | 'speaker' | 'publisher';
  value: string;
}
