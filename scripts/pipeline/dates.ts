/**
 * Dates in scraped text: lines made only of dates and labels, and explicit
 * full dates in any of the usual forms ("2025-11-27", "27 November 2025",
 * "Nov 27, 2025", "27.11.2025", "2025/11/27", "27/11/2025" when the day
 * cannot be the month). An ambiguous numeric date ("03/04/2025") is not read:
 * never guessed. Dates relative to another date are in `relative-dates.ts`.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}\\s?[ap]\\.?m\\.?';
const TZ = '(?:gmt|bst|utc|cet|cest|msk|eet|eest|ist|aest|jst|[ecmp][sd]?t)';
const RELATIVE = '\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhdw])(?:\\s+ago)?|just now|yesterday|today|an? (?:minute|hour|day) ago|ago';
const DATE_LABEL = '(?:first published|last updated|last modified|published|updated|posted|modified|created|date|on|at|local time)';
/** A reading time printed beside the date: "4 min read". */
const READ_TIME = '\\d+\\s*min(?:ute)?s?\\.?\\s+(?:read|listen|watch)';
/** An ISO timestamp: "2025-11-27T10:14:00Z", "2025-11-27 10:14+01:00". */
const ISO_DATETIME = '\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?';
/** A newsletter's or a paper's issue number printed beside its date: "Issue 214", "No. 31", "Vol. 4". */
const ISSUE = '(?:issue|edition|vol(?:ume)?\\.?|no\\.)\\s*\\d{1,5}';
const DATE_TOKEN = `(?:${ISO_DATETIME}|${ISSUE}|${DATE_LABEL}|${READ_TIME}|${WEEKDAY}|${MONTH}|${TIME}|${TZ}|${RELATIVE}|\\d{1,4}(?:st|nd|rd|th)?)`;
const DATE_LINE = new RegExp(`^(?:${DATE_TOKEN}(?=[\\s,.:·•|/()–—-]|$)[\\s,.:·•|/()–—-]*)+$`, 'i');

/** "Published Tuesday": a label and a weekday, with no figure. */
const LABELLED_WEEKDAY = new RegExp(`\\b(?:published|posted|updated)\\s+(?:on\\s+)?${WEEKDAY}(?!\\p{L})`, 'iu');

/** Made only of dates, times, weekdays and "Published/Updated" labels (with a figure, or a label and a weekday). */
export function isDateLine(text: string): boolean {
  return text.length <= 90 && (/\d|ago|today|yesterday|just now/i.test(text) || LABELLED_WEEKDAY.test(text)) && DATE_LINE.test(text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The first explicit full date in `text` as YYYY-MM-DD (see the module comment); at most 500 characters are read. */
export function parseDate(text: string): string | null {
  text = text.slice(0, 500);
  const found: { at: number; y: number; m: number; d: number }[] = [];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) found.push({ at: iso.index, y: +iso[1]!, m: +iso[2]!, d: +iso[3]! });
  const dmy = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dmy) found.push({ at: dmy.index, y: +dmy[3]!, m: monthOf(dmy[2]!), d: +dmy[1]! });
  const mdy = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (mdy) found.push({ at: mdy.index, y: +mdy[3]!, m: monthOf(mdy[1]!), d: +mdy[2]! });
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) found.push({ at: dotted.index, y: +dotted[3]!, m: +dotted[2]!, d: +dotted[1]! });
  const ymd = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (ymd) found.push({ at: ymd.index, y: +ymd[1]!, m: +ymd[2]!, d: +ymd[3]! });
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slashed) {
    const [a, b] = [+slashed[1]!, +slashed[2]!];
    if (a > 12 && b <= 12) found.push({ at: slashed.index, y: +slashed[3]!, m: b, d: a });
    else if (b > 12 && a <= 12) found.push({ at: slashed.index, y: +slashed[3]!, m: a, d: b });
  }
  const valid = found
    .filter(({ y, m, d }) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return m >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    })
    .sort((a, b) => a.at - b.at)[0];
  return valid ? isoDate(valid.y, valid.m, valid.d) : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** 1–12 for a month name or its abbreviation ("Nov", "november"), 0 for anything else. */
export const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export { MONTH_RE };
