/**
 * `clean`: the first ingest stage. Turns a scraped seed into an article: body
 * paragraphs, captions, metadata, and a record of every piece of clutter taken
 * out. Pure and deterministic. The clutter itself is described by the rule
 * table in `clutter-rules.ts`; this module cuts the text into units, runs the
 * rules and reads the metadata.
 *
 * Every non-blank piece of the seed ends up in exactly one of `paragraphs` or
 * `removed` (captions and the headline are also recorded in `removed`, with
 * the rule that moved them).
 */
import { segmentParagraph } from './segment.ts';
import { IngestError } from './errors.ts';
import type { CleanArticle, Removal, Seed } from './types.ts';
import {
  PREFIX_RULES,
  SENTENCE_RULES,
  isDateLine,
  isEdgeMaterial,
  isProse,
  isTerminal,
  isUiLabel,
  IN_PLACE,
  ROLE_WORDS,
  parseByline,
  splitSentences,
  startsOwnUnit,
  unitRules,
  wordCount,
  type RuleContext,
  type Unit,
  type Zone,
} from './clutter-rules.ts';

/** A unit on its way through the rules. */
interface Item {
  unit: Unit;
  /** Rule that took the whole (remaining) unit, if any. */
  verdict?: string;
  caption?: string;
  /** Removals before / after the unit's own text, in input order. */
  before: Removal[];
  after: Removal[];
}

export function clean(seed: Seed): CleanArticle {
  const units = toUnits(normalize(seed.text));
  if (units.length === 0) {
    throw new IngestError(seed.name, 'empty-seed', 'Unexpected empty file, expected the text of an article');
  }
  const items: Item[] = units.map((unit) => ({ unit, before: [], after: [] }));

  stripPrefixes(items);
  runPhase(items, 1, items.map(() => 'body'), undefined);
  trimSentences(items);
  const zones = findZones(items);
  runPhase(items, 2, zones, undefined);
  const headline = findHeadline(items, zones);
  runPhase(items, 3, zones, headline);

  const kept = items.filter(isKept);
  const paragraphs = kept.map((it) => it.unit.text);
  const removed = items.flatMap((it) => [
    ...it.before,
    ...(it.verdict && it.unit.text ? [{ rule: it.verdict, text: it.unit.text }] : []),
    ...it.after,
  ]);
  if (!paragraphs.some((p) => wordCount(p) >= 4)) {
    throw new IngestError(
      seed.name,
      'only-clutter',
      `Unexpected text made only of site clutter (${removed.length} pieces removed), expected at least one paragraph of article body`,
    );
  }

  const headlineText = headline === undefined ? undefined : items[headline]?.unit.text;
  return {
    seed: seed.name,
    title: headlineText ?? deriveTitle(paragraphs[0] ?? ''),
    titleDerived: headlineText === undefined,
    publisher: findPublisher(removed, kept),
    author: findAuthor(items),
    published: findPublished(items, zones, kept),
    url: null,
    language: null,
    paragraphs,
    captions: items.flatMap((it) => (it.caption ? [it.caption] : [])),
    removed,
  };
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

/**
 * BOM off, line endings to `\n`, and U+0000 to U+FFFD: Markdown and HTML
 * parsers read NUL as the replacement character, so the page must hold that.
 */
function normalize(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD');
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Lines, grouped into blocks by blank lines; hard-wrapped lines of a paragraph are joined. */
function toUnits(text: string): Unit[] {
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
      if (last && last.block === block && (wrapped || continues(last.text, l.text))) last.text += ` ${l.text}`;
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

/** The next line continues the sentence of the previous one. */
function continues(prev: string, next: string): boolean {
  if (isTerminal(prev) || isUiLabel(prev) || startsOwnUnit(next) || isDateLine(next)) return false;
  return (
    /^\p{Ll}/u.test(next) ||
    /[,;:–—-]$/.test(prev) ||
    (prev.length >= 30 && /\b(?:the|a|an|of|to|in|and|or|for|with|on|at|by|from|that|as)$/i.test(prev))
  );
}

// ---------------------------------------------------------------------------
// Running the rules
// ---------------------------------------------------------------------------

const isKept = (it: Item): boolean => it.verdict === undefined && it.unit.text !== '';

function stripPrefixes(items: Item[]): void {
  for (const it of items) {
    for (const rule of PREFIX_RULES) {
      const prefix = rule.match(it.unit.text);
      if (prefix === null) continue;
      it.before.push({ rule: rule.id, text: prefix });
      it.unit.text = it.unit.text.slice(prefix.length).trim();
    }
  }
}

function runPhase(items: Item[], phase: 1 | 2 | 3, zones: readonly Zone[], headline: number | undefined): void {
  const units = items.map((it) => it.unit);
  const verdicts = items.map((it) => it.verdict);
  const rules = unitRules(phase);
  items.forEach((it, index) => {
    if (!isKept(it)) return;
    const zone = zones[index] ?? 'body';
    const ctx: RuleContext = { units, index, zone, verdicts, headline };
    const rule = rules.find((r) => r.zones.includes(zone) && r.match(it.unit.text, ctx));
    if (!rule) return;
    it.verdict = verdicts[index] = rule.id;
    if (rule.action === 'caption') it.caption = rule.caption ? rule.caption(it.unit.text) : it.unit.text;
  });
}

/** Takes promotional sentences off the start and end of each kept unit, cutting at sentence offsets. */
function trimSentences(items: Item[]): void {
  const ruleFor = (s: string) => SENTENCE_RULES.find((r) => r.match(s));
  for (const it of items.filter(isKept)) {
    const text = it.unit.text;
    const spans = segmentParagraph(text);
    const sentence = (i: number) => text.slice(spans[i]?.start ?? 0, spans[i]?.end ?? 0);
    let first = 0;
    let last = spans.length;
    let rule: ReturnType<typeof ruleFor>;
    while (first < last && (rule = ruleFor(sentence(first)))) it.before.push({ rule: rule.id, text: sentence(first++) });
    while (last > first && (rule = ruleFor(sentence(last - 1)))) it.after.unshift({ rule: rule.id, text: sentence(--last) });
    it.unit.text = first < last ? text.slice(spans[first]?.start, spans[last - 1]?.end) : '';
  }
}

/** Header: before the first prose unit. Footer: after the last one (author bios and contact lines do not count). */
function findZones(items: Item[]): Zone[] {
  const prose = items.flatMap((it, i) => (isKept(it) && isProse(it.unit.text) && !isEdgeMaterial(it.unit.text) ? [i] : []));
  const first = prose[0];
  const last = prose[prose.length - 1];
  if (first === undefined || last === undefined) return items.map(() => 'body');
  return items.map((_, i) => (i < first ? 'header' : i > last ? 'footer' : 'body'));
}

/**
 * The headline: a header line printed twice; else the first header line of
 * 5–35 words (shorter ones are usually mastheads and labels); else of 3–4.
 */
function findHeadline(items: Item[], zones: readonly Zone[]): number | undefined {
  const candidates = items.flatMap((it, i) => (zones[i] === 'header' && isKept(it) ? [i] : []));
  const key = (i: number) => items[i]?.unit.text.toLowerCase();
  const repeated = candidates.find((i) => candidates.some((j) => j > i && key(j) === key(i)));
  if (repeated !== undefined) return repeated;
  const headlineLike = (min: number) => (i: number) => {
    const text = items[i]?.unit.text ?? '';
    return wordCount(text) >= min && wordCount(text) <= 35 && !isEdgeMaterial(text);
  };
  return candidates.find(headlineLike(5)) ?? candidates.find(headlineLike(3));
}

// ---------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------

/** The lede's first sentence, without a wire dateline, cut to ~100 chars at a word boundary. */
function deriveTitle(lede: string, max = 100): string {
  const sentence = (splitSentences(lede)[0] ?? lede)
    .replace(/^\p{Lu}[\p{Lu} .'’-]+(?:,[^()/]{0,40}?)?\s*(?:\([^)]{1,40}\)\s*[-–—]|\/[^/]{1,20}\/\.?)\s*/u, '')
    .replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[\s,;:–—-]+$/, '')}…`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The first explicit full date in `text` as YYYY-MM-DD: ISO, "12 March 2025" or "March 12, 2025". */
function parseDate(text: string): string | null {
  const found: { at: number; y: number; m: number; d: number }[] = [];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) found.push({ at: iso.index, y: +iso[1]!, m: +iso[2]!, d: +iso[3]! });
  const dmy = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dmy) found.push({ at: dmy.index, y: +dmy[3]!, m: monthOf(dmy[2]!), d: +dmy[1]! });
  const mdy = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (mdy) found.push({ at: mdy.index, y: +mdy[3]!, m: monthOf(mdy[1]!), d: +mdy[2]! });
  const valid = found
    .filter(({ y, m, d }) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return m >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    })
    .sort((a, b) => a.at - b.at)[0];
  if (!valid) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${valid.y}-${pad(valid.m)}-${pad(valid.d)}`;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Published date: the date marker; else a date line or byline near the top
 * (header, footer, or the body before its second prose paragraph), preferring
 * "Published/Posted" over plain dates over "Updated"; else a wire dateline.
 * Dates inside body sentences and captions are never used.
 */
function findPublished(items: readonly Item[], zones: readonly Zone[], kept: readonly Item[]): string | null {
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

const titleCase = (name: string): string =>
  name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase()) : name;

/** Author: a byline, else a name line of an author card, else the subject of an author bio. */
function findAuthor(items: Item[]): string | null {
  for (const it of items) {
    if (it.verdict !== 'byline') continue;
    const byline = parseByline(it.unit.text);
    if (byline) return byline.names.map(titleCase).join(' and ');
  }
  const card = items.find((it) => it.verdict === 'author-name');
  if (card) return titleCase(card.unit.text.replace(IN_PLACE, ''));
  const bio = items.find((it) => it.verdict === 'author-bio');
  const subject = bio && /^(?:About the author:?\s*)?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:is|was|has been|works as|joined)\b/u.exec(bio.unit.text);
  return subject?.[1] ?? null;
}

/** A capitalised name of up to six words; a full stop only inside a word ("U.S"). */
const ORG_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*";
const ORG = `${ORG_WORD}(?:\\s+(?:of\\s+|and\\s+|&\\s+)?${ORG_WORD}){0,5}`;
/** Words that cannot start an outlet name, and words that cannot make one up on their own. */
const NOT_FIRST = new Set(
  ('your our we you this that it these those every each and but at from whether if when please help thank ' +
    'thanks unlike without with for by in on since so as support join become donate subscribe sign quality ' +
    'independent journalism reader readers follow').split(' '),
);
const GENERIC = new Set(
  ('the story stories news team newsroom website site page paper newspaper publication facts truth public ' +
    'journalism journalists reporting reporters support supporters readers members community people everyone ' +
    'mission work future world now donation donations subscription quality free press media').split(' '),
);

function publisherName(raw: string | undefined, allowSingleWord = false): string | null {
  if (!raw) return null;
  const name = raw.replace(/[.,;:'’-]+$/, '');
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (!first || NOT_FIRST.has(first) || words.length > 6) return null;
  if (words.every((w) => GENERIC.has(w.toLowerCase()))) return null;
  const acronym = /^\p{Lu}{2,6}$/u.test(name);
  return words.length >= 2 || acronym || allowSingleWord ? name : null;
}

/** Where a publisher name may be read, most explicit first. A lower-case "the" is not part of the name. */
const PUBLISHER_SOURCES: readonly { from: readonly string[] | 'lede'; patterns: readonly RegExp[]; singleWord?: boolean }[] = [
  // "© 2025 The Westmere Courier. All rights reserved."
  { from: ['copyright'], singleWord: true, patterns: [new RegExp(`(?:©|\\([cC]\\)|[Cc]opyright)\\s*©?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?((?:The\\s+)?${ORG})`, 'gu')] },
  // The outlet naming itself in its appeals: "The X is trusted by …", "Got a story for The X?"
  {
    from: ['donation-appeal', 'donation-appeal-sentence', 'paywall-notice', 'newsletter-signup', 'tip-line', 'support-button'],
    patterns: [
      new RegExp(`(?:^|[.!?,;:—–]\\s+)((?:The\\s+)?${ORG})\\s+(?:is|relies|depends|remains|exists|needs|has|was|will|can|believes)\\b`, 'gu'),
      new RegExp(`\\b(?:story|stories|tips?|news)\\s+for\\s+(?:the\\s+)?((?:The\\s+)?${ORG})`, 'gu'),
    ],
  },
  // "X is a reporter for the Kyiv Independent"
  { from: ['author-bio'], patterns: [new RegExp(`\\b(?:${ROLE_WORDS})s?\\s+(?:for|at|with)\\s+(?:the\\s+)?((?:The\\s+)?${ORG})`, 'gu')] },
  // Author card: "NBS News, Aberlyn"
  { from: ['author-role'], patterns: [/^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}News)\b/gu] },
  // "Follow The Daily Clarion on Facebook" (may name a sub-brand, hence late)
  { from: ['social-follow'], patterns: [new RegExp(`\\b[Ff]ollow\\s+((?:The\\s+)?${ORG})\\s+on\\b`, 'gu')] },
  // Wire datelines at the top of the body: "GENEVA, March 4 (MPA) -", "KARSK, September 2. /OTA/."
  {
    from: 'lede',
    singleWord: true,
    patterns: [
      /^\p{Lu}[\p{Lu} .'’-]+(?:,[^()/]{0,40}?)?\s*\(([^()]{2,40})\)\s*[-–—]/gu,
      /^\p{Lu}[\p{Lu} .'’-]+,[^/]{0,40}?\/(\p{Lu}[\p{L}-]{1,20})\/\.?/gu,
    ],
  },
];

/** Publisher, from the text's own mentions (see `PUBLISHER_SOURCES`); null rather than a guess. */
function findPublisher(removals: readonly Removal[], kept: readonly Item[]): string | null {
  for (const source of PUBLISHER_SOURCES) {
    const texts =
      source.from === 'lede'
        ? kept.slice(0, 3).map((it) => it.unit.text)
        : removals.filter((r) => source.from.includes(r.rule)).map((r) => r.text);
    for (const text of texts) {
      for (const re of source.patterns) {
        for (const m of text.matchAll(re)) {
          const name = publisherName(m[1], source.singleWord);
          if (name) return name;
        }
      }
    }
  }
  return null;
}
