/**
 * The headline of an article: found among the header lines, or derived from
 * the lede when there is none.
 */
import type { Zone } from './clutter-types.ts';
import { isOpen, type Item } from './clean-units.ts';
import { pageTitle } from './page-title.ts';
import { isEdgeMaterial, isTitleCase, splitSentences, wordCount } from './text-shape.ts';

/** Rules of the page's navigation: the headline comes below it. */
const NAVIGATION = new Set(['nav-bar', 'breadcrumb']);

/** A year or a clock time: a row that has one dates the article. */
const DATED = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\b/u;

/** Lines that come right after a headline: its byline, date, reading time. */
const AFTER_HEADLINE = new Set(['byline', 'date-line', 'read-time', 'author-name', 'author-role']);

/** "Orvenia to double grain quota – deputy prime minister": a claim, a dash, who makes it. */
const CLAIM_SPEAKER = /^.{15,200}\s[-–—]\s(?:\p{L}[\p{L}'’.-]*\s?){1,6}$/u;

/**
 * The headline, among the header lines below the navigation bar or crumbs,
 * if any (captions, credits, crumbs, dates and boilerplate are already taken
 * by their rules):
 *
 * 0. the headline a page-title line names ("Headline | Site" above "Headline");
 * 1. a header line printed again anywhere on the page;
 * 2. else the first headline-shaped header line: 5–35 words, a Title-Case
 *    line of four or more, or a "Claim – Speaker" line, preferring one that
 *    its byline, date or reading time follows;
 * 3. else the first of 3–4 words (mastheads in capitals last).
 *
 * Author bios and contact lines never qualify. Undefined when nothing does:
 * the title is then derived from the lede.
 */
export function findHeadline(items: Item[], zones: readonly Zone[]): number | undefined {
  const header = items.flatMap((it, i) => (zones[i] === 'header' && isOpen(it) ? [i] : []));
  // Lines above the navigation bar or the crumbs are the masthead and its tagline.
  // A row with a date or a year in it ("Nov 24, 2026 · 6:42 PM · 4 min read") is the byline's, not the navigation.
  const navigation = (it: Item) => it.verdict !== undefined && NAVIGATION.has(it.verdict) && !DATED.test(it.unit.text);
  const chrome = items.reduce((last, it, i) => (zones[i] === 'header' && navigation(it) ? i : last), -1);
  const below = header.filter((i) => i > chrome);
  const candidates = below.length > 0 ? below : header;
  if (candidates.length === 0) return undefined;
  const text = (i: number) => items[i]?.unit.text ?? '';
  const seen = new Map<string, number>();
  for (const it of items) seen.set(it.unit.text.toLowerCase(), (seen.get(it.unit.text.toLowerCase()) ?? 0) + 1);
  // A page-title line ("Headline | Site") points at the headline printed on its own.
  const lines = new Set(candidates.map((i) => text(i).toLowerCase()));
  for (const i of header) {
    const title = pageTitle(text(i), lines);
    const own = title && candidates.find((c) => text(c).toLowerCase() === title.headline.toLowerCase());
    if (own !== undefined && own !== null) return own;
  }
  const repeated = candidates.find((i) => wordCount(text(i)) >= 2 && (seen.get(text(i).toLowerCase()) ?? 0) >= 2 && !isEdgeMaterial(text(i)));
  if (repeated !== undefined) return repeated;

  const shaped = (i: number) => {
    const t = text(i);
    const words = wordCount(t);
    return !isEdgeMaterial(t) && words <= 35 && (words >= 5 || (words >= 4 && isTitleCase(t)) || CLAIM_SPEAKER.test(t));
  };
  const followed = (i: number) => items.slice(i + 1, i + 4).some((it) => it.verdict !== undefined && AFTER_HEADLINE.has(it.verdict));
  const headlines = candidates.filter(shaped);
  const found = headlines.find(followed) ?? headlines[0];
  if (found !== undefined) return found;
  const short = candidates.filter((i) => wordCount(text(i)) >= 3 && wordCount(text(i)) <= 4 && !isEdgeMaterial(text(i)));
  return short.find((i) => text(i) !== text(i).toUpperCase()) ?? short[0];
}

/** The lede's first sentence, without a wire dateline, cut to ~100 chars at a word boundary. */
export function deriveTitle(lede: string, max = 100): string {
  const sentence = (splitSentences(lede)[0] ?? lede)
    .replace(/^\p{Lu}[\p{Lu} .'’-]+(?:,[^()/]{0,40}?)?\s*(?:\([^)]{1,40}\)\s*[-–—]|\/[^/]{1,20}\/\.?)\s*/u, '')
    .replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[\s,;:–—-]+$/, '')}…`;
}
