import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAliases, readAliases } from './read-aliases.ts';

const FILE = 'content/aliases.yaml';
const errorOf = (text: string) => {
  try {
    parseAliases(FILE, text);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe('parseAliases', () => {
  it('reads names and their aliases', () => {
    const table = parseAliases(FILE, "Oleksandr Syrskyi:\n  - Syrsky\n  - Kyiv's top general\nRussian Defence Ministry: [MoD]\n");
    expect([...table]).toEqual([
      ['Oleksandr Syrskyi', ['Syrsky', "Kyiv's top general"]],
      ['Russian Defence Ministry', ['MoD']],
    ]);
  });

  it('names the file, the entry and what is allowed', () => {
    expect(errorOf('Syrskyi: Syrsky\n')).toBe(`${FILE}: Unexpected \`Syrsky\` for \`Syrskyi\`, expected a list of names [invalid-aliases]`);
    expect(errorOf('Syrskyi: []\n')).toMatch(/expected at least one alias/u);
    expect(errorOf('A: [X]\nB: [x]\n')).toBe(`${FILE}: Unexpected alias \`x\` for both \`A\` and \`B\`, expected each name to mean one speaker [invalid-aliases]`);
    expect(errorOf('A: [\u0007bell]\n')).toMatch(/without control characters/u);
    expect(errorOf('a: &x [b]\nc: *x\n')).toMatch(/Unexpected YAML/u);
  });

  it('reads no file as no aliases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-aliases-'));
    expect((await readAliases(join(dir, 'aliases.yaml'))).size).toBe(0);
    writeFileSync(join(dir, 'aliases.yaml'), 'A: [B]\n');
    expect([...(await readAliases(join(dir, 'aliases.yaml')))]).toEqual([['A', ['B']]]);
  });
});
