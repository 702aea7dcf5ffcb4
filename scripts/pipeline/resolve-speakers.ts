/**
 * Corpus stage: one name per speaker across the whole site.
 *
 * Each article names its speakers in its own way: "Oleksandr Syrskyi",
 * "Syrsky", "Gen. Syrskyi", "Alexander Syrsky", "Kyiv's top general", "the
 * Russian Defence Ministry", "Russia's defence ministry". This stage groups
 * the names that refer to one speaker and gives every appearance the same
 * display name (the group's most used full form):
 *
 * 1. A desk's own aliases (`content/aliases.yaml`, read by
 *    scripts/io/read-aliases.ts) come first: every listed form becomes its
 *    canonical name.
 * 2. People: names whose surnames are the same after transliteration folding
 *    (`foldName`: Syrskyi = Syrsky = Sirsky; Zelenskyy = Zelensky) and whose
 *    first names do not disagree (one missing, an initial, or the same
 *    consonant skeleton: Oleksandr = Alexander, Volodymyr = Vladimir) are one
 *    person. A surname-only mention joins a group only when the surname
 *    belongs to one person in the collection.
 * 3. Roles: an unnamed role ("the army's commander") is the person the
 *    collection ties that role to ("the army's commander, Gen. Ivan
 *    Petrenko", in any article), when it ties it to exactly one person;
 *    roles compare by class and country ("Kyiv's top general" = "Ukraine's
 *    top general").
 * 4. Organisations: the same words after folding country forms and word
 *    order ("Russian Defence Ministry" = "Russia's defence ministry" =
 *    "Ministry of Defence of Russia").
 *
 * Aliases: every form each speaker appears under, for its speaker page.
 */
import type { RoleIntro } from './speakers.ts';

export type SpeakerKind = 'person' | 'role' | 'org';

/** What an article tells about its speakers (from its analysis). */
export interface ArticleSpeakers {
  /** Full person names the article mentions. */
  people: string[];
  /** Roles the article ties to names. */
  roles: RoleIntro[];
}

export interface SpeakerMention {
  /** The speaker as the article resolved it. */
  name: string;
  kind: SpeakerKind;
  /** Index of the article in the corpus. */
  article: number;
}

export interface SpeakerResolution {
  /** The site-wide name for a mention. */
  canonical(mention: SpeakerMention): string;
  /** Every form each canonical name was written as, sorted; the canonical name first. */
  aliases: ReadonlyMap<string, readonly string[]>;
}

/** A desk's aliases: canonical name → forms that mean it. */
export type AliasTable = ReadonlyMap<string, readonly string[]>;

// ---------------------------------------------------------------------------
// Folding

const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'col', 'colonel', 'lt', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral',
  'president', 'prime', 'minister', 'sen', 'senator', 'rep', 'gov', 'governor', 'prof', 'professor', 'sir', 'dame',
  'lord', 'lady', 'mayor', 'judge', 'chancellor', 'king', 'queen', 'prince', 'princess', 'commander', 'sgt', 'sergeant',
  'secretary', 'ambassador', 'chief', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'the',
]);

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** Transliteration folding of one name word: Syrskyi, Syrsky, Sirsky → sirski; Kharkiv, Harkiv → harkiv. */
export function foldName(word: string): string {
  let w = stripDiacritics(word.toLowerCase()).replace(/['’`.-]/gu, '');
  w = w
    .replace(/kh/gu, 'h')
    .replace(/ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/w/gu, 'v')
    .replace(/x/gu, 'ks')
    .replace(/tz|ts/gu, 'c')
    .replace(/j/gu, 'i')
    .replace(/y/gu, 'i')
    .replace(/ie$/u, 'i')
    .replace(/ei$/u, 'i')
    .replace(/(.)\1+/gu, '$1');
  return w;
}

/** First names agree by their consonants, with Ukrainian h for Russian g: Oleksandr ~ Alexander, Serhiy ~ Sergei. */
function skeleton(word: string): string {
  return foldName(word).replace(/h/gu, 'g').replace(/[aeiou]/gu, '');
}

function nameParts(name: string): { first: string[]; surname: string } {
  const words = name
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/,$/u, ''))
    .filter((w) => w !== '' && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, '')));
  const surname = words[words.length - 1] ?? '';
  return { first: words.slice(0, -1), surname };
}

function firstNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return true;
  const ix = x.replace(/\.$/u, '');
  const iy = y.replace(/\.$/u, '');
  if (ix.length === 1 || iy.length === 1) return ix[0]!.toLowerCase() === iy[0]!.toLowerCase() || skeleton(ix)[0] === skeleton(iy)[0];
  return skeleton(ix) === skeleton(iy) || foldName(ix) === foldName(iy);
}

/** Edit distance of at most one (for surnames of seven letters or more). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function surnamesAgree(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  // "Petrenko" / "Petrenkov", not "Ivanov" / "Ivanova" (a different person, often).
  if (Math.min(x.length, y.length) < 7 || x.slice(0, 4) !== y.slice(0, 4)) return false;
  if (x + 'a' === y || y + 'a' === x) return false;
  return withinOneEdit(x, y);
}

/** Country words folded for roles and organisations: "Kyiv's", "Ukrainian", "Ukraine" → ukraine. */
const COUNTRY_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    russia: ['russia', 'russian', 'moscow', 'kremlin', 'russias'],
    ukraine: ['ukraine', 'ukrainian', 'kyiv', 'kiev', 'ukraines'],
    us: ['us', 'u.s', 'usa', 'american', 'washington', 'america'],
    uk: ['uk', 'britain', 'british', 'london'],
    israel: ['israel', 'israeli'],
    china: ['china', 'chinese', 'beijing'],
  }).flatMap(([country, forms]) => forms.map((f) => [f, country] as const)),
);

/** A demonym or place form without its ending: "Velmorian" and "Velmoria" → velmori. */
function countryKey(word: string): string {
  const w = foldName(word.replace(/['’]s$/u, '')).replace(/[^a-z]/gu, '');
  const known = COUNTRY_FORMS.get(w) ?? COUNTRY_FORMS.get(word.toLowerCase().replace(/['’]s$/u, ''));
  if (known) return known;
  return w.replace(/(?:ians?|ia|ans?|land|ese|ish|is|i|a|s)$/u, '');
}

const ORG_STOP = new Set(['the', 'of', 'for', 'and', 'its', 'their', 'own']);
const ORG_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['defense', 'defence'], ['mod', 'defence ministry'], ['military', 'army'], ['forces', 'army'], ['armed', 'army'],
  ['ministries', 'ministry'], ['govt', 'government'],
]);

/** Words of a name that say which country it belongs to: "Russian", "Kyiv's", "Velmorian". */
function countryWord(w: string): string | null {
  const lower = w.toLowerCase().replace(/['’]s$/u, '');
  if (!/^\p{Lu}/u.test(w) || ['general', 'staff', 'defence', 'ministry', 'army', 'the'].includes(lower)) return null;
  const demonym = lower.length >= 6 && /(?:ian|ean|ese|ish|ic)$/u.test(lower);
  return COUNTRY_FORMS.has(lower) || demonym || /['’]s$/u.test(w) ? countryKey(w) : null;
}

/** The country a speaker's name states ("Russian Defence Ministry" → russia), or null. */
export function countryOfName(name: string): string | null {
  for (const w of name.split(/\s+/u)) {
    const c = countryWord(w.replace(/[,.]$/u, ''));
    if (c) return c;
  }
  return null;
}

/** An organisation's words, country folded, in a fixed order: "Russia's defence ministry" → "defence ministry russia". */
export function orgKey(name: string): string {
  const words = name
    .split(/\s+/u)
    .map((w) => w.replace(/[,.]$/u, ''))
    .filter((w) => w !== '' && !ORG_STOP.has(w.toLowerCase()));
  const parts = new Set<string>();
  let country = '';
  for (const w of words) {
    const lower = w.toLowerCase().replace(/['’]s$/u, '');
    const c = countryWord(w);
    if (c && !country) {
      country = c;
      continue;
    }
    const mapped = ORG_SYNONYMS.get(lower) ?? foldName(lower);
    for (const m of mapped.split(' ')) parts.add(m);
  }
  return [...[...parts].sort(), country].filter(Boolean).join(' ');
}

/** Role nouns that differ only by the holder's gender: "chairwoman" = "chairman" = "chair". */
const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['chairwoman', 'chair'], ['chairman', 'chair'], ['chairperson', 'chair'],
  ['spokeswoman', 'spokesperson'], ['spokesman', 'spokesperson'],
]);

/** A role's class, country and words, for comparing role phrases across articles. */
function roleKey(role: string): string {
  // "director-general" and "director general" are one role.
  const words = role
    .replace(/(\p{L})[-‐](\p{L})/gu, '$1 $2')
    .split(/\s+/u)
    .map((w) => ROLE_SYNONYMS.get(w.toLowerCase()) ?? w);
  return orgKey(words.join(' '));
}

/** Words that make a role another one: a former or deputy minister is not the minister. */
const ROLE_CHANGERS = new Set(['former', 'ex', 'deputy', 'vice', 'acting', 'assistant', 'interim', 'outgoing', 'incoming', 'elect', 'first', 'second', 'junior', 'under']);

/**
 * The people a role phrase names in the collection: those introduced with the
 * same role words, or else, for a role qualified by at least one more word
 * ("the commission's chair"), those whose role includes all its words ("chair
 * of the Central Election Commission").
 */
function peopleWithRole(key: string, roleTo: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> {
  const exact = roleTo.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  if (words.length < 2) return new Set();
  const people = new Set<string>();
  for (const [other, names] of roleTo) {
    const have = other.split(' ');
    // "the Russian president" is not "former Russian president Dmitry Medvedev".
    if (words.every((w) => have.includes(w)) && !have.some((w) => !words.includes(w) && ROLE_CHANGERS.has(w))) for (const n of names) people.add(n);
  }
  return people;
}

// ---------------------------------------------------------------------------

interface PersonGroup {
  surname: string;
  /** Full names in the group, with how often they were used as a speaker. */
  forms: Map<string, number>;
  first: string[];
}

/**
 * Groups the corpus's speakers; `articles` gives each article's people and
 * roles, `mentions` every claim's speaker.
 */
export function resolveSpeakers(articles: readonly ArticleSpeakers[], mentions: readonly SpeakerMention[], desk: AliasTable = new Map()): SpeakerResolution {
  const deskName = new Map<string, string>();
  for (const [canonical, forms] of desk) for (const f of [canonical, ...forms]) deskName.set(f.toLowerCase(), canonical);

  // People: every full name of the collection, grouped.
  const groups: PersonGroup[] = [];
  const groupOf = new Map<string, PersonGroup>();
  const addPerson = (name: string, weight: number) => {
    if (deskName.has(name.toLowerCase())) return;
    const { first, surname } = nameParts(name);
    if (!surname) return;
    let group = groupOf.get(name);
    if (!group) {
      group = groups.find((g) => surnamesAgree(g.surname, surname) && (first.length === 0 || g.first.length === 0 || firstNamesAgree(g.first, first)));
      if (!group || (first.length === 0 && groups.filter((g) => surnamesAgree(g.surname, surname)).length > 1)) {
        group = { surname, forms: new Map(), first };
        groups.push(group);
      }
      groupOf.set(name, group);
    }
    if (group.first.length === 0 && first.length > 0) group.first = first;
    group.forms.set(name, (group.forms.get(name) ?? 0) + weight);
  };
  // Full names first, so that a surname alone finds its group.
  const people = articles.flatMap((a) => a.people);
  const full = [...new Set(people.filter((n) => nameParts(n).first.length > 0))].sort();
  const personMentions = mentions.filter((m) => m.kind === 'person');
  for (const name of full) addPerson(name, 0);
  for (const m of personMentions) addPerson(m.name, 1);
  for (const name of [...new Set(people)].sort()) addPerson(name, 0);

  const personCanonical = new Map<PersonGroup, string>();
  for (const group of groups) {
    const forms = [...group.forms].filter(([n]) => nameParts(n).first.length > 0);
    const pool = forms.length > 0 ? forms : [...group.forms];
    pool.sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1));
    personCanonical.set(group, pool[0]![0]);
  }

  // Roles tied to names anywhere in the collection.
  const roleTo = new Map<string, Set<string>>();
  articles.forEach((a) => {
    for (const intro of a.roles) {
      const group = groupOf.get(intro.name);
      const name = group ? personCanonical.get(group)! : intro.name;
      const key = roleKey(intro.role);
      if (!key) continue;
      if (!roleTo.has(key)) roleTo.set(key, new Set());
      roleTo.get(key)!.add(name);
    }
  });

  const canonical = (m: SpeakerMention): string => {
    const desked = deskName.get(m.name.toLowerCase());
    if (desked) return desked;
    if (m.kind === 'person') {
      const group = groupOf.get(m.name);
      return group ? personCanonical.get(group)! : m.name;
    }
    if (m.kind === 'role') {
      const people = peopleWithRole(roleKey(m.name), roleTo);
      if (people.size === 1) return [...people][0]!;
      return m.name;
    }
    const person = personBySurname(m.name);
    if (person) return person;
    return orgCanonical.get(orgKey(m.name)) ?? m.name;
  };
  // A lone capitalised word read as an organisation ("“…,” Tamm said") is the one person of the
  // collection with that surname, if there is exactly one.
  const personBySurname = (name: string): string | null => {
    const word = name.replace(/^the\s+/iu, '');
    if (/\s/u.test(word) || !/^\p{Lu}\p{Ll}/u.test(word)) return null;
    const matches = groups.filter((g) => g.first.length > 0 && surnamesAgree(g.surname, word));
    return matches.length === 1 ? personCanonical.get(matches[0]!)! : null;
  };

  // Organisations: the most used form of each key.
  const orgForms = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (m.kind !== 'org' || deskName.has(m.name.toLowerCase())) continue;
    const key = orgKey(m.name);
    if (!orgForms.has(key)) orgForms.set(key, new Map());
    const forms = orgForms.get(key)!;
    forms.set(m.name, (forms.get(m.name) ?? 0) + 1);
  }
  const orgCanonical = new Map<string, string>();
  for (const [key, forms] of orgForms) {
    // Prefer a capitalised form ("Russian Defence Ministry" over "defence ministry").
    const best = [...forms].sort(([a, x], [b, y]) => Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a)) || y - x || b.length - a.length || (a < b ? -1 : 1));
    orgCanonical.set(key, best[0]![0]);
  }

  const aliases = new Map<string, Set<string>>();
  for (const m of mentions) {
    const c = canonical(m);
    if (!aliases.has(c)) aliases.set(c, new Set());
    if (m.name !== c) aliases.get(c)!.add(m.name);
  }
  for (const [c, forms] of desk) if (aliases.has(c)) for (const f of forms) aliases.get(c)!.add(f);
  return {
    canonical,
    aliases: new Map([...aliases].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, forms]) => [c, [c, ...[...forms].sort()]])),
  };
}

/**
 * The side each speaker (site-wide name) belongs to, for telling a party to a
 * dispute from an independent source: the country its role is introduced
 * with anywhere in the collection ("Russian President Vladimir Putin"), or
 * the country its own name states ("Ukraine's General Staff").
 */
export function affiliationOf(articles: readonly ArticleSpeakers[], resolution: SpeakerResolution): (speaker: string) => string | null {
  const votes = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const intro of a.roles) {
      if (!intro.country) continue;
      const name = resolution.canonical({ name: intro.name, kind: 'person', article: 0 });
      const country = countryKey(intro.country);
      if (!votes.has(name)) votes.set(name, new Map());
      votes.get(name)!.set(country, (votes.get(name)!.get(country) ?? 0) + 1);
    }
  }
  const side = new Map<string, string>();
  for (const [name, counts] of votes) side.set(name, [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0]);
  return (speaker) => side.get(speaker) ?? countryOfName(speaker) ?? aliasCountry(speaker, resolution);
}

/** The country any alias of the speaker states. */
function aliasCountry(speaker: string, resolution: SpeakerResolution): string | null {
  for (const alias of resolution.aliases.get(speaker) ?? []) {
    const c = countryOfName(alias);
    if (c) return c;
  }
  return null;
}
