/**
 * The fixture build's output files: claims.json (an index) and its shards
 * follow their contract, every seed that can be read has a page, and nothing
 * from the bad seeds leaked in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLAIM_KINDS, STATUSES } from '../../scripts/status.ts';
import { WORTHINESS_SIGNALS, WORTHINESS_THRESHOLD } from '../../scripts/worthiness.ts';
import { readClaimsExport } from '../../scripts/read-exports.ts';
import { CLEAN_FIXTURES, HUGE_SEED } from './support/build-fixture-site.ts';
import { fixtureContent, fixtureDist, root } from './support/paths.ts';

const articleEntry = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    seed: z.string(),
    title: z.string().min(1),
    publisher: z.string().nullable(),
    agency: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    url: z.string().startsWith('/'),
    claims: z.number().int().nonnegative(),
  })
  .strict();

const claimEntry = z
  .object({
    id: z.string().regex(/^c-[0-9a-f]{10,}$/),
    article: z.string(),
    text: z.string().min(1),
    summary: z.string().min(1),
    speaker: z.string().nullable(),
    speakerAs: z.string().nullable(),
    kind: z.enum(CLAIM_KINDS),
    worthiness: z
      .object({
        score: z.number().min(0).max(1),
        reasons: z.array(z.enum([...WORTHINESS_SIGNALS, 'not-checkable'])),
      })
      .strict(),
    status: z.enum(STATUSES),
    rationale: z.string().min(1),
    cluster: z.string().regex(/^k-[0-9a-f]{10,}$/),
    page: z.string().regex(/^\/claim\/k-[0-9a-f]{10,}\/$/).nullable(),
    appearance: z
      .object({
        outlet: z.string().nullable(),
        published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        origin: z.object({ type: z.enum(['own', 'wire', 'cites', 'copy']), source: z.string().nullable() }).strict(),
        independent: z.boolean(),
        dependence: z.string().nullable(),
      })
      .strict(),
    related: z.array(z.object({ claim: z.string(), relation: z.enum(['same-claim', 'contradicts']) }).strict()),
    reviewed: z.boolean(),
  })
  .strict();

const clusterEntry = z
  .object({
    id: z.string().regex(/^k-[0-9a-f]{10,}$/),
    summary: z.string().min(1),
    kind: z.enum(CLAIM_KINDS),
    status: z.enum(STATUSES),
    rationale: z.string().min(1),
    sources: z.object({ outlets: z.number().int().positive(), independent: z.number().int().nonnegative() }).strict(),
    appearances: z.array(z.string().regex(/^c-[0-9a-f]{10,}$/)).min(1),
    page: z.string().regex(/^\/claim\/k-[0-9a-f]{10,}\/$/).nullable(),
    contradicts: z.array(z.string().regex(/^k-[0-9a-f]{10,}$/)),
    aliases: z.array(z.string().regex(/^k-[0-9a-f]{10,}$/)),
  })
  .strict();

const shardUrl = (kind: string) => z.string().regex(new RegExp(`^/claims/${kind}-[1-9][0-9]*\\.json\\.gz$`));
const index = z
  .object({
    format: z.literal('factline-claims'),
    version: z.literal(3),
    url: z.literal('/claims.json'),
    compression: z.literal('gzip'),
    counts: z.object({ articles: z.number().int().nonnegative(), claims: z.number().int().nonnegative(), clusters: z.number().int().nonnegative() }).strict(),
    limits: z.object({ claims: z.number().int().positive(), clusters: z.number().int().positive(), bytes: z.number().int().positive().max(20_000_000) }).strict(),
    shards: z.array(z.object({ url: shardUrl('shard'), articles: z.number().int().nonnegative(), claims: z.number().int().nonnegative() }).strict()).min(1),
    clusters: z
      .array(z.object({ url: shardUrl('clusters'), clusters: z.number().int().nonnegative(), first: z.string().nullable(), last: z.string().nullable() }).strict())
      .min(1),
  })
  .strict();
const claimShard = z
  .object({ format: z.literal('factline-claims-shard'), version: z.literal(3), index: z.literal('/claims.json'), shard: z.number().int().positive(), articles: z.array(articleEntry), claims: z.array(claimEntry) })
  .strict();
const clusterShard = z
  .object({ format: z.literal('factline-claims-clusters'), version: z.literal(3), index: z.literal('/claims.json'), shard: z.number().int().positive(), clusters: z.array(clusterEntry) })
  .strict();

const exported = readClaimsExport(fixtureDist);
const claimsIndex = index.parse(exported.index);
// Each shard is a gzip file (version 3): read it decompressed.
const readShard = (url: string) => JSON.parse(gunzipSync(readFileSync(join(fixtureDist, url))).toString('utf8')) as unknown;
const claimShards = claimsIndex.shards.map((entry) => claimShard.parse(readShard(entry.url)));
const clusterShards = claimsIndex.clusters.map((entry) => clusterShard.parse(readShard(entry.url)));
const claimsJson = {
  articles: claimShards.flatMap((shard) => shard.articles),
  claims: claimShards.flatMap((shard) => shard.claims),
  clusters: clusterShards.flatMap((shard) => shard.clusters),
};

describe('dist/claims.json, an index of shards', () => {
  it('lists every shard with what it holds, numbered in order, and the totals', () => {
    claimsIndex.shards.forEach((entry, at) => {
      expect(entry.url).toBe(`/claims/shard-${at + 1}.json.gz`);
      expect(claimShards[at]!.shard).toBe(at + 1);
      expect([claimShards[at]!.articles.length, claimShards[at]!.claims.length]).toEqual([entry.articles, entry.claims]);
    });
    claimsIndex.clusters.forEach((entry, at) => {
      expect(entry.url).toBe(`/claims/clusters-${at + 1}.json.gz`);
      const clusters = clusterShards[at]!.clusters;
      expect([clusters.length, clusters[0]?.id ?? null, clusters.at(-1)?.id ?? null]).toEqual([entry.clusters, entry.first, entry.last]);
    });
    expect(claimsIndex.counts).toEqual({ articles: claimsJson.articles.length, claims: claimsJson.claims.length, clusters: claimsJson.clusters.length });
    // The helper every other test uses reads the same lists.
    expect(exported.articles).toEqual(claimsJson.articles);
    expect(exported.claims).toEqual(claimsJson.claims);
    expect(exported.clusters).toEqual(claimsJson.clusters);
  });

  it('keeps each shard within its limits and far below 20 MB, whole articles with their claims, clusters in id order', () => {
    for (const file of exported.files) expect(file.bytes, file.path).toBeLessThan(20_000_000);
    for (const shard of claimShards) {
      expect(shard.claims.length).toBeLessThanOrEqual(claimsIndex.limits.claims);
      // An article's entry is in the shard of its first claim, and its claims follow it there.
      const here = new Set(shard.articles.map((article) => article.slug));
      for (const article of shard.articles) {
        const own = shard.claims.filter((claim) => claim.article === article.slug);
        expect(own.length === article.claims || shard.articles.length === 1, article.slug).toBe(true);
      }
      for (const claim of shard.claims) if (!here.has(claim.article)) expect(shard.articles, claim.id).toEqual([]);
    }
    for (const shard of clusterShards) expect(shard.clusters.length).toBeLessThanOrEqual(claimsIndex.limits.clusters);
    const ids = claimsJson.clusters.map((cluster) => cluster.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('dist/claims.json', () => {
  it('scores every claim for check-worthiness, with its reasons', () => {
    for (const claim of claimsJson.claims) {
      // A score is never given without a reason, and a claim that is not a checkable fact says so.
      if (claim.worthiness.score > 0) expect(claim.worthiness.reasons.length).toBeGreaterThan(0);
      if (claim.status === 'not-checkable' && !claim.reviewed) expect(claim.worthiness.reasons).toContain('not-checkable');
    }
    const scores = new Set(claimsJson.claims.map((claim) => claim.worthiness.score));
    expect(scores.size).toBeGreaterThan(2);
    expect(claimsJson.claims.some((claim) => claim.worthiness.score >= WORTHINESS_THRESHOLD)).toBe(true);
    expect(claimsJson.claims.some((claim) => claim.worthiness.score < WORTHINESS_THRESHOLD)).toBe(true);
  });

  it('has a page for each readable seed and none for the bad ones', () => {
    const seeds = claimsJson.articles.map((article) => article.seed).sort();
    const outlets = readdirSync(join(root, CLEAN_FIXTURES)).filter((name) => name.endsWith('.txt'));
    expect(outlets.length).toBeGreaterThanOrEqual(6);
    expect(seeds).toEqual(
      ['000_f77de8f682c93f7c.txt', '003_05d9444e538036f2.txt', 'harbour-courier-ferry.html', 'hostile-claim-echo.txt', 'hostile-filters.txt', 'hostile-mdx.txt', 'northern-ledger-council.md', ...outlets].sort(),
    );
    for (const article of claimsJson.articles) {
      expect(existsSync(join(fixtureDist, article.url, 'index.html')), article.url).toBe(true);
    }
  });

  it('keeps ids unique, counts consistent, every link pointing at a claim, every cluster listing exactly its appearances', () => {
    const ids = new Set(claimsJson.claims.map((claim) => claim.id));
    expect(ids.size).toBe(claimsJson.claims.length);
    const byId = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
    for (const article of claimsJson.articles) {
      expect(claimsJson.claims.filter((claim) => claim.article === article.slug)).toHaveLength(article.claims);
    }
    for (const claim of claimsJson.claims) {
      for (const link of claim.related) {
        const other = byId.get(link.claim);
        expect(other, `${claim.id} → ${link.claim}`).toBeDefined();
        // The same claim is linked across articles; a contradiction may be in the same article.
        if (link.relation === 'same-claim') {
          expect(other!.article).not.toBe(claim.article);
          expect(other!.cluster).toBe(claim.cluster);
        } else expect(other!.cluster).not.toBe(claim.cluster);
      }
    }
    const clusters = new Map(claimsJson.clusters.map((cluster) => [cluster.id, cluster]));
    expect(clusters.size).toBe(claimsJson.clusters.length);
    for (const claim of claimsJson.claims) expect(clusters.get(claim.cluster)?.appearances, claim.id).toContain(claim.id);
    expect(claimsJson.clusters.reduce((n, cluster) => n + cluster.appearances.length, 0)).toBe(claimsJson.claims.length);
    for (const cluster of claimsJson.clusters) {
      const outlets = new Set(cluster.appearances.map((id) => byId.get(id)!.appearance.outlet ?? byId.get(id)!.article));
      expect(cluster.sources.outlets).toBe(outlets.size);
      for (const other of cluster.contradicts) expect(clusters.has(other)).toBe(true);
    }
  });

  it('never calls a claim corroborated without two independent appearances, or disputed without a contradiction', () => {
    const byId = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
    for (const cluster of claimsJson.clusters) {
      const members = cluster.appearances.map((id) => byId.get(id)!);
      if (members.some((claim) => claim.status === 'corroborated' && !claim.reviewed)) {
        expect(cluster.sources.independent, cluster.id).toBeGreaterThanOrEqual(2);
        expect(members.filter((claim) => claim.appearance.independent).length).toBeGreaterThanOrEqual(2);
      }
      if (members.some((claim) => claim.status === 'disputed' && !claim.reviewed)) {
        expect(members.some((claim) => claim.related.some((link) => link.relation === 'contradicts')), cluster.id).toBe(true);
      }
      for (const claim of members) {
        if (claim.status === 'not-checkable') expect(['prediction', 'demand', 'value-judgement']).toContain(claim.kind);
      }
    }
  });

  it('applies an editor’s verdict and marks only that claim reviewed', () => {
    const reviewed = claimsJson.claims.filter((claim) => claim.reviewed);
    expect(reviewed.map((claim) => [claim.id, claim.status])).toEqual([['c-1518e11b72', 'misleading']]);
    expect(reviewed[0]!.rationale).toContain('without the context');
    const verdictFile = readFileSync(join(fixtureContent, 'verdicts/hostile-mdx.yaml'), 'utf8');
    expect(verdictFile).toBe(readFileSync(new URL('../fixtures/verdicts/hostile-mdx.yaml', import.meta.url), 'utf8'));
  });

  it('keeps each claim text an exact span of its page', () => {
    for (const article of claimsJson.articles) {
      const html = readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8');
      for (const claim of claimsJson.claims.filter((entry) => entry.article === article.slug)) {
        expect(html).toContain(`id="${claim.id}"`);
      }
    }
  });

  it('marks the Pokrovsk claim in the Independent seed disputed, with the general’s counter-statement linked', () => {
    const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;
    const pokrovsk = claimsJson.claims.filter((claim) => claim.article === independent.slug && /surrounded.*Pokrovsk/.test(claim.text));
    expect(pokrovsk).toHaveLength(1);
    expect(pokrovsk[0]).toMatchObject({ status: 'disputed', kind: 'attributed', speaker: 'Vladimir Putin' });
    const general = claimsJson.claims.find((claim) => claim.article === independent.slug && claim.text.startsWith("Kyiv's top general said"))!;
    expect(pokrovsk[0]!.related).toContainEqual({ claim: general.id, relation: 'contradicts' });
    expect(pokrovsk[0]!.rationale).toMatch(/^Denied by Kyiv's top general \(The Independent, 28 Nov 2025\)/u);
  });

  it('renders each paragraph of the generated MDX as one <p> of the article body', () => {
    for (const article of claimsJson.articles) {
      const mdx = readFileSync(join(fixtureContent, 'articles', `${article.slug}.mdx`), 'utf8');
      const paragraphs = mdx.split(/^---$/m).slice(2).join('---').trim().split(/\n\n/).length;
      const html = readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('class="claims"'));
      expect(body.match(/<p\b/g)?.length, article.slug).toBe(paragraphs);
    }
  });

  it('reports every bad seed in the build report with its reason, and builds the rest', () => {
    const report = JSON.parse(readFileSync(join(fixtureDist, 'build-report.json'), 'utf8')) as {
      skipped: { file: string; rule: string; reason: string }[];
    };
    const rules = Object.fromEntries(report.skipped.map((problem) => [problem.file, problem.rule]));
    expect(rules).toMatchObject({
      'empty.txt': 'empty-seed',
      'binary.txt': 'binary-file',
      'latin1.txt': 'invalid-utf8',
      [HUGE_SEED]: 'too-large',
      'only-clutter.txt': 'only-clutter',
      'scan.pdf': 'unsupported-type',
    });
    for (const problem of report.skipped) expect(problem.reason).toMatch(new RegExp(`^${problem.file.replace(/[.]/g, '\\.')}.*Unexpected .*, expected .*\\[${problem.rule}\\]$`));
    expect(claimsJson.articles.length).toBeGreaterThan(10);
  });

  it('indexes the site with Pagefind', () => {
    expect(existsSync(join(fixtureDist, 'pagefind/pagefind.js'))).toBe(true);
  });
});
