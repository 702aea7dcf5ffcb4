/**
 * dist/claims.json: the machine-readable output of the site. The contract is
 * documented in README.md ("claims.json").
 *
 * - `articles`: one entry per article.
 * - `claims`: one entry per appearance of a claim in an article (its id is
 *   the anchor `#c-…` and the key of an editor's verdict), with its kind,
 *   status and reason, who stands behind it (`appearance`: outlet, origin,
 *   independence) and its links (`same-claim`, `contradicts`).
 * - `clusters`: one entry per claim across outlets (`k-…`), with the ids of
 *   its appearances and the clusters it contradicts.
 *
 * Written as a stream, one article's claims after another (each article's
 * details read from the loader's file), never held as one string.
 */
import type { APIRoute } from 'astro';
import { articleDetail, articlePath, getArticles, href, type Article } from '../lib/articles.ts';
import { jsonStream, LazyArray } from '../lib/json-stream.ts';
import { allClaimStories } from '../lib/claim-story-data.ts';
import { storyPath } from '../lib/claim-stories.ts';

interface ClusterEntry {
  id: string;
  summary: string;
  kind: string;
  status: string;
  rationale: string;
  sources: { outlets: number; independent: number };
  appearances: string[];
  contradicts: Set<string>;
}

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const stories = await allClaimStories();
  /** The site path of a cluster's story page, or null when it has none (one appearance, nothing against it). */
  const pageOf = (cluster: string) => (stories.has(cluster) ? href(storyPath(cluster)) : null);
  const clusters = new Map<string, ClusterEntry>();
  const clusterOf = new Map<string, string>();
  for (const article of articles) for (const claim of article.data.claims) clusterOf.set(claim.id, claim.cluster);

  async function* claimsOf(list: readonly Article[]) {
    for (const article of list) {
      const { slug, claims } = await articleDetail(article);
      for (const claim of claims) {
        let cluster = clusters.get(claim.cluster);
        if (!cluster) {
          cluster = { id: claim.cluster, summary: claim.summary, kind: claim.kind, status: claim.status, rationale: claim.rationale, sources: claim.sources, appearances: [], contradicts: new Set() };
          clusters.set(claim.cluster, cluster);
        }
        // The cluster speaks with the words of its founding appearance (the one its id comes from).
        if (claim.id.slice(2) === claim.cluster.slice(2)) Object.assign(cluster, { summary: claim.summary, kind: claim.kind, status: claim.status, rationale: claim.rationale });
        cluster.appearances.push(claim.id);
        for (const link of claim.related) {
          const other = clusterOf.get(link.claim);
          if (link.relation === 'contradicts' && other && other !== claim.cluster) cluster.contradicts.add(other);
        }
        yield {
          id: claim.id,
          article: slug,
          text: claim.text,
          summary: claim.summary,
          speaker: claim.speaker,
          speakerAs: claim.speakerAs,
          kind: claim.kind,
          worthiness: { score: claim.worthiness.score, reasons: claim.worthiness.reasons },
          status: claim.status,
          rationale: claim.rationale,
          cluster: claim.cluster,
          page: pageOf(claim.cluster),
          appearance: claim.appearance,
          related: claim.related.map(({ claim: id, relation }) => ({ claim: id, relation })),
          reviewed: claim.reviewed,
        };
      }
    }
  }

  function* clustersOf() {
    for (const c of [...clusters.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      yield { ...c, page: pageOf(c.id), contradicts: [...c.contradicts].sort() };
    }
  }

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
    clusters: new LazyArray({ [Symbol.iterator]: clustersOf }),
  };
  return new Response(jsonStream(body), { headers: { 'Content-Type': 'application/json' } });
};
