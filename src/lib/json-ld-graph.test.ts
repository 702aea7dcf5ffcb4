import { describe, expect, it } from 'vitest';
import { claimReviews, type ReviewClaim } from './claim-review.ts';
import { articleReviewGraph, claimReviewGraph, expandReviewGraph } from './json-ld-graph.ts';
import { builtCorpus } from './test-support/corpus.ts';

const context = { site: 'https://checks.example.org', base: '/factline/', organization: { name: 'The Desk', url: 'https://desk.example.org/' } };
const ids = { organization: 'https://desk.example.org/#organization', appearance: 'https://checks.example.org/factline/articles/a-1/#appearance' };
const article = { slug: 'a-1', title: 'Title', publisher: 'The Independent', published: '2025-11-28', source: 'https://www.independent.co.uk/news/putin' };
const claim = (over: Partial<ReviewClaim> = {}): ReviewClaim => ({
  id: 'c-1', text: 'Pokrovsk is surrounded', speaker: 'Vladimir Putin', speakerKind: 'person', status: 'unverified', rationale: 'Nobody checked.', verdict: null, ...over,
});

describe('claimReviewGraph', () => {
  const reviews = claimReviews(article, [claim(), claim({ id: 'c-2', speaker: null, status: 'verified', verdict: { reviewed: '2025-12-02' } })], context);

  it('writes the context once and the shared organisation and appearance as nodes the reviews refer to', () => {
    const graph = claimReviewGraph(reviews, ids);
    expect(graph['@context']).toBe('https://schema.org');
    const [organization, appearance, ...rest] = graph['@graph'];
    expect(organization).toEqual({ '@id': ids.organization, '@type': 'Organization', name: 'The Desk', url: 'https://desk.example.org/' });
    expect(appearance).toMatchObject({ '@id': ids.appearance, '@type': 'CreativeWork', url: article.source });
    expect(rest).toHaveLength(2);
    for (const review of rest) {
      expect(review).not.toHaveProperty('@context');
      expect(review.author).toEqual({ '@id': ids.organization });
      expect((review.itemReviewed as { appearance: unknown }).appearance).toEqual({ '@id': ids.appearance });
    }
    // The nodes cost more than they save on two reviews, less from a few on.
    const many = claimReviews(article, Array.from({ length: 6 }, (_, n) => claim({ id: `c-${n}` })), context);
    expect(JSON.stringify(claimReviewGraph(many, ids)).length).toBeLessThan(JSON.stringify(many).length);
  });

  it('says the same as the reviews written out: expanded, it gives them back', () => {
    expect(expandReviewGraph(claimReviewGraph(reviews, ids))).toEqual(reviews);
    expect(claimReviewGraph([], ids)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
  });

  it('names the nodes of an article page after the organisation and the page', () => {
    const graph = articleReviewGraph(reviews, 'a-1', { ...context, organization: { name: 'The Desk', url: 'https://desk.example.org/about#us' } });
    expect(graph['@graph'].slice(0, 2).map((node) => node['@id'])).toEqual(['https://desk.example.org/about#organization', ids.appearance]);
  });

  it('keeps a review whose author or appearance differs written out', () => {
    const other = { ...reviews[1]!, author: { '@type': 'Organization', name: 'Else' }, itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: 'https://x.example/' } } };
    const graph = claimReviewGraph([reviews[0]!, other], ids);
    expect(graph['@graph'][3]!.author).toEqual({ '@type': 'Organization', name: 'Else' });
    expect(expandReviewGraph(graph)).toEqual([reviews[0], other]);
  });

  it('gives back every page of the seeds unchanged, at fewer bytes', () => {
    const pages = builtCorpus();
    for (const { data } of pages) {
      const all = claimReviews(data, data.claims, context);
      if (all.length === 0) continue;
      const graph = claimReviewGraph(all, ids);
      expect(expandReviewGraph(graph)).toEqual(all);
      if (all.length > 1) expect(JSON.stringify(graph).length).toBeLessThan(JSON.stringify(all).length);
    }
  }, 60_000);
});
