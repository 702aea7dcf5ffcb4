/**
 * Shortening text for places with a length limit (ClaimReview's
 * `claimReviewed`, meta descriptions, feed items). Pure, unit tested.
 */

const ELLIPSIS = '…';

/** Whitespace runs (newlines, tabs, non-breaking spaces) as one space, trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * `text` with its whitespace squashed, at most `max` characters (Unicode code
 * points, so a surrogate pair is never split) long. Longer text is cut at the
 * last word boundary that leaves room for "…", with trailing punctuation
 * dropped before the "…"; a single word longer than the limit is cut inside.
 */
export function shorten(text: string, max: number): string {
  if (max < 2) throw new RangeError(`Unexpected limit ${max}, expected at least 2`);
  const squashed = squash(text);
  const chars = [...squashed];
  if (chars.length <= max) return squashed;
  const room = chars.slice(0, max - 1).join('');
  const boundary = room.lastIndexOf(' ');
  // A boundary at the next char (a space right after the room) keeps the whole room.
  const cut = chars[max - 1] === ' ' ? room : boundary > 0 ? room.slice(0, boundary) : room;
  const trimmed = cut.replace(/[\s,;:.!?\-–—(“"‘']+$/u, '');
  return `${trimmed || cut}${ELLIPSIS}`;
}
