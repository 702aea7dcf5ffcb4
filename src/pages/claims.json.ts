/**
 * dist/claims.json: the machine-readable output of the site. The contract is
 * documented in README.md ("claims.json").
 */
import type { APIRoute } from 'astro';
import { articlePath, getArticles, href } from '../lib/articles.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const body = {
    articles: articles.map(({ data, ...article }) => ({
      slug: data.slug,
      seed: data.seed,
      title: data.title,
      publisher: data.publisher,
      author: data.author,
      published: data.published,
      url: href(articlePath({ data, ...article })),
      claims: data.claims.length,
    })),
    claims: articles.flatMap(({ data }) =>
      data.claims.map((claim) => ({
        id: claim.id,
        article: data.slug,
        text: claim.text,
        summary: claim.summary,
        speaker: claim.speaker,
        status: claim.status,
        rationale: claim.rationale,
        related: claim.related.map(({ claim: id, relation }) => ({ claim: id, relation })),
        reviewed: claim.reviewed,
      })),
    ),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
