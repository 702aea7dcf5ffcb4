/**
 * Stage 5: link claims that state the same thing in different articles, and
 * update statuses at the level of the whole collection.
 *
 * Similarity: every claim text is a document. Tokens are lowercased, lemmatized
 * (compromise's `root`, then a light suffix stemmer), mapped through a small
 * synonym table and stripped of stop words; documents become TF-IDF vectors
 * over the corpus of all claims, compared by cosine. Named entities
 * (capitalized tokens, acronyms matched to their spelled-out form, demonyms and
 * capitals folded into countries, the speaker) add a bonus, weighted by how
 * rare each entity is; claims naming only different entities, or stating only
 * different figures, are scaled down:
 *
 *   score = min(1, (cosine + ENTITY_BONUS × weightedJaccard(entities))
 *                  × (ENTITY_MISMATCH_FACTOR if both name entities and share none, else 1)
 *                  × (NUMBER_MISMATCH_FACTOR + (1 − NUMBER_MISMATCH_FACTOR) × jaccard(figures), if both state figures))
 *
 * Two claims in DIFFERENT articles are linked when `score ≥ threshold`. Claims
 * of one article are never linked to each other (so contradiction within one
 * article is not detected here).
 *
 * Relation: `contradicts` when the linked claims disagree on polarity (a shared
 * verb or adjective is negated in one and affirmed in the other: "had captured"
 * vs "had not captured", "met" vs "denied that … met") or a contradiction cue
 * fires (CONTRADICTION_CUES); otherwise `corroborates`.
 *
 * Status precedence, per claim, first rule that applies wins:
 *
 *   | # | condition                                        | result                                           |
 *   |---|--------------------------------------------------|--------------------------------------------------|
 *   | 1 | `reviewed: true`                                 | unchanged (an editor's verdict)                  |
 *   | 2 | status `opinion`                                 | unchanged (not a checkable fact)                 |
 *   | 3 | cue `article-says-unverifiable`                  | unchanged (the article's own caveat wins)        |
 *   | 4 | any `contradicts` link                           | `disputed`, cue `contradicted-in-corpus`         |
 *   | 5 | a `corroborates` link to a different publisher   | `corroborated`, cue `reported-by-other-publisher`|
 *   | 6 | otherwise                                        | unchanged                                        |
 *
 * Publishers are compared case-insensitively; a null publisher is unknown, so
 * never "different". `related` is recomputed from scratch on every run.
 */
import nlp from 'compromise';
import type { AnalyzedArticle, Claim, RelatedClaim, Relation } from './types.ts';

/** Minimum score for two claims to count as the same claim. Tuned on fixtures/pairs.json. */
export const DEFAULT_MATCH_THRESHOLD = 0.38;

/** Weight of the shared-entity term in the score. */
export const ENTITY_BONUS = 0.15;

/**
 * Score multiplier when both claims name entities but share none ("Peskov said
 * the Kremlin received the plan" vs "Zelensky said Ukraine received the plan").
 */
export const ENTITY_MISMATCH_FACTOR = 0.6;

/**
 * Score multiplier when both claims state figures and share none (6.2 vs 7.1);
 * scaled up linearly to 1 by the share of figures in common.
 */
export const NUMBER_MISMATCH_FACTOR = 0.5;

export interface MatchOptions {
  /** Minimum similarity score (0–1) for a link; defaults to DEFAULT_MATCH_THRESHOLD. */
  threshold?: number;
}

export const CORROBORATED_CUE = 'reported-by-other-publisher';
export const CONTRADICTED_CUE = 'contradicted-in-corpus';

// ---------------------------------------------------------------------------
// Data

/**
 * Words that mean the opposite of each other for the same event. A cue fires
 * when one claim matches `assert` (and not `counter`) and the other matches
 * `counter` (and not `assert`). Plain negation ("did not capture", "denied
 * that …") is handled by polarity, not here.
 */
export interface ContradictionCue {
  id: string;
  assert: RegExp;
  counter: RegExp;
  /** An asserting and a countering claim that the cue must set against each other (see the tests). */
  example: readonly [string, string];
}

export const CONTRADICTION_CUES: readonly ContradictionCue[] = [
  {
    id: 'taken-vs-still-fighting',
    assert: /\b(?:surround(?:ed|s)?|encircl(?:ed|es|ement)|captur(?:ed|es)|seized|took control|taken control|fell to|has fallen)\b/i,
    counter:
      /\b(?:pushing back|pushed back|(?:fighting|battles?) (?:is |was |are |were )?(?:still )?(?:raging|ongoing|continu\w*)|still (?:raging|holding|holds|in control|controls?)|repel(?:led|ling|s)?|counter-?attack\w*|remains? (?:in|under) (?:ukrainian|ukraine's|kyiv's) control)\b/i,
    example: [
      'Putin claimed the Russian army had surrounded the city of Pokrovsk.',
      "Kyiv's top general said Ukrainian troops were pushing back hard in the city of Pokrovsk.",
    ],
  },
  {
    id: 'confirmed-vs-denied',
    assert: /\b(?:confirm(?:ed|s)?|acknowledged|admitted)\b/i,
    counter: /\b(?:den(?:ied|ies|y)|refuted|dismissed|rejected)\b/i,
    example: [
      'The ministry confirmed the strike on the Kherson hospital.',
      'The ministry denied the strike on the Kherson hospital.',
    ],
  },
  {
    id: 'accepted-vs-rejected',
    assert: /\b(?:accept(?:ed|s)?|agreed to|approved|signed)\b/i,
    counter: /\b(?:reject(?:ed|s)?|refused|turned down|vetoed|walked out)\b/i,
    example: [
      'Hamas accepted the ceasefire proposal from Egypt and Qatar.',
      'Hamas turned down the ceasefire proposal from Egypt and Qatar.',
    ],
  },
  {
    id: 'killed-vs-survived',
    assert: /\b(?:killed|dead|died|death of)\b/i,
    counter: /\b(?:survived|alive|unharmed|unhurt|escaped)\b/i,
    example: [
      'Israel said the strike killed commander Ali Karaki.',
      'Hezbollah said commander Ali Karaki survived the strike.',
    ],
  },
  {
    id: 'intercepted-vs-hit',
    assert: /\b(?:shot down|intercepted|downed|neutrali[sz]ed)\b/i,
    counter: /\b(?:reached (?:its|their) targets?|hit (?:its|their) targets?|hitting|struck|evaded)\b/i,
    example: [
      'The air force said the drones launched at Kyiv were shot down.',
      'Officials said the drones launched at Kyiv hit their targets.',
    ],
  },
  {
    id: 'rose-vs-fell',
    assert: /\b(?:rose|risen|increased|grew|climbed|jumped|up \d)/i,
    counter: /\b(?:fell|fallen|decreased|dropped|shrank|contracted|slumped|down \d)/i,
    example: [
      'Volkswagen said quarterly profit rose 12%.',
      "Volkswagen's quarterly profit fell 12%.",
    ],
  },
];

/** Words that flip the polarity of the rest of their clause. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without',
  'deny', 'denied', 'denies', 'refute', 'refuted', 'dismiss', 'dismissed', 'reject', 'rejected', 'rejects',
]);

/** Words that end a negation's scope. */
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

interface Token {
  term: string;
  negated: boolean;
  predicate: boolean;
  entity: boolean;
  /** Capitalized only because it starts a sentence (maybe a name, maybe not). */
  initial: boolean;
  lowercase: boolean;
}

interface Analysis {
  text: string;
  numbers: Set<string>;
  /** All-caps tokens: ECB, UN, NATO. */
  acronyms: Set<string>;
  /** Initials of runs of capitalized words: "European Central Bank" → ecb. */
  initials: Set<string>;
  tf: Map<string, number>;
  /** Per term: +1 only affirmed, -1 only negated, 0 both. */
  polarity: Map<string, number>;
  predicates: Set<string>;
  entities: Set<string>;
  /** Sentence-initial capitalized terms: entities unless the corpus also has them in lowercase. */
  initialCaps: Set<string>;
  lowercase: Set<string>;
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

interface NlpTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string;
  tags: string[];
}

function tokenize(text: string): Token[][] {
  const doc = nlp(text.replace(/[’‘]/g, "'"));
  doc.compute('root');
  const sentences = doc.json() as Array<{ terms: NlpTerm[] }>;
  return sentences.map(({ terms }) => {
    const tokens: Token[] = [];
    let negated = false;
    terms.forEach((t, i) => {
      const tags = new Set(t.tags);
      if (/[,;:()"“”—–]/.test(t.pre)) negated = false;
      const normal = t.normal.replace(/'s$/, '');
      if (CLAUSE_BREAKS.has(normal)) negated = false;
      if (tags.has('Negative') || NEGATORS.has(normal) || NEGATORS.has(t.root ?? '')) {
        negated = !negated;
      } else {
        const raw = t.text.replace(/[^\p{L}\p{N}.]/gu, '');
        let lemma = /^U\.?S\.?$/.test(raw) ? 'usa' : t.normal === 'forces' ? 'forces' : (t.root || normal);
        lemma = lemma.replace(/'s$/, '').replace(/[^\p{L}\p{N}.-]/gu, '').replace(/\.$/, '');
        for (const part of lemma.split('-')) {
          if (!part || STOP_WORDS.has(part) || STOP_WORDS.has(normal)) continue;
          const term = canonical(part);
          if (!term || STOP_WORDS.has(term)) continue;
          const upper = /^\p{Lu}/u.test(t.text) && !tags.has('Date');
          const entity = (upper && i > 0) || tags.has('ProperNoun') || term === 'usa';
          tokens.push({
            term,
            negated,
            predicate: (tags.has('Verb') || tags.has('Adjective')) && !tags.has('Auxiliary'),
            entity,
            initial: upper && !entity,
            lowercase: !upper,
          });
        }
      }
      if (/[,;:.!?()"“”—–]/.test(t.post)) negated = false;
    });
    return tokens;
  });
}

function analyze(text: string, speaker: string | null): Analysis {
  const tokens = tokenize(text).flat();
  const tf = new Map<string, number>();
  const polarity = new Map<string, number>();
  const predicates = new Set<string>();
  const entities = new Set<string>();
  const initialCaps = new Set<string>();
  const lowercase = new Set<string>();
  for (const { term, negated, predicate, entity, initial, lowercase: lower } of tokens) {
    if (initial) initialCaps.add(term);
    if (lower) lowercase.add(term);
    tf.set(term, (tf.get(term) ?? 0) + 1);
    const p = negated ? -1 : 1;
    const before = polarity.get(term);
    polarity.set(term, before === undefined || before === p ? p : 0);
    if (predicate) predicates.add(term);
    if (entity) entities.add(term);
  }
  for (const word of (speaker ?? '').split(/\s+/)) {
    if (word) entities.add(canonical(word.toLowerCase()));
  }
  const numbers = new Set(
    [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map(([n]) => n.replace(/,(?=\d{3}\b)/g, '').replace(/^0+(?=\d)/, '')),
  );
  const acronyms = new Set([...text.matchAll(/\b\p{Lu}{2,6}\b/gu)].map(([a]) => a.toLowerCase()));
  const initials = new Set<string>();
  for (const [run] of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}'’-]+)+/gu)) {
    const words = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
    if (words.length >= 2) initials.add(words.map((w) => w[0]).join('').toLowerCase());
  }
  return { text, numbers, acronyms, initials, tf, polarity, predicates, entities, initialCaps, lowercase };
}

// ---------------------------------------------------------------------------
// Similarity model

export interface SimilarityModel {
  /** Score in [0, 1] between documents i and j. */
  similarity(i: number, j: number): number;
  /** Relation between documents i and j, assuming they are about the same thing. */
  relation(i: number, j: number): { relation: Relation; cue: string | null };
}

/** Builds TF-IDF vectors over the given documents (the corpus for IDF is exactly these). */
export function buildSimilarityModel(docs: ReadonlyArray<{ text: string; speaker?: string | null }>): SimilarityModel {
  const analyses = docs.map((d) => analyze(d.text, d.speaker ?? null));
  // An acronym used anywhere in the corpus also stands for its spelled-out form.
  const acronyms = new Set(analyses.flatMap((a) => [...a.acronyms]));
  // A capitalized sentence opener is a name if the corpus never writes it in lowercase.
  const lowercase = new Set(analyses.flatMap((a) => [...a.lowercase]));
  for (const a of analyses) {
    for (const term of a.initialCaps) if (!lowercase.has(term)) a.entities.add(term);
    for (const i of a.initials) {
      if (!acronyms.has(i) || a.tf.has(i)) continue;
      a.tf.set(i, 1);
      a.polarity.set(i, 1);
      a.entities.add(i);
    }
  }
  const n = analyses.length;
  const df = new Map<string, number>();
  const edf = new Map<string, number>();
  for (const a of analyses) {
    for (const term of a.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const e of a.entities) edf.set(e, (edf.get(e) ?? 0) + 1);
  }
  const idf = (f: number | undefined) => Math.log((n + 1) / ((f ?? 0) + 1)) + 1;
  const vectors = analyses.map((a) => {
    const v = new Map<string, number>();
    for (const [term, count] of a.tf) v.set(term, (1 + Math.log(count)) * idf(df.get(term)));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    return { v, norm };
  });

  const cosine = (i: number, j: number) => {
    const a = vectors[i];
    const b = vectors[j];
    if (!a || !b || a.norm === 0 || b.norm === 0) return 0;
    let dot = 0;
    for (const [term, w] of a.v) dot += w * (b.v.get(term) ?? 0);
    return dot / (a.norm * b.norm);
  };

  const entityOverlap = (i: number, j: number) => {
    const a = analyses[i]?.entities ?? new Set<string>();
    const b = analyses[j]?.entities ?? new Set<string>();
    let shared = 0;
    let union = 0;
    for (const e of new Set([...a, ...b])) {
      const w = idf(edf.get(e));
      union += w;
      if (a.has(e) && b.has(e)) shared += w;
    }
    return union === 0 ? 0 : shared / union;
  };

  return {
    similarity(i, j) {
      const a = analyses[i];
      const b = analyses[j];
      if (!a || !b) return 0;
      const entities = entityOverlap(i, j);
      let score = cosine(i, j) + ENTITY_BONUS * entities;
      if (a.entities.size > 0 && b.entities.size > 0 && entities === 0) score *= ENTITY_MISMATCH_FACTOR;
      if (a.numbers.size > 0 && b.numbers.size > 0) {
        score *= NUMBER_MISMATCH_FACTOR + (1 - NUMBER_MISMATCH_FACTOR) * jaccard(a.numbers, b.numbers);
      }
      return Math.min(1, score);
    },
    relation(i, j) {
      const a = analyses[i];
      const b = analyses[j];
      if (!a || !b) return { relation: 'corroborates', cue: null };
      return relationOf(a, b);
    },
  };
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function relationOf(a: Analysis, b: Analysis): { relation: Relation; cue: string | null } {
  for (const [term, pa] of a.polarity) {
    const pb = b.polarity.get(term);
    if (pb === undefined || pa === 0 || pb === 0 || pa === pb) continue;
    if (a.predicates.has(term) || b.predicates.has(term)) return { relation: 'contradicts', cue: 'polarity' };
  }
  const cue = contradictionCue(a.text, b.text);
  return cue ? { relation: 'contradicts', cue } : { relation: 'corroborates', cue: null };
}

/** Id of the first contradiction cue that sets one text against the other, or null. */
export function contradictionCue(a: string, b: string): string | null {
  for (const cue of CONTRADICTION_CUES) {
    const side = (t: string) => (cue.assert.test(t) ? 1 : 0) - (cue.counter.test(t) ? 1 : 0);
    if (side(a) * side(b) === -1) return cue.id;
  }
  return null;
}

// ---------------------------------------------------------------------------
// The stage

interface Located {
  claim: Claim;
  article: number;
  publisher: string | null;
}

export function matchAcrossSources(articles: AnalyzedArticle[], options: MatchOptions = {}): AnalyzedArticle[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const all: Located[] = articles.flatMap((a, article) =>
    a.claims.map((claim) => ({ claim, article, publisher: normalizePublisher(a.article.publisher) })),
  );
  const model = buildSimilarityModel(all.map(({ claim }) => ({ text: claim.text, speaker: claim.speaker })));

  const links = all.map(() => new Map<string, { relation: Relation; other: Located }>());
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || a.article === b.article || a.claim.id === b.claim.id) continue;
      if (model.similarity(i, j) < threshold) continue;
      const { relation } = model.relation(i, j);
      links[i]?.set(b.claim.id, { relation, other: b });
      links[j]?.set(a.claim.id, { relation, other: a });
    }
  }

  let index = 0;
  return articles.map((a) => ({
    ...a,
    claims: a.claims.map((claim) => {
      const here = all[index];
      const linked = [...(links[index] ?? new Map()).entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      index++;
      const related: RelatedClaim[] = linked.map(([id, { relation }]) => ({ claim: id, relation }));
      return updateStatus({ ...claim, related }, here?.publisher ?? null, linked.map(([, l]) => l), articles);
    }),
  }));
}

function updateStatus(
  claim: Claim,
  publisher: string | null,
  links: ReadonlyArray<{ relation: Relation; other: Located }>,
  articles: AnalyzedArticle[],
): Claim {
  if (claim.reviewed || claim.status === 'opinion' || claim.cue === 'article-says-unverifiable') return claim;
  const contradiction = links.find((l) => l.relation === 'contradicts');
  if (contradiction) {
    const by = articles[contradiction.other.article]?.article.publisher?.trim();
    const rationale = by ? `Contradicted by a claim reported by ${by}.` : 'Contradicted by a claim in another article.';
    return { ...claim, status: 'disputed', cue: CONTRADICTED_CUE, rationale };
  }
  const corroboration = links.find(
    (l) => l.relation === 'corroborates' && publisher !== null && l.other.publisher !== null && l.other.publisher !== publisher,
  );
  if (corroboration) {
    const by = articles[corroboration.other.article]?.article.publisher?.trim() ?? '';
    return { ...claim, status: 'corroborated', cue: CORROBORATED_CUE, rationale: `Also reported by ${by}.` };
  }
  return claim;
}

function normalizePublisher(publisher: string | null): string | null {
  const p = publisher?.trim().toLowerCase();
  return p ? p : null;
}
