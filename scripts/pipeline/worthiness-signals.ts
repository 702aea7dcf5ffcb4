/**
 * The text signals of check-worthiness (scripts/worthiness.ts): does the
 * claim give a number, a date, a place or proper name, a consequence? Read
 * from the claim's text by shape, with the cue words that mean something
 * else left out: "May" and "March" are months only next to a day, a year or
 * a preposition; a year is a date, not a figure; "one of" is no count;
 * "killed the bill" and "at all costs" are no harm; a capital that opens the
 * sentence or a quote is no name.
 */
import type { WorthinessSignal } from '../worthiness.ts';

const MONTHS = 'January|February|April|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Months that are also common words: dates only beside a day, a year or a preposition. */
const AMBIGUOUS_MONTHS = 'May|March';

const DATE_PATTERNS: readonly RegExp[] = [
  /\b(?:1[89]|20)\d{2}s?\b/g, // a year, a decade
  new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${AMBIGUOUS_MONTHS})\\b|\\b(?:${AMBIGUOUS_MONTHS}) \\d{1,2}\\b`, 'g'),
  new RegExp(`\\b(?:in|on|since|until|by|from|of|early|late|mid-|last|next|this) (?:${AMBIGUOUS_MONTHS})\\b`, 'g'),
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
  /\b(?:yesterday|last (?:week|month|year|night)|(?:this|next) (?:week|month|year))\b/gi,
];

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'hundred|thousand|million|billion|trillion|dozen|half|quarter|percent|per cent';
const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i');

/** Harm or cost to people, as the claim's words. */
const CONSEQUENCE = new RegExp(
  '\\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|injur(?:ed|ies|y)|wounded|casualties|fatalities|victims?|' +
    'destroy(?:ed|ing|s)?|damaged?|displaced|evacuated|homeless|refugees|hostages?|' +
    'costs?|cost(?:ing)?|losses|lost|layoffs?|laid off|jobs|unemployment|bankrupt(?:cy)?|shortages?|famine|outbreak|' +
    'fined|sanctions|debt|inflation)\\b',
  'i',
);

/** Uses of those words that are no harm to anyone. */
const NOT_A_CONSEQUENCE: readonly RegExp[] = [
  /\bkill(?:ed|ing|s)? (?:off )?(?:the |a |his |her |their |its )?(?:bill|deal|plan|proposal|idea|motion|story|mood|time|engine|rumou?r)s?\b/gi,
  /\bdead(?: heat| end| ringer| serious| set| wrong| last)\b/gi,
  /\bat (?:all|any) costs?\b/gi,
  /\b(?:lost|losses) (?:ground|interest|patience|sight|touch|track|faith|count|weight|the (?:vote|election|match|game|race|argument|case))\b/gi,
  /\blost (?:his|her|their|its) (?:seat|temper|voice|way|bid|appeal)\b/gi,
  /\bcost(?:s)? of living\b/gi,
];

/** Capitalised words that are never names in the middle of a sentence. */
const NOT_NAMES = new Set(['I', 'I\'m', 'I\'ve', 'I\'d', 'I\'ll', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Sir', 'The', 'A', 'An']);

function strip(text: string, patterns: readonly RegExp[]): { text: string; found: boolean } {
  let found = false;
  let out = text;
  for (const pattern of patterns) {
    out = out.replace(pattern, (match) => {
      found = true;
      return ' '.repeat(match.length);
    });
  }
  return { text: out, found };
}

/** Does the text name a place, an organisation or a person (other than the words of `speakerAs`)? */
function hasName(text: string, speakerAs: string | null): boolean {
  const speakerWords = new Set((speakerAs ?? '').split(/[\s'’]+/).filter(Boolean));
  const token = /[\p{L}][\p{L}'’.-]*/gu;
  let sentenceStart = true;
  let previousEnd = 0;
  for (const match of text.matchAll(token)) {
    const between = text.slice(previousEnd, match.index);
    // A sentence or a quote opens: its first word is capitalised whatever it is.
    if (/[.!?:;]\s|["“‘(—–]\s*$/.test(between)) sentenceStart = true;
    const word = match[0].replace(/['’]s$/, '').replace(/\.$/, '');
    previousEnd = match.index + match[0].length;
    if (sentenceStart) {
      sentenceStart = false;
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || NOT_NAMES.has(word) || speakerWords.has(word)) continue;
    if (/^\p{Lu}+$/u.test(word) && word.length === 1) continue;
    return true;
  }
  return false;
}

/** The text signals of a claim: number, date, place-or-name, consequence. */
export function textSignals(text: string, speakerAs: string | null = null): Set<WorthinessSignal> {
  const signals = new Set<WorthinessSignal>();
  const dates = strip(text, DATE_PATTERNS);
  if (dates.found) signals.add('date');
  // Months and weekdays are capitalised words but not names; years are dates, not figures.
  if (NUMBER.test(dates.text)) signals.add('number');
  if (hasName(dates.text, speakerAs)) signals.add('place-or-name');
  if (CONSEQUENCE.test(strip(text, NOT_A_CONSEQUENCE).text)) signals.add('consequence');
  return signals;
}
