import { describe, expect, it, vi } from 'vitest';
import type { Article, ArticleClaim } from './articles.ts';
import { ARTICLE_COPY_WEIGHT, claimSearchData } from './claim-search.ts';

// The module's per-build helper reads the Astro collection; these tests give it the articles directly.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

function claim(id: string, cluster: string, speaker: string | null, status: ArticleClaim['status'] = 'unverified'): ArticleClaim {
  return { id, cluster, speaker, summary: `Summary ${id}`, kind: 'attributed', status, worthiness: { score: 0.5, reasons: [] } } as unknown as ArticleClaim;
}
function article(slug: string, claims: ArticleClaim[]): Article {
  return { id: slug, data: { slug, title: slug, publisher: null, published: null, claims } } as unknown as Article;
}

describe('claimSearchData', () => {
  const articles = [
    article('a', [claim('c-1', 'k-1', 'Jane Doe'), claim('c-2', 'k-2', 'Jane Doe', 'disputed')]),
    article('b', [claim('c-3', 'k-1', null)]),
  ];

  it('weights down the article copy of a claim whose cluster has a claim page, and no other', () => {
    const data = claimSearchData(articles, new Set(['k-1']));
    expect(data.get('c-1')!.weight).toBe(ARTICLE_COPY_WEIGHT);
    expect(data.get('c-3')!.weight).toBe(ARTICLE_COPY_WEIGHT);
    expect(data.get('c-2')!.weight).toBeNull();
    expect(Number(ARTICLE_COPY_WEIGHT)).toBeLessThan(1);
    expect([...claimSearchData(articles, new Set()).values()].map((entry) => entry.weight)).toEqual([null, null, null]);
  });

  it('adds each filter once per article', () => {
    const data = claimSearchData(articles, new Set());
    expect(data.get('c-1')!.filters).toEqual([{ name: 'status', value: 'Unverified' }, { name: 'speaker', value: 'Jane Doe' }]);
    expect(data.get('c-2')!.filters).toEqual([{ name: 'status', value: 'Disputed' }]);
    expect(data.get('c-3')!.filters).toEqual([{ name: 'status', value: 'Unverified' }]);
  });
});
