/**
 * The published date of an article, from its date lines, bylines and
 * datelines. Never guessed.
 */
import type { Zone } from './clutter-types.ts';
import { isKept, type Item } from './clean-units.ts';
import { parseDate } from './dates.ts';
import { resolveRelativeDate, type FetchTime } from './relative-dates.ts';
import { isProse, wordCount } from './text-shape.ts';

/** Where a date line holds several labelled dates: separators, or the next label. */
const PARTS = /\s*[·•|]\s*|\s+(?=(?:last\s+|first\s+)?(?:updated|modified|published|posted)\b)/iu;

/** Rules of lines whose dates are not the article's: the headline, captions, credits, other articles' links. */
const NOT_DATED = /headline|caption|photo|credit|image|gallery|related|teaser|link|list|boilerplate|correction/u;
const PUBLISHED_LABEL = /\b(?:published|posted|first published)\b/iu;
const UPDATED_LABEL = /\b(?:updated|modified)\b/iu;

/** A wire dateline's date part: "GENEVA, March 4, 2025 (MPA) -", "KYIV, Nov 27 (Reuters) -", "KARSK, September 2. /OTA/." */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40},\s*([^()/—–\n]{4,40}?)\s*(?:\(|\/|[-–—])/u;
/** The same with the place in ordinary case: "Veloran, 6 April 2026 —". */
const TITLED_DATELINE = /^(?!(?:On|In|At|By|From|Since|Until|Till|Last|This|The|Before|After)\b)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},\s*([^()/—–\n]{6,40}?\d{4})\s*(?:\(|[-–—])/u;

/**
 * Published date: the date marker; else a date line or byline near the top
 * (header, footer, or the body before its second prose paragraph), preferring
 * "Published/Posted" over plain dates over "Updated"; else a wire dateline.
 * A date line without a full date ("Thursday 14:05", "Nov 27", "2 hours ago")
 * is read against the page's other full date or the fetch date
 * (`relative-dates.ts`). Dates inside body sentences and captions are never
 * used.
 */
export function findPublished(items: readonly Item[], zones: readonly Zone[], kept: readonly Item[], fetched: FetchTime | null = null): string | null {
  const marker = items.flatMap((it) => it.before).find((r) => r.rule === 'date-marker');
  if (marker) return parseDate(marker.text);
  const prose = items.flatMap((it, i) => (isKept(it) && isProse(it.unit.text) ? [i] : []));
  const top = prose[1] ?? items.length;
  const lines = items.flatMap((it, i) => {
    const outside = zones[i] !== 'body' || i < top;
    if (!outside || (it.verdict !== 'date-line' && it.verdict !== 'byline')) return [];
    const previous = items[i - 1]?.unit.text ?? '';
    // "Published Thursday 14:05 · Updated Fri 28 Nov 2025": each part with its own label.
    return it.unit.text.split(PARTS).map((part, k) => {
      const label = k === 0 ? `${previous} ${part}` : part;
      const rank = /\b(?:published|posted|first published)\b/i.test(label) ? 0 : /\b(?:updated|modified)\b/i.test(part) ? 2 : 1;
      return { text: part, rank, date: parseDate(part) };
    });
  });
  // Else a short header or footer line that holds a full date beside other words ("Sunday 5 April 2026 · Issue 214",
  // "Jane Roe · Kyiv · 27 November 2025"), or says when the article was published ("First published on 27 November 2025.").
  const others = items.flatMap((it, i) => {
    const text = it.unit.text;
    const outside = zones[i] === 'header' || zones[i] === 'footer' || (i < top && !isKept(it));
    if (!outside || it.verdict === 'date-line' || it.verdict === 'byline' || (it.verdict !== undefined && NOT_DATED.test(it.verdict))) return [];
    const published = PUBLISHED_LABEL.test(text);
    if (wordCount(text) > 25 || (isProse(text) && !published) || (zones[i] === 'footer' && !published)) return [];
    const date = parseDate(text);
    return date ? [{ text, rank: published ? 0.5 : UPDATED_LABEL.test(text) ? 2.5 : 1.5, date }] : [];
  });
  lines.push(...others);
  // A weekday is read against the page's full dates, including a date line further down ("Last updated: 24 November 2026").
  const anywhere = items.flatMap((it) => (it.verdict === 'date-line' ? [parseDate(it.unit.text)] : [])).filter((d): d is string => d !== null);
  const explicit = [...lines.flatMap((line) => (line.date ? [line.date] : [])), ...(lines.some((l) => l.date) ? [] : anywhere)].sort();
  const refs = { known: explicit[explicit.length - 1] ?? null, fetched };
  const dated = lines.flatMap((line) => {
    const date = line.date ?? resolveRelativeDate(line.text, refs);
    return date ? [{ date, rank: line.rank }] : [];
  });
  const best = dated.sort((a, b) => a.rank - b.rank)[0];
  if (best) return best.date;
  for (const it of kept.slice(0, 3)) {
    const dateline = DATELINE.exec(it.unit.text.slice(0, 200))?.[1];
    if (dateline) return parseDate(dateline) ?? resolveRelativeDate(dateline, { known: null, fetched });
    // "Veloran, 6 April 2026 — …": a place in ordinary case, read only with a full date.
    const titled = TITLED_DATELINE.exec(it.unit.text.slice(0, 200))?.[1];
    const date = titled === undefined ? null : parseDate(titled);
    if (date) return date;
  }
  return null;
}
