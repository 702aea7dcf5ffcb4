/**
 * Cuts a seed into units for `clean`: lines grouped into blank-line blocks,
 * hard-wrapped lines of one paragraph joined, and the item each unit becomes
 * on its way through the rules.
 */
import type { Removal } from './types.ts';
import type { Unit } from './clutter-types.ts';
import { isDateLine } from './dates.ts';
import { isTerminal } from './text-shape.ts';
import { isUiLabel, startsOwnUnit } from './ui-vocabulary.ts';

/** A unit on its way through the rules. */
export interface Item {
  /** A desk rule keeps this unit in the body: no built-in rule may take it. */
  protected?: boolean;
  unit: Unit;
  /** Rule that took the whole (remaining) unit, if any. */
  verdict?: string;
  caption?: string;
  /** Removals before / after the unit's own text, in input order. */
  before: Removal[];
  after: Removal[];
}

export const isKept = (it: Item): boolean => it.verdict === undefined && it.unit.text !== '';

/** Kept, and open to the built-in rules (not kept by a desk rule). */
export const isOpen = (it: Item): boolean => isKept(it) && it.protected !== true;

/**
 * BOM off, line endings to `\n`, and U+0000 to U+FFFD: Markdown and HTML
 * parsers read NUL as the replacement character, so the page must hold that.
 */
export function normalize(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD');
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Lines, grouped into blocks by blank lines; hard-wrapped lines of a paragraph are joined. */
export function toUnits(text: string): Unit[] {
  const blocks: { line: number; text: string }[][] = [];
  let current: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = collapse(raw);
    if (line) current.push({ line: i + 1, text: line });
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  });
  if (current.length) blocks.push(current);

  const documentWrapped = blocks.filter((b) => isWrapped(b.map((l) => l.text), 3)).length >= 2;
  const units: Unit[] = [];
  blocks.forEach((lines, block) => {
    const wrapped = isWrapped(lines.map((l) => l.text), documentWrapped ? 2 : 3);
    for (const l of lines) {
      const last = units[units.length - 1];
      if (last && last.block === block && (wrapped || continues(last.text, l.text) || (documentWrapped && wrapsOnto(last.text, l.text)))) last.text += ` ${l.text}`;
      else units.push({ text: l.text, line: l.line, block });
    }
  });
  return units;
}

/**
 * A hard-wrapped paragraph: lines of similar width (45–100 chars), the last
 * not longer, and at least half the lines continuing in lower case.
 */
function isWrapped(lines: string[], minLines: number): boolean {
  if (lines.length < minLines) return false;
  const body = lines.slice(0, -1).map((l) => l.length);
  const max = Math.max(...body);
  const lowerStarts = lines.slice(1).filter((l) => /^\p{Ll}/u.test(l)).length;
  return (
    body.every((n) => n >= 45 && n <= 100) &&
    max - Math.min(...body) <= 30 &&
    (lines[lines.length - 1]?.length ?? 0) <= max + 5 &&
    lines.slice(0, -1).some((l) => !isTerminal(l)) &&
    lowerStarts * 2 >= lines.length - 1
  );
}

/**
 * In a hard-wrapped document, a line cut at the wrap width mid-sentence
 * continues on the next line even when that starts with a capital
 * ("… below the Sarvek" / "Dam was evacuated …").
 */
function wrapsOnto(prev: string, next: string): boolean {
  return prev.length >= 60 && prev.length <= 100 && /\p{Ll}$/u.test(prev) && !isUiLabel(prev) && !startsOwnUnit(next) && !isDateLine(next) && /^\p{Lu}\p{Ll}/u.test(next);
}

/** The next line continues the sentence of the previous one. */
function continues(prev: string, next: string): boolean {
  if (isTerminal(prev) || isUiLabel(prev) || startsOwnUnit(next) || isDateLine(next)) return false;
  // A line printed twice (a headline, a caption) is two units, not one run-on line.
  if (next.toLowerCase() === prev.toLowerCase().slice(-next.length)) return false;
  return (
    /^\p{Ll}/u.test(next) ||
    /[,;:–—-]$/.test(prev) ||
    (prev.length >= 30 && /\b(?:the|a|an|of|to|in|and|or|for|with|on|at|by|from|that|as)$/i.test(prev))
  );
}
