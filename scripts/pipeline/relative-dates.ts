/**
 * Dates that need another date to be read: "Thursday", "Nov 27" (no year),
 * "yesterday", "3 days ago", "2 hours ago". Each is resolved against a known
 * date, and only then:
 *
 * - a weekday or a day without a year, against the article's other date (an
 *   update printed beside it) or the date the page was fetched: the latest
 *   such day on or before it ("Thursday" within the six days before);
 * - "today", "yesterday", "N days ago", against the fetch date;
 * - "N hours/minutes ago", only against a fetch time (a date-time), in the
 *   fetch's own clock.
 *
 * Without the date it needs, a date is not read: never guessed.
 */
import { isoDate, MONTH_RE, monthOf } from './dates.ts';

/** The date (and, when known, the time of day) a page was fetched. */
export interface FetchTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Minutes after midnight in the fetch's own clock, when the fetch time is known. */
  minutes: number | null;
}

/** Reads a `fetched` metadata value: `YYYY-MM-DD` or an ISO date-time ("2025-11-28T09:30:00+02:00"), else null. */
export function parseFetchTime(value: string | undefined): FetchTime | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(value?.trim() ?? '');
  if (!m?.[1] || toDay(m[1]) === null) return null;
  const minutes = m[2] === undefined ? null : Number(m[2]) * 60 + Number(m[3]);
  return { date: m[1], minutes: minutes !== null && minutes < 24 * 60 ? minutes : null };
}

const DAY_MS = 86_400_000;
function toDay(iso: string): number | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t / DAY_MS : null;
}
function fromDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_RE = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\b\.?/iu;
const AGO = /\b(\d{1,4}|an?|one)\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago\b/iu;

export interface DateReferences {
  /** Another date of the article, `YYYY-MM-DD` (an update printed beside the date). */
  known: string | null;
  fetched: FetchTime | null;
}

/** The date `text` (at most 200 characters read) names relative to `refs`, as `YYYY-MM-DD`, or null. */
export function resolveRelativeDate(text: string, refs: DateReferences): string | null {
  const line = text.slice(0, 200);
  const fetched = refs.fetched;
  const fetchDay = fetched ? toDay(fetched.date) : null;
  const ago = AGO.exec(line);
  if (ago && fetchDay !== null && fetched) {
    const n = /^\d/u.test(ago[1]!) ? Number(ago[1]) : 1;
    const unit = ago[2]!.toLowerCase()[0];
    if (unit === 'd') return fromDay(fetchDay - n);
    if (unit === 'w') return fromDay(fetchDay - 7 * n);
    if (fetched.minutes === null) return null;
    const minutes = fetched.minutes - (unit === 'h' ? 60 * n : n);
    return fromDay(fetchDay + Math.floor(minutes / (24 * 60)));
  }
  if (fetchDay !== null && /\b(?:just now|today|moments ago|seconds ago)\b/iu.test(line)) return fromDay(fetchDay);
  if (fetchDay !== null && /\byesterday\b/iu.test(line)) return fromDay(fetchDay - 1);

  const reference = refs.known ?? fetched?.date ?? null;
  const refDay = reference === null ? null : toDay(reference);
  if (refDay === null || reference === null) return null;
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?!\\p{L})(?![\\s,]*\\d{4})|\\b${MONTH_RE}(?!\\p{L})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,\\s]*\\d{4})`, 'iu').exec(line);
  if (dayMonth) {
    const month = monthOf((dayMonth[2] ?? dayMonth[3])!);
    const day = Number(dayMonth[1] ?? dayMonth[4]);
    const year = Number(reference.slice(0, 4));
    for (const y of [year, year - 1]) {
      const candidate = toDay(isoDate(y, month, day));
      if (candidate !== null && candidate <= refDay) return fromDay(candidate);
    }
    return null;
  }
  const weekday = WEEKDAY_RE.exec(line);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    const back = (new Date(refDay * DAY_MS).getUTCDay() - target + 7) % 7;
    return fromDay(refDay - back);
  }
  return null;
}
