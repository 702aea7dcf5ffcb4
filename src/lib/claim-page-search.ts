/**
 * What a claim's story page (/claim/k-…/) gives Pagefind: its result title
 * (the claim's summary and how it stands), the same filters as the article
 * pages (the story's status; every speaker and every publisher among its
 * appearances) and the worthiness sort (its most check-worthy appearance),
 * so that a search and its filters find the claim page like an article.
 *
 * Filter values are raw here (names from seeds); the page writes them
 * through `pagefindFilterValue`, since Pagefind UI renders them as HTML.
 */
import { STATUS_INFO, statusLabel } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import type { ClaimStory } from './claim-stories.ts';
import type { PagefindFilter } from './pagefind-ui.ts';

export interface ClaimPageSearch {
  /** The result title: `Summary (Status label)`. */
  title: string;
  /** Status first, then speakers and publishers in timeline order, each value once. */
  filters: PagefindFilter[];
  /** `data-pagefind-sort="worthiness"`: the highest score among the appearances, two decimals. */
  worthiness: string;
}

export function claimPageSearch(story: ClaimStory, speakerOf: (name: string | null) => { name: string } | undefined): ClaimPageSearch {
  const filters: PagefindFilter[] = [{ name: 'status', value: STATUS_INFO[story.status].label }];
  const seen = new Set<string>();
  const add = (filter: PagefindFilter) => {
    const key = `${filter.name}:${filter.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    filters.push(filter);
  };
  for (const { claim } of story.appearances) {
    const speaker = speakerOf(claim.speaker)?.name;
    if (speaker) add({ name: 'speaker', value: speaker });
  }
  // The article's publisher, as its article page's filter has it (not the outlet an appearance cites).
  for (const { article } of story.appearances) add({ name: 'publisher', value: article.data.publisher ?? ui.unknownPublisher });
  const worthiness = Math.max(0, ...story.appearances.map(({ claim }) => claim.worthiness.score));
  return { title: ui.claimSearchTitle(story.summary, statusLabel(story.status, story.kind)), filters, worthiness: worthiness.toFixed(2) };
}
