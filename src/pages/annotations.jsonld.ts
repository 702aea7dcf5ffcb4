/**
 * /annotations.jsonld: every claim as a W3C Web Annotation, in one
 * AnnotationCollection (see src/lib/annotations.ts for the anchors).
 */
import type { APIRoute } from 'astro';
import { annotationCollection } from '../lib/annotations.ts';
import { getArticles } from '../lib/articles.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const collection = annotationCollection(
    articles.map(({ data }) => data),
    siteConfig,
  );
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
