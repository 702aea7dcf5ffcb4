/**
 * The publisher of an article, from the page's own mentions of the outlet,
 * most explicit first:
 *
 * 1. the page furniture cleaning took out: a copyright line, the outlet's
 *    appeals, newsletter and support prompts ("Support the Daily Planet",
 *    "Sign up for the Planet Morning newsletter", "Got a story for …?"), an
 *    author's bio or card, "Follow X on Facebook";
 * 2. a dateline that names an outlet rather than a wire agency
 *    ("KYIV (Daily Planet) –");
 * 3. the article naming itself: "The Daily Planet could not independently
 *    verify …", "… has learned", "… , the Daily Planet reports",
 *    "This was reported by …", "told the Daily Planet". "Told X" and
 *    "X reports" also cite other outlets, so they count only for a name
 *    that looks like an outlet's, that no wire agency has, and that the page
 *    names twice or also prints in its furniture (a masthead).
 *
 * The name is returned as plain text (`plainName`). Null rather than a guess.
 */
import { canonicalAgency, datelineAgency, looksLikeAgency } from './agency.ts';
import { plainName } from './plain-text.ts';
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
/** Words that make a name an outlet's rather than a person's: "Daily", "Times", "News", "TV" … */
const OUTLET_WORDS = new Set(
  ('daily weekly times post news herald journal gazette tribune independent courier ledger telegraph guardian ' +
    'observer express mirror star sun chronicle record standard review mail press today tv radio network ' +
    'broadcasting broadcaster media agency wire insider monitor examiner dispatch bulletin voice echo inquirer ' +
    'register sentinel globe nation magazine online planet report reporter live digital').split(' '),
);

function publisherName(raw: string | undefined, allowSingleWord = false): string | null {
  if (!raw) return null;
  const name = raw.replace(/(?:['’]s)?[.,;:'’-]*$/u, '');
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (!first || NOT_FIRST.has(first) || words.length > 6) return null;
  if (words.every((w) => GENERIC.has(w.toLowerCase()))) return null;
  const acronym = /^\p{Lu}{2,6}$/u.test(name);
  return words.length >= 2 || acronym || allowSingleWord ? name : null;
}

const looksLikeOutlet = (name: string): boolean =>
  /^(?:The\s+)?\p{Lu}{2,6}$/u.test(name) || name.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase()));

const OWN = `((?:The\\s+)?${ORG})`;

/** Where the outlet names itself in its furniture, by the rule that removed the line. */
const FURNITURE: readonly { rules: readonly string[]; patterns: readonly RegExp[]; singleWord?: boolean }[] = [
  // "© 2025 The Westmere Courier. All rights reserved."
  { rules: ['copyright'], singleWord: true, patterns: [new RegExp(`(?:©|\\([cC]\\)|[Cc]opyright)\\s*©?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?${OWN}`, 'gu')] },
  // The outlet naming itself in its appeals: "The X is trusted by …", "Got a story for The X?", "Support the X"
  {
    rules: ['donation-appeal', 'donation-appeal-sentence', 'paywall-notice', 'newsletter-signup', 'tip-line', 'support-button', 'support-call', 'newsletter-line'],
    patterns: [
      new RegExp(`(?:^|[.!?,;:—–]\\s+)${OWN}\\s+(?:is|relies|depends|remains|exists|needs|has|was|will|can|believes)\\b`, 'gu'),
      new RegExp(`\\b(?:story|stories|tips?|news)\\s+for\\s+(?:the\\s+)?${OWN}`, 'gu'),
      new RegExp(`\\b(?:[Ss]upport|[Dd]onate to|[Jj]oin|[Bb]ecome an? (?:member|supporter|subscriber|patron) of|[Ss]ubscribe to)\\s+(?:the\\s+)?${OWN}(?=\\s*(?:$|[.!,:;—–]|\\s+(?:today|now|from|for|and|with|by|on|in)\\b))`, 'gu'),
      new RegExp(`\\b(?:[Ss]ign(?:ing)? up|[Ss]ubscribe|[Rr]egister)\\s+(?:to|for)\\s+(?:the\\s+)?${OWN}['’]s\\s+`, 'gu'),
    ],
  },
  // "X is a reporter for the Kyiv Independent"
  { rules: ['author-bio'], patterns: [new RegExp(`\\b(?:${ROLE_WORDS})s?\\s+(?:for|at|with)\\s+(?:the\\s+)?${OWN}`, 'gu')] },
  // Author card: "NBS News, Aberlyn"
  { rules: ['author-role'], patterns: [/^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}News)\b/gu] },
  // "Follow The Daily Clarion on Facebook" (may name a sub-brand, hence late)
  { rules: ['social-follow'], patterns: [new RegExp(`\\b[Ff]ollow\\s+${OWN}\\s+on\\b`, 'gu')] },
];

/** The article naming itself: strong cues, then weak ones ("told X", "X reports") that also cite other outlets. */
const SELF_STRONG: readonly RegExp[] = [
  new RegExp(`${OWN}\\s+(?:could not|cannot|can ?not|was unable to|has not been able to|was not able to)\\s+(?:independently\\s+)?(?:verify|confirm)\\b`, 'gu'),
  new RegExp(`${OWN}\\s+(?:has learned|has learnt|understands|has seen|has obtained|has established|has contacted|reached out|has asked)\\b`, 'gu'),
  new RegExp(`\\b(?:[Tt]his|[Ii]t) was (?:first )?reported by (?:the\\s+)?${OWN}(?=\\s*[.,;]|$)`, 'gu'),
  new RegExp(`\\b(?:asked|contacted|approached|interviewed) by (?:the\\s+)?${OWN}(?=\\s*[.,;]|\\s+(?:on|about|for)\\b)`, 'gu'),
  new RegExp(`\\b(?:a |an )?(?:request|requests) for comment (?:from|by) (?:the\\s+)?${OWN}`, 'gu'),
];
const SELF_WEAK: readonly RegExp[] = [
  new RegExp(`\\b(?:told|telling|tells|speaking to|spoke to|in an interview with)\\s+(?:the\\s+)?${OWN}`, 'gu'),
  new RegExp(`,\\s+(?:the\\s+)?${OWN}\\s+reports?[.;]`, 'gu'),
];

function matches(texts: readonly string[], patterns: readonly RegExp[], singleWord = false): string[] {
  // A single capitalised word names an outlet only where the cue says so.
  const names: string[] = [];
  for (const text of texts) {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const name = publisherName(m[1], singleWord);
        if (name) names.push(name);
      }
    }
  }
  return names;
}

const sameName = (a: string, b: string): boolean => a.replace(/^The\s+/iu, '').toLowerCase() === b.replace(/^The\s+/iu, '').toLowerCase();

/**
 * Publisher, from the page's own mentions (see the module comment); null
 * rather than a guess. `body` is the kept text, `ledes` its first paragraphs.
 */
export function findPublisher(removals: readonly Removal[], body: readonly string[], ledes: readonly string[]): string | null {
  for (const source of FURNITURE) {
    const texts = removals.filter((r) => source.rules.includes(r.rule)).map((r) => r.text);
    const name = matches(texts, source.patterns, source.singleWord)[0];
    if (name) return plainName(name);
  }
  for (const lede of ledes) {
    const found = datelineAgency(lede);
    if (found && canonicalAgency(found) === null && (looksLikeAgency(found) || publisherName(found, true))) return plainName(found);
  }
  const text = body.slice(0, 200).map((p) => p.slice(0, 2000));
  const notAgency = (name: string) => canonicalAgency(name.replace(/^The\s+/u, '')) === null;
  const strong = matches(text, SELF_STRONG, true).find(notAgency);
  if (strong) return plainName(strong);
  const weak = matches(text, SELF_WEAK).filter((name) => notAgency(name) && looksLikeOutlet(name));
  const furniture = removals.map((r) => r.text);
  const confirmed = weak.find(
    (name) => weak.filter((other) => sameName(other, name)).length >= 2 || furniture.some((line) => sameName(line, name)),
  );
  return confirmed ? plainName(confirmed) : null;
}
