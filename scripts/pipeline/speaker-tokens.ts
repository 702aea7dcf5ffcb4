/**
 * Tokens of the speaker analysis (speakers.ts): compromise's terms with
 * their tags, quotation marks and breaks, and the word tests every later step
 * uses (capitals, possessives, role nouns, organisation heads, noun-phrase
 * words).
 */
import { type TaggedTerm, tagText } from './tag-text.ts';
import { quoteSpans } from './segment.ts';
import { type Sentence } from './types.ts';
import { COUNTRY_GROUPS, INTRO_OPENERS, NAME_SUFFIXES, NON_VERB_CONTEXT, ORG_HEADS, PASSIVE_AUXILIARIES, ROLE_CLASSES, ROLE_MODIFIERS, SKIP_BEFORE_CUE, SPEAKER_PRONOUNS, SUBORDINATORS, TITLES } from './speaker-lexicon.ts';

// ---------------------------------------------------------------------------
// Tokens

export interface Token {
  text: string;
  /** Lowercase, curly apostrophes straightened. */
  norm: string;
  /** Offsets into the analysed text. */
  start: number;
  end: number;
  /** Punctuation and space around the token, as compromise reports them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The analysed text the offsets point into. */
  source: string;
}

export function normalize(word: string): string {
  return word.toLowerCase().replace(/[’‘]/gu, "'");
}

/**
 * Tokens of `text` with compromise tags. `quoted` marks tokens inside
 * quotation marks; pass the quote spans of the whole paragraph, shifted to
 * `text`, when the text is a sentence of a paragraph.
 */
export function tokenize(
  text: string,
  quotes: readonly { start: number; end: number }[] = quoteSpans(text),
  tagged: readonly (readonly TaggedTerm[])[] = tagText(text),
): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const terms of tagged) {
    for (const term of terms) {
      if (term.text === '') continue;
      let start = term.offset?.start ?? -1;
      if (text.slice(start, start + term.text.length) !== term.text) start = text.indexOf(term.text, cursor);
      if (start < 0) continue;
      const end = start + term.text.length;
      cursor = end;
      tokens.push({
        text: term.text,
        norm: normalize(term.text),
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
        quoted: quotes.some((q) => start > q.start && start < q.end),
        source: text,
      });
    }
  }
  return tokens;
}

export const BREAK_CHARS = /[,;:()[\]–—"“”«»]|\s-\s/u;

/** True when punctuation separates token `a` from the token right after it. */
export function breakBetween(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  return BREAK_CHARS.test(a.post + b.pre);
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

export function isPossessive(t: Token): boolean {
  return /['’]s?$/u.test(t.text) && /\p{L}['’]/u.test(t.text);
}

export const SET = {
  titles: new Set(TITLES),
  suffixes: new Set(NAME_SUFFIXES),
  modifiers: new Set(ROLE_MODIFIERS),
  orgHeads: new Set(ORG_HEADS),
  pronouns: new Set(SPEAKER_PRONOUNS),
  subordinators: new Set(SUBORDINATORS),
  intro: new Set(INTRO_OPENERS),
  skip: new Set(SKIP_BEFORE_CUE),
  nonVerb: new Set(NON_VERB_CONTEXT),
  passive: new Set(PASSIVE_AUXILIARIES),
};

export const ROLE_CLASS_OF = new Map<string, string>();
for (const [cls, nouns] of Object.entries(ROLE_CLASSES)) for (const n of nouns) ROLE_CLASS_OF.set(n, cls);

export const COUNTRY_OF = new Map<string, string>();
for (const [country, words] of Object.entries(COUNTRY_GROUPS)) for (const w of words) COUNTRY_OF.set(w, country);

export const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Acronym'];

export function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  return tags.some((tag) => t.tags.has(tag));
}

export function bareNorm(t: Token): string {
  return stripPossessive(t.norm).replace(/\.$/u, '');
}

export function isRoleNoun(t: Token): boolean {
  return ROLE_CLASS_OF.has(bareNorm(t));
}

export function isOrgHead(t: Token): boolean {
  return SET.orgHeads.has(bareNorm(t));
}

/** Says whether a word is the surname of a person known in the article. */
export type KnownPerson = (word: string) => boolean;

export const NOBODY: KnownPerson = () => false;

/** A lowercase noun modifying a following organisation or role noun ("port" in "the port authority"). */
export function isNounModifier(tokens: readonly Token[], j: number, depth = 0): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || depth > 2 || breakBetween(t, next) || isCapitalized(t)) return false;
  if (!t.tags.has('Noun') || hasAnyTag(t, ['Pronoun', 'Determiner', 'Possessive', 'Plural'])) return false;
  if (isOrgHead(next) || isRoleNoun(next)) return true;
  return isNounModifier(tokens, j + 1, depth + 1);
}

/** Can token `j` be part of a speaker noun phrase? */
/** Possessive determiners that can open a speaker phrase ("Its chair", "Their lawyer"). */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);
/** Lowercase words inside an organisation's name. */
export const NAME_CONNECTORS = new Set(['of', 'for']);

export function isNpToken(tokens: readonly Token[], j: number, known: KnownPerson): boolean {
  const t = tokens[j];
  if (!t) return false;
  const n = bareNorm(t);
  if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an') return true;
  // "Its chair, …", "her lawyer": a possessive determiner before a role or organisation opens the phrase like "the".
  if (POSSESSIVE_DETERMINERS.has(t.norm)) {
    const next = tokens[j + 1];
    return next !== undefined && !breakBetween(t, next) && (isRoleNoun(next) || isOrgHead(next) || SET.modifiers.has(bareNorm(next)));
  }
  // "Forum for Free Elections", "Union of Dam Engineers": a lowercase "of"/"for" inside a capitalised name.
  if (NAME_CONNECTORS.has(t.norm)) {
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    if (prev === undefined || next === undefined || !isCapitalized(prev) || !isCapitalized(next) || breakBetween(prev, t) || breakBetween(t, next)) return false;
    // Not "Supporters of Kostrova" (a capital only because it opens the sentence; a person after it).
    const named = j - 1 > 0 || isOrgHead(prev) || hasAnyTag(prev, PROPER_TAGS);
    return named && !isPossessive(prev) && !hasAnyTag(next, ['Place', 'Demonym', 'Person']);
  }
  // "Fire and Rescue Service": an "and" inside one body's name, which ends in an organisation head soon after; not
  // two bodies ("the Ministry and the Army", "Oxfam and Amnesty").
  if (t.norm === 'and') {
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    if (prev === undefined || next === undefined || !isCapitalized(prev) || !isCapitalized(next) || isOrgHead(prev)) return false;
    if (breakBetween(prev, t) || breakBetween(t, next) || hasAnyTag(next, ['Place', 'Demonym', 'Person']) || hasAnyTag(prev, ['Place', 'Demonym', 'Person'])) return false;
    // The head right after the next word, or one word later, with no break in between.
    const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && !breakBetween(a, b) && isCapitalized(b);
    const after = tokens[j + 2];
    if (isOrgHead(next)) return true;
    if (joined(next, after) && isOrgHead(after!)) return true;
    return joined(next, after) && joined(after, tokens[j + 3]) && isOrgHead(tokens[j + 3]!);
  }
  if (SET.titles.has(n) || SET.suffixes.has(n) || SET.modifiers.has(n) || isRoleNoun(t) || isOrgHead(t)) return true;
  if (!isCapitalized(t)) return isNounModifier(tokens, j);
  if (hasAnyTag(t, ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb'])) return hasAnyTag(t, PROPER_TAGS);
  if (hasAnyTag(t, PROPER_TAGS)) return true;
  if (j === 0) {
    // Sentence-initial: a known surname, or a capitalised word right before a person name ("Engineer Tomas Ek").
    // A first name compromise does not know, before a capitalised word that is no role or organisation ("Aurel Vostanić said").
    const next = tokens[1];
    if (known(stripPossessive(t.text))) return true;
    // "Election observers said", "Government officials say": a word opening the sentence before a role noun modifies it.
    if (next !== undefined && !isCapitalized(next) && isRoleNoun(next) && !breakBetween(t, next) && !hasAnyTag(t, ['Verb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb'])) return true;
    if (next === undefined || !isCapitalized(next) || breakBetween(t, next) || isPossessive(t)) return false;
    if (next.tags.has('Person')) return true;
    return !hasAnyTag(t, ['Verb', 'Adjective', 'Plural']) && !isRoleNoun(next) && !isOrgHead(next) && !SET.titles.has(bareNorm(next)) && !hasAnyTag(next, ['Place', 'Organization', 'Demonym', 'Verb']);
  }
  return !t.tags.has('Verb');
}

export function isTimeToken(t: Token): boolean {
  return hasAnyTag(t, ['Date', 'Value', 'Month', 'WeekDay', 'Duration']) || /^\d/u.test(t.text);
}

export function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/iu, '');
}
