import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compromiseVersion, pipelineSourceFiles, pipelineVersion, versionOf } from './pipeline-version.ts';

const scripts = fileURLToPath(new URL('..', import.meta.url));
const root = join(scripts, '..');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the pipeline version', () => {
  it('is made of every non-test file of scripts/pipeline and scripts/status.ts', () => {
    const files = pipelineSourceFiles();
    expect(files).toContain('pipeline/ingest.ts');
    expect(files).toContain('pipeline/detect-claims.ts');
    expect(files).toContain('status.ts');
    expect(files.filter((file) => file.endsWith('.test.ts') || file.includes('test-support') || file.includes('fixtures'))).toEqual([]);
    expect(files).toEqual([...files].sort());
  });

  it('includes the installed compromise version', () => {
    const installed = (JSON.parse(readFileSync(join(root, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;
    expect(compromiseVersion()).toBe(installed);
  });

  it('is the same on every call, and changes with any file, compromise or Node', () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
    const base = { files: [{ path: 'pipeline/a.ts', contents: 'export const a = 1;' }, { path: 'status.ts', contents: '' }], compromise: '14.17.0', node: 'v24.0.0' };
    const version = versionOf(base);
    expect(versionOf({ ...base, files: [...base.files].reverse() })).toBe(version);
    expect(versionOf({ ...base, files: [{ path: 'pipeline/a.ts', contents: 'export const a = 2;' }, base.files[1]!] })).not.toBe(version);
    expect(versionOf({ ...base, files: [{ path: 'pipeline/b.ts', contents: 'export const a = 1;' }, base.files[1]!] })).not.toBe(version);
    expect(versionOf({ ...base, files: [...base.files, { path: 'pipeline/new.ts', contents: '' }] })).not.toBe(version);
    expect(versionOf({ ...base, compromise: '14.17.1' })).not.toBe(version);
    expect(versionOf({ ...base, node: 'v24.1.0' })).not.toBe(version);
  });

  it('changes when a pipeline file on disk changes, not when a test does', () => {
    const copy = mkdtempSync(join(tmpdir(), 'factline-version-'));
    made.push(copy);
    cpSync(join(scripts, 'pipeline'), join(copy, 'pipeline'), { recursive: true });
    cpSync(join(scripts, 'status.ts'), join(copy, 'status.ts'));
    const before = pipelineVersion(copy);
    writeFileSync(join(copy, 'pipeline/ingest.test.ts'), '// edited test\n');
    mkdirSync(join(copy, 'pipeline/test-support'), { recursive: true });
    writeFileSync(join(copy, 'pipeline/test-support/extra.ts'), '// a new helper\n');
    expect(pipelineVersion(copy)).toBe(before);
    writeFileSync(join(copy, 'pipeline/segment.ts'), `${readFileSync(join(copy, 'pipeline/segment.ts'), 'utf8')}\n// edited\n`);
    const edited = pipelineVersion(copy);
    expect(edited).not.toBe(before);
    writeFileSync(join(copy, 'status.ts'), `${readFileSync(join(copy, 'status.ts'), 'utf8')}\n// edited\n`);
    expect(pipelineVersion(copy)).not.toBe(edited);
  });
});
