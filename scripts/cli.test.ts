/**
 * The `factline ingest` command end to end on a temporary project: editors'
 * verdicts are applied and never written, bad verdict files stop the build,
 * and strict mode turns warnings into a failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from './pipeline/ingest.ts';

const root = new URL('..', import.meta.url).pathname;
const seedsDir = join(root, 'seeds');

function project(): { dir: string; verdicts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
  cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
  const verdicts = join(dir, 'content', 'verdicts');
  mkdirSync(verdicts, { recursive: true });
  return { dir, verdicts };
}

function ingest(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cli.ts'), 'ingest', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seeds = readdirSync(seedsDir).map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
const { pages } = ingestCorpus(seeds);
const page = pages.find((entry) => entry.seed.startsWith('003_'))!;
const target = page.page.claims.find((claim) => claim.status !== 'opinion')!;

describe('factline ingest with editors’ verdicts', () => {
  it('applies a verdict, reports an orphan by id, and leaves the verdict file untouched across rebuilds', () => {
    const { dir, verdicts } = project();
    const file = join(verdicts, `${page.slug}.yaml`);
    const text = [
      `${target.id}:`,
      '  status: false',
      '  note: "Shown to readers: the evidence says otherwise."',
      '  evidence:',
      '    - url: https://example.org/evidence',
      '      title: Evidence',
      '  reviewed: 2025-11-29',
      'c-ffffffffff:',
      '  status: opinion',
      '  note: A claim that no longer exists.',
      '  reviewed: 2025-11-30',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;

    for (let run = 0; run < 2; run++) {
      const result = ingest(dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('c-ffffffffff');
      expect(result.stderr).toContain('orphaned-verdict');
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    const mdx = readFileSync(join(dir, 'content/articles', `${page.slug}.mdx`), 'utf8');
    expect(mdx).toContain(`<Claim id="${target.id}" status="false">`);
    expect(mdx).toContain('reviewed: true');

    const strict = ingest(dir, '--strict');
    expect(strict.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('stops before writing anything when a verdict file is invalid, naming file, field, value and allowed values', () => {
    const { dir, verdicts } = project();
    writeFileSync(join(verdicts, `${page.slug}.yaml`), `${target.id}:\n  status: fake\n  note: x\n  reviewed: 2025-11-29\n`);
    const result = ingest(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${page.slug}\\.yaml: Unexpected \`fake\` for \`${target.id}\\.status\`, expected one of: unverified, corroborated`));
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
  });

  it('exits 2 on wrong usage', () => {
    const { dir } = project();
    expect(ingest(dir, 'extra').status).toBe(2);
  });
});
