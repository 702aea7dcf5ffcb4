/**
 * What each claim adds to Pagefind's index: its sub-result title and the
 * page filters (status, speaker) that no earlier claim of its article added,
 * so that a filter's count is a count of articles, like the results.
 */
import { STATUS_INFO, type ClaimKind } from '../../scripts/status.ts';
import { getArticles, perBuild, type Article } from './articles.ts';
import type { PagefindFilter } from './pagefind-ui.ts';
import { speakerDirectory } from './speaker-pages.ts';

export interface ClaimSearchData {
  summary: string;
  kind: ClaimKind;
  /** Check-worthiness score, 0 to 1 (scripts/worthiness.ts). */
  worthiness: number;
  /** `status` Unverified, `speaker` Vladimir Putin (the speaker written as on their page). */
  filters: PagefindFilter[];
}

export function claimSearchData(articles: readonly Article[]): Map<string, ClaimSearchData> {
  const speakers = speakerDirectory(articles);
  const data = new Map<string, ClaimSearchData>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const claim of article.data.claims) {
      const speaker = speakers.speakerOf(claim.speaker)?.name;
      const filters: PagefindFilter[] = [{ name: 'status', value: STATUS_INFO[claim.status].label }, ...(speaker ? [{ name: 'speaker' as const, value: speaker }] : [])];
      const key = (filter: PagefindFilter) => `${filter.name}:${filter.value}`;
      data.set(claim.id, { summary: claim.summary, kind: claim.kind, worthiness: claim.worthiness.score, filters: filters.filter((filter) => !seen.has(key(filter))) });
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
export const allClaimSearchData: () => Promise<Map<string, ClaimSearchData>> = perBuild(async () => claimSearchData(await getArticles()));
