/**
 * Corpus stage: the claims across outlets. Appearances that state the same
 * thing (`same-claim` pairs from matchAcrossSources) are grouped into one
 * claim, with a stable id.
 *
 * Grouping merges the strongest pairs first, and two groups only when
 *
 * - no claim of one contradicts a claim of the other, and
 * - they share no article (an article states a claim once: two sentences of
 *   one article that both resemble a third are two claims, and a chain of
 *   resemblances must not join them), and
 * - at least `MIN_LINKED_SHARE` of the pairs between their appearances are
 *   linked (so "Putin said X" and "Putin said Y" do not merge through one
 *   appearance that resembles both).
 *
 * The id is `k-` and the hex of the claim id of the group's founding
 * appearance: the earliest by article date, then article slug, then
 * position. It stays the same when later articles join the group; the ingest
 * then names each group from the registry of the ids earlier builds gave
 * (story-ids.ts), so that an earlier article joining, a merge or the
 * founder's article going does not move a story's page either.
 */
import type { ClaimPair } from './match-across-sources.ts';

/** Share of the pairs between two groups that must be linked for them to merge. */
export const MIN_LINKED_SHARE = 0.5;

export interface ClusterInput {
  /** Claim id (`c-…`). */
  id: string;
  /** Index of its article in the corpus. */
  article: number;
  /** Sort key of its article: date, then slug. */
  order: string;
}

/** The cluster id of each claim, in input order. */
export function clusterClaims(claims: readonly ClusterInput[], pairs: readonly ClaimPair[], apart: ReadonlyArray<readonly [number, number]> = []): string[] {
  const n = claims.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const articles: Set<number>[] = claims.map((c) => new Set([c.article]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const linked = new Map<number, Set<number>>();
  for (const { a, b } of pairs) {
    if (!linked.has(a)) linked.set(a, new Set());
    if (!linked.has(b)) linked.set(b, new Set());
    linked.get(a)!.add(b);
    linked.get(b)!.add(a);
  }
  // Claims that contradict each other never share a cluster, however alike their words.
  const cannot = new Map<number, Set<number>>();
  for (const [a, b] of apart) {
    if (!cannot.has(a)) cannot.set(a, new Set());
    if (!cannot.has(b)) cannot.set(b, new Set());
    cannot.get(a)!.add(b);
    cannot.get(b)!.add(a);
  }
  const ordered = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [small, large] = members[ra]!.length <= members[rb]!.length ? [ra, rb] : [rb, ra];
    if ([...articles[small]!].some((x) => articles[large]!.has(x))) continue;
    const largeSet = new Set(members[large]);
    if (members[small]!.some((m) => [...(cannot.get(m) ?? [])].some((o) => largeSet.has(o)))) continue;
    let links = 0;
    for (const m of members[small]!) for (const o of linked.get(m) ?? []) if (largeSet.has(o)) links++;
    if (links < MIN_LINKED_SHARE * members[small]!.length * members[large]!.length) continue;
    parent[small] = large;
    members[large]!.push(...members[small]!);
    for (const x of articles[small]!) articles[large]!.add(x);
    members[small] = [];
  }
  const founder = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const current = founder.get(root);
    if (current === undefined || claims[i]!.order < claims[current]!.order) founder.set(root, i);
  }
  return claims.map((_, i) => `k-${claims[founder.get(find(i))!]!.id.slice(2)}`);
}
