import { describe, expect, it } from 'vitest';
import { articleDescription, claimCountsText, DESCRIPTION_MAX, feedItems, type FeedArticle } from './feed.ts';

const location = { site: 'https://checks.example.org', base: '/factline/' };

function article(slug: string, published: string | null, firstParagraph: string | null = `First paragraph of ${slug}.`): FeedArticle {
  return { slug, title: `Title ${slug}`, published, firstParagraph, claims: [{ status: 'not-checkable' }, { status: 'unverified' }, { status: 'not-checkable' }] };
}

describe('feedItems', () => {
  it('puts the newest first and undated articles last, keeping the given order otherwise', () => {
    const items = feedItems([article('undated', null), article('old', '2025-11-01'), article('new', '2025-11-28'), article('new-too', '2025-11-28')], location);
    expect(items.map((item) => item.title)).toEqual(['Title new', 'Title new-too', 'Title old', 'Title undated']);
  });

  it('links the absolute article URL, dates it at midnight UTC and tags it with the statuses', () => {
    const [item, undated] = feedItems([article('a', '2025-11-28'), article('b', null)], location);
    expect(item).toEqual({
      title: 'Title a',
      link: 'https://checks.example.org/factline/articles/a/',
      pubDate: new Date(Date.UTC(2025, 10, 28)),
      description: 'First paragraph of a.',
      categories: ['Unverified', 'Not a checkable fact'],
    });
    expect(undated).not.toHaveProperty('pubDate');
  });
});

describe('articleDescription', () => {
  it('is the first paragraph, shortened, or else the claim counts', () => {
    expect(articleDescription(article('a', null, 'word '.repeat(200)))).toHaveLength(DESCRIPTION_MAX);
    expect(articleDescription(article('a', null, null))).toBe('3 claims: 1 Unverified, 2 Not a checkable fact.');
    expect(articleDescription(article('a', null, '   '))).toBe('3 claims: 1 Unverified, 2 Not a checkable fact.');
    expect(claimCountsText([])).toBe('0 claims.');
  });
});
