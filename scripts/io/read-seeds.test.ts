import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed, MAX_SEED_BYTES, readSeeds } from './read-seeds.ts';

describe('decodeSeed', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeSeed('a.txt', new TextEncoder().encode('Kyiv — “quoted”'))).toEqual({ name: 'a.txt', text: 'Kyiv — “quoted”' });
  });

  it('names the file and the reason for binary, invalid UTF-8 and oversized input', () => {
    expect(decodeSeed('b.txt', Uint8Array.from([0x50, 0x4b, 0x00, 0x01]))).toMatchObject({ file: 'b.txt', rule: 'binary-file' });
    expect(decodeSeed('c.txt', Uint8Array.from([0x61, 0xff, 0xfe, 0x62]))).toMatchObject({ file: 'c.txt', rule: 'invalid-utf8' });
    const big = decodeSeed('d.txt', new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
    expect(big).toMatchObject({ file: 'd.txt', rule: 'too-large' });
    expect('reason' in big && big.reason).toMatch(/^d\.txt: Unexpected file of \d+ bytes, expected at most/);
  });
});

describe('readSeeds', () => {
  it('reads .txt seeds in name order and reports other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-seeds-'));
    writeFileSync(join(dir, 'b.txt'), 'Second.');
    writeFileSync(join(dir, 'a.txt'), 'First.');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF');
    writeFileSync(join(dir, 'a.meta.yaml'), 'title: x');
    writeFileSync(join(dir, '.DS_Store'), '');
    const { seeds, skipped } = await readSeeds(dir);
    expect(seeds.map((seed) => seed.name)).toEqual(['a.txt', 'b.txt']);
    expect(skipped).toEqual([
      expect.objectContaining({ file: 'scan.pdf', rule: 'unsupported-type', reason: expect.stringContaining('scan.pdf: Unexpected file type `.pdf`') }),
    ]);
  });
});
