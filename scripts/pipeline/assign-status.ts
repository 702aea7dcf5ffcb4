/**
 * Corpus stage: how each claim stands against the evidence in the whole
 * collection, with the reason in a reader's words.
 *
 * Per claim across outlets (a cluster of appearances, claim-clusters.ts),
 * first rule that applies:
 *
 * | status          | when                                                                                  |
 * |-----------------|---------------------------------------------------------------------------------------|
 * | `not-checkable` | the appearance is a forecast, a demand or threat, or a value judgement (its kind)     |
 * | `disputed`      | someone in the collection denies or contradicts the claim (a different figure for the same measure included), or the claim is a denial of one that is there |
 * | `corroborated`  | at least two sources independent of each other and of the claimant state it          |
 * | `unverified`    | otherwise: the reason says who stands behind it and how many outlets, how many independent |
 *
 * An appearance is an independent source when it states the fact (a
 * checkable kind, not hedged, no caveat) and its speaker is neither the
 * claimant nor on the claimant's side (the same country's government, army,
 * ministries: `affiliation`), or, in the outlet's own voice, the outlet is
 * not aligned with the claimant. A claimant that is a neutral source of
 * record (a court, a UN body, a fire service, an imagery firm:
 * source-of-record.ts) is itself one independent source. Appearances resting on the same reporting
 * (one wire story and its copies, an outlet and those citing it, one
 * speaker quoted by many) count once.
 */
import { KIND_INFO, type AutomaticStatus } from '../status.ts';
import type { Contradiction } from './contradictions.ts';
import type { ClaimPair } from './match-across-sources.ts';
import { isSourceOfRecord, speaksFor } from './source-of-record.ts';
import type { ArticleOrigins } from './sources.ts';
import type { AnalyzedArticle, Appearance, Claim, ClaimKind, RelatedClaim } from './types.ts';

/** Most links a claim lists in `related`; the status is decided on all of them. */
export const MAX_RELATED = 8;

export interface EvidenceContext {
  /** Cluster id per corpus claim. */
  clusters: readonly string[];
  /** The same-claim pairs the clusters were made of: a claim lists its strongest first. */
  pairs: readonly ClaimPair[];
  origins: ArticleOrigins;
  contradictions: readonly Contradiction[];
  /** The side a speaker (site-wide name) belongs to, or null when unknown. */
  affiliation: (speaker: string) => string | null;
  /** The side an outlet is aligned with (state media), or null. */
  outletSide: (outlet: string | null) => string | null;
}

interface Entry {
  claim: Claim;
  article: AnalyzedArticle;
  /** Corpus index of the claim; its article's index and its index there. */
  index: number;
  a: number;
  k: number;
  cluster: string;
  sourceKey: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-11-13` → `13 Nov 2025`. */
export function readableDate(date: string | null): string | null {
  const m = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

function checkable(kind: ClaimKind, plan: boolean): boolean {
  const c = KIND_INFO[kind].checkable;
  return c === true || (c === 'plan' && plan);
}

function notCheckableReason(kind: ClaimKind): string {
  if (kind === 'prediction') return 'A forecast, not a checkable fact.';
  if (kind === 'demand') return 'A demand or threat, not a checkable fact.';
  return 'A value judgement, not a checkable fact.';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function listNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${plural(names.length - 2, 'other')}`;
}

/** "Vladimir Putin (Kyiv Independent, 27 Nov 2025)". */
function who(entry: Entry): string {
  const a = entry.article.article;
  const where = [a.publisher, readableDate(a.published)].filter(Boolean).join(', ');
  const speaker = entry.claim.speaker ?? a.publisher ?? 'another article';
  return where && speaker !== a.publisher ? `${speaker} (${where})` : speaker;
}

export function assignStatus(articles: readonly AnalyzedArticle[], context: EvidenceContext): AnalyzedArticle[] {
  const entries: Entry[] = [];
  articles.forEach((article, a) =>
    article.claims.forEach((claim, k) => {
      const index = entries.length;
      entries.push({ claim, article, index, a, k, cluster: context.clusters[index]!, sourceKey: context.origins.sourceKeys[a]![k]! });
    }),
  );
  const byCluster = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byCluster.get(e.cluster);
    if (list) list.push(e);
    else byCluster.set(e.cluster, [e]);
  }

  // Each claim's direct matches, strongest first.
  const strongest = new Map<number, number[]>();
  for (const { a, b } of [...context.pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    (strongest.get(a) ?? strongest.set(a, []).get(a)!).push(b);
    (strongest.get(b) ?? strongest.set(b, []).get(b)!).push(a);
  }

  // Contradictions, by cluster: who denies it, and what it denies.
  const deniedBy = new Map<string, Entry[]>();
  const denies = new Map<string, Entry[]>();
  const contradicts = new Map<number, Set<number>>();
  const denier = new Set<number>();
  const differs = new Map<string, Entry[]>();
  for (const { denier: d, target: t, rule } of context.contradictions) {
    const ed = entries[d]!;
    const et = entries[t]!;
    if (ed.cluster === et.cluster) continue;
    // Two figures that cannot both be true dispute each other; neither is a denial ("a turnout of 96 per cent").
    if (rule === 'figures') (differs.get(et.cluster) ?? differs.set(et.cluster, []).get(et.cluster)!).push(ed);
    else {
      denier.add(d);
      (deniedBy.get(et.cluster) ?? deniedBy.set(et.cluster, []).get(et.cluster)!).push(ed);
      (denies.get(ed.cluster) ?? denies.set(ed.cluster, []).get(ed.cluster)!).push(et);
    }
    (contradicts.get(d) ?? contradicts.set(d, new Set()).get(d)!).add(t);
    (contradicts.get(t) ?? contradicts.set(t, new Set()).get(t)!).add(d);
  }

  // Per cluster: claimant, independent sources.
  interface Standing {
    claimant: string | null;
    side: string | null;
    appearances: Map<number, Appearance>;
    outlets: number;
    independent: string[];
  }
  const standing = new Map<string, Standing>();
  // Pass 1: each cluster's claimant (its most frequent speaker) and side.
  const claimants = new Map<string, { claimant: string | null; side: string | null }>();
  for (const [cluster, members] of byCluster) {
    const counts = new Map<string, number>();
    for (const m of members) if (m.claim.speaker && m.claim.form !== 'factual') counts.set(m.claim.speaker, (counts.get(m.claim.speaker) ?? 0) + 1);
    const claimant = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? null;
    claimants.set(cluster, { claimant, side: claimant === null ? null : context.affiliation(claimant) });
  }
  // Pass 2: an outlet that states as plain fact a claim of one side that someone denies is aligned with that side.
  const aligned = new Map<string, string>();
  for (const [cluster, against] of deniedBy) {
    const { side } = claimants.get(cluster)!;
    if (side === null || against.length === 0) continue;
    for (const m of byCluster.get(cluster)!) {
      const outlet = m.article.article.publisher?.toLowerCase();
      if (outlet && m.claim.form === 'factual' && m.claim.speaker === null && !m.claim.hedge && !m.claim.caveat) aligned.set(outlet, side);
    }
  }
  const outletSide = (outlet: string | null) => context.outletSide(outlet) ?? (outlet ? (aligned.get(outlet.toLowerCase()) ?? null) : null);
  // Pass 3: who stands behind each appearance.
  for (const [cluster, members] of byCluster) {
    const { claimant, side } = claimants.get(cluster)!;
    const appearances = new Map<number, Appearance>();
    const sources: string[] = [];
    for (const m of members) {
      const a = m.article.article;
      const origin = context.origins.origins[m.a]![m.k]!;
      const appearance = (dependence: string | null, key: string | null): Appearance => {
        if (dependence === null && key !== null && !sources.includes(key)) sources.push(key);
        return { outlet: a.publisher, published: a.published, origin, independent: dependence === null, dependence };
      };
      const { claim } = m;
      let result: Appearance;
      if (!checkable(claim.kind, claim.plan)) result = appearance('not-a-fact', null);
      else if (claim.hedge || claim.caveat) result = appearance('hedged', null);
      else if (claim.speaker !== null) {
        // A neutral source of record (a court, a UN body, a fire service …) is evidence, not a side's claim: one source.
        // Someone introduced as speaking for the claimant ("a spokesperson for the agency") is the claimant.
        const voice = claimant !== null && claim.speaker !== claimant && speaksFor(claim.text, claimant) ? claimant : claim.speaker;
        if (voice === claimant) result = isSourceOfRecord(claimant, claim.text, side) ? appearance(null, `speaker:${claimant.toLowerCase()}`) : appearance('claimant', null);
        else if (side !== null && context.affiliation(claim.speaker) === side) result = appearance('claimant-side', null);
        else result = appearance(null, `speaker:${claim.speaker.toLowerCase()}`);
      } else if (claim.form !== 'factual') result = appearance('unknown-source', null);
      else if (side !== null && outletSide(a.publisher) === side) result = appearance('claimant-side', null);
      else result = appearance(null, m.sourceKey);
      appearances.set(m.index, result);
    }
    const outlets = new Set(members.map((m) => m.article.article.publisher?.toLowerCase() ?? `article:${m.article.slug}`)).size;
    standing.set(cluster, { claimant, side, appearances, outlets, independent: sources });
  }

  const decide = (e: Entry, s: Standing): { status: AutomaticStatus; cue: string; rationale: string } => {
    const { claim } = e;
    if (!checkable(claim.kind, claim.plan)) return { status: 'not-checkable', cue: `kind:${claim.kind}`, rationale: notCheckableReason(claim.kind) };
    const reported = `reported by ${plural(s.outlets, 'outlet')}, ${s.independent.length === 0 ? 'none' : s.independent.length} of them independent`;
    const against = deniedBy.get(e.cluster);
    if (against && against.length > 0) {
      const names = [...new Set(against.sort((x, y) => x.index - y.index).map(who))];
      return { status: 'disputed', cue: 'denied', rationale: `Denied by ${listNames(names)}.` };
    }
    const denied = denies.get(e.cluster);
    if (denied && denied.length > 0) {
      const names = [...new Set(denied.sort((x, y) => x.index - y.index).map(who))];
      return { status: 'disputed', cue: 'denies', rationale: `Contradicts what ${listNames(names)} says.` };
    }
    const figures = differs.get(e.cluster);
    if (figures && figures.length > 0) {
      const names = [...new Set(figures.sort((x, y) => x.index - y.index).map(who))];
      return { status: 'disputed', cue: 'figures', rationale: `Contradicted by a different figure from ${listNames(names)}.` };
    }
    if (s.independent.length >= 2) {
      return { status: 'corroborated', cue: 'independent-sources', rationale: `Confirmed by ${plural(s.independent.length, 'independent source')}; ${reported}.` };
    }
    const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    if (claim.caveat) return { status: 'unverified', cue: 'article-says-unverifiable', rationale: `The article says it could not be independently verified; ${reported}.` };
    if (claim.hedge) return { status: 'unverified', cue: 'hedged', rationale: `The outlet hedges it (“${claim.hedge}”); ${reported}.` };
    if (s.claimant) {
      const sided = [...s.appearances.values()].some((x) => x.dependence === 'claimant-side');
      const only = sided ? `Only ${s.claimant} and others on the same side say so` : `Only ${s.claimant} says so`;
      return { status: 'unverified', cue: 'only-claimant', rationale: `${only}; ${reported}.` };
    }
    return { status: 'unverified', cue: 'no-independent-confirmation', rationale: `${upper(reported)}: no independent confirmation.` };
  };

  let index = 0;
  return articles.map((article) => ({
    ...article,
    claims: article.claims.map((claim) => {
      const e = entries[index++]!;
      const s = standing.get(e.cluster)!;
      const related: RelatedClaim[] = [];
      for (const t of [...(contradicts.get(e.index) ?? [])].sort((x, y) => x - y).slice(0, MAX_RELATED)) related.push({ claim: entries[t]!.claim.id, relation: 'contradicts' });
      // The same claim elsewhere: the strongest direct matches first, then the rest of the cluster.
      const listed = new Set<number>([e.index]);
      const others = [...(strongest.get(e.index) ?? []), ...byCluster.get(e.cluster)!.map((m) => m.index)];
      for (const other of others) {
        if (related.filter((r) => r.relation === 'same-claim').length >= MAX_RELATED || listed.has(other)) continue;
        if (entries[other]!.cluster !== e.cluster) continue;
        listed.add(other);
        related.push({ claim: entries[other]!.claim.id, relation: 'same-claim' });
      }
      related.sort((x, y) => (x.relation === y.relation ? (x.claim < y.claim ? -1 : 1) : x.relation === 'contradicts' ? -1 : 1));
      const kind: ClaimKind = denier.has(e.index) && (claim.kind === 'attributed' || claim.kind === 'factual') ? 'denial' : claim.kind;
      const updated = { ...claim, kind };
      const sources = { outlets: s.outlets, independent: s.independent.length };
      return { ...updated, cluster: e.cluster, appearance: s.appearances.get(e.index)!, sources, related, ...decide({ ...e, claim: updated }, s) };
    }),
  }));
}
