/**
 * The entries of the `claims.json` export (contract in README.md,
 * "claims.json"): the index, and what its claim shards and cluster shards
 * hold. Where the shards split is `export-shards.ts`; the routes that write
 * them are src/pages/claims.json.ts and src/pages/claims/. Pure, unit tested.
 */
import type { ArticleSummary, DetailClaim, SummaryClaim } from '../loaders/article-schema.ts';
import { articleBytes, claimBytes, clusterBytes, type ClaimShard, type ShardLimits } from './export-shards.ts';

export const CLAIMS_FORMAT = 'factline-claims';
/**
 * 3: the shards are gzip files (`.json.gz`); 2: claims.json became an index
 * of shards (1 was one file of articles, claims and clusters).
 */
export const CLAIMS_VERSION = 3;
export const CLAIMS_INDEX_PATH = 'claims.json';

/** Site path of claim shard n (from 1), relative to the base path. */
export const claimShardPath = (n: number) => `claims/shard-${n}.json.gz`;
/** Site path of cluster shard n (from 1), relative to the base path. */
export const clusterShardPath = (n: number) => `claims/clusters-${n}.json.gz`;

type ArticleData = Pick<ArticleSummary, 'slug' | 'seed' | 'title' | 'publisher' | 'agency' | 'author' | 'published' | 'source'> & { claims: readonly SummaryClaim[] };

export interface ArticleEntry {
  slug: string;
  seed: string;
  title: string;
  publisher: string | null;
  agency: string | null;
  author: string | null;
  published: string | null;
  url: string;
  claims: number;
}

export function articleEntry(article: ArticleData, url: string): ArticleEntry {
  const { slug, seed, title, publisher, agency, author, published } = article;
  return { slug, seed, title, publisher, agency, author, published, url, claims: article.claims.length };
}

export function claimEntry(claim: DetailClaim, slug: string, page: string | null) {
  return {
    id: claim.id,
    article: slug,
    text: claim.text,
    summary: claim.summary,
    speaker: claim.speaker,
    speakerAs: claim.speakerAs,
    kind: claim.kind,
    worthiness: { score: claim.worthiness.score, reasons: claim.worthiness.reasons },
    status: claim.status,
    rationale: claim.rationale,
    cluster: claim.cluster,
    page,
    appearance: claim.appearance,
    related: claim.related.map(({ claim: id, relation }) => ({ claim: id, relation })),
    reviewed: claim.reviewed,
  };
}

export interface ClusterEntry {
  id: string;
  summary: string;
  kind: SummaryClaim['kind'];
  status: SummaryClaim['status'];
  rationale: string;
  sources: { outlets: number; independent: number };
  appearances: string[];
  contradicts: string[];
  page: string | null;
  /** Retired story ids that now lead to this one (merged into it; `content/story-ids.json`), sorted. */
  aliases: string[];
}

/**
 * One entry per cluster, by id: the words of its founding appearance (the one
 * its id comes from; else, as on its story page, its earliest: by date,
 * undated last, then outlet, then claim id, since a story keeps its id when
 * its founder's article goes, see the pipeline's story-ids.ts), the sources
 * of its first, its appearances in site order, and the clusters its claims
 * contradict (`denies`: cluster → clusters, from the claims' `contradicts` links),
 * and the retired ids that lead to it (`aliases`: retired id → story).
 */
export function clusterEntries(
  articles: readonly ArticleData[],
  denies: ReadonlyMap<string, ReadonlySet<string>>,
  pageOf: (cluster: string) => string | null,
  aliases: ReadonlyMap<string, string> = new Map(),
): ClusterEntry[] {
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, story] of aliases) aliasesOf.set(story, [...(aliasesOf.get(story) ?? []), alias]);
  const clusters = new Map<string, ClusterEntry>();
  // Clusters whose founder was seen; for the others, the earliest appearance so far and its sort key.
  const founded = new Set<string>();
  const earliest = new Map<string, { key: [string, string, string]; claim: SummaryClaim }>();
  const before = (a: [string, string, string], b: [string, string, string]) => a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  const words = (claim: SummaryClaim) => ({ summary: claim.summary, kind: claim.kind, status: claim.status, rationale: claim.rationale });
  for (const article of articles) {
    for (const claim of article.claims) {
      let cluster = clusters.get(claim.cluster);
      if (!cluster) {
        const contradicts = [...(denies.get(claim.cluster) ?? [])].filter((other) => other !== claim.cluster).sort();
        const retired = [...(aliasesOf.get(claim.cluster) ?? [])].sort();
        cluster = { id: claim.cluster, ...words(claim), sources: claim.sources, appearances: [], contradicts, page: pageOf(claim.cluster), aliases: retired };
        clusters.set(claim.cluster, cluster);
      }
      if (claim.id.slice(2) === claim.cluster.slice(2)) {
        founded.add(claim.cluster);
        Object.assign(cluster, words(claim));
      } else if (!founded.has(claim.cluster)) {
        // '\uffff' sorts an undated appearance, or one of no known outlet, last.
        const key: [string, string, string] = [claim.appearance.published ?? article.published ?? '\uffff', claim.appearance.outlet ?? article.publisher ?? '', claim.id];
        const current = earliest.get(claim.cluster);
        if (current === undefined || before(key, current.key)) earliest.set(claim.cluster, { key, claim });
      }
      cluster.appearances.push(claim.id);
    }
  }
  for (const [id, { claim }] of earliest) if (!founded.has(id)) Object.assign(clusters.get(id)!, words(claim));
  return [...clusters.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the shard packer needs of an article: its entry's estimated bytes and each claim's (see export-shards.ts). */
export function shardSizes(article: ArticleData, url: string, site: { site: string; base: string; organization: { name: string; url: string } }) {
  const context = article.slug.length + (article.source?.length ?? 0) + site.site.length + site.base.length + url.length + site.organization.name.length + site.organization.url.length;
  return { bytes: articleBytes({ ...article, url }), claims: article.claims.map((claim) => claimBytes(claim, context)) };
}

/** Estimated bytes of each cluster entry, in order. */
export const clusterSizes = (clusters: readonly ClusterEntry[]) => clusters.map(clusterBytes);

export interface ClaimsIndex {
  format: typeof CLAIMS_FORMAT;
  version: typeof CLAIMS_VERSION;
  url: string;
  /** How every shard file is compressed. */
  compression: 'gzip';
  counts: { articles: number; claims: number; clusters: number };
  limits: { claims: number; clusters: number; bytes: number };
  shards: { url: string; articles: number; claims: number }[];
  clusters: { url: string; clusters: number; first: string | null; last: string | null }[];
}

/** The index: the counts, the limits, and each shard's URL (`href`: a site path with the base path) with what it holds. */
export function claimsIndex(
  shards: readonly ClaimShard[],
  clusters: readonly ClusterEntry[],
  clusterRanges: readonly { from: number; to: number }[],
  limits: { claims: ShardLimits; clusters: ShardLimits },
  href: (path: string) => string,
): ClaimsIndex {
  return {
    format: CLAIMS_FORMAT,
    version: CLAIMS_VERSION,
    url: href(CLAIMS_INDEX_PATH),
    compression: 'gzip',
    counts: {
      articles: shards.reduce((sum, shard) => sum + shard.articles, 0),
      claims: shards.reduce((sum, shard) => sum + shard.claims, 0),
      clusters: clusters.length,
    },
    limits: { claims: limits.claims.items, clusters: limits.clusters.items, bytes: Math.max(limits.claims.bytes, limits.clusters.bytes) },
    shards: shards.map((shard, index) => ({ url: href(claimShardPath(index + 1)), articles: shard.articles, claims: shard.claims })),
    clusters: clusterRanges.map((range, index) => ({
      url: href(clusterShardPath(index + 1)),
      clusters: range.to - range.from,
      first: clusters[range.from]?.id ?? null,
      last: clusters[range.to - 1]?.id ?? null,
    })),
  };
}
