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
import { type TaggedTerm, tagText } from './tag-text.ts';
import { quotedShare, quoteSpans } from './segment.ts';
import { type SegmentedArticle, type Sentence } from './types.ts';
import { ROLE_CLASSES } from './speaker-lexicon.ts';
import { bareNorm, stripArticle, type Token, tokenize } from './speaker-tokens.ts';
import { type CueMatch, findReportingCues } from './reporting-cues.ts';
import { mainSubject, type Mention, parseMention, type Role, speakerPhrase } from './speaker-phrases.ts';
import { collectNames, npRuns } from './speaker-names.ts';
export * from './speaker-lexicon.ts';
export { breakBetween, tokenize, type KnownPerson, type Token } from './speaker-tokens.ts';
export { findReportingCues, type CueMatch } from './reporting-cues.ts';
export { datelineEnd, mainClauseStart, mainSubject, parseMention, speakerPhrase, type Mention, type Role } from './speaker-phrases.ts';
export { collectNames, NameIndex, nameKey, stripTitles } from './speaker-names.ts';

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
