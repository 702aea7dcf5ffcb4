/**
 * Person names of one article for the speaker analysis (speakers.ts): every
 * full name it mentions, so that a surname alone ("Putin") finds its full
 * name, and the lone names that open a reporting sentence ("Kostrova said").
 */
import { isCommonWord } from './tag-text.ts';
import { bareNorm, breakBetween, hasAnyTag, isCapitalized, isNpToken, isOrgHead, isRoleNoun, type KnownPerson, NOBODY, normalize, SET, stripPossessive, type Token } from './speaker-tokens.ts';
import { findReportingCues } from './reporting-cues.ts';
import { parseMention, speakerPhrase } from './speaker-phrases.ts';

// ---------------------------------------------------------------------------
// Names

export function nameWords(name: string): string[] {
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
export function npRuns(tokens: readonly Token[], known: KnownPerson = NOBODY): [number, number][] {
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
export const INDEFINITES = new Set(['nobody', 'everybody', 'everyone', 'someone', 'somebody', 'anyone', 'anybody', 'none', 'nothing', 'everything', 'something', 'all', 'both', 'each', 'many', 'most', 'some', 'few', 'others']);

/** Words that end the noun phrase of an apposition ("the head of the authority"). */
export const APPOSITION_STOPS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'who', 'which', 'and', 'since', 'on']);

/**
 * "Yana Kostrova, the opposition candidate, welcomed …": two or three
 * capitalised words that open the sentence, then an apposition naming a
 * person's role (not an organisation's: "Civic Alliance, the opposition
 * party, said"), then a verb.
 */
export function fullNameBeforeApposition(tokens: readonly Token[], lowercase: ReadonlySet<string>): string | null {
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

export function bareName(tokens: readonly Token[], lowercase: ReadonlySet<string>, midCapitalised: ReadonlySet<string>): string | null {
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
