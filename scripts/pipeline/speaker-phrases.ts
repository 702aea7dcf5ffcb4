/**
 * Speaker phrases of the speaker analysis (speakers.ts): the noun phrase a
 * cue gives, parsed as a person, a role, an organisation or a pronoun, and
 * the main clause's subject.
 */
import { bareNorm, breakBetween, COUNTRY_OF, hasAnyTag, isCapitalized, isNpToken, isOrgHead, isPossessive, isRoleNoun, isTimeToken, type KnownPerson, NOBODY, POSSESSIVE_DETERMINERS, PROPER_TAGS, ROLE_CLASS_OF, SET, stripArticle, stripPossessive, type Token } from './speaker-tokens.ts';
import { type CueMatch } from './reporting-cues.ts';

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

export function qualifierOf(words: readonly Token[]): string | null {
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

export function roleOf(words: readonly Token[]): Role | undefined {
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

export const PREPOSITION_BEFORE_SUBJECT = new Set([
  'by', 'of', 'from', 'with', 'to', 'between', 'for', 'against', 'about', 'on', 'in', 'at', 'and', 'or', 'than',
  'into', 'over', 'under', 'among', 'including', 'like', 'via', 'toward', 'towards',
]);

/** Noun phrase ending at token `end` (inclusive), scanning left; returns its first index. */
export function npLeft(tokens: readonly Token[], end: number, known: KnownPerson): number {
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
export function npRight(tokens: readonly Token[], start: number, known: KnownPerson): number {
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


/** Index of the last token of the phrase before a cue at `cueIndex`, skipping adverbs, auxiliaries and time phrases. */
export function skipBack(tokens: readonly Token[], cueIndex: number): number {
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
  // 2. X [adverbs] said; "Jana Holub, 34, said": over an age between commas.
  let cueAt = match.first;
  const age = tokens[cueAt - 1];
  const named = tokens[cueAt - 2];
  if (age && named && /^\d{1,3}$/u.test(age.text) && /,/u.test(age.post) && /,/u.test(named.post) && isCapitalized(named)) cueAt -= 1;
  const last = cueAt === match.first ? skipBack(tokens, match.first) : cueAt - 1;
  const lastTok = tokens[last];
  if (lastTok && (cueAt !== match.first || !breakBetween(lastTok, tokens[last + 1]))) {
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
