/**
 * Stage 5: link claims that state the same thing in different articles, and
 * update statuses at the level of the whole collection.
 *
 * Similarity: every claim text is a document, analysed by `claimFeatures`
 * (claim-features.ts). Tokens are lowercased, lemmatized
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
import { claimFeatures, type ClaimFeatures } from './claim-features.ts';
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

/**
 * Most links a claim lists in `related`: a story covered by 60 outlets would
 * otherwise list 59 links on each of its claims, in every page's frontmatter
 * and in every export. Contradictions are kept first, then the highest
 * scores. Statuses are decided on all links, not only the listed ones.
 */
export const MAX_RELATED = 8;

/**
 * Most earlier claims (in corpus order) each claim is scored against: those
 * the candidate index bounds highest. Below it the matching is exact; above
 * it, in a story covered by hundreds of articles whose claims all share the
 * story's names, the weakest candidates are not scored, which keeps the work
 * linear in the number of claims instead of quadratic in the size of the
 * biggest story. A claim still meets at least this many candidates, each of
 * which can link to it, and only `MAX_RELATED` links are listed anyway.
 * Measured in docs/benchmarks.md.
 */
export const MAX_CANDIDATES = 200;

export interface MatchOptions {
  /** Minimum similarity score (0–1) for a link; defaults to DEFAULT_MATCH_THRESHOLD. */
  threshold?: number;
  /** Most links listed in a claim's `related`; defaults to MAX_RELATED. */
  maxRelated?: number;
  /** Most earlier claims each claim is scored against; defaults to MAX_CANDIDATES (Infinity: exact). */
  maxCandidates?: number;
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

// ---------------------------------------------------------------------------
// Similarity model

export interface SimilarityModel {
  /** Score in [0, 1] between documents i and j. */
  similarity(i: number, j: number): number;
  /** Relation between documents i and j, assuming they are about the same thing. */
  relation(i: number, j: number): { relation: Relation; cue: string | null };
  /**
   * Calls `visit(i, j)` (i < j) for every pair that can score at least
   * `threshold`, and possibly some that cannot: a superset of the pairs worth
   * scoring, each once, in a deterministic order. Exact, not a heuristic: see
   * `forEachCandidatePair`.
   */
  candidates(threshold: number, visit: (i: number, j: number) => void, options?: CandidateOptions): void;
}

export interface CandidateOptions {
  /** Documents with the same group (their article) are never paired. */
  group?: Int32Array;
  /**
   * Most earlier documents each document is paired with: the ones with the
   * highest upper bounds. Unbounded by default (exact).
   */
  maxPerDoc?: number;
}

/** A document of the model: one claim. */
interface Doc {
  text: string;
  numbers: ReadonlySet<string>;
  polarity: ReadonlyMap<string, number>;
  predicates: ReadonlySet<string>;
  /** Per CONTRADICTION_CUES entry: 1 the text asserts, -1 it counters, 0 neither (or both). */
  cueSides: Int8Array;
  /** Term ids, ascending (id 0 is the corpus's most frequent term). */
  terms: Int32Array;
  /** The document's TF-IDF weights for `terms`, scaled to unit length. */
  weights: Float64Array;
  /** Entity ids, ascending, and the sum of their weights. */
  entities: Int32Array;
  entityTotal: number;
}

export interface SimilarityInput {
  text: string;
  speaker?: string | null;
  /** Precomputed `claimFeatures(text, speaker)`; computed here when absent. */
  features?: ClaimFeatures;
}

/** Builds TF-IDF vectors over the given documents (the corpus for IDF is exactly these). */
export function buildSimilarityModel(inputs: readonly SimilarityInput[]): SimilarityModel {
  const features = inputs.map((d) => d.features ?? claimFeatures(d.text, d.speaker ?? null));
  // An acronym used anywhere in the corpus also stands for its spelled-out form.
  const acronyms = new Set(features.flatMap((f) => f.acronyms));
  // A capitalized sentence opener is a name if the corpus never writes it in lowercase.
  const lowercase = new Set(features.flatMap((f) => f.lowercase));
  const parsed = features.map((f) => {
    const tf = new Map(f.tf);
    const polarity = new Map(f.polarity);
    const entities = new Set(f.entities);
    for (const term of f.initialCaps) if (!lowercase.has(term)) entities.add(term);
    for (const i of f.initials) {
      if (!acronyms.has(i) || tf.has(i)) continue;
      tf.set(i, 1);
      polarity.set(i, 1);
      entities.add(i);
    }
    return { f, tf, polarity, entities };
  });

  const n = parsed.length;
  const df = new Map<string, number>();
  const edf = new Map<string, number>();
  for (const { tf, entities } of parsed) {
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const e of entities) edf.set(e, (edf.get(e) ?? 0) + 1);
  }
  const idf = (f: number | undefined) => Math.log((n + 1) / ((f ?? 0) + 1)) + 1;
  // Term ids in the global order the candidate index needs: most frequent first.
  const termId = new Map(
    [...df.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([term], id) => [term, id]),
  );
  const entityId = new Map([...edf.keys()].sort().map((e, id) => [e, id]));
  const entityWeight = Float64Array.from([...entityId.keys()], (e) => idf(edf.get(e)));

  const docs: Doc[] = parsed.map(({ f, tf, polarity, entities }) => {
    const entries = [...tf].map(([term, count]) => [termId.get(term)!, (1 + Math.log(count)) * idf(df.get(term))] as const);
    entries.sort(([a], [b]) => a - b);
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
    const ids = Int32Array.from([...entities].map((e) => entityId.get(e)!)).sort();
    return {
      text: f.text,
      numbers: new Set(f.numbers),
      polarity,
      predicates: new Set(f.predicates),
      cueSides: Int8Array.from(CONTRADICTION_CUES, (cue) => cueSide(cue, f.text)),
      terms: Int32Array.from(entries, ([id]) => id),
      weights: Float64Array.from(entries, ([, w]) => (norm === 0 ? 0 : w / norm)),
      entities: ids,
      entityTotal: ids.reduce((sum, id) => sum + entityWeight[id]!, 0),
    };
  });

  const cosine = (a: Doc, b: Doc) => {
    let dot = 0;
    for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length; ) {
      const s = a.terms[x]!;
      const t = b.terms[y]!;
      if (s === t) dot += a.weights[x++]! * b.weights[y++]!;
      else if (s < t) x++;
      else y++;
    }
    return dot;
  };

  /** Weighted Jaccard of the entity sets (weights: entity IDF). */
  const entityOverlap = (a: Doc, b: Doc) => {
    let shared = 0;
    for (let x = 0, y = 0; x < a.entities.length && y < b.entities.length; ) {
      const s = a.entities[x]!;
      const t = b.entities[y]!;
      if (s === t) {
        shared += entityWeight[s]!;
        x++;
        y++;
      } else if (s < t) x++;
      else y++;
    }
    const union = a.entityTotal + b.entityTotal - shared;
    return union <= 0 ? 0 : shared / union;
  };

  return {
    similarity(i, j) {
      const a = docs[i];
      const b = docs[j];
      if (!a || !b) return 0;
      const entities = entityOverlap(a, b);
      let score = cosine(a, b) + ENTITY_BONUS * entities;
      if (a.entities.length > 0 && b.entities.length > 0 && entities === 0) score *= ENTITY_MISMATCH_FACTOR;
      if (a.numbers.size > 0 && b.numbers.size > 0) {
        score *= NUMBER_MISMATCH_FACTOR + (1 - NUMBER_MISMATCH_FACTOR) * jaccard(a.numbers, b.numbers);
      }
      return Math.min(1, score);
    },
    relation(i, j) {
      const a = docs[i];
      const b = docs[j];
      if (!a || !b) return { relation: 'corroborates', cue: null };
      return relationOf(a, b);
    },
    candidates(threshold, visit, options) {
      // score ≤ cosine + ENTITY_BONUS (every other factor is at most 1), so a
      // pair scoring ≥ threshold has cosine ≥ threshold − ENTITY_BONUS.
      forEachCandidatePair(docs, threshold - ENTITY_BONUS, visit, options);
    },
  };
}

/** Slack for floating-point rounding in the candidate bound. */
const BOUND_EPSILON = 1e-9;

/**
 * Visits all pairs (i < j) of unit vectors whose dot product may reach
 * `minCosine`, found through an inverted index instead of comparing every
 * pair (the "all-pairs" algorithm of Bayardo, Ma and Srikant, WWW 2007).
 *
 * Each document's terms run from the corpus's most frequent to its rarest.
 * Its longest prefix that cannot by itself reach `minCosine` against any
 * other document is left out of the index: the prefix's contribution to a
 * dot product is at most `prefixBound`, the smaller of the prefix's length
 * (the other vector has unit length) and Σ weight × the term's largest
 * weight anywhere. Only the rest, the rare terms, is indexed. Probing the
 * index with every term of document j accumulates, for each earlier document
 * i, the exact dot product over i's indexed terms; adding i's `prefixBound`
 * (or, tighter, the prefix's length times the length of j's part over the
 * same frequent terms) gives an upper bound of cos(i, j), and only pairs whose bound reaches
 * `minCosine` are visited. No pair with cos(i, j) ≥ minCosine is missed, and
 * common words never produce candidates by themselves: the work grows with
 * the pairs that share rare terms, not with n². With minCosine ≤ 0 every
 * pair is visited.
 */
function forEachCandidatePair(docs: readonly Doc[], minCosine: number, visit: (i: number, j: number) => void, options: CandidateOptions = {}): void {
  const n = docs.length;
  const { group, maxPerDoc = Infinity } = options;
  if (minCosine <= BOUND_EPSILON) {
    for (let j = 1; j < n; j++) {
      const earlier: number[] = [];
      for (let i = 0; i < j; i++) if (!group || group[i] !== group[j]) earlier.push(i);
      for (const i of strongestCandidates(earlier, earlier.map(() => 1), maxPerDoc)) visit(i, j);
    }
    return;
  }
  const bound = minCosine - BOUND_EPSILON;
  let termCount = 0;
  for (const d of docs) for (const t of d.terms) termCount = Math.max(termCount, t + 1);
  const maxWeight = new Float64Array(termCount);
  for (const d of docs) d.terms.forEach((t, k) => (maxWeight[t] = Math.max(maxWeight[t]!, d.weights[k]!)));

  const postingDocs: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  const prefixBound = new Float64Array(n);
  const prefixNorm = new Float64Array(n);
  const prefixLast = new Int32Array(n).fill(-1);
  const dot = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const { terms, weights } = docs[j]!;
    const found: number[] = [];
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      const w = weights[k]!;
      const ids = postingDocs[t]!;
      const ws = postingWeights[t]!;
      for (let p = 0; p < ids.length; p++) {
        const i = ids[p]!;
        if (seen[i] !== j) {
          seen[i] = j;
          dot[i] = 0;
          found.push(i);
        }
        dot[i]! += w * ws[p]!;
      }
    }
    // j's norm over its terms up to each position, for bounding dot(i's prefix, j).
    const headNorm = new Float64Array(terms.length);
    let running = 0;
    for (let k = 0; k < terms.length; k++) headNorm[k] = Math.sqrt((running += weights[k]! * weights[k]!));
    const passing: number[] = [];
    const upper: number[] = [];
    for (const i of found) {
      if (group && group[i] === group[j]) continue;
      // i's prefix only has terms with ids ≤ prefixLast[i]: only j's terms up to there can meet it.
      const last = upperIndex(terms, prefixLast[i]!);
      const jHead = last < 0 ? 0 : headNorm[last]!;
      const cosBound = dot[i]! + Math.min(prefixBound[i]!, prefixNorm[i]! * jHead);
      if (cosBound < bound) continue;
      passing.push(i);
      upper.push(cosBound);
    }
    for (const i of strongestCandidates(passing, upper, maxPerDoc)) visit(i, j);
    // Index everything after the longest prefix that cannot reach the bound on its own.
    let squares = 0;
    let dotBound = 0;
    let k = 0;
    for (; k < terms.length; k++) {
      const w = weights[k]!;
      const nextSquares = squares + w * w;
      const nextDot = dotBound + w * maxWeight[terms[k]!]!;
      if (Math.min(Math.sqrt(nextSquares), nextDot) >= bound) break;
      squares = nextSquares;
      dotBound = nextDot;
    }
    prefixBound[j] = Math.min(Math.sqrt(squares), dotBound);
    prefixNorm[j] = Math.sqrt(squares);
    prefixLast[j] = k > 0 ? terms[k - 1]! : -1;
    for (; k < terms.length; k++) {
      postingDocs[terms[k]!]!.push(j);
      postingWeights[terms[k]!]!.push(weights[k]!);
    }
  }
}

/** Buckets `strongestCandidates` sorts upper bounds into. */
const BOUND_BUCKETS = 256;

/**
 * At most `max` of `candidates`: those with the highest `upper` bounds, found
 * by bucketing the bounds (linear time, where sorting every document's
 * candidates would not be); within the last bucket that fits only in part,
 * the earliest documents. All of them when there are at most `max`.
 */
function strongestCandidates(candidates: number[], upper: readonly number[], max: number): number[] {
  if (candidates.length <= max) return candidates;
  let top = 0;
  for (const u of upper) top = Math.max(top, u);
  const bucketOf = (u: number) => (top <= 0 ? 0 : Math.min(BOUND_BUCKETS - 1, Math.floor((u / top) * BOUND_BUCKETS)));
  const counts = new Int32Array(BOUND_BUCKETS);
  for (const u of upper) counts[bucketOf(u)]!++;
  let cut = BOUND_BUCKETS - 1;
  let above = 0;
  while (cut > 0 && above + counts[cut]! < max) above += counts[cut--]!;
  let room = max - above;
  const kept: number[] = [];
  candidates.forEach((i, k) => {
    const bucket = bucketOf(upper[k]!);
    if (bucket > cut) kept.push(i);
    else if (bucket === cut && room > 0) {
      kept.push(i);
      room--;
    }
  });
  return kept;
}

/** Index of the last element of the ascending `ids` that is ≤ `id`, or -1. */
function upperIndex(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function relationOf(a: Doc, b: Doc): { relation: Relation; cue: string | null } {
  for (const [term, pa] of a.polarity) {
    const pb = b.polarity.get(term);
    if (pb === undefined || pa === 0 || pb === 0 || pa === pb) continue;
    if (a.predicates.has(term) || b.predicates.has(term)) return { relation: 'contradicts', cue: 'polarity' };
  }
  const index = CONTRADICTION_CUES.findIndex((_, c) => a.cueSides[c]! * b.cueSides[c]! === -1);
  const cue = CONTRADICTION_CUES[index]?.id ?? null;
  return cue ? { relation: 'contradicts', cue } : { relation: 'corroborates', cue: null };
}

/** 1 when `text` asserts what the cue sets against its counter, -1 when it counters it, 0 otherwise. */
function cueSide(cue: ContradictionCue, text: string): number {
  return (cue.assert.test(text) ? 1 : 0) - (cue.counter.test(text) ? 1 : 0);
}

/** Id of the first contradiction cue that sets one text against the other, or null. */
export function contradictionCue(a: string, b: string): string | null {
  return CONTRADICTION_CUES.find((cue) => cueSide(cue, a) * cueSide(cue, b) === -1)?.id ?? null;
}

// ---------------------------------------------------------------------------
// The stage

interface Located {
  claim: Claim;
  article: number;
  publisher: string | null;
}

interface Link {
  other: Located;
  relation: Relation;
  score: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function matchAcrossSources(articles: AnalyzedArticle[], options: MatchOptions = {}): AnalyzedArticle[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const maxRelated = options.maxRelated ?? MAX_RELATED;
  const all: Located[] = articles.flatMap((a, article) =>
    a.claims.map((claim) => ({ claim, article, publisher: normalizePublisher(a.article.publisher) })),
  );
  const model = buildSimilarityModel(
    articles.flatMap((a) =>
      a.claims.map((claim, k) => ({
        text: claim.text,
        speaker: claim.speaker,
        features: a.features?.length === a.claims.length ? a.features[k] : undefined,
      })),
    ),
  );

  const summaries = all.map(() => new LinkSummary(maxRelated));
  const group = Int32Array.from(all, ({ article }) => article);
  const maxCandidates = options.maxCandidates ?? MAX_CANDIDATES;
  model.candidates(
    threshold,
    (i, j) => {
      const a = all[i]!;
      const b = all[j]!;
      if (a.claim.id === b.claim.id) return;
      const score = model.similarity(i, j);
      if (score < threshold) return;
      const { relation } = model.relation(i, j);
      summaries[i]!.add({ other: b, relation, score }, a.publisher);
      summaries[j]!.add({ other: a, relation, score }, b.publisher);
    },
    { group, maxPerDoc: maxCandidates },
  );

  let index = 0;
  return articles.map((a) => ({
    ...a,
    claims: a.claims.map((claim) => {
      const summary = summaries[index++]!;
      const related: RelatedClaim[] = summary.related().map(({ other, relation }) => ({ claim: other.claim.id, relation }));
      return updateStatus({ ...claim, related }, summary, articles);
    }),
  }));
}

/** Contradictions first, then the higher score, then the smaller claim id. */
function outranks(x: Link, y: Link): boolean {
  const cx = x.relation === 'contradicts';
  const cy = y.relation === 'contradicts';
  if (cx !== cy) return cx;
  if (x.score !== y.score) return x.score > y.score;
  return x.other.claim.id < y.other.claim.id;
}

/**
 * What one claim keeps of its links, in memory bounded by `max` whatever the
 * corpus (a claim of a story covered by hundreds of articles has hundreds of
 * links): the `max` strongest (`outranks`), and the first contradiction and
 * the first corroboration by another publisher in claim-id order, which
 * decide its status and name the publisher in the rationale.
 */
class LinkSummary {
  readonly #max: number;
  /** Strongest first. */
  readonly #top: Link[] = [];
  contradiction: Link | null = null;
  corroboration: Link | null = null;

  constructor(max: number) {
    this.#max = max;
  }

  add(link: Link, publisher: string | null): void {
    const id = link.other.claim.id;
    if (link.relation === 'contradicts') {
      if (!this.contradiction || id < this.contradiction.other.claim.id) this.contradiction = link;
    } else if (publisher !== null && link.other.publisher !== null && link.other.publisher !== publisher) {
      if (!this.corroboration || id < this.corroboration.other.claim.id) this.corroboration = link;
    }
    if (this.#max <= 0) return;
    const top = this.#top;
    if (top.length === this.#max && !outranks(link, top[top.length - 1]!)) return;
    let at = top.length;
    while (at > 0 && outranks(link, top[at - 1]!)) at--;
    top.splice(at, 0, link);
    if (top.length > this.#max) top.pop();
  }

  /** The kept links, in claim-id order. */
  related(): Link[] {
    return [...this.#top].sort((x, y) => byId(x.other.claim.id, y.other.claim.id));
  }
}

function updateStatus(claim: Claim, links: LinkSummary, articles: AnalyzedArticle[]): Claim {
  if (claim.reviewed || claim.status === 'opinion' || claim.cue === 'article-says-unverifiable') return claim;
  const contradiction = links.contradiction;
  if (contradiction) {
    const by = articles[contradiction.other.article]?.article.publisher?.trim();
    const rationale = by ? `Contradicted by a claim reported by ${by}.` : 'Contradicted by a claim in another article.';
    return { ...claim, status: 'disputed', cue: CONTRADICTED_CUE, rationale };
  }
  const corroboration = links.corroboration;
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
