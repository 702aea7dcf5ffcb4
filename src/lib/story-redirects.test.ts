import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeStoryRegistry } from '../../scripts/story-registry-format.ts';
import { notARedirect, readStoryAliases, storyRedirects } from './story-redirects.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('story redirects', () => {
  it('redirect each alias to its story when the story has a page', () => {
    const aliases = new Map([
      ['k-cccccccccc', 'k-aaaaaaaaaa'],
      ['k-bbbbbbbbbb', 'k-aaaaaaaaaa'],
      ['k-dddddddddd', 'k-eeeeeeeeee'],
    ]);
    expect(storyRedirects(aliases, new Set(['k-aaaaaaaaaa']))).toEqual([
      { from: 'k-bbbbbbbbbb', to: 'k-aaaaaaaaaa' },
      { from: 'k-cccccccccc', to: 'k-aaaaaaaaaa' },
    ]);
    // An alias that somehow has a page of its own keeps it.
    expect(storyRedirects(aliases, new Set(['k-aaaaaaaaaa', 'k-bbbbbbbbbb']))).toEqual([{ from: 'k-cccccccccc', to: 'k-aaaaaaaaaa' }]);
  });

  it('read the aliases of the registry, and none from a missing, tampered or unusable one', () => {
    dir = mkdtempSync(join(tmpdir(), 'factline-redirects-'));
    expect(readStoryAliases(dir).size).toBe(0);
    const registry = { stories: new Map([['k-aaaaaaaaaa', ['c-aaaaaaaaaa']]]), aliases: new Map([['k-bbbbbbbbbb', 'k-aaaaaaaaaa']]) };
    writeFileSync(join(dir, 'story-ids.json'), serializeStoryRegistry(registry));
    expect([...readStoryAliases(dir)]).toEqual([['k-bbbbbbbbbb', 'k-aaaaaaaaaa']]);
    // An alias to a page that is not a story (or any other invalid file): nothing.
    writeFileSync(join(dir, 'story-ids.json'), serializeStoryRegistry(registry).replace('"k-bbbbbbbbbb": "k-aaaaaaaaaa"', '"k-bbbbbbbbbb": "k-ffffffffff"'));
    expect(readStoryAliases(dir).size).toBe(0);
    writeFileSync(join(dir, 'story-ids.json'), '{"aliases": {"k-bbbbbbbbbb": "k-aaaaaaaaaa"}}');
    expect(readStoryAliases(dir).size).toBe(0);
  });

  it('keep the redirects out of the sitemap, and every other page in', () => {
    dir = mkdtempSync(join(tmpdir(), 'factline-redirects-'));
    const registry = { stories: new Map([['k-aaaaaaaaaa', ['c-aaaaaaaaaa']]]), aliases: new Map([['k-bbbbbbbbbb', 'k-aaaaaaaaaa']]) };
    writeFileSync(join(dir, 'story-ids.json'), serializeStoryRegistry(registry));
    const keep = notARedirect(dir);
    expect(keep('https://checks.example.org/factline/claim/k-bbbbbbbbbb/')).toBe(false);
    expect(keep('https://checks.example.org/factline/claim/k-aaaaaaaaaa/')).toBe(true);
    expect(keep('https://checks.example.org/factline/articles/k-bbbbbbbbbb/')).toBe(true);
    expect(keep('https://checks.example.org/')).toBe(true);
  });
});
