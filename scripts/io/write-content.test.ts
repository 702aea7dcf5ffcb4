import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMdast } from '../pipeline/build-mdast.ts';
import type { BuiltPage } from '../pipeline/ingest.ts';
import { serializeMdx } from '../pipeline/serialize-mdx.ts';
import { pageOf } from '../pipeline/test-support/page.ts';
import { writeArticles } from './write-content.ts';

function built(slug: string, text: string): BuiltPage {
  const page = { ...pageOf([text]), slug };
  return { slug, seed: `${slug}.txt`, page, mdx: serializeMdx(buildMdast(page)) };
}

describe('writeArticles', () => {
  it('writes pages, leaves unchanged ones alone and removes stale generated ones', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'factline-content-')), 'articles');
    const first = await writeArticles(dir, [built('a', 'One.'), built('b', 'Two.')]);
    expect(first.written).toEqual(['a.mdx', 'b.mdx']);
    const mtime = statSync(join(dir, 'a.mdx')).mtimeMs;

    const second = await writeArticles(dir, [built('a', 'One.')]);
    expect(second).toMatchObject({ written: [], unchanged: ['a.mdx'], removed: ['b.mdx'] });
    expect(statSync(join(dir, 'a.mdx')).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('never overwrites or removes a file a person wrote', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'factline-content-')), 'articles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.mdx'), '# My notes\n');
    writeFileSync(join(dir, 'notes.mdx'), '# More notes\n');
    const result = await writeArticles(dir, [built('a', 'One.')]);
    expect(result.refused).toEqual([expect.objectContaining({ file: 'a.txt', rule: 'would-overwrite' })]);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('# My notes\n');
    expect(existsSync(join(dir, 'notes.mdx'))).toBe(true);
  });

  it('clears temporary files left by an interrupted run', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'factline-content-')), 'articles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.mdx.123.tmp'), 'half a page');
    await writeArticles(dir, [built('a', 'One.')]);
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });
});
