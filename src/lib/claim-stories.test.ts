import { describe, expect, it } from 'vitest';
import type { Article, ArticleClaim } from './articles.ts';
import { claimStories, roleOf, STALE_AFTER_DAYS } from './claim-stories.ts';

type Origin = ArticleClaim['appearance']['origin'];
let n = 0;
function claim(cluster: string, over: Partial<ArticleClaim> & { origin?: Origin } = {}): ArticleClaim {
  n += 1;
  const id = `c-${String(n).padStart(10, '0')}`;
  const { origin = { type: 'own', source: null }, ...rest } = over;
  return {
    id, summary: `Summary ${cluster}`, speaker: 'Vladimir Putin', speakerAs: 'Putin', speakerKind: 'person', kind: 'attributed', cluster,
    appearance: { outlet: null, published: null, origin, independent: false, dependence: 'claimant' },
    sources: { outlets: 2, independent: 0 }, status: 'disputed', rationale: 'Why.', reviewed: false, verdict: null, automatic: null, ...rest,
  } as ArticleClaim;
}
function article(slug: string, publisher: string, published: string | null, claims: ArticleClaim[]): Article {
  return { id: slug, data: { slug, title: `Title ${slug}`, publisher, published, claims } } as unknown as Article;
}

describe('claimStories', () => {
  const k1 = 'k-1111111111';
  const k2 = 'k-2222222222';
  const founder = { ...claim(k1), id: 'c-1111111111' };
  const articles = [
    article('b', 'Wire Daily', '2025-11-03', [claim(k1, { origin: { type: 'wire', source: 'AFP' } })]),
    article('a', 'The Herald', '2025-11-01', [founder, claim('k-3333333333')]),
    article('c', 'Undated Post', null, [claim(k2, { kind: 'denial', speaker: 'Gen. Ivan Petrenko' })]),
  ];
  const contradictions = new Map([[k1, new Set([k2])], [k2, new Set([k1])]]);

  it('tells a story for a claim seen twice or contradicted, not for one seen once and never denied', () => {
    const stories = claimStories(articles, contradictions);
    expect([...stories.keys()]).toEqual([k1, k2]);
    expect(stories.get(k1)!.contradicts).toEqual([k2]);
    expect(stories.get(k2)!.contradicts).toEqual([k1]);
  });

  it('orders the appearances by date, undated last, in the words of the founding appearance, as of the latest date bearing on it', () => {
    const story = claimStories(articles, contradictions).get(k1)!;
    expect(story.appearances.map((a) => [a.article.data.slug, a.role, a.via])).toEqual([
      ['a', 'reports', null],
      ['b', 'wire', 'AFP'],
    ]);
    expect(story.founder.id).toBe('c-1111111111');
    expect(story.asOf).toBe('2025-11-03');
    expect(story.stale).toBe(false);
  });

  it('is stale when no article has borne on it for longer than the limit, counted from the newest article, not the clock', () => {
    const later = [...articles, article('d', 'Late News', '2026-01-10', [claim('k-4444444444')])];
    expect(STALE_AFTER_DAYS).toBe(30);
    expect(claimStories(later, contradictions).get(k1)!.stale).toBe(true);
    // A desk's own limit (site.config.ts `staleAfterDays`).
    expect(claimStories(later, contradictions, 90).get(k1)!.stale).toBe(false);
  });

  it('says how an appearance carries the claim', () => {
    expect(roleOf(claim(k1, { kind: 'denial' })).role).toBe('denies');
    expect(roleOf(claim(k1, { origin: { type: 'cites', source: 'The Herald' } }))).toEqual({ role: 'cites', via: 'The Herald' });
    expect(roleOf(claim(k1, { speaker: null, kind: 'factual' })).role).toBe('asserts');
    expect(roleOf(claim(k1, { kind: 'demand' })).role).toBe('forecast');
  });
});
