/**
 * The claim stories of the site, computed once per build (see `perBuild`):
 * the contradictions between clusters come from the articles' details (only
 * they carry each claim's links), read one article at a time.
 */
import { articleDetail, getArticles, perBuild } from './articles.ts';
import { claimStories, type ClaimStory } from './claim-stories.ts';

export const allClaimStories: () => Promise<Map<string, ClaimStory>> = perBuild(async () => {
  const articles = await getArticles();
  const clusterOf = new Map<string, string>();
  for (const article of articles) for (const claim of article.data.claims) clusterOf.set(claim.id, claim.cluster);
  const contradictions = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    contradictions.set(a, (contradictions.get(a) ?? new Set()).add(b));
    contradictions.set(b, (contradictions.get(b) ?? new Set()).add(a));
  };
  for (const article of articles) {
    if (!article.data.claims.length) continue;
    const { claims } = await articleDetail(article);
    for (const claim of claims) {
      for (const related of claim.related) {
        const other = clusterOf.get(related.claim);
        if (related.relation === 'contradicts' && other !== undefined) link(claim.cluster, other);
      }
    }
  }
  return claimStories(articles, contradictions);
});
