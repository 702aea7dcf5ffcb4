/** /claims/data/<facet>-<n>/<k>.json: part k of the rows of every claim with one filter value (see src/lib/claims-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DataRow } from '../../../../lib/claims-data.ts';
import { claimsData } from '../../../../lib/claims-page.ts';

export const getStaticPaths = (async () => {
  const { data } = await claimsData();
  return data.flatMap(({ option, parts }) => parts.map((rows, index) => ({ params: { shard: option, part: String(index + 1) }, props: { rows } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: DataRow[] }> = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json' } });
