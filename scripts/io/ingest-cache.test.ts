import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSeed, linkCorpus, planCorpus, renderPage, type AnalysisOutcome } from '../pipeline/ingest.ts';
import { NO_CONTEXT } from '../pipeline/clean.ts';
import type { Seed } from '../pipeline/types.ts';
import { analysisKey, CACHE_FORMAT, decodeEntry, encodeEntry, IngestCache, isCacheable, pageKey } from './ingest-cache.ts';
import { seedFromText } from './read-seeds.ts';

const root = new URL('../..', import.meta.url).pathname;
const VERSION = 'a'.repeat(64);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-cache-'));
  made.push(dir);
  return dir;
}

function textSeeds(folder: string): Seed[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(root, folder, name), 'utf8') }));
}

/** The real seeds, the cleaning fixtures, and the HTML and Markdown inputs (which carry metadata). */
const seeds: Seed[] = [
  ...textSeeds('seeds'),
  ...textSeeds('scripts/pipeline/fixtures/articles'),
  ...readdirSync(join(root, 'tests/fixtures/inputs'))
    .sort()
    .map((name) => seedFromText(name, readFileSync(join(root, 'tests/fixtures/inputs', name), 'utf8'))),
  { name: 'empty.txt', text: '' },
];

describe('cache keys', () => {
  const seed: Seed = { name: 'a.txt', text: 'Officials said the bridge would reopen in March.', metadata: { title: 'Bridge', publisher: 'Courier' } };
  const key = analysisKey(VERSION, seed, 'a', NO_CONTEXT);

  it('are SHA-256 hex and the same for the same inputs', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(analysisKey(VERSION, { ...seed }, 'a', NO_CONTEXT)).toBe(key);
    // The metadata's key order does not matter.
    expect(analysisKey(VERSION, { ...seed, metadata: { publisher: 'Courier', title: 'Bridge' } }, 'a', NO_CONTEXT)).toBe(key);
  });

  it('change with the version, the name, the slug, the text, the metadata and the context', () => {
    const others = [
      analysisKey('b'.repeat(64), seed, 'a', NO_CONTEXT),
      analysisKey(VERSION, { ...seed, name: 'b.txt' }, 'a', NO_CONTEXT),
      analysisKey(VERSION, seed, 'a-1f2e3d', NO_CONTEXT),
      analysisKey(VERSION, { ...seed, text: `${seed.text} ` }, 'a', NO_CONTEXT),
      analysisKey(VERSION, { ...seed, metadata: { title: 'Bridge', publisher: 'Gazette' } }, 'a', NO_CONTEXT),
      analysisKey(VERSION, { ...seed, metadata: { title: 'Bridge' } }, 'a', NO_CONTEXT),
      analysisKey(VERSION, { ...seed, metadata: {} }, 'a', NO_CONTEXT),
      analysisKey(VERSION, { name: seed.name, text: seed.text }, 'a', NO_CONTEXT),
      analysisKey(VERSION, seed, 'a', { ...NO_CONTEXT, boilerplate: ['support the courier'] }),
      analysisKey(VERSION, seed, 'a', { ...NO_CONTEXT, outlets: [{ id: 'courier', name: 'Courier', aliases: [], recognise: [], drop: [{ line: 'Share' }], caption: [], keep: [] }] }),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('of a page change with anything in the page, and with the version', () => {
    const plan = planCorpus(seeds.slice(0, 2));
    const page = linkCorpus(plan.map(({ seed: s, slug }) => analyzeSeed(s, slug))).pages[0]!;
    const pageKeyed = pageKey(VERSION, page);
    expect(pageKey(VERSION, structuredClone(page))).toBe(pageKeyed);
    expect(pageKey('b'.repeat(64), page)).not.toBe(pageKeyed);
    const claims = page.claims.map((claim, index) => (index === 0 ? { ...claim, related: [{ claim: 'c-0000000000', relation: 'same-claim' as const }] } : claim));
    expect(pageKey(VERSION, { ...page, claims })).not.toBe(pageKeyed);
    expect(pageKey(VERSION, { ...page, article: { ...page.article, title: `${page.article.title}!` } })).not.toBe(pageKeyed);
  });
});

describe('cache entries', () => {
  const outcomes = planCorpus(seeds).map(({ seed, slug, context }) => ({ seed, slug, context, outcome: analyzeSeed(seed, slug, context) }));

  it('hold an analysis as JSON that reads back as exactly the same data', () => {
    expect(outcomes.filter(({ outcome }) => 'analyzed' in outcome).length).toBeGreaterThan(12);
    for (const { seed, slug, context, outcome } of outcomes) {
      const json = JSON.stringify(outcome);
      // Strict: no undefined property, no class instance, nothing JSON would lose.
      expect(JSON.parse(json), seed.name).toStrictEqual(outcome);
      const key = analysisKey(VERSION, seed, slug, context);
      expect(decodeEntry('analysis', key, encodeEntry('analysis', key, json))).toStrictEqual(outcome);
    }
  });

  it('hold a page’s MDX, and a problem', () => {
    const page = linkCorpus(outcomes.map(({ outcome }) => outcome)).pages[0]!;
    const rendered = renderPage(page);
    expect('mdx' in rendered).toBe(true);
    const key = pageKey(VERSION, page);
    expect(decodeEntry('page', key, encodeEntry('page', key, JSON.stringify(rendered)))).toStrictEqual(rendered);
    const empty = outcomes.find(({ seed }) => seed.name === 'empty.txt')!.outcome;
    expect(empty).toMatchObject({ problem: { file: 'empty.txt', rule: 'empty-seed' } });
    expect(decodeEntry('analysis', 'k', encodeEntry('analysis', 'k', JSON.stringify(empty)))).toStrictEqual(empty);
  });

  it('are refused when they are not whole, sound entries for that kind and key', () => {
    const { seed, slug, context, outcome } = outcomes[0]!;
    const key = analysisKey(VERSION, seed, slug, context);
    const entry = Buffer.from(encodeEntry('analysis', key, JSON.stringify(outcome)));
    const flipped = Buffer.from(entry);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const gz = (value: unknown) => gzipSync(typeof value === 'string' ? value : JSON.stringify(value));
    const bad: [string, Uint8Array][] = [
      ['other key', entry],
      ['truncated', entry.subarray(0, entry.length - 9)],
      ['a byte flipped', flipped],
      ['empty', new Uint8Array()],
      ['not gzip', Buffer.from(JSON.stringify({ format: CACHE_FORMAT, kind: 'analysis', key, outcome }))],
      ['not JSON', gz('{"format":1,')],
      ['other format', gz({ format: CACHE_FORMAT + 1, kind: 'analysis', key, outcome })],
      ['other kind', gz({ format: CACHE_FORMAT, kind: 'page', key, outcome })],
      ['no outcome', gz({ format: CACHE_FORMAT, kind: 'analysis', key })],
      ['an array', gz([outcome])],
      ['no claims', gz({ format: CACHE_FORMAT, kind: 'analysis', key, outcome: { analyzed: { slug, article: { paragraphs: [] } } } })],
      ['a half problem', gz({ format: CACHE_FORMAT, kind: 'analysis', key, outcome: { problem: { file: 'x.txt' } } })],
    ];
    expect(decodeEntry('analysis', key, entry)).toStrictEqual(outcome);
    for (const [why, bytes] of bad) expect(decodeEntry('analysis', why === 'other key' ? 'f'.repeat(64) : key, bytes), why).toBeUndefined();
    expect(decodeEntry('page', key, gzipSync(JSON.stringify({ format: CACHE_FORMAT, kind: 'page', key, outcome: { mdx: 3 } })))).toBeUndefined();
  });

  it('are made for anything but internal errors', () => {
    const problem = (rule: string): AnalysisOutcome => ({ problem: { file: 'a.txt', rule, reason: `a.txt: … [${rule}]` } });
    expect(isCacheable(outcomes[0]!.outcome)).toBe(true);
    expect(isCacheable(problem('empty-seed'))).toBe(true);
    expect(isCacheable({ mdx: '' })).toBe(true);
    expect(isCacheable(problem('internal-error'))).toBe(false);
  });
});

describe('IngestCache on disk', () => {
  const { seed, slug, context } = planCorpus(seeds)[0]!;
  const outcome = analyzeSeed(seed, slug, context);
  const key = analysisKey(VERSION, seed, slug, context);
  const entry = encodeEntry('analysis', key, JSON.stringify(outcome));

  it('keeps entries fanned out by the key’s first byte, written whole', () => {
    const dir = tempDir();
    const cache = new IngestCache(dir, VERSION);
    expect(cache.read('analysis', key)).toBeUndefined();
    cache.write(key, entry);
    expect(relative(dir, cache.pathOf(key))).toBe(join(`v${CACHE_FORMAT}`, key.slice(0, 2), `${key.slice(2)}.json.gz`));
    expect(readdirSync(dirname(cache.pathOf(key)))).toEqual([`${key.slice(2)}.json.gz`]);
    expect(cache.read('analysis', key)).toStrictEqual(outcome);
    // Another version of the analysis gives another key, which finds nothing.
    const other = new IngestCache(dir, 'b'.repeat(64));
    expect(other.read('analysis', analysisKey(other.versions.analysis, seed, slug, context))).toBeUndefined();
    expect(cache.writeFailures).toBe(0);
  });

  it('treats a corrupt entry as missing, and overwrites it', () => {
    const dir = tempDir();
    const cache = new IngestCache(dir, VERSION);
    cache.write(key, entry);
    const path = cache.pathOf(key);
    for (const bytes of [entry.subarray(0, 20), Buffer.from('garbage'), new Uint8Array()]) {
      writeFileSync(path, bytes);
      expect(cache.read('analysis', key)).toBeUndefined();
    }
    rmSync(path);
    mkdirSync(path); // a folder where the entry should be
    expect(cache.read('analysis', key)).toBeUndefined();
    rmSync(path, { recursive: true });
    cache.write(key, entry);
    expect(cache.read('analysis', key)).toStrictEqual(outcome);
  });

  it('goes on without throwing when it cannot write, and says why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a folder');
    const cache = new IngestCache(join(dir, 'file'), VERSION);
    cache.write(key, entry);
    cache.write(key, entry);
    expect(cache.writeFailures).toBe(2);
    expect(cache.writeErrors[0]).toMatch(/ENOTDIR|EEXIST/);
    expect(cache.read('analysis', key)).toBeUndefined();

    if (process.getuid?.() !== 0) {
      const locked = new IngestCache(join(dir, 'locked'), VERSION);
      mkdirSync(dirname(locked.pathOf(key)), { recursive: true });
      chmodSync(dirname(locked.pathOf(key)), 0o500);
      locked.write(key, entry);
      expect(locked.writeFailures).toBe(1);
      chmodSync(dirname(locked.pathOf(key)), 0o700);
      expect(readdirSync(dirname(locked.pathOf(key)))).toEqual([]);
    }
    expect(existsSync(join(dir, 'file'))).toBe(true);
  });
});
