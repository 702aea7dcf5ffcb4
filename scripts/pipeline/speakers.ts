/**
 * Who says what: reporting cues, speaker phrases and their resolution to one
 * normalized speaker per sentence.
 *
 * Tokens and part-of-speech/NER tags come from compromise (`nlp(text).json()`,
 * whose Person/Place/Organization tags are what `.people()`, `.places()` and
 * `.organizations()` select). compromise does not know many names
 * ("Andriy Yermak"), so a capitalised run after a title or a role noun also
 * counts as a person.
 *
 * Speaker phrase, for the first reporting cue (outside quotation marks) that
 * yields one, tried in this order:
 *
 * 1. `according to X`: the phrase after the cue.
 * 2. `X [adverbs, auxiliaries, time phrases] said`: the noun phrase right
 *    before the cue ("Putin on Thursday claimed", "“…,” he said",
 *    "Kyiv has repeatedly ruled out"). A phrase preceded by a preposition is
 *    not a subject ("a plan supported by Russia suggested").
 * 3. `…,” said X`: the phrase right after a cue that follows a comma or quote.
 * 4. the subject of the main clause, when the cue sits in that clause
 *    ("Putin also ridiculed the plan and rejected claims…").
 *
 * Resolution of the phrase:
 *
 * - a person name → the longest full name of the article with the same
 *   surname key ("Mr Putin" → "Vladimir Putin"); titles are stripped. A
 *   surname shared by two different full names stays as written. Generational
 *   suffixes are part of the key ("Donald Trump Jr" ≠ "Mr Trump").
 * - "he"/"she" → the last person speaker, when no other person has been the
 *   subject of a sentence since (then it is ambiguous: null); with no speaker
 *   yet, the one person that was a sentence subject, if exactly one.
 * - a definite role ("the Russian president", "the Kremlin's chief") → the
 *   person earlier introduced with a compatible role ("Russian President
 *   Vladimir Putin"; compatible = same role class and same country, see
 *   `ROLE_CLASSES`, `COUNTRY_GROUPS`); with no such introduction, the last
 *   person speaker unless that person was introduced with an incompatible
 *   role; else null.
 * - an undetermined role ("Kyiv's top general") → a person introduced with
 *   a compatible role if any, else the role phrase itself as an
 *   unnamed-speaker label; a bare generic role ("Experts", "officials") → null.
 * - an apposition subject ("the WHO's regional director, Dr. Ines Moreau,
 *   said"; "Dr. Amara Okafor, a virologist at …, said") → the person.
 * - an organisation or place ("The Kremlin", "the defence ministry", "Russia")
 *   → the phrase without its leading article ("Kremlin", "defence ministry").
 * - "they", "it", "we", "I" → null.
 *
 * A direct-quote sentence with no cue of its own continues the speaker of the
 * previous sentence in the same paragraph.
 */
import { isCommonWord, tagText, type TaggedTerm } from './tag-text.ts';
import { quoteSpans, quotedShare } from './segment.ts';
import type { SegmentedArticle, Sentence } from './types.ts';
import {
  REPORTING_CUES, NON_VERB_CONTEXT, PASSIVE_AUXILIARIES, TITLES, NAME_SUFFIXES, ROLE_CLASSES, ROLE_MODIFIERS, ORG_HEADS, COUNTRY_GROUPS, SPEAKER_PRONOUNS, SUBORDINATORS, INTRO_OPENERS, SKIP_BEFORE_CUE,
  type ReportingCue,
} from './speaker-lexicon.ts';
export * from './speaker-lexicon.ts';

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

function normalize(word: string): string {
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

const BREAK_CHARS = /[,;:()[\]–—"“”«»]|\s-\s/u;

/** True when punctuation separates token `a` from the token right after it. */
export function breakBetween(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  return BREAK_CHARS.test(a.post + b.pre);
}

function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

function isPossessive(t: Token): boolean {
  return /['’]s?$/u.test(t.text) && /\p{L}['’]/u.test(t.text);
}

const SET = {
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

const ROLE_CLASS_OF = new Map<string, string>();
for (const [cls, nouns] of Object.entries(ROLE_CLASSES)) for (const n of nouns) ROLE_CLASS_OF.set(n, cls);

const COUNTRY_OF = new Map<string, string>();
for (const [country, words] of Object.entries(COUNTRY_GROUPS)) for (const w of words) COUNTRY_OF.set(w, country);

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Acronym'];

function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  return tags.some((tag) => t.tags.has(tag));
}

function bareNorm(t: Token): string {
  return stripPossessive(t.norm).replace(/\.$/u, '');
}

function isRoleNoun(t: Token): boolean {
  return ROLE_CLASS_OF.has(bareNorm(t));
}

function isOrgHead(t: Token): boolean {
  return SET.orgHeads.has(bareNorm(t));
}

/** Says whether a word is the surname of a person known in the article. */
export type KnownPerson = (word: string) => boolean;

const NOBODY: KnownPerson = () => false;

/** A lowercase noun modifying a following organisation or role noun ("port" in "the port authority"). */
function isNounModifier(tokens: readonly Token[], j: number, depth = 0): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || depth > 2 || breakBetween(t, next) || isCapitalized(t)) return false;
  if (!t.tags.has('Noun') || hasAnyTag(t, ['Pronoun', 'Determiner', 'Possessive', 'Plural'])) return false;
  if (isOrgHead(next) || isRoleNoun(next)) return true;
  return isNounModifier(tokens, j + 1, depth + 1);
}

/** Can token `j` be part of a speaker noun phrase? */
/** Possessive determiners that can open a speaker phrase ("Its chair", "Their lawyer"). */
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);
/** Lowercase words inside an organisation's name. */
const NAME_CONNECTORS = new Set(['of', 'for']);

function isNpToken(tokens: readonly Token[], j: number, known: KnownPerson): boolean {
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

// ---------------------------------------------------------------------------
// Reporting cues

export interface CueMatch {
  cue: ReportingCue;
  /** Token range `[first, last]` of the cue. */
  first: number;
  last: number;
  /** Offsets into the analysed text. */
  start: number;
  end: number;
}

const CUE_FORMS: { cue: ReportingCue; words: string[] }[] = REPORTING_CUES.flatMap((cue) =>
  cue.forms.map((form) => ({ cue, words: form.split(' ') })),
);

/** CUE_FORMS by their first word, in CUE_FORMS order. */
const CUE_FORMS_BY_FIRST_WORD = new Map<string, typeof CUE_FORMS>();
for (const form of CUE_FORMS) {
  const first = form.words[0] ?? '';
  CUE_FORMS_BY_FIRST_WORD.set(first, [...(CUE_FORMS_BY_FIRST_WORD.get(first) ?? []), form]);
}

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.tags.has('Adverb') ?? false) && !breakBetween(tokens[j], tokens[j + 1])) j--;
  const t = tokens[j];
  return t && !breakBetween(t, tokens[j + 1]) ? t : undefined;
}

/** Time and filler words allowed between a cue and its "that" ("stated on Monday that"). */
const BEFORE_THAT = new Set(['on', 'in', 'at', 'last', 'this', 'again', 'also', 'repeatedly', 'publicly', 'firmly', 'earlier', 'later', 'today', 'yesterday']);

/** Does the cue ending at token `last` have the complement its meaning needs? */
function hasComplement(tokens: readonly Token[], last: number, kind: 'clause' | 'at-number' | 'quoted-object'): boolean {
  const cueTok = tokens[last];
  if (kind === 'quoted-object') {
    // "called the allegations “the excuses of sore losers”": an object, then the words it was called, in quotes.
    for (let j = last + 1; j < Math.min(tokens.length, last + 8); j++) {
      const t = tokens[j];
      if (!t || (j > last + 1 && breakBetween(tokens[j - 1], t) && !t.quoted)) return false;
      if (t.quoted) return j > last + 1;
    }
    return false;
  }
  if (kind === 'at-number') {
    // "put the death toll at 19", "puts the number of displaced people at more than 11,000"
    for (let j = last + 1; j < Math.min(tokens.length - 1, last + 12); j++) {
      const t = tokens[j];
      if (!t || breakBetween(tokens[j - 1], t)) return false;
      if (t.norm === 'at') {
        const after = tokens.slice(j + 1, j + 5);
        return after.some((u) => /^\d/u.test(u.text) || u.tags.has('Value'));
      }
    }
    return false;
  }
  const next = tokens[last + 1];
  // End of the sentence or of a clause after a quote: "…,” the ministry stated."
  if (!next || /[:“"«]/u.test((cueTok?.post ?? '') + next.pre)) return true;
  if (breakBetween(cueTok, next) && /,/u.test(cueTok?.post ?? '') && tokens[last - 1] !== undefined) return tokens.slice(0, last).some((t) => t.quoted);
  for (let j = last + 1; j < Math.min(tokens.length, last + 6); j++) {
    const t = tokens[j];
    if (!t) return false;
    if (t.norm === 'that') return true;
    if (t.quoted) return true;
    if (!BEFORE_THAT.has(t.norm) && !isTimeToken(t)) return false;
  }
  return false;
}

/** Reporting cues outside quotation marks, used as verbs, in text order. */
export function findReportingCues(tokens: readonly Token[]): CueMatch[] {
  const matches: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.quoted) continue;
    for (const { cue, words } of CUE_FORMS_BY_FIRST_WORD.get(t.norm) ?? []) {
      if (i + words.length > tokens.length || !words.every((word, k) => tokens[i + k]?.norm === word)) continue;
      const multi = words.length > 1;
      if (!multi && (isCapitalized(t) || !t.tags.has('Verb'))) continue;
      // "made phone calls on Friday": a multi-word cue that starts with a verb needs it to be one.
      if (multi && cue.speaker !== 'after' && !t.tags.has('Verb')) continue;
      const immediate = tokens[i - 1];
      if (immediate && !breakBetween(immediate, t) && SET.nonVerb.has(immediate.norm)) continue;
      const prev = previousWord(tokens, i);
      if (!multi && prev && SET.passive.has(prev.norm)) continue;
      const next = tokens[i + words.length];
      if (next?.norm === 'by' && !breakBetween(tokens[i + words.length - 1], next)) continue;
      const last = i + words.length - 1;
      // "declared martial law", "declared the regions its territory": an act, not a report of speech.
      if (cue.id === 'declare' && next && next.norm !== 'that' && !next.quoted && !breakBetween(tokens[last], next)) continue;
      if (cue.complement && !hasComplement(tokens, last, cue.complement)) continue;
      matches.push({ cue, first: i, last, start: t.start, end: tokens[last]?.end ?? t.end });
      i = last;
      break;
    }
  }
  return matches;
}

// ---------------------------------------------------------------------------
// Speaker phrases

/** A role: its class and, when stated, its country (or literal qualifier). */
export interface Role {
  text: string;
  cls: string;
  country: string | null;
  /** "lawyers", "officials": a group, never one named person. */
  plural?: boolean;
}

export interface Mention {
  /** Offsets into the analysed text. */
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'role' | 'org' | 'pronoun';
  /** Person: the name as written, titles stripped ("Putin", "Andriy Yermak"). Organisation: its name when a kind comes first ("the imagery firm Orbisight"). */
  name?: string;
  /** Role stated in the phrase ("Russian President" in "Russian President Vladimir Putin"). */
  role?: Role;
  /** Starts with "the". */
  definite: boolean;
  /** Role: has words besides its head noun ("Kyiv's top general", not "Experts"). */
  qualified?: boolean;
}

function qualifierOf(words: readonly Token[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (!t) continue;
    const next = words[i + 1];
    const country = (next ? COUNTRY_OF.get(`${bareNorm(t)} ${bareNorm(next)}`) : undefined) ?? COUNTRY_OF.get(bareNorm(t));
    if (country) return country;
  }
  const proper = words.find((t) => isCapitalized(t) && !SET.modifiers.has(bareNorm(t)) && !isRoleNoun(t));
  return proper ? bareNorm(proper) : null;
}

function roleOf(words: readonly Token[]): Role | undefined {
  const heads = words.filter((t) => isRoleNoun(t));
  const head = heads[heads.length - 1];
  if (!head) return undefined;
  const headNorm = bareNorm(head);
  const prime = words.some((t) => bareNorm(t) === 'prime') && headNorm === 'minister';
  const cls = prime ? 'leader' : (ROLE_CLASS_OF.get(headNorm) ?? 'other');
  const plural = head.tags.has('Plural') || (/s$/u.test(headNorm) && ROLE_CLASS_OF.has(headNorm.slice(0, -1)));
  return { text: words.map((t) => t.text).join(' '), cls, country: qualifierOf(words), ...(plural ? { plural } : {}) };
}

/**
 * Parse tokens `[a, b)` as a speaker phrase, or null when they cannot be one.
 * `knownPerson` says whether a single capitalised word is a known surname.
 */
export function parseMention(tokens: readonly Token[], a: number, b: number, knownPerson: KnownPerson = NOBODY, slot = false): Mention | null {
  let words = tokens.slice(a, b);
  if (words.length === 0) return null;
  const first = words[0];
  const lastTok = words[words.length - 1];
  if (!first || !lastTok) return null;
  const base = { start: first.start, end: lastTok.end, text: first.source.slice(first.start, lastTok.end) };
  if (words.length === 1 && SET.pronouns.has(first.norm)) return { ...base, kind: 'pronoun', definite: false };
  const definite = first.norm === 'the' || POSSESSIVE_DETERMINERS.has(first.norm);
  if (definite || first.norm === 'a' || first.norm === 'an') words = words.slice(1);
  if (words.length === 0) return null;
  // Trailing run of name words.
  let k = words.length;
  while (k > 0) {
    const t = words[k - 1];
    if (!t) break;
    const n = bareNorm(t);
    const nameWord = (isCapitalized(t) || SET.suffixes.has(n)) && !SET.titles.has(n) && !SET.modifiers.has(n) && !isRoleNoun(t) && !isOrgHead(t);
    if (!nameWord) break;
    const initial = /^\p{Lu}\.?$/u.test(t.text);
    if (hasAnyTag(t, ['Place', 'Organization', 'Demonym', 'Acronym']) && !t.tags.has('Person') && !initial) break;
    if (isPossessive(t) && k < words.length) break;
    k--;
  }
  const nameWords = words.slice(k);
  const before = words.slice(0, k);
  const namePart = nameWords.filter((t) => !SET.suffixes.has(bareNorm(t)));
  const titled = before.some((t) => SET.titles.has(bareNorm(t)) || isRoleNoun(t));
  const person =
    namePart.length > 0 &&
    (nameWords.some((t) => t.tags.has('Person') && !t.tags.has('Honorific')) ||
      (namePart.length >= 2 && (slot || namePart.some((t) => /^\p{Lu}\.?$/u.test(t.text)))) ||
      titled ||
      knownPerson(stripPossessive(namePart[namePart.length - 1]?.text ?? '')));
  const nameFirst = nameWords[0];
  const nameLast = nameWords[nameWords.length - 1];
  // "the imagery firm Orbisight Analytics": an organisation named after its kind.
  if (person && !titled && nameFirst && nameLast && before.some((t) => isOrgHead(t)) && !nameWords.some((t) => t.tags.has('Person'))) {
    return { ...base, kind: 'org', name: nameFirst.source.slice(nameFirst.start, nameLast.end), definite };
  }
  if (person && nameFirst && nameLast) {
    const name = stripPossessive(nameFirst.source.slice(nameFirst.start, nameLast.end).replace(/\s+/gu, ' '));
    const role = roleOf(before);
    return { ...base, kind: 'person', name, ...(role ? { role } : {}), definite };
  }
  const lastWord = words[words.length - 1];
  if (lastWord && isRoleNoun(lastWord) && !isOrgHead(lastWord)) {
    const role = roleOf(words);
    if (role) return { ...base, kind: 'role', role, definite, qualified: words.length > 1 };
  }
  if (words.some((t) => isCapitalized(t) && hasAnyTag(t, PROPER_TAGS)) || words.some((t) => isOrgHead(t)) || words.some((t) => isCapitalized(t))) {
    if (words.every((t) => SET.modifiers.has(bareNorm(t)) && !isCapitalized(t))) return null;
    // "the open-source verification group Pinpoint Collective": the organisation's name after its kind.
    const kindAt = words.findLastIndex((t) => isOrgHead(t) && !isCapitalized(t));
    const named = kindAt >= 0 ? words.slice(kindAt + 1) : [];
    if (named.length > 0 && named.every((t) => isCapitalized(t) && !isPossessive(t))) {
      return { ...base, kind: 'org', name: named[0]!.source.slice(named[0]!.start, named[named.length - 1]!.end), definite };
    }
    // "Kostrova's Civic Alliance": a known person's organisation is named without them.
    const owner = words[0];
    if (owner && isPossessive(owner) && words.length > 1 && knownPerson(stripPossessive(owner.text)) && words.slice(1).every((t) => isCapitalized(t))) {
      const rest = words[1]!;
      return { ...base, kind: 'org', name: rest.source.slice(rest.start, lastTok.end), definite };
    }
    return { ...base, kind: 'org', definite };
  }
  return null;
}

const PREPOSITION_BEFORE_SUBJECT = new Set([
  'by', 'of', 'from', 'with', 'to', 'between', 'for', 'against', 'about', 'on', 'in', 'at', 'and', 'or', 'than',
  'into', 'over', 'under', 'among', 'including', 'like', 'via', 'toward', 'towards',
]);

/** Noun phrase ending at token `end` (inclusive), scanning left; returns its first index. */
function npLeft(tokens: readonly Token[], end: number, known: KnownPerson): number {
  let j = end;
  while (j >= 0) {
    const t = tokens[j];
    if (!t) break;
    if (j < end && breakBetween(t, tokens[j + 1])) break;
    if (SET.pronouns.has(t.norm) && j === end) return j;
    if (!isNpToken(tokens, j, known)) break;
    j--;
    if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an') break;
  }
  return j + 1;
}

/** Noun phrase starting at token `start`, scanning right; returns one past its last index. */
function npRight(tokens: readonly Token[], start: number, known: KnownPerson): number {
  const first = tokens[start];
  if (!first) return start;
  if (SET.pronouns.has(first.norm)) return start + 1;
  let j = start;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    if (j > start && breakBetween(tokens[j - 1], t)) break;
    if (!isNpToken(tokens, j, known) || ((t.norm === 'the' || t.norm === 'a' || t.norm === 'an') && j > start)) break;
    j++;
  }
  return j;
}

function isTimeToken(t: Token): boolean {
  return hasAnyTag(t, ['Date', 'Value', 'Month', 'WeekDay', 'Duration']) || /^\d/u.test(t.text);
}

/** Index of the last token of the phrase before a cue at `cueIndex`, skipping adverbs, auxiliaries and time phrases. */
function skipBack(tokens: readonly Token[], cueIndex: number): number {
  let j = cueIndex - 1;
  while (j >= 0) {
    const t = tokens[j];
    if (!t || breakBetween(t, tokens[j + 1])) return j;
    const skippable = SET.skip.has(t.norm) || isTimeToken(t) || (t.tags.has('Adverb') && !isCapitalized(t));
    if (!skippable) return j;
    j--;
  }
  return j;
}

/**
 * One past the last token of a dateline that opens the sentence ("DRAVITSA,
 * Kastrelia, April 3 (Reuters) - …", "VELORAN — …"): a word in capitals,
 * then, within a few words, a dash. 0 when there is none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || first.quoted || !/^\p{Lu}[\p{Lu}'’.-]+$/u.test(first.text) || first.text.length < 3) return 0;
  for (let i = 0; i < Math.min(tokens.length - 1, 12); i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a && b && /[–—]|\s-\s|^-\s|\s-$/u.test(a.post + b.pre)) return i + 1;
  }
  return 0;
}

/** Start of the main clause: after an introductory phrase ("Meanwhile, …", "Speaking to reporters, …"). */
export function mainClauseStart(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first) return 0;
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return dateline;
  const intro = SET.intro.has(first.norm) || hasAnyTag(first, ['Gerund', 'Preposition', 'Adverb', 'Conjunction']);
  if (!intro || first.quoted) return 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (/,/u.test(tokens[i]?.post ?? '')) return i + 1;
  }
  return 0;
}

/** The subject phrase of the main clause, as a token range, or null. */
export function mainSubject(tokens: readonly Token[], knownPerson: KnownPerson = NOBODY): { first: number; end: number; mention: Mention } | null {
  const start = mainClauseStart(tokens);
  const end = npRight(tokens, start, knownPerson);
  if (end <= start) return null;
  const mention = parseMention(tokens, start, end, knownPerson);
  if (!mention) return null;
  // Apposition: "the WHO's regional director, Dr. Ines Moreau, said" → the person, with that role.
  const endTok = tokens[end - 1];
  if (mention.kind === 'role' && endTok && /,/u.test(endTok.post)) {
    const end2 = npRight(tokens, end, knownPerson);
    // The apposition to a role is a name's slot: two capitalised words there are a name compromise need not know.
    const named = parseMention(tokens, end, end2, knownPerson, true);
    const last2 = tokens[end2 - 1];
    if (named?.kind === 'person' && last2 && /,/u.test(last2.post)) {
      return { first: start, end: end2, mention: { ...named, ...(mention.role ? { role: mention.role } : {}) } };
    }
  }
  // "a senior official at the authority": the unnamed source's label keeps who it works for.
  if (mention.kind === 'role' && !mention.definite) {
    const prep = tokens[end];
    if (prep && ['at', 'for', 'of', 'in', 'from'].includes(prep.norm) && !breakBetween(tokens[end - 1], prep)) {
      const e = npRight(tokens, end + 1, knownPerson);
      const object = e > end + 1 ? parseMention(tokens, end + 1, e, knownPerson) : null;
      const lastObj = tokens[e - 1];
      // A group from an organisation speaks for it ("Observers from the Forum for Free Elections said" → the Forum);
      // a group somewhere is the group ("Election observers in Karvenia").
      const group = mention.role?.plural === true;
      if (group && object?.kind === 'org' && (prep.norm === 'from' || prep.norm === 'of') && lastObj) {
        const after = tokens[e];
        if (!after || breakBetween(lastObj, after) || after.tags.has('Verb') || SET.skip.has(after.norm) || after.tags.has('Adverb')) {
          return { first: start, end: e, mention: { ...object, name: object.name ?? stripArticle(object.text), start: mention.start, text: mention.text + lastObj.source.slice(tokens[end - 1]!.end, lastObj.end) } };
        }
      }
      if (object && (object.kind === 'org' || object.kind === 'role') && lastObj && !(group && prep.norm === 'in')) {
        const text = mention.text + lastObj.source.slice(tokens[end - 1]!.end, lastObj.end);
        const extended = { ...mention, end: lastObj.end, text, qualified: true };
        const after = tokens[e];
        // "A spokesman for Karvenian Renewal, Oleg Demchak, said": the person, with that role.
        if (after && /,/u.test(lastObj.post)) {
          const e2 = npRight(tokens, e, knownPerson);
          const named = parseMention(tokens, e, e2, knownPerson, true);
          const last2 = tokens[e2 - 1];
          if (named?.kind === 'person' && last2 && /,/u.test(last2.post)) {
            return { first: start, end: e2, mention: { ...named, role: { ...(mention.role ?? { cls: 'other', country: null }), text } } };
          }
        }
        if (!after || breakBetween(lastObj, after) || after.tags.has('Verb') || SET.skip.has(after.norm) || after.tags.has('Adverb')) {
          return { first: start, end: e, mention: extended };
        }
      }
    }
  }
  const next = tokens[end];
  // The subject must be followed by its verb (or adverbs, time phrases, an apposition), not by more noun phrase.
  if (next && !breakBetween(tokens[end - 1], next) && hasAnyTag(next, ['Noun', 'Determiner']) && !hasAnyTag(next, ['Verb', 'Date'])) {
    return null;
  }
  return { first: start, end, mention };
}

/** The speaker phrase of one cue, or null. */
export function speakerPhrase(
  tokens: readonly Token[],
  match: CueMatch,
  knownPerson: KnownPerson = NOBODY,
): Mention | null {
  if (match.cue.speaker === 'after') {
    const end = npRight(tokens, match.last + 1, knownPerson);
    const direct = parseMention(tokens, match.last + 1, end, knownPerson, true);
    if (direct) return direct;
    // "according to an analysis published on Saturday by the imagery firm Orbisight": the author of the document.
    for (let j = match.last + 1; j < Math.min(tokens.length - 1, match.last + 14); j++) {
      const t = tokens[j];
      if (!t || (j > match.last + 1 && breakBetween(tokens[j - 1], t))) break;
      if (t.norm === 'by' || t.norm === 'from') {
        const e = npRight(tokens, j + 1, knownPerson);
        return parseMention(tokens, j + 1, e, knownPerson, true);
      }
    }
    return null;
  }
  // 2. X [adverbs] said
  const last = skipBack(tokens, match.first);
  const lastTok = tokens[last];
  if (lastTok && !breakBetween(lastTok, tokens[last + 1])) {
    const first = npLeft(tokens, last, knownPerson);
    // The object of a preposition is no subject, adjectives between them or not ("in northeastern Kastrelia said").
    let b = first - 1;
    for (let k = 0; k < 2 && b > 0; k++) {
      const t = tokens[b];
      if (!t || isCapitalized(t) || t.tags.has('Verb') || !hasAnyTag(t, ['Adjective', 'Noun']) || breakBetween(t, tokens[b + 1])) break;
      b--;
    }
    const before = tokens[b];
    const blocked = before !== undefined && !breakBetween(before, tokens[b + 1]) && PREPOSITION_BEFORE_SUBJECT.has(before.norm);
    if (first <= last && !blocked) {
      const m = parseMention(tokens, first, last + 1, knownPerson, true);
      if (m) return m;
    }
  }
  // 3. …,” said X
  const cueTok = tokens[match.first];
  if (breakBetween(tokens[match.first - 1], cueTok) && match.first > 0) {
    const after = tokens[match.last + 1];
    if (after && after.norm !== 'that' && !breakBetween(tokens[match.last], after)) {
      const end = npRight(tokens, match.last + 1, knownPerson);
      const m = parseMention(tokens, match.last + 1, end, knownPerson, true);
      if (m && (end >= tokens.length || breakBetween(tokens[end - 1], tokens[end]))) return m;
    }
  }
  // 4. Subject of the main clause
  const subject = mainSubject(tokens, knownPerson);
  if (subject && subject.end <= match.first) {
    let between = tokens.slice(subject.end, match.first);
    // A non-restrictive clause or apposition between commas does not count: "Mr. Dufour, who has led …, claimed".
    const subjectEnd = tokens[subject.end - 1];
    const beforeCue = tokens[match.first - 1];
    if (subjectEnd && beforeCue && /,/u.test(subjectEnd.post) && /,/u.test(beforeCue.post)) between = [];
    if (!between.some((t) => !t.quoted && SET.subordinators.has(t.norm))) return subject.mention;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Names

function nameWords(name: string): string[] {
  return name
    .split(/\s+/u)
    .map((w) => w.replace(/,$/u, ''))
    .filter((w) => w !== '' && !SET.titles.has(normalize(w).replace(/\.$/u, '')));
}

/** Surname key: the last word, with a generational suffix kept ("trump jr"). */
export function nameKey(name: string): string {
  const words = nameWords(name).map((w) => normalize(stripPossessive(w)).replace(/\.$/u, ''));
  const last = words[words.length - 1] ?? '';
  if (SET.suffixes.has(last) && words.length > 1) return `${words[words.length - 2] ?? ''} ${last}`;
  return last;
}

/** Strip titles and a possessive: "Mr. Putin's" → "Putin". */
export function stripTitles(name: string): string {
  const words = nameWords(name);
  const last = words.length - 1;
  return words.map((w, i) => (i === last ? stripPossessive(w) : w)).join(' ');
}

/** Full names of an article, by surname key. */
export class NameIndex {
  private readonly byKey = new Map<string, string[]>();

  add(name: string): void {
    const clean = stripTitles(name);
    if (clean === '') return;
    const key = nameKey(clean);
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(clean)) list.push(clean);
    this.byKey.set(key, list);
  }

  has(word: string): boolean {
    return this.byKey.has(nameKey(word));
  }

  /** All canonical names (the longest of each compatible family). */
  names(): string[] {
    const out = new Set<string>();
    for (const list of this.byKey.values()) for (const n of list) out.add(this.canonical(n));
    return [...out];
  }

  /**
   * The longest full name that ends with the words of `name` ("Putin" →
   * "Vladimir Putin"); `name` itself when unknown or when two different full
   * names compete ("Biden" with "Joe Biden" and "Hunter Biden").
   */
  canonical(name: string): string {
    const clean = stripTitles(name);
    const words = clean.split(' ').map(normalize);
    const list = this.byKey.get(nameKey(clean)) ?? [];
    const compatible = list.filter((full) => {
      const fw = full.split(' ').map(normalize);
      return fw.length >= words.length && words.every((w, i) => fw[fw.length - words.length + i] === w);
    });
    if (compatible.length === 0) return clean;
    const longest = Math.max(...compatible.map((n) => n.length));
    const best = compatible.filter((n) => n.length === longest);
    const distinct = new Set(best);
    const [only] = [...distinct];
    if (distinct.size !== 1 || only === undefined) return clean;
    // Every other candidate must be a suffix of the chosen one.
    const ow = only.split(' ').map(normalize);
    const nested = compatible.every((n) => {
      const nw = n.split(' ').map(normalize);
      return nw.every((w, i) => ow[ow.length - nw.length + i] === w);
    });
    return nested ? only : clean;
  }
}

/** Maximal noun-phrase runs of a sentence (for collecting names and role introductions). */
function npRuns(tokens: readonly Token[], known: KnownPerson = NOBODY): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t && isNpToken(tokens, i, known) && !SET.pronouns.has(t.norm)) {
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j];
        if (!u || breakBetween(tokens[j - 1], u) || !isNpToken(tokens, j, known) || u.norm === 'the') break;
        j++;
        }
      runs.push([i, j]);
      i = j;
    } else {
      i++;
    }
  }
  return runs;
}

/** Collect every person name of the article into a NameIndex. */
/**
 * A lone capitalised word that opens the sentence as the subject of a
 * reporting verb, directly or across an apposition ("Kostrova said …",
 * "Oskari, the former senior engineer at the dam, said …"): a name the
 * article may never spell out in full (a follow-up story, a copy), when the
 * article never writes it in lowercase and it is no role, title, pronoun or
 * determiner.
 */
/** Indefinite pronouns compromise may tag as plain nouns. */
const INDEFINITES = new Set(['nobody', 'everybody', 'everyone', 'someone', 'somebody', 'anyone', 'anybody', 'none', 'nothing', 'everything', 'something', 'all', 'both', 'each', 'many', 'most', 'some', 'few', 'others']);

/** Words that end the noun phrase of an apposition ("the head of the authority"). */
const APPOSITION_STOPS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'who', 'which', 'and', 'since', 'on']);

/**
 * "Yana Kostrova, the opposition candidate, welcomed …": two or three
 * capitalised words that open the sentence, then an apposition naming a
 * person's role (not an organisation's: "Civic Alliance, the opposition
 * party, said"), then a verb.
 */
function fullNameBeforeApposition(tokens: readonly Token[], lowercase: ReadonlySet<string>): string | null {
  let k = 0;
  while (k < 3 && tokens[k] && isCapitalized(tokens[k]!) && (k === 0 || !breakBetween(tokens[k - 1], tokens[k]))) {
    const t = tokens[k]!;
    const n = bareNorm(t);
    if (lowercase.has(n) || SET.titles.has(n) || isRoleNoun(t) || isOrgHead(t) || hasAnyTag(t, ['Place', 'Demonym', 'Organization'])) return null;
    k++;
    if (/,/u.test(t.post)) break;
  }
  const last = tokens[k - 1];
  if (k < 2 || !last || !/,/u.test(last.post) || !['the', 'a', 'an'].includes(tokens[k]?.norm ?? '')) return null;
  // The apposition closes with a comma within a few words, and a verb follows it.
  let close = k;
  while (close < Math.min(tokens.length - 1, k + 12) && !/,/u.test(tokens[close]!.post)) close++;
  let verb = close + 1;
  while (tokens[verb] && (SET.skip.has(tokens[verb]!.norm) || (tokens[verb]!.tags.has('Adverb') && !isCapitalized(tokens[verb]!)))) verb++;
  if (!/,/u.test(tokens[close]?.post ?? '') || !tokens[verb]?.tags.has('Verb')) return null;
  const apposition = tokens.slice(k, close + 1);
  // The head of the apposition's noun phrase (its last word before a preposition) says what the name is:
  // "the Civic Alliance candidate" is a person, "the party's youth wing" is not.
  const stop = apposition.findIndex((t, i) => i > 0 && APPOSITION_STOPS.has(t.norm));
  const phrase = stop < 0 ? apposition : apposition.slice(0, stop);
  const nounHead = phrase[phrase.length - 1];
  if (!(nounHead && isRoleNoun(nounHead))) {
    const head = apposition.findIndex((t) => isRoleNoun(t) || isOrgHead(t));
    if (head < 0 || isOrgHead(apposition[head]!)) return null;
  }
  return stripPossessive(last.source.slice(tokens[0]!.start, last.end));
}

function bareName(tokens: readonly Token[], lowercase: ReadonlySet<string>, midCapitalised: ReadonlySet<string>): string | null {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || !next || first.quoted || !isCapitalized(first) || /^\p{Lu}+$/u.test(first.text)) return null;
  const full = fullNameBeforeApposition(tokens, lowercase);
  if (full) return full;
  const n = bareNorm(first);
  if (INDEFINITES.has(n) || lowercase.has(n) || SET.titles.has(n) || SET.modifiers.has(n) || SET.pronouns.has(first.norm) || isRoleNoun(first) || isOrgHead(first)) return null;
  // Not an adjective: compromise reads unknown names ending in -ic as adjectives ("Vostanić"), and the lowercase test above keeps out real ones.
  if (hasAnyTag(first, ['Pronoun', 'Determiner', 'Adverb', 'Conjunction', 'Preposition', 'Plural', 'Place', 'Demonym', 'Date', 'Value'])) return null;
  // "Rain had threatened …": an ordinary word, capitalised only because it opens the sentence
  // (not "Pinpoint said" where the article also writes "the group Pinpoint Collective").
  if (isCommonWord(n) && !midCapitalised.has(n)) return null;
  const cue = findReportingCues(tokens).find((c) => c.cue.speaker !== 'after')?.first;
  if (cue === undefined) return null;
  if (!breakBetween(first, next)) {
    // "Kostrova said", "Orbisight also said", "Vostanić has ruled out".
    for (let j = 1; j < cue; j++) {
      const t = tokens[j]!;
      if (breakBetween(tokens[j - 1], t) || !(SET.skip.has(t.norm) || (t.tags.has('Adverb') && !isCapitalized(t)))) return null;
    }
    return stripPossessive(first.text);
  }
  // "Oskari, the former senior engineer at the dam, said": an apposition between commas, then the verb.
  if (!/,/u.test(first.post) || !['the', 'a', 'an'].includes(next.norm)) return null;
  const beforeCue = tokens[cue - 1];
  if (!beforeCue || !/,/u.test(beforeCue.post) || cue - 1 > 12) return null;
  return stripPossessive(first.text);
}

export function collectNames(tokenized: readonly (readonly Token[])[]): NameIndex {
  const index = new NameIndex();
  // Words the article also writes in lowercase are words, not names.
  const lowercase = new Set(tokenized.flatMap((tokens) => tokens.filter((t) => !isCapitalized(t)).map((t) => bareNorm(t))));
  // Words the article capitalises inside a sentence, where capitals mean a name.
  const midCapitalised = new Set(tokenized.flatMap((tokens) => tokens.filter((t, i) => i > 0 && isCapitalized(t) && !breakBetween(tokens[i - 1], t)).map((t) => bareNorm(t))));
  for (const tokens of tokenized) {
    const name = bareName(tokens, lowercase, midCapitalised);
    if (name) index.add(name);
    for (const [a, b] of npRuns(tokens)) {
      const m = parseMention(tokens, a, b);
      if (m?.kind === 'person' && m.name) index.add(m.name);
    }
    // Speaker slots: two capitalised words right before "said" are a name even if compromise does not know it.
    for (const cue of findReportingCues(tokens)) {
      const m = speakerPhrase(tokens, cue);
      if (m?.kind === 'person' && m.name) index.add(m.name);
    }
  }
  return index;
}

// ---------------------------------------------------------------------------
// Resolution through the article

export interface Attribution {
  /** Index into `article.sentences`. */
  sentence: number;
  tokens: Token[];
  /** compromise's terms of the sentence (`tagText`), which `tokens` were made from. */
  tagged: TaggedTerm[][];
  /** The cue the speaker was taken from (or the first cue when no speaker was found). */
  cue: CueMatch | null;
  /** All cues of the sentence. */
  cues: CueMatch[];
  /** The speaker phrase as written, offsets into the sentence. */
  mention: Mention | null;
  /** Normalized speaker. */
  speaker: string | null;
  /** How the speaker was found. */
  via: 'cue' | 'continuation' | null;
  /** True when `speaker` is a person (named, or an unnamed role such as "Kyiv's top general"). */
  personal: boolean;
  /** Share of the sentence inside quotation marks. */
  quoted: number;
}

interface Resolved {
  speaker: string | null;
  /** A person (named or an unnamed role), as opposed to an organisation or place. */
  personal: boolean;
  /** A person's name (not a role label). */
  named: boolean;
}

interface Intro {
  name: string;
  role: Role;
}

function compatible(a: Role, b: Role): boolean {
  return a.cls === b.cls && (a.country === null || b.country === null || a.country === b.country);
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/iu, '');
}

/** Direct-quote share at or above which a sentence is a quote. */
export const QUOTE_SHARE = 0.6;

/** A person the article introduces with a role ("Russian President Vladimir Putin", "the army's commander, Gen. Ivan Petrenko"). */
export interface RoleIntro {
  /** The person's name as resolved in the article. */
  name: string;
  /** The role as written, without a leading article ("army's commander"). */
  role: string;
  /** The role's class (`ROLE_CLASSES`) and country, when stated. */
  cls: string;
  country: string | null;
}

export interface SpeakerAnalysis {
  /** One per sentence of the article, in order. */
  attributions: Attribution[];
  /** Canonical person names found in the article. */
  people: string[];
  /** The roles the article ties to names, each once. */
  roles: RoleIntro[];
}

/** Gender a person mention shows: a title (Mr, Mrs, Ms) or a first name compromise knows as male or female. */
function genderOf(tokens: readonly Token[], m: Mention): 'm' | 'f' | null {
  for (const t of tokens) {
    if (t.start < m.start || t.end > m.end) continue;
    const n = bareNorm(t);
    if (n === 'mr' || t.tags.has('MaleName')) return 'm';
    if (n === 'mrs' || n === 'ms' || t.tags.has('FemaleName')) return 'f';
  }
  return null;
}

/** Speaker of every sentence of the article. */
export function attributeSentences(article: SegmentedArticle): Attribution[] {
  return analyzeSpeakers(article).attributions;
}

/**
 * Speaker of every sentence of the article, in order, with the tokens and
 * cues it was derived from, and the person names of the article.
 */
export function analyzeSpeakers(article: SegmentedArticle): SpeakerAnalysis {
  const paragraphQuotes = article.paragraphs.map((p) => quoteSpans(p));
  // Each distinct sentence text is tagged once per article (bench articles repeat about a fifth of their sentences: clutter, refrains).
  const tagMemo = new Map<string, TaggedTerm[][]>();
  const tagged = article.sentences.map((s) => {
    let terms = tagMemo.get(s.text);
    if (terms === undefined) tagMemo.set(s.text, (terms = tagText(s.text)));
    return terms;
  });
  const tokenized = article.sentences.map((s, i) => {
    const quotes = (paragraphQuotes[s.paragraph] ?? []).map((q) => ({ start: q.start - s.start, end: q.end - s.start }));
    return tokenize(s.text, quotes, tagged[i]);
  });
  const names = collectNames(tokenized);
  const known = (w: string) => names.has(w);
  const intros: Intro[] = [];
  const introducedRole = new Map<string, Role>();
  /** Person speakers/subjects since the last person speaker (first = that speaker). */
  let candidates: string[] = [];
  /** The last speaker that is a named person, and the sentence it spoke in. */
  let lastNamed: string | null = null;
  let lastNamedAt = -1;
  /** The last unnamed but qualified source ("a senior official at the authority"), for a later "the official said". */
  let lastUnnamed: { label: string; role: Role; at: number } | null = null;
  /** The organisation that spoke, or was the subject, in the previous sentence: what "it says" refers to. */
  let previousOrg: string | null = null;
  /** Grammatical gender of people, from their first names' tags, titles and the pronouns resolved to them. */
  const gender = new Map<string, 'm' | 'f'>();
  const out: Attribution[] = [];

  const resolve = (m: Mention): Resolved => {
    switch (m.kind) {
      case 'person':
        return { speaker: names.canonical(m.name ?? m.text), personal: true, named: true };
      case 'pronoun': {
        const word = m.text.toLowerCase();
        if (word === 'it') return { speaker: previousOrg, personal: false, named: false };
        if (word !== 'he' && word !== 'she') return { speaker: null, personal: false, named: false };
        const g = word === 'he' ? 'm' : 'f';
        const distinct = [...new Set(candidates)].filter((c) => (gender.get(c) ?? g) === g);
        const only = distinct.length === 1 ? (distinct[0] ?? null) : null;
        if (only !== null && !gender.has(only) && [...new Set(candidates)].length === 1) gender.set(only, g);
        return { speaker: only, personal: true, named: only !== null && only === lastNamed };
      }
      case 'role': {
        const role = m.role;
        if (!role) return { speaker: null, personal: true, named: false };
        // "The opposition's lawyers said", "Election officials described": a group, not the last person named.
        if (role.plural) return { speaker: m.qualified ? stripArticle(m.text) : null, personal: true, named: false };
        const matches = [...new Set(intros.filter((i) => compatible(i.role, role)).map((i) => i.name))];
        if (matches.length === 1) return { speaker: matches[0] ?? null, personal: true, named: true };
        if (matches.length > 1) {
          const pick = lastNamed !== null && matches.includes(lastNamed) ? lastNamed : null;
          return { speaker: pick, personal: true, named: pick !== null };
        }
        // An unnamed source: kept as a label when qualified ("Kyiv's top general"), not when generic ("Experts").
        if (!m.definite) return { speaker: m.qualified ? stripArticle(m.text) : null, personal: true, named: false };
        // "the official said" after "a senior official at the authority insisted", with nobody named in between.
        if (lastUnnamed !== null && lastUnnamed.at > lastNamedAt && compatible(lastUnnamed.role, role)) {
          return { speaker: lastUnnamed.label, personal: true, named: false };
        }
        if (lastNamed !== null) {
          const theirs = introducedRole.get(lastNamed);
          if (!theirs || compatible(theirs, role)) return { speaker: lastNamed, personal: true, named: true };
        }
        // "The commission's chairwoman said": a role this article does not name, kept as a label for the
        // corpus to name (resolve-speakers ties roles to people across articles).
        return { speaker: m.qualified ? stripArticle(m.text) : null, personal: true, named: false };
      }
      case 'org':
        return { speaker: m.name ?? stripArticle(m.text), personal: false, named: false };
    }
  };

  article.sentences.forEach((sentence: Sentence, si) => {
    const tokens = tokenized[si] ?? [];
    // Role introductions: "Russian President Vladimir Putin".
    for (const [a, b] of npRuns(tokens, known)) {
      const m = parseMention(tokens, a, b, known);
      if (m?.kind === 'person' && m.role && m.name) {
        const name = names.canonical(m.name);
        intros.push({ name, role: m.role });
        if (!introducedRole.has(name)) introducedRole.set(name, m.role);
      }
    }
    const cues = findReportingCues(tokens);
    const quoted = quotedShare(sentence.text, 0, sentence.text.length, (paragraphQuotes[sentence.paragraph] ?? []).map((q) => ({ ...q, start: q.start - sentence.start, end: q.end - sentence.start })));
    let cue: CueMatch | null = cues[0] ?? null;
    let mention: Mention | null = null;
    for (const c of cues) {
      const m = speakerPhrase(tokens, c, known);
      if (m) {
        cue = c;
        mention = m;
        break;
      }
    }
    const subject = mainSubject(tokens, known);
    for (const m of [mention, subject?.mention]) {
      if (m?.kind === 'person' && m.role && m.name) {
        const name = names.canonical(m.name);
        if (!intros.some((i) => i.name === name && i.role.text === m.role?.text)) intros.push({ name, role: m.role });
        if (!introducedRole.has(name)) introducedRole.set(name, m.role);
      }
    }
    let speaker: string | null = null;
    let personal = false;
    let named = false;
    let via: Attribution['via'] = null;
    if (mention) {
      ({ speaker, personal, named } = resolve(mention));
      via = 'cue';
    } else if (cues.length === 0 && quoted >= QUOTE_SHARE) {
      const prev = out[out.length - 1];
      const prevSentence = article.sentences[si - 1];
      if (prev && prevSentence?.paragraph === sentence.paragraph && prev.speaker !== null) {
        speaker = prev.speaker;
        personal = prev.personal;
        named = speaker === lastNamed;
        via = 'continuation';
      }
    }
    for (const m of [mention, subject?.mention]) {
      if (m?.kind === 'person' && m.name) {
        const g = genderOf(tokens, m);
        const name = names.canonical(m.name);
        if (g && !gender.has(name)) gender.set(name, g);
      }
    }
    if (speaker !== null && personal && !named && mention?.kind === 'role' && mention.role && !mention.definite) {
      lastUnnamed = { label: speaker, role: mention.role, at: si };
    }
    previousOrg = speaker !== null && !personal ? speaker : subject?.mention.kind === 'org' ? resolve(subject.mention).speaker : null;
    // A group ("the authority's lawyers") is not what a later "he" or "she" refers to.
    const group = mention?.kind === 'role' && mention.role?.plural === true;
    if (speaker !== null && personal && !group) {
      if (named) {
        lastNamed = speaker;
        lastNamedAt = si;
      }
      candidates = [speaker];
    } else if (via === null || !personal) {
      if (subject && (subject.mention.kind === 'person' || (subject.mention.kind === 'role' && subject.mention.definite))) {
        const who = resolve(subject.mention).speaker;
        if (who !== null) candidates.push(who);
      }
    }
    out.push({ sentence: si, tokens, tagged: tagged[si] ?? [], cue, cues, mention, speaker, via, personal, quoted });
  });
  const roles: RoleIntro[] = [];
  for (const { name, role } of intros) {
    const text = stripArticle(role.text);
    if (!roles.some((r) => r.name === name && r.role === text)) roles.push({ name, role: text, cls: role.cls, country: role.country });
  }
  return { attributions: out, people: names.names(), roles };
}
