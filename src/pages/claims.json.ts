/**
 * dist/claims.json: the machine-readable output of the site. The contract is
 * documented in README.md ("claims.json").
 *
 * Written as a stream, one article's claims after another (each article's
 * details read from the loader's file), never held as one string: it is
 * ~18 MB at 1,000 articles and grows with the corpus.
 */
import type { APIRoute } from 'astro';
import { articleDetail, articlePath, getArticles, href, type Article } from '../lib/articles.ts';
import { jsonStream, LazyArray } from '../lib/json-stream.ts';

async function* claimsOf(articles: readonly Article[]) {
  for (const article of articles) {
    const { slug, claims } = await articleDetail(article);
    for (const claim of claims) {
      yield {
        id: claim.id,
        article: slug,
        text: claim.text,
        summary: claim.summary,
        speaker: claim.speaker,
        status: claim.status,
        rationale: claim.rationale,
        related: claim.related.map(({ claim: id, relation }) => ({ claim: id, relation })),
        reviewed: claim.reviewed,
      };
    }
  }
}

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const body = {
    articles: articles.map((article) => ({
      slug: article.data.slug,
      seed: article.data.seed,
      title: article.data.title,
      publisher: article.data.publisher,
      agency: article.data.agency,
      author: article.data.author,
      published: article.data.published,
      url: href(articlePath(article)),
      claims: article.data.claims.length,
    })),
    claims: new LazyArray(claimsOf(articles)),
  };
  return new Response(jsonStream(body), { headers: { 'Content-Type': 'application/json' } });
};
