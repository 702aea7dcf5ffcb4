/**
 * Stage: find the claims in different articles that state the same thing
 * (`same-claim` links). What links mean for a claim's standing is decided
 * later, from who stands behind each appearance (sources.ts,
 * assign-status.ts): repetition alone confirms nothing.
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
 * Two claims in DIFFERENT articles are linked when `score ≥ threshold`, or
 * when they state the same figure for the same event of one story
 * (figure-links.ts).
 * Contradictions are found by contradictions.ts.
 */
import { forEachCandidatePair, type CandidateOptions } from './candidate-pairs.ts';
import { claimFeatures, type ClaimFeatures } from './claim-features.ts';
import { matchByFigures } from './figure-links.ts';
import type { AnalyzedArticle, Claim } from './types.ts';

export type { CandidateOptions };

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

// ---------------------------------------------------------------------------
// Similarity model

export interface SimilarityModel {
  /** Score in [0, 1] between documents i and j. */
  similarity(i: number, j: number): number;
  /**
   * Calls `visit(i, j)` (i < j) for every pair that can score at least
   * `threshold`, and possibly some that cannot: a superset of the pairs worth
   * scoring, each once, in a deterministic order. Exact, not a heuristic: see
   * `forEachCandidatePair`.
   */
  candidates(threshold: number, visit: (i: number, j: number) => void, options?: CandidateOptions): void;
}


/** A document of the model: one claim. */
interface Doc {
  text: string;
  numbers: ReadonlySet<string>;
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
    const entities = new Set(f.entities);
    for (const term of f.initialCaps) if (!lowercase.has(term)) entities.add(term);
    for (const i of f.initials) {
      if (!acronyms.has(i) || tf.has(i)) continue;
      tf.set(i, 1);
      entities.add(i);
    }
    return { f, tf, entities };
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

  const docs: Doc[] = parsed.map(({ f, tf, entities }) => {
    const entries = [...tf].map(([term, count]) => [termId.get(term)!, (1 + Math.log(count)) * idf(df.get(term))] as const);
    entries.sort(([a], [b]) => a - b);
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
    const ids = Int32Array.from([...entities].map((e) => entityId.get(e)!)).sort();
    return {
      text: f.text,
      numbers: new Set(f.numbers),
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
    candidates(threshold, visit, options) {
      // score ≤ cosine + ENTITY_BONUS (every other factor is at most 1), so a
      // pair scoring ≥ threshold has cosine ≥ threshold − ENTITY_BONUS.
      forEachCandidatePair(docs, threshold - ENTITY_BONUS, visit, options);
    },
  };
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

// ---------------------------------------------------------------------------
// The stage

/** Two claims, by their index in the corpus (articles' claims in order), that state the same thing. */
export interface ClaimPair {
  a: number;
  b: number;
  score: number;
}

/** The corpus's claims in order, with the article each belongs to. */
export function corpusClaims(articles: readonly AnalyzedArticle[]): { claim: Claim; article: number; features: ClaimFeatures | undefined }[] {
  return articles.flatMap((a, article) =>
    a.claims.map((claim, k) => ({ claim, article, features: a.features?.length === a.claims.length ? a.features[k] : undefined })),
  );
}

/**
 * The pairs of claims in different articles that state the same thing:
 * similarity at least `threshold`, each claim scored against at most
 * `maxCandidates` earlier claims. `a < b`, in a deterministic order.
 */
export function matchAcrossSources(articles: readonly AnalyzedArticle[], options: MatchOptions = {}): ClaimPair[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const all = corpusClaims(articles);
  // Each claim's features once, for the similarity model and the figure links.
  const features = all.map(({ claim, features: f }) => f ?? claimFeatures(claim.text, claim.speaker));
  const model = buildSimilarityModel(all.map(({ claim }, i) => ({ text: claim.text, speaker: claim.speaker, features: features[i] })));
  const group = Int32Array.from(all, ({ article }) => article);
  const pairs: ClaimPair[] = [];
  model.candidates(
    threshold,
    (i, j) => {
      const score = model.similarity(i, j);
      if (score >= threshold) pairs.push({ a: i, b: j, score });
    },
    { group, maxPerDoc: options.maxCandidates ?? MAX_CANDIDATES },
  );
  // The same figure for the same event, in other words (figure-links.ts).
  const found = new Set(pairs.map(({ a, b }) => `${a}:${b}`));
  // Names of the claim and of the claims around it in its article: a quote often names nothing ("No civilians were killed.").
  const context = all.map(({ article }, i) => {
    const names = new Set(features[i]!.entities);
    for (const j of [i - 2, i - 1, i + 1]) if (j >= 0 && j < all.length && all[j]!.article === article) for (const e of features[j]!.entities) names.add(e);
    return names;
  });
  const byFigure = matchByFigures(all.map(({ claim, article }, i) => ({ features: features[i]!, article, denial: claim.kind === 'denial', entities: context[i]! })));
  for (const [a, b] of byFigure) {
    if (found.has(`${a}:${b}`)) continue;
    pairs.push({ a, b, score: Math.max(threshold, model.similarity(a, b)) });
  }
  return pairs;
}
