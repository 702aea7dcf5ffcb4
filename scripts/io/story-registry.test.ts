import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignStoryIds } from '../pipeline/story-ids.ts';
import { parseStoryRegistryFile as parseStoryRegistry, readStoryRegistry, serializeStoryRegistry, STORY_IDS_GENERATOR, writeStoryRegistry } from './story-registry.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-story-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const REGISTRY = {
  stories: new Map([
    ['k-bbbbbbbbbb', ['c-cccccccccc', 'c-bbbbbbbbbb']],
    ['k-aaaaaaaaaa', ['c-aaaaaaaaaa']],
  ]),
  aliases: new Map([['k-dddddddddd', 'k-bbbbbbbbbb']]),
};
const valid = (change: (data: Record<string, unknown>) => void = () => {}): string => {
  const data = JSON.parse(serializeStoryRegistry(REGISTRY)) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
};

describe('the story id registry file', () => {
  it('round-trips, one story per line in id order, with no timestamp', () => {
    const text = serializeStoryRegistry(REGISTRY);
    expect(text).toBe(
      `{\n  "generator": ${JSON.stringify(STORY_IDS_GENERATOR)},\n  "version": 1,\n  "stories": {\n` +
        `    "k-aaaaaaaaaa": ["c-aaaaaaaaaa"],\n    "k-bbbbbbbbbb": ["c-bbbbbbbbbb","c-cccccccccc"]\n  },\n` +
        `  "aliases": {\n    "k-dddddddddd": "k-bbbbbbbbbb"\n  }\n}\n`,
    );
    const read = parseStoryRegistry('story-ids.json', text);
    expect(read.problem).toBeNull();
    expect(serializeStoryRegistry(read.registry)).toBe(text);
    expect(serializeStoryRegistry({ stories: new Map(), aliases: new Map() })).toContain('"stories": {},\n  "aliases": {}\n');
  });

  it('is absent at first: an empty registry that may be written', async () => {
    const read = await readStoryRegistry(join(dir, 'story-ids.json'));
    expect(read).toMatchObject({ problem: null, writable: true });
    expect(read.registry.stories.size).toBe(0);
  });

  it('gives a build’s own ids back after a write and a read', async () => {
    const file = join(dir, 'story-ids.json');
    const members = [
      { id: 'c-0000000002', group: 'x', order: '2025-11-02 b' },
      { id: 'c-0000000001', group: 'x', order: '2025-11-01 a' },
    ];
    const first = assignStoryIds(members);
    expect(await writeStoryRegistry(file, first.registry)).toBe(true);
    expect(await writeStoryRegistry(file, first.registry)).toBe(false);
    const read = await readStoryRegistry(file);
    expect(read.problem).toBeNull();
    expect(assignStoryIds(members, read.registry).ids).toEqual(first.ids);
  });

  const refusals: [string, string, RegExp][] = [
    ['a merge conflict', '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> branch\n', /Unexpected text that is not JSON .*, expected the registry Factline writes/],
    ['a file of a person’s own', JSON.stringify({ 'k-aaaaaaaaaa': 'my notes' }), /Unexpected file without the generator notice Factline writes/],
    ['a list', '[]', /without the generator notice/],
    ['a wrong version', valid((d) => (d.version = 2)), /Unexpected `2` for `version`, expected version 1/],
    ['a bad story id', valid((d) => ((d.stories as Record<string, unknown>)['k-XYZ'] = ['c-aaaaaaaaaa'])), /Unexpected key `k-XYZ` in `stories`, expected a story id `k-` and 10–64 hex digits/],
    ['a bad alias id', valid().replace('"aliases":{', '"aliases":{"__proto__":"k-aaaaaaaaaa",'), /Unexpected key `__proto__` in `aliases`/],
    ['a bad claim id', valid((d) => ((d.stories as Record<string, unknown>)['k-eeeeeeeeee'] = ['<script>'])), /Unexpected `<script>` for `stories\.k-eeeeeeeeee\.0`, expected a claim id/],
    ['an empty story', valid((d) => ((d.stories as Record<string, unknown>)['k-eeeeeeeeee'] = [])), /expected at least one claim id/],
    ['an extra field', valid((d) => (d.note = 'x')), /Unexpected field `note`/],
    ['a claim in two stories', valid((d) => ((d.stories as Record<string, unknown>)['k-eeeeeeeeee'] = ['c-aaaaaaaaaa'])), /Unexpected claim `c-aaaaaaaaaa` in both `k-aaaaaaaaaa` and `k-eeeeeeeeee`/],
    ['an alias that is a story', valid((d) => ((d.aliases as Record<string, unknown>)['k-aaaaaaaaaa'] = 'k-bbbbbbbbbb')), /Unexpected alias `k-aaaaaaaaaa` that is also a story/],
    ['an alias to nothing', valid((d) => ((d.aliases as Record<string, unknown>)['k-eeeeeeeeee'] = 'k-ffffffffff')), /Unexpected alias `k-eeeeeeeeee` of `k-ffffffffff`, expected the id of a story/],
  ];
  for (const [what, text, reason] of refusals) {
    it(`refuses ${what} with the file and the reason, fresh ids and no overwrite`, async () => {
      const file = join(dir, 'story-ids.json');
      writeFileSync(file, text);
      const read = await readStoryRegistry(file);
      expect(read.writable).toBe(false);
      expect(read.registry.stories.size).toBe(0);
      expect(read.problem).toMatchObject({ file, rule: 'invalid-story-ids' });
      expect(read.problem!.reason.startsWith(`${file}: `)).toBe(true);
      expect(read.problem!.reason).toMatch(reason);
      expect(read.problem!.reason).toMatch(/fresh id .* left as it is .*\[invalid-story-ids\]$/);
    });
  }

  it('refuses an oversized file without reading it', async () => {
    const file = join(dir, 'story-ids.json');
    writeFileSync(file, serializeStoryRegistry(REGISTRY));
    const read = await readStoryRegistry(file, { maxBytes: 100 });
    expect(read.writable).toBe(false);
    expect(read.problem!.reason).toContain(`Unexpected file of ${statSync(file).size} bytes, expected at most 100 bytes`);
  });

  it('refuses a folder or a symbolic link in its place', async () => {
    mkdirSync(join(dir, 'story-ids.json'));
    expect((await readStoryRegistry(join(dir, 'story-ids.json'))).problem!.reason).toContain('Unexpected folder, expected a file');
    writeFileSync(join(dir, 'elsewhere.json'), serializeStoryRegistry(REGISTRY));
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'link.json'));
    expect((await readStoryRegistry(join(dir, 'link.json'))).problem!.reason).toContain('Unexpected symbolic link, expected a file');
    expect(readFileSync(join(dir, 'elsewhere.json'), 'utf8')).toBe(serializeStoryRegistry(REGISTRY));
  });
});
