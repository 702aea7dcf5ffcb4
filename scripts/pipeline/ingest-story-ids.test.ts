/**
 * Story ids through the whole ingest: a story keeps its id, and so its page,
 * when an earlier article joins it, once the ingest is given the registry
 * the first build made (scripts/pipeline/story-ids.ts).
 */
import { describe, expect, it } from 'vitest';
import { ingestCorpus, type IngestOutput } from './ingest.ts';
import type { Seed } from './types.ts';

const seed = (name: string, publisher: string, published: string, sentence: string): Seed => ({
  name,
  text: `Town encircled, ministry says\n\n${sentence}\n\nThe ministry gave no further details about the operation.\n`,
  metadata: { publisher, published },
});

const LATER = [
  seed('b-valley.txt', 'Valley Courier', '2026-03-15', 'Russian forces have encircled the town of Velykyi Brid, the Russian Defence Ministry said on Friday.'),
  seed('c-harbour.txt', 'Harbour Herald', '2026-03-16', 'The Russian Defence Ministry said its forces had encircled the town of Velykyi Brid on Friday.'),
];
const EARLIER = seed('a-planet.txt', 'Daily Planet', '2026-03-14', 'The Russian Defence Ministry said on Friday that its forces had encircled the town of Velykyi Brid.');

/** The cluster of the Velykyi Brid claim in each page. */
const storyOf = (output: IngestOutput): string[] =>
  output.pages.map((page) => {
    const claim = page.page.claims.find((c) => c.text.includes('Velykyi Brid'));
    if (!claim) throw new Error(`${page.slug}: no Velykyi Brid claim`);
    return claim.cluster;
  });

describe('story ids across builds', () => {
  const first = ingestCorpus(LATER);
  const [story] = new Set(storyOf(first));

  it('the claim is one story of the two later articles', () => {
    expect(new Set(storyOf(first)).size).toBe(1);
    expect(first.storyIds.stories.get(story!)).toHaveLength(2);
  });

  it('an earlier article joining it leaves its id alone, given the registry', () => {
    const second = ingestCorpus([EARLIER, ...LATER], { storyIds: first.storyIds });
    expect(second.pages.map((page) => page.slug)).toEqual(['a-planet', 'b-valley', 'c-harbour']);
    expect(storyOf(second)).toEqual([story, story, story]);
    expect(second.storyIds.stories.get(story!)).toHaveLength(3);
    // And the page of every article says so: the MDX carries the story id.
    for (const page of second.pages) expect(page.mdx).toContain(story!);
  });

  it('without the registry the id would move to the new founder (what the registry is for)', () => {
    const fresh = ingestCorpus([EARLIER, ...LATER]);
    expect(new Set(storyOf(fresh)).size).toBe(1);
    expect(storyOf(fresh)[0]).not.toBe(story);
  });

  it('a rebuild with its own registry changes nothing', () => {
    const second = ingestCorpus([EARLIER, ...LATER], { storyIds: first.storyIds });
    const third = ingestCorpus([EARLIER, ...LATER], { storyIds: second.storyIds });
    expect(third.pages.map((page) => page.mdx)).toEqual(second.pages.map((page) => page.mdx));
    expect([...third.storyIds.stories]).toEqual([...second.storyIds.stories]);
  });
});
