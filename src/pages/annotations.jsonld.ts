/**
 * /annotations.jsonld: every claim as a W3C Web Annotation, in an
 * AnnotationCollection that gives their number and its first and last
 * AnnotationPage (/annotations/page-<n>.jsonld: see src/lib/annotations.ts).
 */
import type { APIRoute } from 'astro';
import { ANNOTATION_MEDIA_TYPE, annotationCollectionOf } from '../lib/annotations.ts';
import { annotationPages, exportLayout } from '../lib/claims-export-data.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { shards } = await exportLayout();
  const pages = annotationPages(shards);
  const total = shards.reduce((sum, shard) => sum + shard.claims, 0);
  return new Response(`${JSON.stringify(annotationCollectionOf(total, pages.length, siteConfig), null, 2)}\n`, { headers: { 'Content-Type': ANNOTATION_MEDIA_TYPE } });
};
