/**
 * The publisher of an article, from the text's own mentions of it.
 */
import type { Item } from './clean-units.ts';
import { ROLE_WORDS } from './text-shape.ts';
import type { Removal } from './types.ts';

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
export function findPublisher(removals: readonly Removal[], kept: readonly Item[]): string | null {
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
