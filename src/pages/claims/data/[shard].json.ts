/** /claims/data/<facet>-<n>.json: the rows of every claim with one filter value (see src/lib/claims-page.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsData, filterShards, type ShardRow } from '../../../lib/claims-page.ts';

export const getStaticPaths = (async () => {
  const { rows, filters } = await claimsData();
  return filterShards(rows, filters).map(({ shard, rows: shardRows }) => ({ params: { shard }, props: { rows: shardRows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: ShardRow[] }> = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json' } });
