import { describe, expect, it } from 'vitest';
import { articleDescription, claimCountsText, DESCRIPTION_MAX, feedItems, xmlSafe, type FeedArticle } from './feed.ts';

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

describe('feedItems limit', () => {
  it('keeps only the latest `limit` articles, newest first', () => {
    const items = feedItems([article('a', '2025-11-01'), article('b', '2025-11-03'), article('c', null), article('d', '2025-11-02')], location, 2);
    expect(items.map((item) => item.link.split('/').at(-2))).toEqual(['b', 'd']);
    expect(feedItems([article('a', '2025-11-01')], location, 2)).toHaveLength(1);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => feedItems([], location, 0)).toThrow(RangeError);
    expect(() => feedItems([], location, 1.5)).toThrow(RangeError);
  });
});

describe('xmlSafe', () => {
  it('takes out what XML 1.0 cannot carry and keeps the rest', () => {
    expect(xmlSafe('Bell \u0007 escape \u001b[2J \u0001\u0008 end\uffff')).toBe('Bell  escape [2J  end');
    expect(xmlSafe('tab\tline\nreturn\r emoji 😀 lone \ud800 low \udc00')).toBe('tab\tline\nreturn\r emoji 😀 lone  low ');
  });

  it('is applied to every item title and description', () => {
    const [item] = feedItems([{ ...article('a', null), title: 'Title \u001b[2J', firstParagraph: 'Body \u0001 text.' }], location);
    expect(item!.title).toBe('Title [2J');
    expect(item!.description).toBe('Body  text.');
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
