/**
 * /annotations/page-<n>.jsonld.gz: one AnnotationPage, gzip-compressed, of /annotations.jsonld, the
 * annotations of one claim shard of claims.json (the shards with claims, in
 * order). Written as a stream, one article's annotations after another; an
 * annotation whose claim has a story page links to it (a `linking` body).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationCreator, annotationPageOf, articleAnnotations } from '../../lib/annotations.ts';
import { articleDetail } from '../../lib/articles.ts';
import { allClaimStories } from '../../lib/claim-story-data.ts';
import { storyPath } from '../../lib/claim-stories.ts';
import { annotationPages, exportLayout } from '../../lib/claims-export-data.ts';
import { absoluteUrl } from '../../lib/site-urls.ts';
import { gzipResponse } from '../../lib/gzip-export.ts';
import { jsonStream, LazyArray } from '../../lib/json-stream.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { shards } = await exportLayout();
  return annotationPages(shards).map((_, index) => ({ params: { n: String(index + 1) }, props: { index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props }) => {
  const { articles, shards } = await exportLayout();
  const pages = annotationPages(shards);
  const { shard, startIndex } = pages[props.index]!;
  const creator = annotationCreator(siteConfig);
  // Each claim's annotation links to the story of the claim across outlets, where it has a page.
  const stories = await allClaimStories();
  const storyUrl = (cluster: string) => (stories.has(cluster) ? absoluteUrl(siteConfig, storyPath(cluster)) : null);
  async function* items() {
    for (const slice of shard.slices) {
      if (slice.from === slice.to) continue;
      const detail = await articleDetail(articles[slice.article]!);
      yield* articleAnnotations({ ...detail, claims: detail.claims.slice(slice.from, slice.to) }, siteConfig, creator, storyUrl);
    }
  }
  const page = annotationPageOf(new LazyArray(items()), { page: props.index + 1, pages: pages.length, startIndex }, siteConfig);
  return gzipResponse(jsonStream(page));
};
