/**
 * The corpus stages of the evidence model, in order:
 *
 *   resolveSpeakers      one name per speaker across the site (resolve-speakers.ts)
 *   matchAcrossSources   the same claim in other articles, under any wording (match-across-sources.ts)
 *   findContradictions   denials and contradictions, in the same article or another (contradictions.ts)
 *   clusterClaims        each claim across outlets, named after its founder (claim-clusters.ts;
 *                        the ingest then keeps ids across builds, story-ids.ts)
 *   originsOf            where each outlet got what it prints: own reporting, wire, citation, near-copy (sources.ts)
 *   assignStatus         who stands behind each appearance, and the claim's status (assign-status.ts)
 *
 * Pure: the analysed articles in, the same articles with every claim's
 * site-wide speaker, cluster, appearance, links and status out.
 */
import { assignStatus } from './assign-status.ts';
import { clusterClaims } from './claim-clusters.ts';
import { findContradictions } from './contradictions.ts';
import { matchAcrossSources, type MatchOptions } from './match-across-sources.ts';
import { affiliationOf, resolveSpeakers, type AliasTable, type SpeakerMention } from './resolve-speakers.ts';
import { originsOf } from './sources.ts';
import type { AnalyzedArticle } from './types.ts';

export interface EvidenceOptions extends MatchOptions {
  /** A desk's speaker aliases (`content/aliases.yaml`). */
  aliases?: AliasTable;
}

/**
 * State media of a side: their own-voice reports of that side's claims are
 * the side speaking, not independent confirmation. Outlets the collection
 * shows taking a side are found in assign-status.ts.
 */
export const STATE_MEDIA: Readonly<Record<string, readonly string[]>> = {
  russia: ['tass', 'ria novosti', 'rt', 'russia today', 'sputnik', 'rossiya 1', 'channel one', 'izvestia', 'rossiyskaya gazeta', 'zvezda'],
  china: ['xinhua', 'cgtn', 'global times', 'people’s daily', "people's daily", 'china daily', 'cctv'],
  iran: ['irna', 'press tv', 'tasnim', 'fars'],
  belarus: ['belta'],
  'north korea': ['kcna'],
};

const STATE_MEDIA_OF = new Map(Object.entries(STATE_MEDIA).flatMap(([side, outlets]) => outlets.map((o) => [o, side] as const)));

export function weighEvidence(articles: readonly AnalyzedArticle[], options: EvidenceOptions = {}): AnalyzedArticle[] {
  // One name per speaker.
  const mentions: SpeakerMention[] = [];
  articles.forEach((a, article) =>
    a.claims.forEach((claim) => {
      const name = claim.speakerAs ?? claim.speaker;
      if (name !== null && claim.speakerKind !== null) mentions.push({ name, kind: claim.speakerKind, article });
    }),
  );
  const speakers = resolveSpeakers(articles.map((a) => a.speakers ?? { people: [], roles: [] }), mentions, options.aliases);
  const resolved: AnalyzedArticle[] = articles.map((a, article) => ({
    ...a,
    claims: a.claims.map((claim) => {
      const name = claim.speakerAs ?? claim.speaker;
      const kind = claim.speakerKind;
      const speaker = name === null || kind === null ? name : speakers.canonical({ name, kind, article });
      return { ...claim, speaker, speakerAs: name };
    }),
  }));

  const pairs = matchAcrossSources(resolved, options);
  const contradictions = findContradictions(resolved);
  const order = resolved.flatMap((a) => a.claims.map(() => `${a.article.published ?? '9999-99-99'} ${a.slug}`));
  const clusters = clusterClaims(
    resolved.flatMap((a, article) => a.claims.map((claim) => ({ id: claim.id, article, order: '' }))).map((c, i) => ({ ...c, order: order[i]! })),
    pairs,
    contradictions.map(({ denier, target }) => [denier, target] as const),
  );
  const affiliation = affiliationOf(resolved.map((a) => a.speakers ?? { people: [], roles: [] }), speakers);
  return assignStatus(resolved, {
    clusters,
    pairs,
    origins: originsOf(resolved),
    contradictions,
    affiliation,
    outletSide: (outlet) => (outlet ? (STATE_MEDIA_OF.get(outlet.trim().toLowerCase()) ?? null) : null),
  });
}
