/**
 * Where the exports split, for this build (see `perBuild`): the claim shards
 * of `claims.json` (which are also the pages of `annotations.jsonld`) and its
 * cluster shards, computed from the articles' summaries, so that every route
 * of the exports (index, shards, pages) agrees on the same boundaries.
 */
import { siteConfig } from '../site.config.ts';
import { articlePath, getArticles, href, perBuild, type Article } from './articles.ts';
import { allClaimStoryData } from './claim-story-data.ts';
import { storyPath } from './claim-stories.ts';
import { articleEntry, clusterEntries, clusterSizes, shardSizes, type ArticleEntry, type ClusterEntry } from './claims-export.ts';
import { readStoryAliases } from './story-redirects.ts';
import { CLAIM_SHARD_LIMITS, CLUSTER_SHARD_LIMITS, packClaimShards, packRanges, type ClaimShard, type ShardLimits } from './export-shards.ts';
import { pageSize } from './pagination.ts';

/**
 * The limits of this build: the defaults, or fewer claims (clusters) per
 * shard from FACTLINE_EXPORT_SHARD_CLAIMS (FACTLINE_EXPORT_SHARD_CLUSTERS), as
 * the subpath browser test does to get several shards out of a small site.
 */
export const EXPORT_LIMITS: { claims: ShardLimits; clusters: ShardLimits } = {
  claims: { ...CLAIM_SHARD_LIMITS, items: Math.min(CLAIM_SHARD_LIMITS.items, pageSize(process.env.FACTLINE_EXPORT_SHARD_CLAIMS, CLAIM_SHARD_LIMITS.items)) },
  clusters: { ...CLUSTER_SHARD_LIMITS, items: Math.min(CLUSTER_SHARD_LIMITS.items, pageSize(process.env.FACTLINE_EXPORT_SHARD_CLUSTERS, CLUSTER_SHARD_LIMITS.items)) },
};

export interface ExportLayout {
  articles: Article[];
  entries: ArticleEntry[];
  shards: ClaimShard[];
  clusters: ClusterEntry[];
  clusterRanges: { from: number; to: number }[];
  /** The site path of a cluster's story page, or null when it has none. */
  pageOf: (cluster: string) => string | null;
}

export const exportLayout: () => Promise<ExportLayout> = perBuild(async () => {
  const articles = await getArticles();
  const { stories, denies } = await allClaimStoryData();
  const pageOf = (cluster: string) => (stories.has(cluster) ? href(storyPath(cluster)) : null);
  const entries = articles.map((article) => articleEntry(article.data, href(articlePath(article))));
  const shards = packClaimShards(
    articles.map((article, index) => shardSizes(article.data, entries[index]!.url, siteConfig)),
    EXPORT_LIMITS.claims,
  );
  const clusters = clusterEntries(
    articles.map((article) => article.data),
    denies,
    pageOf,
    readStoryAliases(),
  );
  const clusterRanges = packRanges(clusterSizes(clusters), EXPORT_LIMITS.clusters);
  return { articles, entries, shards, clusters, clusterRanges, pageOf };
});

/** The claim shards that hold claims: the pages of `annotations.jsonld`, with the index of their first claim. */
export function annotationPages(shards: readonly ClaimShard[]): { shard: ClaimShard; startIndex: number }[] {
  let startIndex = 0;
  return shards.flatMap((shard) => {
    if (!shard.claims) return [];
    const page = { shard, startIndex };
    startIndex += shard.claims;
    return [page];
  });
}
