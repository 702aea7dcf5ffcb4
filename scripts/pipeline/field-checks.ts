/**
 * Field checks shared by everything that reads people's files: verdicts,
 * sidecars, Markdown frontmatter and HTML metadata.
 */

/** `YYYY-MM-DD` of a real calendar date (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The date part of an ISO 8601 date or date-time as written
 * (`2025-11-28T23:30:00-05:00` → `2025-11-28`, the publisher's own date),
 * or undefined when it does not start with a real `YYYY-MM-DD`.
 */
export function isoDatePart(value: string): string | undefined {
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  return match?.[1] !== undefined && isCalendarDate(match[1]) ? match[1] : undefined;
}

/** An absolute http or https URL. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
