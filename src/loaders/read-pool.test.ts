import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDetail } from './article-details.ts';
import { DETAIL_FORMAT, type ReadTask } from './article-read.ts';
import { MIN_FILES_FOR_WORKERS, readAll, workerCount } from './read-pool.ts';
import { pageFile } from './test-support/page-file.ts';

function page(slug: string, ok = true): string {
  return pageFile(slug, `Claim of ${slug}`, { status: 'unverified', after: ok ? '.' : '. {1}', compact: true });
}

describe('readAll', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'factline-pool-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const items = ['a', 'b', 'skip', 'c', 'bad', 'd', 'e'];
  const prepare = async (slug: string): Promise<ReadTask | null> =>
    slug === 'skip'
      ? null
      : {
          id: slug,
          contents: page(slug, slug !== 'bad'),
          file: join(folder, `${slug}.mdx`),
          displayPath: `${slug}.mdx`,
          detailFile: join(folder, `${slug}.json`),
          digest: createHash('sha1').update(slug).digest('hex'),
        };

  it('reads in workers what it reads in this thread, in item order, and writes the detail files', async () => {
    const here = await readAll(items, prepare, 0);
    const files = readdirSync(folder).sort();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const inWorkers = await readAll(items, prepare, 2);
    expect(inWorkers).toEqual(here);
    expect(readdirSync(folder).sort()).toEqual(files);
    expect(here[2]).toBeNull();
    expect(here[0]).toMatchObject({ summary: { slug: 'a', firstParagraph: 'Claim of a.' } });
    expect(here[4]).toEqual({ error: expect.stringMatching(/^bad\.mdx:5:\d+: Unexpected expression/) });
    expect(readdirSync(folder).sort()).toEqual(['a.json', 'b.json', 'c.json', 'd.json', 'e.json']);
    expect((await readDetail(join(folder, 'e.json'), DETAIL_FORMAT))?.slug).toBe('e');
  });

  it('reads everything in this thread when no worker can start', async () => {
    const results = await readAll(items, prepare, 2, new URL('file:///nonexistent/worker.ts'));
    expect(results.map((result) => (result === null ? null : 'error' in result ? 'error' : result.summary.slug))).toEqual(['a', 'b', null, 'c', 'error', 'd', 'e']);
  });

  it('uses workers only for many files', () => {
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, 8)).toBe(0);
    expect(workerCount(10_000, 2)).toBe(2);
    expect(workerCount(10_000, 16)).toBe(4);
  });
});
