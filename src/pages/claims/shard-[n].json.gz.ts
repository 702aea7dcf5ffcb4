/**
 * /claims/shard-<n>.json.gz: one shard, gzip-compressed, of claims.json (see src/pages/claims.json.ts):
 * the entries of the articles whose first claim it holds, and its claims, by
 * article, then in reading order. Written as a stream, one article's claims
 * after another (each article's details read from the loader's file).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDetail, href } from '../../lib/articles.ts';
import { CLAIMS_FORMAT, CLAIMS_INDEX_PATH, CLAIMS_VERSION, claimEntry } from '../../lib/claims-export.ts';
import { exportLayout } from '../../lib/claims-export-data.ts';
import { gzipResponse } from '../../lib/gzip-export.ts';
import { jsonStream, LazyArray } from '../../lib/json-stream.ts';

export const getStaticPaths = (async () => {
  const { shards } = await exportLayout();
  return shards.map((_, index) => ({ params: { n: String(index + 1) }, props: { index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props }) => {
  const { articles, entries, shards, pageOf } = await exportLayout();
  const shard = shards[props.index]!;
  async function* claims() {
    for (const slice of shard.slices) {
      if (slice.from === slice.to) continue;
      const { slug, claims: list } = await articleDetail(articles[slice.article]!);
      for (const claim of list.slice(slice.from, slice.to)) yield claimEntry(claim, slug, pageOf(claim.cluster));
    }
  }
  const body = {
    format: `${CLAIMS_FORMAT}-shard`,
    version: CLAIMS_VERSION,
    index: href(CLAIMS_INDEX_PATH),
    shard: props.index + 1,
    articles: shard.slices.filter((slice) => slice.from === 0).map((slice) => entries[slice.article]!),
    claims: new LazyArray(claims()),
  };
  return gzipResponse(jsonStream(body));
};
