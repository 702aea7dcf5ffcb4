import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readAnnotationsExport, readClaimsExport } from './read-exports.ts';

let dist: string | undefined;
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

function write(files: Record<string, unknown>): string {
  dist = mkdtempSync(join(tmpdir(), 'factline-read-exports-'));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    const text = JSON.stringify(value);
    writeFileSync(join(dist, path), path.endsWith('.gz') ? gzipSync(text) : text);
  }
  return dist;
}

const index = (shards: string[], clusters: string[]) => ({
  format: 'factline-claims',
  version: 3,
  url: '/sub/claims.json',
  compression: 'gzip',
  counts: { articles: 3, claims: 3, clusters: 2 },
  limits: { claims: 2, clusters: 1, bytes: 100 },
  shards: shards.map((url) => ({ url, articles: 1, claims: 1 })),
  clusters: clusters.map((url) => ({ url, clusters: 1, first: null, last: null })),
});

describe('readClaimsExport', () => {
  it('reads every shard the index lists, under the base path, in order', () => {
    const folder = write({
      'claims.json': index(['/sub/claims/shard-1.json.gz', '/sub/claims/shard-2.json.gz'], ['/sub/claims/clusters-1.json.gz', '/sub/claims/clusters-2.json.gz']),
      'claims/shard-1.json.gz': { articles: [{ slug: 'a' }, { slug: 'b' }], claims: [{ id: 'c-1' }, { id: 'c-2' }] },
      'claims/shard-2.json.gz': { articles: [{ slug: 'c' }], claims: [{ id: 'c-3' }] },
      'claims/clusters-1.json.gz': { clusters: [{ id: 'k-1' }] },
      'claims/clusters-2.json.gz': { clusters: [{ id: 'k-2' }] },
    });
    const read = readClaimsExport<{ slug: string }, { id: string }, { id: string }>(folder);
    expect(read.articles.map((a) => a.slug)).toEqual(['a', 'b', 'c']);
    expect(read.claims.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(read.clusters.map((c) => c.id)).toEqual(['k-1', 'k-2']);
    expect(read.files.map((f) => f.path)).toEqual(['claims.json', 'claims/shard-1.json.gz', 'claims/shard-2.json.gz', 'claims/clusters-1.json.gz', 'claims/clusters-2.json.gz']);
  });

  it('refuses another format, and a URL outside the site', () => {
    expect(() => readClaimsExport(write({ 'claims.json': { articles: [], claims: [], clusters: [] } }))).toThrow(/format/);
    expect(() => readClaimsExport(write({ 'claims.json': index(['/other/claims/shard-1.json.gz'], []) }))).toThrow(/expected one under `\/sub\/`/);
  });
});

describe('readAnnotationsExport', () => {
  const root = 'https://example.org/sub/';
  it('follows the pages from first along next', () => {
    const folder = write({
      'annotations.jsonld': { id: `${root}annotations.jsonld`, type: 'AnnotationCollection', label: 'x', total: 3, first: `${root}annotations/page-1.jsonld.gz`, last: `${root}annotations/page-2.jsonld.gz` },
      'annotations/page-1.jsonld.gz': { id: `${root}annotations/page-1.jsonld.gz`, startIndex: 0, next: `${root}annotations/page-2.jsonld.gz`, items: [1, 2] },
      'annotations/page-2.jsonld.gz': { id: `${root}annotations/page-2.jsonld.gz`, startIndex: 2, prev: `${root}annotations/page-1.jsonld.gz`, items: [3] },
    });
    const read = readAnnotationsExport<number>(folder);
    expect(read.items).toEqual([1, 2, 3]);
    expect(read.pages.map((page) => page.startIndex)).toEqual([0, 2]);
  });

  it('reads an empty collection, and stops on a loop', () => {
    expect(readAnnotationsExport(write({ 'annotations.jsonld': { id: `${root}annotations.jsonld`, total: 0 } })).items).toEqual([]);
    const looped = write({
      'annotations.jsonld': { id: `${root}annotations.jsonld`, total: 1, first: `${root}annotations/page-1.jsonld.gz` },
      'annotations/page-1.jsonld.gz': { id: `${root}annotations/page-1.jsonld.gz`, next: `${root}annotations/page-1.jsonld.gz`, items: [1] },
    });
    expect(() => readAnnotationsExport(looped)).toThrow(/loop/);
  });
});
