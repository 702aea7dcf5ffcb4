/**
 * What each claim adds to Pagefind's index: its sub-result title, the
 * page filters (status, speaker) that no earlier claim of its article added,
 * so that a filter's count is a count of pages, like the results, and the
 * weight of its words in the article.
 *
 * A claim whose cluster has a story page (/claim/k-…/) is told there: that
 * page is indexed too, its appearances' words weighted up, and the article's
 * copy of the claim is weighted down (`ARTICLE_COPY_WEIGHT`), so a search
 * for the claim's words lists the claim page first and the article after.
 */
import { STATUS_INFO, type ClaimKind } from '../../scripts/status.ts';
import { getArticles, perBuild, type Article } from './articles.ts';
import { allClaimStories } from './claim-story-data.ts';
import type { PagefindFilter } from './pagefind-ui.ts';
import { speakerDirectory } from './speaker-pages.ts';

export interface ClaimSearchData {
  summary: string;
  kind: ClaimKind;
  /** Check-worthiness score, 0 to 1 (scripts/worthiness.ts). */
  worthiness: number;
  /** `status` Unverified, `speaker` Vladimir Putin (the speaker written as on their page). */
  filters: PagefindFilter[];
  /** `data-pagefind-weight` of the claim's text in its article: `ARTICLE_COPY_WEIGHT` when its cluster has a story page, else none (Pagefind's 1). */
  weight: string | null;
}

/** Pagefind weight of an article's copy of a claim that has its own page (README, "Search"). */
export const ARTICLE_COPY_WEIGHT = '0.5';
/** Pagefind weight of each appearance's text on a claim's own page. */
export const CLAIM_PAGE_TEXT_WEIGHT = '2';

/** `storyClusters`: the clusters that have a story page. */
export function claimSearchData(articles: readonly Article[], storyClusters: ReadonlySet<string>): Map<string, ClaimSearchData> {
  const speakers = speakerDirectory(articles);
  const data = new Map<string, ClaimSearchData>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const claim of article.data.claims) {
      const speaker = speakers.speakerOf(claim.speaker)?.name;
      const filters: PagefindFilter[] = [{ name: 'status', value: STATUS_INFO[claim.status].label }, ...(speaker ? [{ name: 'speaker' as const, value: speaker }] : [])];
      const key = (filter: PagefindFilter) => `${filter.name}:${filter.value}`;
      data.set(claim.id, {
        summary: claim.summary, kind: claim.kind, worthiness: claim.worthiness.score, filters: filters.filter((filter) => !seen.has(key(filter))),
        weight: storyClusters.has(claim.cluster) ? ARTICLE_COPY_WEIGHT : null,
      });
      for (const filter of filters) seen.add(key(filter));
    }
  }
  return data;
}

/**
 * The search data of every claim. A static build computes it once (content
 * does not change during a build; per page it would cost O(pages²)); the dev
 * server recomputes it per request, because content changes under it.
 */
export const allClaimSearchData: () => Promise<Map<string, ClaimSearchData>> = perBuild(async () =>
  claimSearchData(await getArticles(), new Set((await allClaimStories()).keys())),
);
