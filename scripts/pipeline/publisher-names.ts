/**
 * What an outlet's name looks like in scraped text, for `publisher.ts` and
 * the HTML reader: a capitalised name of up to six words that is not a
 * generic phrase ("Quality journalism") or a sentence's opening ("Your
 * support"); whether it reads as an outlet's rather than a person's
 * ("Daily", "Times", "News", an acronym); the company suffix of a copyright
 * holder ("Eastgate Tribune Media Group" → "Eastgate Tribune"); and the
 * longer form of a short name the page also prints ("The Standard" →
 * "The Meridian Standard").
 */
import { canonicalAgency } from './agency.ts';

/** A capitalised word; a full stop only inside a word ("U.S"). */
export const ORG_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*";
/** A capitalised name of up to six words ("Kyiv Independent", "Bank of England"). */
export const ORG = `${ORG_WORD}(?:\\s+(?:of\\s+|and\\s+|&\\s+)?${ORG_WORD}){0,5}`;
/** The same, with an optional leading "The", captured. */
export const OWN = `((?:The\\s+)?${ORG})`;

/** Words that cannot start an outlet name, and words that cannot make one up on their own. */
const NOT_FIRST = new Set(
  ('your our we you this that it these those every each and but at from whether if when please help thank ' +
    'thanks unlike without with for by in on since so as support join become donate subscribe sign quality ' +
    'independent journalism reader readers follow get download home back go return skip').split(' '),
);
const GENERIC = new Set(
  ('the story stories news team newsroom website site page paper newspaper publication facts truth public ' +
    'journalism journalists reporting reporters support supporters readers members community people everyone ' +
    'mission work future world now donation donations subscription quality free press media home homepage ' +
    'front menu main top back latest live breaking').split(' '),
);
/** Words that make a name an outlet's rather than a person's: "Daily", "Times", "News", "TV" … */
const OUTLET_WORDS = new Set(
  ('daily weekly times post news herald journal gazette tribune independent courier ledger telegraph guardian ' +
    'observer express mirror star sun chronicle record standard review mail press today tv radio network ' +
    'broadcasting broadcaster television media agency wire insider monitor examiner dispatch bulletin voice echo ' +
    'inquirer register sentinel globe nation magazine online planet report reporter live digital').split(' '),
);

/**
 * `raw` as an outlet's name (a trailing possessive and punctuation off), or
 * null when it cannot be one. A single word that is not an acronym counts
 * only when `allowSingleWord` (the cue itself says it is an outlet).
 */
export function publisherName(raw: string | undefined, allowSingleWord = false): string | null {
  if (!raw) return null;
  const name = raw.replace(/(?:['’]s)?[.,;:'’-]*$/u, '');
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (!first || NOT_FIRST.has(first) || words.length > 6) return null;
  if (words.every((w) => GENERIC.has(w.toLowerCase()))) return null;
  const acronym = /^\p{Lu}{2,6}$/u.test(name);
  return words.length >= 2 || acronym || allowSingleWord ? name : null;
}

/** An acronym, or a name with an outlet word in it. */
export const looksLikeOutlet = (name: string): boolean =>
  /^(?:The\s+)?\p{Lu}{2,6}$/u.test(name) || name.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase()));

/** Not a wire agency's name: an agency a page names is its agency, never its publisher. */
export const notAgency = (name: string): boolean => canonicalAgency(name.replace(/^The\s+/u, '')) === null;

const core = (name: string): string => name.replace(/^The\s+/iu, '').replace(/\s+/gu, ' ').trim().toLowerCase();

/** The same outlet, a leading "The" and case aside. */
export const sameName = (a: string, b: string): boolean => core(a) === core(b);

/** A company's suffix after the outlet's own name: "… Media Group", "… Ltd", "… plc". */
const COMPANY_SUFFIX = /\s+(?:(?:Media|Publishing|Publications|News|Newspapers?|Broadcasting|Holdings?)\s+)?(?:Group|Company|Co\.?|Corporation|Corp\.?|Ltd\.?|Limited|Inc\.?|plc|PLC|LLC|GmbH|AG|S\.A\.|SA|Holdings|Media|Publishing)$/u;

/** A copyright holder's name without its company suffix, when a name is left: "Eastgate Tribune Media Group" → "Eastgate Tribune". */
export function withoutCompanySuffix(name: string): string {
  const cut = name.replace(COMPANY_SUFFIX, '');
  return cut !== name && publisherName(cut, true) !== null ? cut : name;
}

/** The initials of a name's capitalised words: "Meridian Press Agency" → "MPA". */
const initials = (name: string): string =>
  name
    .replace(/^The\s+/u, '')
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The longer name among `others` that ends with `name`'s words ("The
 * Standard" → "The Meridian Standard"; "Tribune" → "Eastgate Tribune") or
 * that an acronym abbreviates ("MPA" → "Meridian Press Agency"), or `name`
 * itself: the page printed its outlet's full name somewhere.
 */
export function fullerName(name: string, others: readonly string[]): string {
  const words = core(name).split(' ');
  const acronym = /^\p{Lu}{2,6}$/u.test(name) ? name : null;
  let best = name;
  for (const other of others) {
    const longer = core(other).split(' ');
    if (longer.length <= words.length || longer.length > 6 || core(other).length <= core(best).length) continue;
    if (longer.slice(-words.length).join(' ') === words.join(' ') || (acronym !== null && initials(other) === acronym)) best = other;
  }
  return best;
}

/** A line that opens with a copyright sign and a name: "© Eastgate Tribune Media Group 2026 | Terms", "© 2026 Harbour Post. All rights reserved." */
const COPYRIGHT_LINE = new RegExp(`^(?:©|\\([cC]\\)|[Cc]opyright\\b)\\s*©?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?${OWN}(?=\\s*(?:$|\\d{4}\\b|[.,|·•—–]|\\s+[Aa]ll rights))`, 'u');

/** The outlet a copyright line names, without its company suffix; never a wire agency. At most 300 characters are read. */
export function copyrightHolder(line: string): string | null {
  const name = publisherName(COPYRIGHT_LINE.exec(line.slice(0, 300))?.[1], true);
  return name && notAgency(name) ? withoutCompanySuffix(name) : null;
}
