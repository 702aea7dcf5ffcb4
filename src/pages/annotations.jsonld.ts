/**
 * /annotations.jsonld: every claim as a W3C Web Annotation, in one
 * AnnotationCollection (see src/lib/annotations.ts for the anchors).
 *
 * Written as a stream, one article's annotations after another (each
 * article's details read from the loader's file), never held as one string.
 */
import type { APIRoute } from 'astro';
import { annotationCollectionOf, annotationCreator, articleAnnotations } from '../lib/annotations.ts';
import { articleDetail, getArticles, type Article } from '../lib/articles.ts';
import { jsonStream, LazyArray } from '../lib/json-stream.ts';
import { siteConfig } from '../site.config.ts';

async function* annotationsOf(articles: readonly Article[]) {
  const creator = annotationCreator(siteConfig);
  for (const article of articles) yield* articleAnnotations(await articleDetail(article), siteConfig, creator);
}

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const total = articles.reduce((sum, article) => sum + article.data.claims.length, 0);
  return new Response(jsonStream(annotationCollectionOf(new LazyArray(annotationsOf(articles)), total, siteConfig)), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
