/**
 * /claims/data/<facet>-<n>/<k>.json.gz: part k of the rows of every claim with
 * one filter value (see src/lib/claims-data.ts), gzip-compressed (the page
 * script decompresses it: ClaimFilters.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DataRow } from '../../../../lib/claims-data.ts';
import { claimsData } from '../../../../lib/claims-page.ts';
import { gzipResponse } from '../../../../lib/gzip-export.ts';

export const getStaticPaths = (async () => {
  const { data } = await claimsData();
  return data.flatMap(({ option, parts }) => parts.map((rows, index) => ({ params: { shard: option, part: String(index + 1) }, props: { rows } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: DataRow[] }> = ({ props }) => gzipResponse(JSON.stringify(props.rows));
