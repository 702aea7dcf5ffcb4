import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockedPackages, stageClosures, stageVersions, STAGES, versionOf } from './stage-versions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const disk = (path: string) => readFileSync(join(root, path), 'utf8');
/** The versions as they would be with one file's contents changed. */
const withEdit = (file: string) => stageVersions(root, (path) => (path === file ? `${disk(path)}\n// edited\n` : disk(path)));

describe('stage closures', () => {
  const closures = stageClosures();

  it('keep matching, statuses and rendering out of the analysis, and the analysis out of rendering', () => {
    const analysis = closures.analysis.files;
    expect(analysis).toContain('scripts/pipeline/analyze-seed.ts');
    expect(analysis).toContain('scripts/pipeline/detect-claims.ts');
    expect(analysis).toContain('scripts/status.ts');
    for (const file of ['match-across-sources.ts', 'weigh-evidence.ts', 'assign-status.ts', 'build-mdast.ts', 'serialize-mdx.ts', 'ingest.ts', 'verdicts.ts']) {
      expect(analysis).not.toContain(`scripts/pipeline/${file}`);
    }
    expect(closures.analysis.packages).toContain('compromise');
    expect(closures.links.files).toContain('scripts/pipeline/match-across-sources.ts');
    expect(closures.page.files).toContain('scripts/pipeline/serialize-mdx.ts');
    expect(closures.page.files).not.toContain('scripts/pipeline/detect-claims.ts');
    for (const stage of STAGES) expect(closures[stage].files.filter((file) => file.endsWith('.test.ts') || file.includes('fixtures'))).toEqual([]);
  });
});

describe('stage versions', () => {
  const versions = stageVersions();

  it('are the same on every call, and differ between stages', () => {
    expect(stageVersions()).toEqual(versions);
    for (const stage of STAGES) expect(versions[stage]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(versions)).size).toBe(STAGES.length);
  });

  it('keep the analysis when a matching-only file changes, and change the match', () => {
    const edited = withEdit('scripts/pipeline/match-across-sources.ts');
    expect(edited.analysis).toBe(versions.analysis);
    expect(edited.corpus).toBe(versions.corpus);
    expect(edited.page).toBe(versions.page);
    expect(edited.links).not.toBe(versions.links);
  });

  it('keep the analysis and the match when a rendering-only file changes, and change the page', () => {
    const edited = withEdit('scripts/pipeline/serialize-mdx.ts');
    expect(edited.analysis).toBe(versions.analysis);
    expect(edited.links).toBe(versions.links);
    expect(edited.page).not.toBe(versions.page);
  });

  it('change the analysis when a file of its closure changes (deep or shared)', () => {
    for (const file of ['scripts/pipeline/segment.ts', 'scripts/pipeline/tag-text.ts', 'scripts/status.ts']) {
      expect(withEdit(file).analysis, file).not.toBe(versions.analysis);
    }
    // A file both the analysis and the page run changes both.
    const anchor = withEdit('scripts/pipeline/anchor.ts');
    expect(anchor.analysis).not.toBe(versions.analysis);
    expect(anchor.page).not.toBe(versions.page);
  });

  it('change with the locked packages, and not with a test file or a package no stage uses', () => {
    expect(withEdit('scripts/pipeline/segment.test.ts')).toEqual(versions);
    const lock = JSON.parse(disk('package-lock.json')) as { packages: Record<string, { version?: string }> };
    const bumped = (name: string) => {
      const copy = structuredClone(lock);
      copy.packages[`node_modules/${name}`]!.version = '0.0.0-edited';
      return stageVersions(root, (path) => (path === 'package-lock.json' ? JSON.stringify(copy) : disk(path)));
    };
    const compromise = bumped('compromise');
    expect(compromise.analysis).not.toBe(versions.analysis);
    expect(compromise.page).toBe(versions.page);
    // efrt is a dependency of compromise, not imported directly.
    expect(bumped('efrt').analysis).not.toBe(versions.analysis);
    expect(bumped('vitest')).toEqual(versions);
  });

  it('change with Node', () => {
    expect(stageVersions(root, disk, 'v0.0.0').analysis).not.toBe(versions.analysis);
  });
});

describe('lockedPackages and versionOf', () => {
  it('follow dependencies, a nested copy first, and mark what the lock lacks', () => {
    const lock = {
      packages: {
        'node_modules/a': { version: '1.0.0', integrity: 'sha-a', dependencies: { b: '^2' } },
        'node_modules/a/node_modules/b': { version: '2.0.0' },
        'node_modules/b': { version: '3.0.0' },
      },
    };
    expect(lockedPackages(lock, ['a', 'missing'])).toEqual([
      'node_modules/a a@1.0.0 sha-a',
      'node_modules/a/node_modules/b b@2.0.0',
      'node_modules/missing missing@unlocked',
    ]);
  });

  it('hash files in any order alike, and any change of a field apart', () => {
    const base = { files: [{ path: 'a.ts', contents: 'export const a = 1;' }, { path: 'b.ts', contents: '' }], packages: ['node_modules/x x@1'], node: 'v24.0.0' };
    const version = versionOf('analysis', base);
    expect(versionOf('analysis', { ...base, files: [...base.files].reverse() })).toBe(version);
    for (const other of [
      versionOf('page', base),
      versionOf('analysis', { ...base, files: [{ path: 'a.ts', contents: 'export const a = 2;' }, base.files[1]!] }),
      versionOf('analysis', { ...base, files: [{ path: 'c.ts', contents: 'export const a = 1;' }, base.files[1]!] }),
      versionOf('analysis', { ...base, packages: ['node_modules/x x@2'] }),
      versionOf('analysis', { ...base, node: 'v24.1.0' }),
    ]) {
      expect(other).not.toBe(version);
    }
  });
});
