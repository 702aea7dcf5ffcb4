/**
 * The evidence model measured on a labelled set (labelled-set.ts): the
 * set's seeds go through the whole ingest as one collection, and each
 * labelled claim is compared with the claim the pipeline found in the same
 * sentence.
 *
 * - detection: labelled claims found / labelled claims (recall), claims found
 *   that are labelled / claims found (precision);
 * - kind, status and speaker accuracy over the labelled claims that were
 *   found (the status also over all labelled claims, a claim not found
 *   counting as wrong);
 * - persons under more than one name: labelled people whose found claims
 *   carry two or more different speaker names, and of them how many carry
 *   a name that is not theirs (another speaker's: a misattribution rather
 *   than a split name);
 * - links: pairs of claims in different articles that state the same fact
 *   (same labelled cluster) against pairs the pipeline put in one cluster;
 *   precision over the pipeline's pairs between labelled claims, recall over
 *   all labelled pairs (a claim not found misses its pairs);
 * - contradictions: precision over the pipeline's `contradicts` links (a
 *   link is right when one side's label denies the other's cluster; a link
 *   touching an unlabelled sentence is wrong), recall over labelled denials
 *   (a denial of cluster C is found when its claim is linked as contradicting
 *   a claim labelled C).
 */
import { ingestCorpus } from '../pipeline/ingest.ts';
import type { Claim } from '../pipeline/types.ts';
import { ratio, type PRF, prf } from './metrics.ts';
import type { LabelledClaim, LabelledSet, SetStories } from './labelled-set.ts';

export interface EvidenceMiss {
  article: string;
  text: string;
  what: 'not found' | 'kind' | 'status' | 'speaker' | 'contradiction' | 'denial';
  expected: string;
  got: string;
}

export interface EvidenceScore {
  set: string;
  role: LabelledSet['role'];
  articles: number;
  labelled: number;
  found: number;
  detection: PRF;
  kindRight: number;
  statusRight: number;
  speakerRight: number;
  kindAccuracy: number | null;
  statusAccuracy: number | null;
  /** Status accuracy with every labelled claim not found counted as wrong. */
  statusAccuracyAll: number | null;
  speakerAccuracy: number | null;
  /** Labelled people (type person) whose found claims carry more than one speaker name, with the names. */
  /** `misattributed`: one of the names is not the person's (not their name or a listed alias). */
  splitPersons: Array<{ entity: string; names: string[]; misattributed: boolean }>;
  persons: number;
  links: PRF;
  contradictions: PRF;
  /** Labelled denials (a claim and a cluster it denies), and how many were found. */
  denials: number;
  denialsFound: number;
  /** Kind confusion: `expected → got` counts. */
  kindConfusion: Record<string, number>;
  statusConfusion: Record<string, number>;
  misses: EvidenceMiss[];
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const words = (s: string) => new Set(collapse(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** How much of `a`'s words `b` has. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size === 0 ? 0 : shared / a.size;
}

/** Each labelled claim's pipeline claim (same sentence), or null; each pipeline claim used once. */
export function alignClaims(labels: readonly LabelledClaim[], claims: readonly Claim[]): (Claim | null)[] {
  const used = new Set<number>();
  return labels.map((label) => {
    const text = collapse(label.text);
    const lw = words(label.text);
    let best = -1;
    let bestScore = 0;
    claims.forEach((claim, i) => {
      if (used.has(i)) return;
      const ct = collapse(claim.text);
      const cw = words(claim.text);
      const score = ct === text ? 2 : ct.includes(text) || text.includes(ct) ? 1.5 : Math.min(overlap(lw, cw), overlap(cw, lw));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0 || bestScore < 0.6) return null;
    used.add(best);
    return claims[best]!;
  });
}

/** Speaker names compared without case, a leading "the", titles, possessive endings and punctuation. */
export function speakerNorm(name: string): string {
  return collapse(
    name
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      .replace(/^the\s+/u, '')
      .replace(/\b(?:mr|mrs|ms|dr|gen|prof|lt|col|maj|capt|sen|rep|gov)\.?\s+/gu, '')
      .replace(/'s\b/gu, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, ' '),
  );
}

function speakerRight(label: string | null, got: string | null, stories: SetStories): boolean {
  if (label === null) return got === null;
  if (got === null) return false;
  const entity = stories.entities[label];
  if (!entity) return false;
  const names = new Set([entity.name, ...entity.aliases].map(speakerNorm));
  return names.has(speakerNorm(got));
}

const count = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

export function evaluateEvidence(set: LabelledSet): EvidenceScore {
  const output = ingestCorpus(set.seeds);
  const bySeed = new Map(output.pages.map((p) => [p.seed, p.page.claims]));
  const misses: EvidenceMiss[] = [];
  const kindConfusion: Record<string, number> = {};
  const statusConfusion: Record<string, number> = {};
  let labelled = 0;
  let found = 0;
  let foundClaims = 0;
  let kindRight = 0;
  let statusRight = 0;
  let speakerOk = 0;
  const aligned: Array<{ article: string; label: LabelledClaim; claim: Claim | null }> = [];
  const namesOf = new Map<string, Set<string>>();
  const misattributed = new Set<string>();

  for (const article of set.articles) {
    const claims = bySeed.get(article.labels.file) ?? [];
    foundClaims += claims.length;
    const matches = alignClaims(article.labels.claims, claims);
    article.labels.claims.forEach((label, i) => {
      const claim = matches[i] ?? null;
      labelled++;
      aligned.push({ article: article.id, label, claim });
      const miss = (what: EvidenceMiss['what'], expected: string, got: string) => misses.push({ article: article.id, text: label.text, what, expected, got });
      if (!claim) {
        miss('not found', label.kind, '');
        return;
      }
      found++;
      if (claim.kind === label.kind) kindRight++;
      else {
        count(kindConfusion, `${label.kind} → ${claim.kind}`);
        miss('kind', label.kind, claim.kind);
      }
      const status = claim.automatic?.status ?? claim.status;
      if (status === label.status) statusRight++;
      else {
        count(statusConfusion, `${label.status} → ${status}`);
        miss('status', label.status, `${status} (${claim.rationale})`);
      }
      const rightSpeaker = speakerRight(label.speaker, claim.speaker, set.stories);
      if (rightSpeaker) speakerOk++;
      else miss('speaker', label.speaker === null ? 'null' : `${set.stories.entities[label.speaker]?.name ?? label.speaker}`, claim.speaker ?? 'null');
      if (label.speaker !== null && claim.speaker !== null && set.stories.entities[label.speaker]?.type === 'person') {
        if (!namesOf.has(label.speaker)) namesOf.set(label.speaker, new Set());
        namesOf.get(label.speaker)!.add(claim.speaker);
        if (!rightSpeaker) misattributed.add(label.speaker);
      }
    });
  }

  // Links: pairs in different articles.
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const gold = new Set<string>();
  const predicted = new Set<string>();
  const idOf = (x: (typeof aligned)[number], i: number) => x.claim?.id ?? `missing-${i}`;
  for (let i = 0; i < aligned.length; i++) {
    for (let j = i + 1; j < aligned.length; j++) {
      const x = aligned[i]!;
      const y = aligned[j]!;
      if (x.article === y.article) continue;
      if (x.label.cluster !== null && x.label.cluster === y.label.cluster) gold.add(pairKey(idOf(x, i), idOf(y, j)));
      if (x.claim && y.claim && x.claim.cluster === y.claim.cluster) predicted.add(pairKey(x.claim.id, y.claim.id));
    }
  }
  let linkTp = 0;
  for (const p of predicted) if (gold.has(p)) linkTp++;

  // Contradictions.
  const labelOf = new Map(aligned.flatMap((x) => (x.claim ? [[x.claim.id, x.label] as const] : [])));
  const articleOf = new Map(aligned.flatMap((x) => (x.claim ? [[x.claim.id, x.article] as const] : [])));
  const allClaims = [...bySeed.values()].flat();
  const seen = new Set<string>();
  let contraTp = 0;
  let contraFp = 0;
  for (const claim of allClaims) {
    for (const link of claim.related) {
      if (link.relation !== 'contradicts') continue;
      const key = pairKey(claim.id, link.claim);
      if (seen.has(key)) continue;
      seen.add(key);
      const a = labelOf.get(claim.id);
      const b = labelOf.get(link.claim);
      const right = a && b && ((b.cluster !== null && a.denies.includes(b.cluster)) || (a.cluster !== null && b.denies.includes(a.cluster)));
      if (right) contraTp++;
      else {
        contraFp++;
        const other = allClaims.find((c) => c.id === link.claim);
        misses.push({ article: articleOf.get(claim.id) ?? '?', text: claim.text, what: 'contradiction', expected: `no contradiction (clusters ${a?.cluster ?? 'unlabelled'} / ${b?.cluster ?? 'unlabelled'})`, got: `contradicts: ${other?.text ?? link.claim}` });
      }
    }
  }
  let denials = 0;
  let denialsFound = 0;
  for (const x of aligned) {
    for (const cluster of x.label.denies) {
      denials++;
      const ok = x.claim?.related.some((r) => r.relation === 'contradicts' && labelOf.get(r.claim)?.cluster === cluster);
      // Or a claim of the denied cluster links to this denial.
      const back = aligned.some((y) => y.label.cluster === cluster && y.claim?.related.some((r) => r.relation === 'contradicts' && r.claim === x.claim?.id));
      if (ok || back) denialsFound++;
      else misses.push({ article: x.article, text: x.label.text, what: 'denial', expected: `denies ${cluster}`, got: x.claim ? 'not linked' : 'claim not found' });
    }
  }
  const contradictions = prf(contraTp, contraFp, 0);
  const contraRecall = ratio(denialsFound, denials);

  const splitPersons = [...namesOf].filter(([, names]) => names.size > 1).map(([entity, names]) => ({ entity, names: [...names].sort(), misattributed: misattributed.has(entity) }));
  return {
    set: set.name,
    role: set.role,
    articles: set.articles.length,
    labelled,
    found,
    detection: prf(found, foundClaims - found, labelled - found),
    kindRight,
    statusRight,
    speakerRight: speakerOk,
    kindAccuracy: ratio(kindRight, found),
    statusAccuracy: ratio(statusRight, found),
    statusAccuracyAll: ratio(statusRight, labelled),
    speakerAccuracy: ratio(speakerOk, found),
    splitPersons,
    persons: namesOf.size,
    links: prf(linkTp, predicted.size - linkTp, gold.size - linkTp),
    denials,
    denialsFound,
    contradictions: { ...contradictions, fn: denials - denialsFound, recall: contraRecall, f1: contradictions.precision !== null && contraRecall !== null && contradictions.precision + contraRecall > 0 ? (2 * contradictions.precision * contraRecall) / (contradictions.precision + contraRecall) : null },
    kindConfusion,
    statusConfusion,
    misses,
  };
}
