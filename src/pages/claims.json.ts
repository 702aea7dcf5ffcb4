/**
 * /claims.json: the index of the machine-readable output of the site (contract
 * in README.md, "claims.json"): the counts, the limits of a shard, and the
 * URL of each claim shard (`/claims/shard-<n>.json`: articles and their
 * claims) and cluster shard (`/claims/clusters-<n>.json`), with what each
 * holds. Where they split: src/lib/export-shards.ts.
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/articles.ts';
import { claimsIndex } from '../lib/claims-export.ts';
import { EXPORT_LIMITS, exportLayout } from '../lib/claims-export-data.ts';

export const GET: APIRoute = async () => {
  const { shards, clusters, clusterRanges } = await exportLayout();
  const index = claimsIndex(shards, clusters, clusterRanges, EXPORT_LIMITS, href);
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
