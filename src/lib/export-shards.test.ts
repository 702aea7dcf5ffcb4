import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_SHARD_LIMITS, claimBytes, clusterBytes, packClaimShards, packRanges, type ClaimShard, type ShardArticle, type ShardLimits } from './export-shards.ts';

/** Every article's claims exactly once, in order, and every entry in exactly one shard. */
function expectCoverage(articles: readonly ShardArticle[], shards: readonly ClaimShard[]) {
  // Walk the slices as a cursor over (article, claim): each must pick up exactly where the last one stopped.
  let article = 0;
  let next = 0;
  const problems: string[] = [];
  for (const [n, shard] of shards.entries()) {
    let claims = 0;
    for (const slice of shard.slices) {
      if (next === articles[article]?.claims.length && slice.article === article + 1) [article, next] = [article + 1, 0];
      if (slice.article !== article || slice.from !== next || slice.to < slice.from) problems.push(`shard ${n}: ${JSON.stringify(slice)} after article ${article} claim ${next}`);
      next = slice.to;
      claims += slice.to - slice.from;
      // An article split over shards lives alone in each of them.
      if ((slice.from > 0 || slice.to < articles[slice.article]!.claims.length) && shard.slices.length !== 1) problems.push(`shard ${n}: a split article shares it`);
    }
    if (claims !== shard.claims) problems.push(`shard ${n}: counts ${shard.claims} claims, holds ${claims}`);
    if (shard.articles !== shard.slices.filter((slice) => slice.from === 0).length) problems.push(`shard ${n}: counts ${shard.articles} articles`);
  }
  if (articles.length) expect([article, next]).toEqual([articles.length - 1, articles.at(-1)!.claims.length]);
  expect(problems).toEqual([]);
  expect(shards.reduce((sum, shard) => sum + shard.articles, 0)).toBe(articles.length);
}

/** The bound: no shard over either limit, unless it is one claim larger than the byte limit. */
function expectBounded(articles: readonly ShardArticle[], shards: readonly ClaimShard[], limits: ShardLimits) {
  const problems: string[] = [];
  for (const [n, shard] of shards.entries()) {
    let bytes = 0;
    for (const slice of shard.slices) {
      const article = articles[slice.article]!;
      if (slice.from === 0) bytes += article.bytes;
      for (let at = slice.from; at < slice.to; at++) bytes += article.claims[at]!;
    }
    if (shard.bytes !== bytes) problems.push(`shard ${n}: counts ${shard.bytes} bytes, holds ${bytes}`);
    if (shard.claims > limits.items) problems.push(`shard ${n}: ${shard.claims} claims`);
    if (bytes > limits.bytes && shard.claims > 1) problems.push(`shard ${n}: ${bytes} bytes in ${shard.claims} claims`);
  }
  expect(problems).toEqual([]);
}

const article = (claims: number, claimBytesEach = 1_000, bytes = 500): ShardArticle => ({ bytes, claims: Array.from({ length: claims }, () => claimBytesEach) });

describe('packClaimShards', () => {
  it('keeps whole articles together and closes a shard before the article that would pass its claim limit', () => {
    const articles = [article(3), article(4), article(2), article(0), article(5)];
    const shards = packClaimShards(articles, { items: 7, bytes: 1e9 });
    expect(shards.map((shard) => shard.slices.map((slice) => slice.article))).toEqual([[0, 1], [2, 3, 4]]);
    expect(shards.map((shard) => [shard.articles, shard.claims])).toEqual([[2, 7], [3, 7]]);
    expectCoverage(articles, shards);
  });

  it('splits an article with more claims than a shard holds over shards of its own', () => {
    const articles = [article(2), article(25), article(1)];
    const shards = packClaimShards(articles, { items: 10, bytes: 1e9 });
    expect(shards.map((shard) => shard.slices)).toEqual([
      [{ article: 0, from: 0, to: 2 }],
      [{ article: 1, from: 0, to: 10 }],
      [{ article: 1, from: 10, to: 20 }],
      [{ article: 1, from: 20, to: 25 }],
      [{ article: 2, from: 0, to: 1 }],
    ]);
    expect(shards.map((shard) => shard.articles)).toEqual([1, 1, 0, 0, 1]);
    expectCoverage(articles, shards);
  });

  it('closes a shard on its byte estimate too, and gives a claim larger than the limit a shard of its own', () => {
    const huge: ShardArticle = { bytes: 100, claims: [10, 5_000, 10] };
    const articles = [article(2, 200), huge, article(1, 200)];
    const shards = packClaimShards(articles, { items: 100, bytes: 1_000 });
    expect(shards.map((shard) => shard.slices)).toEqual([
      [{ article: 0, from: 0, to: 2 }],
      [{ article: 1, from: 0, to: 1 }],
      [{ article: 1, from: 1, to: 2 }],
      [{ article: 1, from: 2, to: 3 }],
      [{ article: 2, from: 0, to: 1 }],
    ]);
    expectBounded(articles, shards, { items: 100, bytes: 1_000 });
    expectCoverage(articles, shards);
  });

  it('gives one empty shard for no articles, and holds articles without claims', () => {
    expect(packClaimShards([])).toEqual([{ slices: [], articles: 0, claims: 0, bytes: 0 }]);
    const none = [article(0), article(0)];
    expect(packClaimShards(none).map((shard) => [shard.articles, shard.claims])).toEqual([[2, 0]]);
  });

  it('keeps to its bounds for 100,000 small articles and a few huge ones, with the real limits', () => {
    const articles: ShardArticle[] = [];
    for (let i = 0; i < 100_000; i++) articles.push(article(i % 37, 1_300 + (i % 11) * 100, 400));
    articles.splice(500, 0, article(9_000, 5_000)); // more claims than a shard holds
    articles.splice(7_000, 0, { bytes: 2_000, claims: [2_400_000, 2_400_000, 2_400_000, 2_400_000, 2_400_000, 2_400_000, 2_400_000, 2_400_000] }); // claims of 400,000 characters
    articles.splice(50_000, 0, article(0, 0, 100_000));
    const shards = packClaimShards(articles);
    expectCoverage(articles, shards);
    expectBounded(articles, shards, CLAIM_SHARD_LIMITS);
    for (const shard of shards) expect(shard.bytes).toBeLessThanOrEqual(CLAIM_SHARD_LIMITS.bytes);
    // The same articles give the same shards.
    expect(packClaimShards(articles)).toEqual(shards);
  });

  it('keeps to its bounds for any articles and limits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ bytes: fc.integer({ min: 0, max: 3_000 }), claims: fc.array(fc.integer({ min: 1, max: 4_000 }), { maxLength: 40 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1_000, max: 40_000 }),
        (articles, items, bytes) => {
          const shards = packClaimShards(articles, { items, bytes });
          expectCoverage(articles, shards);
          expectBounded(articles, shards, { items, bytes });
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('packRanges', () => {
  it('cuts consecutive ranges within both limits, a single oversized item alone', () => {
    expect(packRanges([1, 1, 1, 1, 1], { items: 2, bytes: 100 }).map(({ from, to }) => [from, to])).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(packRanges([40, 40, 300, 40, 40], { items: 10, bytes: 100 }).map(({ from, to }) => [from, to])).toEqual([[0, 2], [2, 3], [3, 5]]);
    expect(packRanges([], { items: 2, bytes: 100 })).toEqual([{ from: 0, to: 0, bytes: 0 }]);
  });

  it('keeps to its bounds for any sizes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 2_000 }), (sizes, items, bytes) => {
        const ranges = packRanges(sizes, { items, bytes });
        expect(ranges[0]!.from).toBe(0);
        expect(ranges.at(-1)!.to).toBe(sizes.length);
        ranges.forEach((range, index) => {
          if (index > 0) expect(range.from).toBe(ranges[index - 1]!.to);
          expect(range.to - range.from).toBeLessThanOrEqual(items);
          expect(range.bytes).toBe(sizes.slice(range.from, range.to).reduce((a, b) => a + b, 0));
          if (range.bytes > bytes) expect(range.to - range.from).toBe(1);
        });
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('the estimates', () => {
  it('grow with the free text, six bytes a character', () => {
    const claim = { textLength: 10, summary: 'ab', rationale: 'cd', speaker: null, speakerAs: 'e', appearance: { outlet: 'f', origin: { source: null }, dependence: null } };
    expect(claimBytes({ ...claim, textLength: 110 }, 5) - claimBytes(claim, 5)).toBe(600);
    expect(claimBytes(claim, 6) - claimBytes(claim, 5)).toBe(12);
    expect(clusterBytes({ summary: 'a', rationale: 'b', appearances: ['c-0123456789'], contradicts: ['k-0123456789'] })).toBe(1_024 + 12 + 2 * (12 + 16));
    expect(clusterBytes({ summary: 'a', rationale: 'b', appearances: ['c-0123456789'], contradicts: ['k-0123456789'], aliases: ['k-9876543210'] })).toBe(1_024 + 12 + 3 * (12 + 16));
  });
});
