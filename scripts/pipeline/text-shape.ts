/**
 * The shape of a line of text: how many words, whether it ends like a
 * sentence, whether it is a person's name, a byline, an author's role or bio.
 * Shared by the clutter rules and the metadata readers of `clean`.
 */
import { segmentParagraph } from './segment.ts';

export function wordCount(text: string): number {
  return text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets. */
export function isTerminal(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text);
}

/** Running text: a full sentence of some length. Decides where the body starts and ends. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 8 && isTerminal(text);
}

/** Articles, auxiliaries and pronouns: running prose is full of them, headlines and labels drop most. */
const FUNCTION_WORDS = new Set(
  'the a an is are was were be been being has have had will would could should did does do that which who it its they their he she his her we our'.split(' '),
);

/** How many function words `text` has (at most its first 200 words are read). */
export function functionWords(text: string): number {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’]+/u, 200)
    .filter((w) => FUNCTION_WORDS.has(w)).length;
}

/**
 * Reads like running prose rather than a headline or a label, punctuation
 * aside: at least six words with two function words ("The Kremlin did not
 * respond to a request for comment" does; "Ukraine reacts to bombshell leak"
 * does not).
 */
export function readsAsProse(text: string): boolean {
  return wordCount(text) >= 6 && functionWords(text) >= 2;
}

/** A complete sentence of running text: ends like a sentence, five words or more, at least one function word. */
export function readsAsSentence(text: string): boolean {
  return isTerminal(text) && wordCount(text) >= 5 && functionWords(text) >= 1;
}

/** Headline-style Title Case: four words or more, and most words of four letters or more capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}'’"“‘-]{4,}$/u.test(w.replace(/[,:;]$/u, '')));
  if (wordCount(text) < 4 || words.length < 2) return false;
  const capitalised = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75 && text !== text.toUpperCase();
}

/**
 * Splits collapsed text into sentences with the pipeline's own segmenter
 * (`Intl.Segmenter` plus its fixes for abbreviations, initials and quotes),
 * so that cleaning and claim detection agree on what a sentence is.
 */
export function splitSentences(text: string): string[] {
  return segmentParagraph(text).map(({ start, end }) => text.slice(start, end));
}

const NAME_PARTICLES = 'de|da|del|della|der|den|van|von|bin|al|el|la|le|du|dos|ter|ibn';
const NOT_NAME_WORDS = new Set(
  ('the and of in on at for to a an with from by news live more read show share video ' +
    'reporter editor correspondent staff updated published comments advertisement').split(' '),
);

/** "Martin Fornusek", "Anna-Lena de Vries", "JANE DOE": 2–4 capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  if (text.length > 40) return false;
  const name = new RegExp(
    `^\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:${NAME_PARTICLES}) )?\\p{Lu}[\\p{L}'’.-]*){1,3}$`,
    'u',
  );
  if (!name.test(text)) return false;
  return !text.split(' ').some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
}

export const ROLE_WORDS =
  'reporter|correspondent|editor|journalist|writer|columnist|contributor|producer|presenter|' +
  'analyst|photographer|freelancer|freelance|intern|fellow|commentator|anchor|host|bureau chief|staff';

/** "Reporter", "Political correspondent", "NBS News, Aberlyn": the line under an author's name. */
export function isRoleLine(text: string): boolean {
  if (wordCount(text) > 8 || isTerminal(text)) return false;
  if (new RegExp(`\\b(?:${ROLE_WORDS})s?\\b`, 'i').test(text)) return true;
  return /^(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}News(?:,\s*\p{Lu}[\p{L} .'’-]*)?$/u.test(text);
}

/** "Jane Doe is a reporter for …": a short author biography. */
export function isAuthorBio(text: string): boolean {
  const bio = new RegExp(
    `^(?:About the author:?\\s*)?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3} ` +
      `(?:is|was|has been|works as|joined)\\b[^.]{0,120}?\\b(?:${ROLE_WORDS})s?\\b`,
    'u',
  );
  // "Jane Roe covers the harbour and the courts.": one short sentence, a name and what the reporter covers.
  const beat = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2} (?:reports on|covers|writes about|reports from)\s[^.!?"“”\d]{3,60}\.$/u;
  return bio.test(text) || /^About the author\b/i.test(text) || (wordCount(text) <= 10 && beat.test(text));
}

/** Author contact details: "Reach Jane Doe at jdoe@example.com", "Follow her @janedoe". */
export function isContactLine(text: string): boolean {
  return (
    wordCount(text) <= 30 &&
    /^(?:contact|reach|email|e-mail|write to|follow)\b.*(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,})/i.test(text)
  );
}

/** Author material that can look like prose but never belongs to the body: bios, contact lines. */
export function isEdgeMaterial(text: string): boolean {
  return isAuthorBio(text) || isContactLine(text);
}

/** " in Moralta": the place after an author's name ("Lucía Ferrer in Moralta"). */
export const IN_PLACE = /\s+in\s+\p{Lu}[\p{L} -]*$/u;

/** Parses a byline ("By Jane Doe and John Roe, Political Editor | March 3, 2025"). */
export function parseByline(text: string): { names: string[]; rest: string } | null {
  const m = /^(?:by|written by|words by|reported by)\s*:?\s+(.+)$/i.exec(text);
  if (!m?.[1] || /[!?]$/.test(text) || wordCount(text) > 20) return null;
  const [first = '', ...rest] = m[1].split(/\s*(?:[|•·]|,|\s[–—-]\s)\s*/);
  const names = first
    .replace(IN_PLACE, '')
    .split(/\s+(?:and|&)\s+/i)
    .map((n) => n.trim());
  if (!names.every(isPersonName)) return null;
  return { names, rest: rest.join(' ') };
}
