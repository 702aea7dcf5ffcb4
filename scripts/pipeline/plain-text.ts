/**
 * Names shown on every page (a publisher, an agency) as plain text: no
 * markup, no control or bidirectional-override characters, one line, of a
 * bounded length. Whatever a seed, its HTML metadata or a sidecar says.
 */

/** Longest name kept, in characters; a longer one is cut at a word. */
export const MAX_NAME_LENGTH = 120;

/** Tags (`<b>`, `</a>`, `<img …>`), each bounded so that no line makes the scan quadratic. */
const TAG = /<\/?[A-Za-z][^<>]{0,500}>/gu;
/** C0 and C1 controls, and the invisible characters that reorder or hide text. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;

/** `text` as a plain one-line name, or null when nothing is left of it. */
export function plainName(text: string): string | null {
  const name = text
    .slice(0, 4 * MAX_NAME_LENGTH)
    .replace(TAG, ' ')
    .replace(/[<>]/gu, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (name === '') return null;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const cut = name.slice(0, MAX_NAME_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return cut.slice(0, space > 0 ? space : MAX_NAME_LENGTH).trim();
}
