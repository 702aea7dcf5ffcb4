/**
 * Text for a terminal line. File names and reasons come from the seeds
 * folder and from seed text: a newline in a file name would forge a report
 * line of its own, and an ANSI escape would rewrite the terminal. Every
 * control character (C0, DEL, C1, and the Unicode line and paragraph
 * separators) is shown as an escape instead: `\n`, `\u001b`.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
