import { describe, expect, it } from 'vitest';
import { isCommonWord, tagText } from './tag-text.ts';

describe('tagText', () => {
  it('tags each term, with offsets into the text', () => {
    const [terms] = tagText('Kostrova said the vote was stolen.');
    expect(terms?.[1]?.tags).toContain('Verb');
    expect(terms?.[0]?.offset?.start).toBe(0);
  });
});

describe('isCommonWord', () => {
  it('knows ordinary English words, and not names or places', () => {
    for (const w of ['Rain', 'storm', 'Police', 'king']) expect(isCommonWord(w)).toBe(true);
    for (const w of ['Putin', 'Mark', 'Paris', 'Kostrova', 'Tamm']) expect(isCommonWord(w)).toBe(false);
  });
});
