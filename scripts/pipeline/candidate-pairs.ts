/**
 * Candidate pairs for similarity matching: every pair of unit vectors whose
 * dot product may reach a bound, found through an inverted index instead of
 * comparing every pair (the "all-pairs" algorithm of Bayardo, Ma and
 * Srikant, WWW 2007), with at most `maxPerDoc` candidates per document.
 */

/** A document as the index sees it: term ids ascending (id 0 is the corpus's most frequent term) and unit-length weights. */
export interface IndexedDoc {
  terms: Int32Array;
  weights: Float64Array;
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
export function forEachCandidatePair(docs: readonly IndexedDoc[], minCosine: number, visit: (i: number, j: number) => void, options: CandidateOptions = {}): void {
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

