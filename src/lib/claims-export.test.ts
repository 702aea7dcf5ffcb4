import { beforeAll, describe, expect, it } from 'vitest';
import type { DetailClaim, SummaryClaim } from '../loaders/article-schema.ts';
import { annotationCreator, articleAnnotations } from './annotations.ts';
import { articleEntry, claimEntry, claimsIndex, clusterEntries, shardSizes } from './claims-export.ts';
import { packClaimShards, packRanges } from './export-shards.ts';
import { builtCorpus, type CorpusPage } from './test-support/corpus.ts';

const site = { site: 'https://checks.example.org', base: '/factline/', title: 'Desk Checks', organization: { name: 'The Desk', url: 'https://desk.example.org/' } };
const href = (path: string) => `/factline/${path}`;

/** `JSON.stringify(value, null, 2)` as written `depth` levels deep in a file (json-stream.ts). */
const bytesAt = (value: unknown, depth: number) => Buffer.byteLength(JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)) + 2 * depth + 2;

const summaryOf = (claim: DetailClaim): SummaryClaim & DetailClaim => ({ ...claim, textLength: claim.text.length });

describe('clusterEntries', () => {
  const claim = (id: string, cluster: string, words: string): SummaryClaim =>
    ({
      id,
      cluster,
      summary: `S ${words}`,
      kind: 'attributed',
      status: 'unverified',
      rationale: `R ${words}`,
      sources: { outlets: 2, independent: 0 },
      speaker: null,
      speakerAs: null,
      speakerKind: null,
      appearance: { outlet: null, published: null, origin: { type: 'own', source: null }, independent: false, dependence: null },
      reviewed: false,
      verdict: null,
      automatic: null,
      worthiness: { score: 0.5 },
      textLength: 10,
    }) as SummaryClaim;

  it('lists each cluster once, by id, with its appearances in site order, its founder’s words and the clusters it denies', () => {
    const articles = [
      { slug: 'a', seed: 'a.txt', title: 'A', publisher: null, agency: null, author: null, published: null, source: null, claims: [claim('c-2222222222', 'k-1111111111', 'second'), claim('c-3333333333', 'k-3333333333', 'third')] },
      { slug: 'b', seed: 'b.txt', title: 'B', publisher: null, agency: null, author: null, published: null, source: null, claims: [claim('c-1111111111', 'k-1111111111', 'founder')] },
    ];
    const denies = new Map([['k-3333333333', new Set(['k-1111111111', 'k-3333333333'])]]);
    const clusters = clusterEntries(articles, denies, (id) => (id === 'k-1111111111' ? '/factline/claim/k-1111111111/' : null));
    expect(clusters).toEqual([
      { id: 'k-1111111111', summary: 'S founder', kind: 'attributed', status: 'unverified', rationale: 'R founder', sources: { outlets: 2, independent: 0 }, appearances: ['c-2222222222', 'c-1111111111'], contradicts: [], page: '/factline/claim/k-1111111111/', aliases: [] },
      { id: 'k-3333333333', summary: 'S third', kind: 'attributed', status: 'unverified', rationale: 'R third', sources: { outlets: 2, independent: 0 }, appearances: ['c-3333333333'], contradicts: ['k-1111111111'], page: null, aliases: [] },
    ]);
  });

  it('gives a cluster whose founder is gone (its id kept by the registry) the words of its earliest appearance, as its story page does', () => {
    const dated = (id: string, words: string, published: string | null) => ({ ...claim(id, 'k-9999999999', words), appearance: { ...claim(id, 'k-9999999999', words).appearance, published } });
    const articles = [
      { slug: 'a', seed: 'a.txt', title: 'A', publisher: null, agency: null, author: null, published: null, source: null, claims: [dated('c-2222222222', 'undated', null)] },
      { slug: 'b', seed: 'b.txt', title: 'B', publisher: null, agency: null, author: null, published: null, source: null, claims: [dated('c-3333333333', 'later', '2025-11-03')] },
      { slug: 'c', seed: 'c.txt', title: 'C', publisher: null, agency: null, author: null, published: null, source: null, claims: [dated('c-4444444444', 'earliest', '2025-11-01')] },
    ];
    const [entry] = clusterEntries(articles, new Map(), () => null, new Map([['k-8888888888', 'k-9999999999'], ['k-7777777777', 'k-9999999999'], ['k-6666666666', 'k-5555555555']]));
    expect(entry).toMatchObject({ id: 'k-9999999999', summary: 'S earliest', rationale: 'R earliest', appearances: ['c-2222222222', 'c-3333333333', 'c-4444444444'] });
    // The retired ids that lead to it, sorted; an alias of a story not in the site is left out.
    expect(entry!.aliases).toEqual(['k-7777777777', 'k-8888888888']);
  });
});

describe('claimsIndex', () => {
  it('gives each shard’s URL under the base path with its counts, and the totals', () => {
    const shards = packClaimShards([{ bytes: 1, claims: [1, 1] }, { bytes: 1, claims: [1] }, { bytes: 1, claims: [] }], { items: 2, bytes: 100 });
    const clusters = [{ id: 'k-1' }, { id: 'k-2' }, { id: 'k-3' }] as unknown as Parameters<typeof claimsIndex>[1];
    const index = claimsIndex(shards, clusters, packRanges([1, 1, 1], { items: 2, bytes: 100 }), { claims: { items: 2, bytes: 100 }, clusters: { items: 2, bytes: 50 } }, href);
    expect(index).toEqual({
      format: 'factline-claims',
      version: 3,
      url: '/factline/claims.json',
      compression: 'gzip',
      counts: { articles: 3, claims: 3, clusters: 3 },
      limits: { claims: 2, clusters: 2, bytes: 100 },
      shards: [
        { url: '/factline/claims/shard-1.json.gz', articles: 1, claims: 2 },
        { url: '/factline/claims/shard-2.json.gz', articles: 2, claims: 1 },
      ],
      clusters: [
        { url: '/factline/claims/clusters-1.json.gz', clusters: 2, first: 'k-1', last: 'k-2' },
        { url: '/factline/claims/clusters-2.json.gz', clusters: 1, first: 'k-3', last: 'k-3' },
      ],
    });
  });
});

describe('the size estimates, on the built corpus', () => {
  let corpus: CorpusPage[];
  beforeAll(() => {
    corpus = builtCorpus();
  }, 60_000);

  /** Each entry of the article, as written in a shard and an AnnotationPage, is within its estimate. */
  function expectWithinEstimate(data: CorpusPage['data']) {
    const url = href(`articles/${data.slug}/`);
    const summary = { ...data, claims: data.claims.map(summaryOf) };
    const sizes = shardSizes(summary, url, site);
    expect(bytesAt(articleEntry(summary, url), 2)).toBeLessThanOrEqual(sizes.bytes);
    const annotations = articleAnnotations(data, site, annotationCreator(site));
    data.claims.forEach((claim, at) => {
      expect(bytesAt(claimEntry(claim, data.slug, `/factline/claim/${claim.cluster}/`), 2), claim.id).toBeLessThanOrEqual(sizes.claims[at]!);
      expect(bytesAt(annotations[at], 2), claim.id).toBeLessThanOrEqual(sizes.claims[at]!);
    });
  }

  it('never estimates an entry below its real size', () => {
    expect(corpus.some(({ data }) => data.claims.length > 10)).toBe(true);
    for (const { data } of corpus) expectWithinEstimate(data);
  });

  it('holds for text that JSON escapes most (quotes, backslashes, control characters, astral characters)', () => {
    const hostile = '"\\\u0001😀é'.repeat(2_000);
    for (const { data } of corpus) {
      const claims = data.claims.map((claim) => ({
        ...claim,
        text: hostile,
        summary: hostile.slice(0, 80),
        rationale: hostile.slice(0, 300),
        speaker: hostile.slice(0, 50),
        selector: { prefix: hostile.slice(0, 32), exact: hostile, suffix: hostile.slice(0, 32) },
      }));
      expectWithinEstimate({ ...data, title: hostile.slice(0, 200), claims });
    }
  });

  it('holds for the largest structure with no free text (longest ids, 16 related links, a verdict)', () => {
    const long = (prefix: string, n: number) => `${prefix}-${n.toString(16).padStart(64, 'f')}`;
    for (const { data } of corpus.slice(0, 3)) {
      const claims = data.claims.map((claim, at) => ({
        ...claim,
        id: long('c', at),
        cluster: long('k', at),
        text: '',
        summary: '',
        rationale: '',
        speaker: null,
        speakerAs: null,
        selector: { prefix: '', exact: '', suffix: '' },
        appearance: { ...claim.appearance, outlet: null, origin: { type: 'wire' as const, source: null }, dependence: null },
        related: Array.from({ length: 16 }, (_, n) => ({ claim: long('c', n + 1_000), relation: 'contradicts' as const })),
        worthiness: { score: 0.99, reasons: ['checkable-kind', 'number', 'date', 'place-or-name', 'named-actor', 'consequence', 'not-checkable'] as DetailClaim['worthiness']['reasons'] },
        verdict: claim.verdict ?? { status: 'false' as const, note: '', evidence: [], reviewed: '2025-01-01', reviewer: null },
      }));
      expectWithinEstimate({ ...data, claims });
    }
  });
});
