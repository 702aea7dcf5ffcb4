/** /claims/data/articles.json: the articles the rows of the filter data files refer to (see src/lib/claims-page.ts). */
import type { APIRoute } from 'astro';
import { claimsData, shardArticles } from '../../../lib/claims-page.ts';

export const GET: APIRoute = async () => {
  const { articles } = await claimsData();
  return new Response(JSON.stringify(shardArticles(articles)), { headers: { 'Content-Type': 'application/json' } });
};
