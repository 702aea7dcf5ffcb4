/**
 * Two complete builds (ingest → astro build → pagefind → report) of the same
 * inputs, in two different temporary folders, give byte-identical `content/`
 * and `dist/` trees, although what must not matter differs between them:
 *
 * - the order the seed files were created in on disk (by name, then reversed);
 * - `TZ` (UTC, then UTC+14) and `LANG`/`LC_ALL` (C.UTF-8, then Turkish, whose
 *   dotted and dotless i break naive case mapping and whose number format
 *   differs);
 * - `SOURCE_DATE_EPOCH` is unset in both, so no timestamp may appear.
 *
 * Neither build can replay the other: each gets a fresh, empty Astro cache
 * folder of its own (`cacheDir`, where Astro keeps its content-layer data
 * store and incremental-build cache, normally `node_modules/.astro/`) and
 * runs with `force`, which clears the content-layer cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type FixtureBuild } from './support/build-fixture-site.ts';

/** Every file under `dir`, relative and sorted, with its sha256. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The first line where two text files differ, to say what differs. */
function firstDifference(a: string, b: string): string {
  const left = readFileSync(a, 'utf8').split('\n');
  const right = readFileSync(b, 'utf8').split('\n');
  const line = left.findIndex((text, index) => text !== right[index]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: ${JSON.stringify((left[at] ?? '').slice(0, 160))} vs ${JSON.stringify((right[at] ?? '').slice(0, 160))}`;
}

function differences(a: string, b: string): string[] {
  const left = tree(a);
  const right = tree(b);
  const problems: string[] = [];
  for (const file of new Set([...left.keys(), ...right.keys()])) {
    if (!left.has(file)) problems.push(`${file}: only in the second build`);
    else if (!right.has(file)) problems.push(`${file}: only in the first build`);
    else if (left.get(file) !== right.get(file)) problems.push(`${file}: differs at ${firstDifference(join(a, file), join(b, file))}`);
  }
  return problems;
}

const base = mkdtempSync(join(tmpdir(), 'factline-determinism-'));
let first: FixtureBuild;
let second: FixtureBuild;

describe('two builds of the same inputs', () => {
  beforeAll(() => {
    first = buildFixtureSite({
      workDir: join(base, 'first'),
      cacheDir: join(base, 'first-astro-cache'),
      seedOrder: 'sorted',
      env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', SOURCE_DATE_EPOCH: undefined },
    });
    second = buildFixtureSite({
      workDir: join(base, 'second'),
      cacheDir: join(base, 'second-astro-cache'),
      seedOrder: 'reversed',
      env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', SOURCE_DATE_EPOCH: undefined },
    });
  }, 600_000);

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  it('each built from scratch, with an Astro cache of its own', () => {
    for (const cache of ['first-astro-cache', 'second-astro-cache']) {
      expect(existsSync(join(base, cache, 'data-store.json')), `${cache}/data-store.json`).toBe(true);
    }
    expect(first.dist).not.toBe(second.dist);
  });

  it('write byte-identical content/ trees', () => {
    const files = [...tree(first.content).keys()];
    expect(files).toContain('ingest-report.json');
    expect(files.filter((file) => file.endsWith('.mdx')).length).toBeGreaterThan(0);
    const problems = differences(first.content, second.content);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('write byte-identical dist/ trees', () => {
    const files = [...tree(first.dist).keys()];
    for (const file of ['index.html', 'claims.json', 'claims/shard-1.json.gz', 'claims/clusters-1.json.gz', 'annotations.jsonld', 'annotations/page-1.jsonld.gz', 'build-report.json', 'pagefind/pagefind-entry.json']) expect(files).toContain(file);
    const problems = differences(first.dist, second.dist);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('carry no timestamp and no path of the folder they were built in', () => {
    for (const build of [first, second]) {
      const report = JSON.parse(readFileSync(join(build.dist, 'build-report.json'), 'utf8')) as Record<string, unknown>;
      expect(report).not.toHaveProperty('generated');
      expect(report).toMatchObject({ pagefind: { pages: expect.any(Number) } });
      for (const dir of [build.content, build.dist]) {
        const leaks = [...tree(dir).keys()].filter((file) => readFileSync(join(dir, file)).includes(base));
        expect(leaks, `files naming ${base}`).toEqual([]);
      }
    }
  });
});
