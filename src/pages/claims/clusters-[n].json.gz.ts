/**
 * /claims/clusters-<n>.json.gz: one shard, gzip-compressed, of the clusters of claims.json (see
 * src/pages/claims.json.ts), in id order: the index gives each shard's first
 * and last id.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { href } from '../../lib/articles.ts';
import { CLAIMS_FORMAT, CLAIMS_INDEX_PATH, CLAIMS_VERSION } from '../../lib/claims-export.ts';
import { exportLayout } from '../../lib/claims-export-data.ts';
import { gzipResponse } from '../../lib/gzip-export.ts';

export const getStaticPaths = (async () => {
  const { clusterRanges } = await exportLayout();
  return clusterRanges.map((_, index) => ({ params: { n: String(index + 1) }, props: { index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props }) => {
  const { clusters, clusterRanges } = await exportLayout();
  const range = clusterRanges[props.index]!;
  const body = {
    format: `${CLAIMS_FORMAT}-clusters`,
    version: CLAIMS_VERSION,
    index: href(CLAIMS_INDEX_PATH),
    shard: props.index + 1,
    clusters: clusters.slice(range.from, range.to),
  };
  return gzipResponse(`${JSON.stringify(body, null, 2)}\n`);
};
