/**
 * The registry of story ids end to end through `factline ingest`: the first
 * build writes `content/story-ids.json`; a second build, after the cache was
 * deleted and an earlier article joined the story, gives the story the same
 * id (so the same `/claim/<id>/` page); a registry that cannot be used is a
 * warning naming the file and the reason, the build goes on, and the file is
 * left as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'factline-story-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function addSeed(name: string, publisher: string, published: string, sentence: string): void {
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'seeds', `${name}.txt`), `Town encircled, ministry says\n\n${sentence}\n\nThe ministry gave no further details about the operation.\n`);
  writeFileSync(join(dir, 'seeds', `${name}.meta.yaml`), `publisher: ${publisher}\npublished: ${published}\n`);
}

function ingest(): { status: number | null; stderr: string } {
  const { FACTLINE_STRICT: _strict, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cli.ts'), 'ingest', '--quiet', '--jobs', '1'], { cwd: dir, encoding: 'utf8', env });
  return { status: result.status, stderr: result.stderr };
}

/** The story id of each article's Velykyi Brid claim, from the pages' frontmatter. */
function stories(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slug of ['a-planet', 'b-valley', 'c-harbour']) {
    let mdx: string;
    try {
      mdx = readFileSync(join(dir, 'content/articles', `${slug}.mdx`), 'utf8');
    } catch {
      continue;
    }
    const ids = [...new Set([...mdx.matchAll(/"cluster": "(k-[0-9a-f]+)"/g)].map((m) => m[1]!))];
    expect(ids, slug).toHaveLength(1);
    out[slug] = ids[0]!;
  }
  return out;
}

const registryFile = join(dir, 'content/story-ids.json');

describe('factline ingest and content/story-ids.json', () => {
  it('keeps a story’s id when an earlier article joins it, with the cache deleted', () => {
    addSeed('b-valley', 'Valley Courier', '2026-03-15', 'Russian forces have encircled the town of Velykyi Brid, the Russian Defence Ministry said on Friday.');
    addSeed('c-harbour', 'Harbour Herald', '2026-03-16', 'The Russian Defence Ministry said its forces had encircled the town of Velykyi Brid on Friday.');
    expect(ingest().status).toBe(0);
    const first = stories();
    const story = first['b-valley']!;
    expect(first).toEqual({ 'b-valley': story, 'c-harbour': story });
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as { generator: string; stories: Record<string, string[]> };
    expect(registry.generator).toMatch(/^Factline: /);
    expect(registry.stories[story]).toHaveLength(2);

    rmSync(join(dir, '.factline-cache'), { recursive: true, force: true });
    addSeed('a-planet', 'Daily Planet', '2026-03-14', 'The Russian Defence Ministry said on Friday that its forces had encircled the town of Velykyi Brid.');
    const second = ingest();
    expect(second.status, second.stderr).toBe(0);
    expect(stories()).toEqual({ 'a-planet': story, 'b-valley': story, 'c-harbour': story });
    const written = readFileSync(registryFile, 'utf8');
    expect((JSON.parse(written) as { stories: Record<string, string[]> }).stories[story]).toHaveLength(3);

    // Nothing changed: the same bytes.
    expect(ingest().status).toBe(0);
    expect(readFileSync(registryFile, 'utf8')).toBe(written);
  }, 120_000);

  it('warns about a registry it cannot use, builds with fresh ids, and leaves the file alone', () => {
    const conflicted = '<<<<<<< HEAD\n{ "stories": {} }\n=======\n{ "stories": {} }\n>>>>>>> desk\n';
    writeFileSync(registryFile, conflicted);
    const run = ingest();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('content/story-ids.json: Unexpected text that is not JSON');
    expect(run.stderr).toContain('[invalid-story-ids]');
    expect(readFileSync(registryFile, 'utf8')).toBe(conflicted);
    // Fresh ids: the founder-based one, the earliest article's claim.
    const ids = stories();
    expect(new Set(Object.values(ids)).size).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'content/ingest-report.json'), 'utf8')) as { warnings: { file: string; rule: string }[] };
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'content/story-ids.json', rule: 'invalid-story-ids' }));
  }, 120_000);
});
