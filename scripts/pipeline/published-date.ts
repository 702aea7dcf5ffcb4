/**
 * The published date of an article, from its date lines, bylines and
 * datelines. Never guessed.
 */
import type { Zone } from './clutter-types.ts';
import { isKept, type Item } from './clean-units.ts';
import { parseDate } from './dates.ts';
import { isProse } from './text-shape.ts';

/**
 * Published date: the date marker; else a date line or byline near the top
 * (header, footer, or the body before its second prose paragraph), preferring
 * "Published/Posted" over plain dates over "Updated"; else a wire dateline.
 * Dates inside body sentences and captions are never used.
 */
export function findPublished(items: readonly Item[], zones: readonly Zone[], kept: readonly Item[]): string | null {
  const marker = items.flatMap((it) => it.before).find((r) => r.rule === 'date-marker');
  if (marker) return parseDate(marker.text);
  const prose = items.flatMap((it, i) => (isKept(it) && isProse(it.unit.text) ? [i] : []));
  const top = prose[1] ?? items.length;
  const dated = items.flatMap((it, i) => {
    const outside = zones[i] !== 'body' || i < top;
    if (!outside || (it.verdict !== 'date-line' && it.verdict !== 'byline')) return [];
    const date = parseDate(it.unit.text);
    if (!date) return [];
    const label = `${items[i - 1]?.unit.text ?? ''} ${it.unit.text}`;
    const rank = /\b(?:published|posted|first published)\b/i.test(label) ? 0 : /\b(?:updated|modified)\b/i.test(it.unit.text) ? 2 : 1;
    return [{ date, rank }];
  });
  const best = dated.sort((a, b) => a.rank - b.rank)[0];
  if (best) return best.date;
  for (const it of kept.slice(0, 3)) {
    const dateline = /^\p{Lu}[\p{Lu} .'’-]+,\s*([^()/—–]{4,40}?)\s*(?:\(|\/|[-–—])/u.exec(it.unit.text);
    if (dateline?.[1]) return parseDate(dateline[1]);
  }
  return null;
}
