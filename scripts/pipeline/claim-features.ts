/**
 * The per-claim half of linking claims across sources: what
 * `matchAcrossSources` needs to know about one claim's text, computed once per
 * claim in the per-article stage (so it runs in parallel, and is cached with
 * the rest of the article's analysis), as plain JSON-serialisable data.
 *
 * Tokens are lowercased, lemmatized (compromise's `root`, then a light suffix
 * stemmer), mapped through a small synonym table, and stripped of stop words.
 * Each term records whether it was negated in its clause (for polarity), and
 * whether it is a predicate (verb or adjective) or names an entity
 * (capitalized mid-sentence, a proper noun, or the claim's speaker). Figures,
 * all-caps acronyms and the initials of capitalized runs ("European Central
 * Bank" → ecb) are kept for the corpus-level model in
 * `match-across-sources.ts`.
 */
import { countsOf, type Count } from './counts.ts';
import { proportionsOf, type Proportion } from './proportions.ts';
import { tagText, type TaggedTerm } from './tag-text.ts';

/** What the cross-source matcher needs to know about one claim. Plain data: arrays, no Sets or Maps. */
export interface ClaimFeatures {
  text: string;
  /** Figures in the text, normalised ("1,200" → "1200"). */
  numbers: string[];
  /** All-caps tokens: ECB, UN, NATO (lowercased). */
  acronyms: string[];
  /** Initials of runs of capitalized words: "European Central Bank" → ecb. */
  initials: string[];
  /** Term frequencies, by term (sorted by term). */
  tf: Array<[term: string, count: number]>;
  /** Per term of the main clause (not of a contrast clause after "but", "although", …): +1 only affirmed, -1 only negated, 0 both (sorted by term). */
  polarity: Array<[term: string, polarity: number]>;
  predicates: string[];
  entities: string[];
  /** Sentence-initial capitalized terms: entities unless the corpus also has them in lowercase. */
  initialCaps: string[];
  lowercase: string[];
  /** The proportions the claim states, with what they measure (proportions.ts). */
  proportions: Proportion[];
  /** The counts the claim states or sets against its own, with what they count (counts.ts). */
  counts: Count[];
  /**
   * Per predicate term of the main clause, the terms around it in its phrase
   * (up to `ARGUMENT_WINDOW` on each side, not across punctuation): who or
   * what it is said of. "No officers had reached the residents" / "rescue
   * teams reached Dravitsa" use one verb of different things.
   */
  arguments: Array<[term: string, around: string[]]>;
}

// ---------------------------------------------------------------------------
// Data

/** Words that flip the polarity of the rest of their clause. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without',
  'deny', 'denied', 'denies', 'refute', 'refuted', 'dismiss', 'dismissed', 'reject', 'rejected', 'rejects',
]);

/** Negators that are verbs of denial: they flip a clause already negated ("did not deny"). */
const DENIAL_VERBS = new Set(['deny', 'denied', 'denies', 'refute', 'refuted', 'dismiss', 'dismissed', 'reject', 'rejected', 'rejects']);

/** Words that end a negation's scope. */
/** Terms on each side of a predicate that can say what it is said of. */
export const ARGUMENT_WINDOW = 3;

const CLAUSE_BREAKS = new Set(['but', 'although', 'though', 'while', 'whereas', 'however']);

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves shall must may might ' +
    // reporting verbs and filler common to every news claim
    'say said says tell told add added according claim claimed claims state stated report reported announce announced ' +
    'still now even almost nearly already just that\'s it\'s mr mrs ms one'
  ).split(/\s+/),
);

/**
 * Lemma → canonical term, for translations and paraphrases. Deliberately small
 * and generic: words news copy uses interchangeably for the same fact.
 */
const SYNONYMS: ReadonlyMap<string, string> = table({
  leave: 'withdraw', retreat: 'withdraw', pull: 'withdraw',
  occupy: 'hold', control: 'hold',
  encircle: 'surround', encirclement: 'surround',
  seize: 'capture',
  soldier: 'troop', forces: 'troop',
  die: 'kill', dead: 'kill', death: 'kill',
  army: 'military', military: 'military',
  prepared: 'ready', prepare: 'ready', willing: 'ready',
  shrink: 'shrink', shrank: 'shrink', contract: 'shrink', contraction: 'shrink',
  gdp: 'economy',
  truce: 'ceasefire',
  quake: 'earthquake',
  journalist: 'reporter',
  accord: 'agreement', deal: 'agreement',
  draft: 'plan',
  hostility: 'fight', fighting: 'fight',
  jail: 'prison', imprisonment: 'prison',
});

/** Demonyms, capitals and metonyms → country, so "Kyiv", "Ukrainian" and "Ukraine" count as one entity. */
const PLACES: ReadonlyMap<string, string> = table({
  russian: 'russia', moscow: 'russia', kremlin: 'russia',
  ukrainian: 'ukraine', kyiv: 'ukraine', kiev: 'ukraine',
  american: 'usa', washington: 'usa',
  british: 'uk', london: 'uk', britain: 'uk',
  french: 'france', paris: 'france',
  german: 'germany', berlin: 'germany',
  turkish: 'turkey', ankara: 'turkey', turkiye: 'turkey',
  israeli: 'israel', jerusalem: 'israel',
  iranian: 'iran', tehran: 'iran',
  chinese: 'china', beijing: 'china',
  japanese: 'japan', tokyo: 'japan',
  brazilian: 'brazil', brasilia: 'brazil',
  lebanese: 'lebanon', beirut: 'lebanon',
  palestinian: 'palestine',
  polish: 'poland', warsaw: 'poland',
  spanish: 'spain', madrid: 'spain',
  italian: 'italy', rome: 'italy',
  canadian: 'canada', ottawa: 'canada',
  mexican: 'mexico',
  indian: 'india', delhi: 'india',
  european: 'europe',
});

function table(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

// ---------------------------------------------------------------------------
// Text analysis
// Text analysis

interface Token {
  term: string;
  /** Phrase number: a new one after each punctuation mark and contrast word. */
  phrase: number;
  negated: boolean;
  /** In a contrast clause (after "but", "although", …): not the claim's main assertion, so its polarity is not recorded. */
  contrast: boolean;
  predicate: boolean;
  entity: boolean;
  /** Capitalized only because it starts a sentence (maybe a name, maybe not). */
  initial: boolean;
  lowercase: boolean;
}

/** Light suffix stemmer for what compromise leaves alone (plurals, -ing nouns, -ed adjectives). */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const undouble = (s: string) => (/([bdfgmnprt])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) return undouble(w.slice(0, -2));
  return w;
}

function canonical(lemma: string): string {
  const direct = PLACES.get(lemma) ?? SYNONYMS.get(lemma);
  if (direct) return direct;
  const stemmed = stem(lemma);
  return PLACES.get(stemmed) ?? SYNONYMS.get(stemmed) ?? stemmed;
}

const straight = (word: string) => word.replace(/[’‘]/gu, "'");

function tokenize(sentences: readonly (readonly TaggedTerm[])[]): Token[][] {
  let phrase = 0;
  return sentences.map((terms) => {
    phrase++;
    const tokens: Token[] = [];
    let negated = false;
    let previousNegator = false;
    let contrast = false;
    terms.forEach((t, i) => {
      const tags = new Set(t.tags);
      if (/[,;:()"“”—–]/.test(t.pre)) {
        negated = false;
        phrase++;
      }
      const normal = straight(t.normal).replace(/'s$/, '');
      const root = t.root == null ? undefined : straight(t.root);
      if (CLAUSE_BREAKS.has(normal)) {
        negated = false;
        phrase++;
        if (i > 0) contrast = true;
      }
      if (tags.has('Negative') || NEGATORS.has(normal) || NEGATORS.has(root ?? '')) {
        // A verb of denial flips the clause ("did not deny that …"), and so
        // does a negator right after another ("not without"); a negator that
        // opens another phrase of a negated list keeps it negated ("no
        // officers and no sirens had reached …").
        const flips = DENIAL_VERBS.has(normal) || DENIAL_VERBS.has(root ?? '') || previousNegator;
        negated = flips ? !negated : true;
        previousNegator = true;
      } else {
        previousNegator = false;
        const raw = t.text.replace(/[^\p{L}\p{N}.]/gu, '');
        let lemma = /^U\.?S\.?$/.test(raw) ? 'usa' : t.normal === 'forces' ? 'forces' : (root || normal);
        lemma = lemma.replace(/'s$/, '').replace(/[^\p{L}\p{N}.-]/gu, '').replace(/\.$/, '');
        for (const part of lemma.split('-')) {
          if (!part || STOP_WORDS.has(part) || STOP_WORDS.has(normal)) continue;
          const term = canonical(part);
          if (!term || STOP_WORDS.has(term)) continue;
          const upper = /^\p{Lu}/u.test(t.text) && !tags.has('Date');
          const entity = (upper && i > 0) || tags.has('ProperNoun') || term === 'usa';
          tokens.push({
            term,
            phrase,
            negated,
            contrast,
            predicate: (tags.has('Verb') || tags.has('Adjective')) && !tags.has('Auxiliary'),
            entity,
            initial: upper && !entity,
            lowercase: !upper,
          });
        }
      }
      if (/[,;:.!?()"“”—–]/.test(t.post)) {
        negated = false;
        phrase++;
      }
    });
    return tokens;
  });
}

/**
 * The features of one claim's text; `speaker` (when known) counts as named
 * entities. `tagged`: `tagText(text)` when the caller already has it.
 */
export function claimFeatures(text: string, speaker: string | null, tagged: readonly (readonly TaggedTerm[])[] = tagText(text)): ClaimFeatures {
  const tokens = tokenize(tagged).flat();
  const tf = new Map<string, number>();
  const polarity = new Map<string, number>();
  const predicates = new Set<string>();
  const entities = new Set<string>();
  const initialCaps = new Set<string>();
  const lowercase = new Set<string>();
  for (const { term, negated, contrast, predicate, entity, initial, lowercase: lower } of tokens) {
    if (initial) initialCaps.add(term);
    if (lower) lowercase.add(term);
    tf.set(term, (tf.get(term) ?? 0) + 1);
    if (!contrast) {
      const p = negated ? -1 : 1;
      const before = polarity.get(term);
      polarity.set(term, before === undefined || before === p ? p : 0);
    }
    if (predicate) predicates.add(term);
    if (entity) entities.add(term);
  }
  for (const word of (speaker ?? '').split(/\s+/)) {
    if (word) entities.add(canonical(word.toLowerCase()));
  }
  const args = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if (!t.predicate || t.contrast) return;
    const around = args.get(t.term) ?? args.set(t.term, new Set()).get(t.term)!;
    for (let j = Math.max(0, i - ARGUMENT_WINDOW); j <= Math.min(tokens.length - 1, i + ARGUMENT_WINDOW); j++) {
      const u = tokens[j]!;
      if (j !== i && u.phrase === t.phrase && u.term !== t.term) around.add(u.term);
    }
    // A predicate that opens its phrase has its subject before a phrase set off by commas: "Bortnik, of the ruling
    // party, won 61.8 percent": the last terms of the two phrases before.
    if (i === 0 || tokens[i - 1]!.phrase !== t.phrase) {
      for (const back of [1, 2]) {
        const phrase = tokens.filter((u, j) => j < i && u.phrase === t.phrase - back);
        for (const u of phrase.slice(-ARGUMENT_WINDOW)) if (u.term !== t.term) around.add(u.term);
      }
    }
  });
  const numbers = new Set(
    [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map(([n]) => n.replace(/,(?=\d{3}\b)/g, '').replace(/^0+(?=\d)/, '')),
  );
  const acronyms = new Set([...text.matchAll(/\b\p{Lu}{2,6}\b/gu)].map(([a]) => a.toLowerCase()));
  const initials = new Set<string>();
  for (const [run] of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}'’-]+)+/gu)) {
    const words = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
    if (words.length >= 2) initials.add(words.map((w) => w[0]).join('').toLowerCase());
  }
  const sorted = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const list = (set: Set<string>) => [...set].sort();
  return {
    text,
    numbers: list(numbers),
    acronyms: list(acronyms),
    initials: list(initials),
    tf: sorted(tf),
    polarity: sorted(polarity),
    predicates: list(predicates),
    entities: list(entities),
    initialCaps: list(initialCaps),
    lowercase: list(lowercase),
    proportions: proportionsOf(text, tagged),
    counts: countsOf(text, tagged),
    arguments: sorted([...args].map(([term, around]) => [term, [...around].sort()] as [string, string[]])),
  };
}
