/**
 * The author of an article, from its byline, author card or author bio.
 */
import type { Item } from './clean-units.ts';
import { IN_PLACE, parseByline } from './text-shape.ts';

const titleCase = (name: string): string =>
  name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase()) : name;

/** Author: a byline, else a name line of an author card, else the subject of an author bio. */
export function findAuthor(items: Item[]): string | null {
  for (const it of items) {
    if (it.verdict !== 'byline') continue;
    const byline = parseByline(it.unit.text);
    if (byline) return byline.names.map(titleCase).join(' and ');
  }
  const card = items.find((it) => it.verdict === 'author-name');
  if (card) return titleCase(card.unit.text.replace(IN_PLACE, ''));
  const bio = items.find((it) => it.verdict === 'author-bio');
  const subject = bio && /^(?:About the author:?\s*)?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:is|was|has been|works as|joined)\b/u.exec(bio.unit.text);
  return subject?.[1] ?? null;
}
