import { describe, expect, it } from 'vitest';
import { RELATED_WITH_STORY, shownRelated } from './related-links.ts';

const link = (relation: 'same-claim' | 'contradicts', n: number) => ({ relation, n });

describe('shownRelated', () => {
  const links = [link('same-claim', 1), link('contradicts', 2), link('same-claim', 3), link('same-claim', 4), link('contradicts', 5), link('same-claim', 6)];

  it('keeps every link of a claim without a story page', () => {
    expect(shownRelated(links, false)).toEqual({ links, more: 0 });
  });

  it('keeps every contradiction and the first same-claim links when the story page lists the rest, in order', () => {
    expect(RELATED_WITH_STORY).toBe(2);
    expect(shownRelated(links, true)).toEqual({ links: [link('same-claim', 1), link('contradicts', 2), link('same-claim', 3), link('contradicts', 5)], more: 2 });
    expect(shownRelated(links, true, 0)).toEqual({ links: [link('contradicts', 2), link('contradicts', 5)], more: 4 });
    expect(shownRelated(links.slice(0, 3), true)).toEqual({ links: links.slice(0, 3), more: 0 });
  });

  it('leaves the input as it is', () => {
    const copy = [...links];
    shownRelated(links, true);
    expect(links).toEqual(copy);
  });
});
