import { describe, expect, it } from 'vitest';
import type { Article, ArticleClaim } from './articles.ts';
import { claimPageSearch } from './claim-page-search.ts';
import type { ClaimStory, StoryAppearance } from './claim-stories.ts';

function appearance(publisher: string | null, speaker: string | null, score: number): StoryAppearance {
  const claim = { id: `c-${score}`, speaker, worthiness: { score } } as unknown as ArticleClaim;
  const article = { data: { slug: `a-${score}`, publisher } } as unknown as Article;
  return { claim, article, published: null, outlet: publisher, role: 'reports', via: null };
}

function story(appearances: StoryAppearance[], over: Partial<ClaimStory> = {}): ClaimStory {
  return { id: 'k-1', summary: 'Troops crossed the river', kind: 'attributed', status: 'disputed', appearances, ...over } as ClaimStory;
}

// The site's speaker directory joins spellings of a name under the name on the speaker's page.
const speakerOf = (name: string | null) => (name === null ? undefined : { name: name === 'Putin' ? 'Vladimir Putin' : name });

describe('claimPageSearch', () => {
  it('titles the page with the summary and its status, as an article’s claim sub-result is titled', () => {
    expect(claimPageSearch(story([appearance('The Herald', null, 0.5)]), speakerOf).title).toBe('Troops crossed the river (Disputed)');
    expect(claimPageSearch(story([appearance('The Herald', null, 0.5)], { kind: 'demand', status: 'not-checkable' }), speakerOf).title).toMatch(/^Troops crossed the river \(.*not a checkable fact.*\)$/u);
  });

  it('gives the story’s status, each speaker as on their page and each article’s publisher once, in timeline order', () => {
    const search = claimPageSearch(
      story([appearance('The Herald', 'Putin', 0.4), appearance(null, 'Vladimir Putin', 0.7), appearance('Wire Daily', 'Gen. Ivan Petrenko', 0.2), appearance('The Herald', null, 0.1)]),
      speakerOf,
    );
    expect(search.filters).toEqual([
      { name: 'status', value: 'Disputed' },
      { name: 'speaker', value: 'Vladimir Putin' },
      { name: 'speaker', value: 'Gen. Ivan Petrenko' },
      { name: 'publisher', value: 'The Herald' },
      { name: 'publisher', value: 'Unknown publisher' },
      { name: 'publisher', value: 'Wire Daily' },
    ]);
  });

  it('sorts by its most check-worthy appearance, as an article sorts by its most check-worthy claim', () => {
    expect(claimPageSearch(story([appearance('A', null, 0.35), appearance('B', null, 0.8125)]), speakerOf).worthiness).toBe('0.81');
  });

  it('keeps seed text raw: the page escapes filter values for Pagefind UI', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const search = claimPageSearch(story([appearance(hostile, hostile, 0.5)], { summary: hostile }), speakerOf);
    expect(search.title.startsWith(hostile)).toBe(true);
    expect(search.filters.filter((filter) => filter.value === hostile).map((filter) => filter.name)).toEqual(['speaker', 'publisher']);
  });
});
