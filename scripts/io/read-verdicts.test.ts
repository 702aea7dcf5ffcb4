import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_VERDICT_BYTES, readVerdicts } from './read-verdicts.ts';

const VERDICT = 'c-0123456789:\n  status: verified\n  evidence:\n    - url: https://example.org/record\n      title: Ministry record\n  note: Checked against the ministry record.\n  reviewed: 2025-12-02\n  reviewer: Test Editor\n';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function folder(files: Record<string, string | null>): string {
  dir = mkdtempSync(join(tmpdir(), 'factline-verdicts-'));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('readVerdicts', () => {
  it('reads one file per article', async () => {
    const result = await readVerdicts(folder({ 'a.yaml': VERDICT, 'b.yml': VERDICT, 'notes.txt': 'ignored' }));
    expect([...result.verdicts.keys()]).toEqual(['a', 'b']);
    expect(result.errors).toEqual([]);
  });

  it('refuses two files for the same article, naming both, and applies neither', async () => {
    for (const second of ['x.yml', 'x.YAML']) {
      const result = await readVerdicts(folder({ 'x.yaml': VERDICT, [second]: VERDICT }));
      expect(result.verdicts.has('x'), second).toBe(false);
      expect(result.errors.map((problem) => problem.rule)).toEqual(['duplicate-verdict-file', 'duplicate-verdict-file']);
      for (const problem of result.errors) expect(problem.reason).toMatch(/Unexpected second verdict file for article `x` \(also x\.\w+\), expected one file per article/);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a folder named like a verdict file with its file and reason, not a stack trace', async () => {
    const result = await readVerdicts(folder({ 'x.yaml': null, 'ok.yaml': VERDICT }));
    expect(result.errors).toEqual([{ file: join(dir, 'x.yaml'), rule: 'not-a-file', reason: `${join(dir, 'x.yaml')}: Unexpected a folder, expected a regular YAML file [not-a-file]` }]);
    expect([...result.verdicts.keys()]).toEqual(['ok']);
  });

  it('reports a FIFO and an oversized file', async () => {
    const path = folder({ 'big.yaml': `# ${'x'.repeat(MAX_VERDICT_BYTES)}\n` });
    execFileSync('mkfifo', [join(path, 'pipe.yaml')]);
    const result = await readVerdicts(path);
    expect(result.errors.map((problem) => [problem.file.slice(path.length + 1), problem.rule])).toEqual([
      ['big.yaml', 'too-large'],
      ['pipe.yaml', 'not-a-file'],
    ]);
  });
});
