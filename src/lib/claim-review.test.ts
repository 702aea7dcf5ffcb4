import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_INFO, STATUSES } from '../../scripts/status.ts';
import {
  BEST_RATING,
  CLAIM_REVIEWED_MAX,
  claimReviews,
  jsonLdScriptContent,
  RATING_VALUES,
  speakerType,
  storyClaimReview,
  WORST_RATING,
  type ReviewArticle,
  type ReviewClaim,
} from './claim-review.ts';
import { builtCorpus, type CorpusPage } from './test-support/corpus.ts';

const context = {
  site: 'https://checks.example.org',
  base: '/factline/',
  organization: { name: 'The Desk', url: 'https://desk.example.org/' },
};

const article: ReviewArticle = {
  slug: 'a-1',
  title: 'Title',
  publisher: 'The Independent',
  published: '2025-11-28',
  source: 'https://www.independent.co.uk/news/putin',
};

function claim(overrides: Partial<ReviewClaim> = {}): ReviewClaim {
  return {
    id: 'c-0123456789',
    text: 'The Russian army had surrounded the embattled city of Pokrovsk, Putin claimed on Thursday in Bishkek.',
    speaker: 'Vladimir Putin',
    speakerKind: 'person',
    status: 'unverified',
    rationale: 'The article says the claim could not be independently verified.',
    verdict: null,
    ...overrides,
  };
}

function isAbsoluteHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:';
}

type Json = Record<string, unknown>;

/** What a ClaimReview must have to be read by search engines and fact-check tools. */
function expectValidClaimReview(review: Json, pageUrl: string): void {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(isAbsoluteHttpUrl(review.url)).toBe(true);
  expect(String(review.url).startsWith(`${pageUrl}#c-`)).toBe(true);
  expect(typeof review.claimReviewed).toBe('string');
  expect((review.claimReviewed as string).length).toBeGreaterThan(0);
  expect([...(review.claimReviewed as string)].length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
  const rating = review.reviewRating as Json;
  expect(rating['@type']).toBe('Rating');
  expect(Object.values(STATUS_INFO).map((info) => info.label)).toContain(rating.alternateName);
  if ('ratingValue' in rating) {
    expect(rating.bestRating).toBe(BEST_RATING);
    expect(rating.worstRating).toBe(WORST_RATING);
    expect(rating.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
    expect(rating.ratingValue).toBeLessThanOrEqual(BEST_RATING);
  } else {
    expect(rating).not.toHaveProperty('bestRating');
    expect(rating).not.toHaveProperty('worstRating');
  }
  const item = review.itemReviewed as Json;
  expect(item['@type']).toBe('Claim');
  if ('author' in item) {
    expect(['Person', 'Organization']).toContain((item.author as Json)['@type']);
    expect((item.author as Json).name).toBeTruthy();
  }
  const appearance = item.appearance as Json;
  expect(appearance['@type']).toBe('CreativeWork');
  expect(isAbsoluteHttpUrl(appearance.url)).toBe(true);
  const author = review.author as Json;
  expect(author['@type']).toBe('Organization');
  expect(author.name).toBeTruthy();
  expect(isAbsoluteHttpUrl(author.url)).toBe(true);
  if ('datePublished' in review) expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('claimReviews', () => {
  it('builds one valid ClaimReview per claim', () => {
    const reviews = claimReviews(article, [claim(), claim({ id: 'c-abcdefabcd', speaker: null, status: 'not-checkable' })], context);
    expect(reviews).toHaveLength(2);
    for (const review of reviews) expectValidClaimReview(review as unknown as Json, 'https://checks.example.org/factline/articles/a-1/');
    expect(reviews[0]).toMatchObject({
      url: 'https://checks.example.org/factline/articles/a-1/#c-0123456789',
      claimReviewed: 'The Russian army had surrounded the embattled city of Pokrovsk, Putin…',
      reviewRating: { alternateName: 'Unverified', ratingExplanation: 'The article says the claim could not be independently verified.' },
      itemReviewed: {
        author: { '@type': 'Person', name: 'Vladimir Putin' },
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://www.independent.co.uk/news/putin',
          publisher: { '@type': 'Organization', name: 'The Independent' },
          datePublished: '2025-11-28',
        },
      },
      author: { '@type': 'Organization', name: 'The Desk', url: 'https://desk.example.org/' },
      datePublished: '2025-11-28',
    });
    expect(reviews[1]!.itemReviewed).not.toHaveProperty('author');
  });

  it('rates only editors’ accuracy verdicts with a number, on a 1–5 scale', () => {
    for (const status of STATUSES) {
      const [review] = claimReviews(article, [claim({ status })], context);
      const rating = review!.reviewRating as Json;
      expect(rating.alternateName).toBe(STATUS_INFO[status].label);
      if (STATUS_INFO[status].setBy === 'pipeline') expect(rating).not.toHaveProperty('ratingValue');
      else expect(rating).toMatchObject({ ratingValue: RATING_VALUES[status], bestRating: 5, worstRating: 1 });
    }
    expect(RATING_VALUES).toMatchObject({ false: 1, misleading: 2, verified: 5 });
  });

  it('dates the review by the verdict, else by the article, else not at all', () => {
    const reviewed = claim({ status: 'false', verdict: { reviewed: '2025-12-02' } });
    expect(claimReviews(article, [reviewed], context)[0]!.datePublished).toBe('2025-12-02');
    expect(claimReviews(article, [claim()], context)[0]!.datePublished).toBe('2025-11-28');
    expect(claimReviews({ ...article, published: null }, [claim()], context)[0]).not.toHaveProperty('datePublished');
  });

  it('points the appearance at the article page when the source URL is unknown or unsafe', () => {
    for (const source of [null, 'javascript:alert(1)', 'not a url']) {
      const [review] = claimReviews({ ...article, source, publisher: null, published: null }, [claim()], context);
      expect((review!.itemReviewed as Json).appearance).toEqual({
        '@type': 'CreativeWork',
        url: 'https://checks.example.org/factline/articles/a-1/',
      });
    }
  });
});

describe('speakerType', () => {
  it('follows the pipeline: a named person or an unnamed role is a Person, an organisation an Organization', () => {
    expect(speakerType('person')).toBe('Person');
    expect(speakerType('role')).toBe('Person');
    expect(speakerType('org')).toBe('Organization');
  });
});

describe('jsonLdScriptContent', () => {
  const hostile = '</script><script>alert(1)</script>';

  it('keeps a claim text that tries to close the script inside the JSON', () => {
    const reviews = claimReviews(article, [claim({ text: hostile, speaker: `<!-- ${hostile}`, rationale: `& ${hostile} \u2028` })], context);
    const json = jsonLdScriptContent(reviews);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(reviews)));
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');

    // Parsed as HTML, the page has one script element, holding all of the JSON.
    const { document } = parseHTML(`<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const parsed = JSON.parse(scripts[0]!.textContent ?? '') as { claimReviewed: string; itemReviewed: { author: { name: string } } }[];
    expect(parsed[0]!.claimReviewed).toBe(hostile);
    expect(parsed[0]!.itemReviewed.author.name).toBe(`<!-- ${hostile}`);
  });
});

describe('on the built corpus (seeds and the hostile fixture, through the real pipeline)', () => {
  let corpus: CorpusPage[];
  beforeAll(() => {
    corpus = builtCorpus();
  }, 60_000);

  it('gives every claim of every page a valid ClaimReview whose JSON stays inside its script', () => {
    let total = 0;
    for (const { data } of corpus) {
      const reviews = claimReviews(data, data.claims, context);
      expect(reviews.map((review) => review.url)).toEqual(
        data.claims.map((c) => `https://checks.example.org/factline/articles/${data.slug}/#${c.id}`),
      );
      for (const review of reviews) expectValidClaimReview(review as unknown as Json, `https://checks.example.org/factline/articles/${data.slug}/`);
      const json = jsonLdScriptContent(reviews);
      expect(json).not.toContain('<');
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(reviews)));
      total += reviews.length;
    }
    expect(total).toBeGreaterThan(10);
    const hostile = corpus.find(({ data }) => data.slug === 'hostile-mdx')!;
    const reviewed = claimReviews(hostile.data, hostile.data.claims, context).find((review) => review.url?.toString().endsWith('#c-1518e11b72'));
    expect(reviewed).toMatchObject({ datePublished: '2025-12-02', reviewRating: { alternateName: 'Misleading', ratingValue: 2 } });
  });
});

describe('storyClaimReview', () => {
  const story = { id: 'k-0123456789', summary: 'Russian army surrounded Pokrovsk', status: 'disputed' as const, rationale: 'Denied by the army commander.', asOf: '2025-11-29' };
  const later: ReviewArticle = { slug: 'b-2', title: 'B', publisher: 'Daily Planet', published: '2025-11-29', source: 'javascript:alert(1)' };
  const undated: ReviewArticle = { slug: 'c-3', title: 'C', publisher: null, published: null, source: null };
  const appearances = [
    { article, claimId: 'c-0123456789' },
    { article: later, claimId: 'c-aaaaaaaaaa' },
    { article: undated, claimId: 'c-bbbbbbbbbb' },
  ];

  it('reviews the claim once, with every appearance and the first one, at the story page', () => {
    const review = storyClaimReview(story, claim(), appearances, context) as unknown as Json;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe('https://checks.example.org/factline/claim/k-0123456789/');
    expect(review.claimReviewed).toBe('Russian army surrounded Pokrovsk');
    expect((review.reviewRating as Json).alternateName).toBe(STATUS_INFO.disputed.label);
    expect((review.reviewRating as Json).ratingExplanation).toBe('Denied by the army commander.');
    expect(review.datePublished).toBe('2025-11-29');
    const item = review.itemReviewed as Json;
    expect((item.author as Json).name).toBe('Vladimir Putin');
    const works = item.appearance as Json[];
    expect(works.map((w) => w.url)).toEqual([
      'https://www.independent.co.uk/news/putin',
      // An unsafe source URL is never written: the claim's anchor on this site instead.
      'https://checks.example.org/factline/articles/b-2/#c-aaaaaaaaaa',
      'https://checks.example.org/factline/articles/c-3/#c-bbbbbbbbbb',
    ]);
    expect(works[2]).not.toHaveProperty('datePublished');
    expect((item.firstAppearance as Json).url).toBe('https://www.independent.co.uk/news/putin');
    expect(jsonLdScriptContent(review)).not.toMatch(/[<>&]/u);
  });

  it('dates the review by the editor’s verdict, and names no author when there is no speaker', () => {
    const review = storyClaimReview(story, claim({ speaker: null, verdict: { reviewed: '2025-12-02' } }), appearances, context) as unknown as Json;
    expect(review.datePublished).toBe('2025-12-02');
    expect(review.itemReviewed as Json).not.toHaveProperty('author');
  });
});
