/**
 * The claim stories of the site, computed once per build (see `perBuild`).
 * The contradictions between clusters, and what a story page shows of each
 * appearance beyond the summary (its exact text, the original article's URL,
 * an editor's verdict), come from the articles' details, read here once, one
 * article at a time: a story page then reads no detail file of its own.
 */
import { articleDetail, getArticles, perBuild, type DetailClaim } from './articles.ts';
import { claimStories, type ClaimStory } from './claim-stories.ts';
import { siteConfig } from '../site.config.ts';

/** What a story page shows of one appearance that the summary does not have. */
export interface AppearanceText {
  text: string;
  /** The original article's URL, or null. */
  source: string | null;
  verdict: DetailClaim['verdict'];
  automatic: DetailClaim['automatic'];
}

export interface ClaimStoryData {
  stories: Map<string, ClaimStory>;
  /** By claim id, for the claims of a story only. */
  texts: Map<string, AppearanceText>;
  /** Cluster → the other clusters its claims' `contradicts` links point at (one way; `claims.json` lists them). */
  denies: Map<string, Set<string>>;
}

export const allClaimStoryData: () => Promise<ClaimStoryData> = perBuild(async () => {
  const articles = await getArticles();
  const clusterOf = new Map<string, string>();
  for (const article of articles) for (const claim of article.data.claims) clusterOf.set(claim.id, claim.cluster);
  const contradictions = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    contradictions.set(a, (contradictions.get(a) ?? new Set()).add(b));
    contradictions.set(b, (contradictions.get(b) ?? new Set()).add(a));
  };
  const denies = new Map<string, Set<string>>();
  const candidates = new Map<string, AppearanceText>();
  for (const article of articles) {
    if (!article.data.claims.length) continue;
    const detail = await articleDetail(article);
    for (const claim of detail.claims) {
      for (const related of claim.related) {
        const other = clusterOf.get(related.claim);
        if (related.relation !== 'contradicts' || other === undefined) continue;
        link(claim.cluster, other);
        if (other !== claim.cluster) denies.set(claim.cluster, (denies.get(claim.cluster) ?? new Set()).add(other));
      }
      // Whether a cluster seen once is contradicted may only show in a later article: every claim's
      // text is kept until all are read (a few MB per 1,000 articles), then only the stories' claims.
      candidates.set(claim.id, { text: claim.text, source: detail.source, verdict: claim.verdict, automatic: claim.automatic });
    }
  }
  const stories = claimStories(articles, contradictions, siteConfig.staleAfterDays);
  const texts = new Map<string, AppearanceText>();
  for (const story of stories.values()) for (const a of story.appearances) texts.set(a.claim.id, candidates.get(a.claim.id)!);
  return { stories, texts, denies };
});

export const allClaimStories = async (): Promise<Map<string, ClaimStory>> => (await allClaimStoryData()).stories;
