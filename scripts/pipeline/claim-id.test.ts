import { describe, expect, it } from 'vitest';
import { CLAIM_ID_PATTERN, claimIds } from './claim-id.ts';

describe('claimIds', () => {
  it('is stable across runs and independent of the other claims', () => {
    const a = claimIds('a.txt', ['Putin claimed X.', 'Zelensky said Y.']);
    const b = claimIds('a.txt', ['An edit elsewhere.', 'Putin claimed X.', 'Zelensky said Y.']);
    expect(b.slice(1)).toEqual(a);
    for (const id of a) expect(id).toMatch(CLAIM_ID_PATTERN);
  });

  it('ignores whitespace differences', () => {
    expect(claimIds('a.txt', ['Putin  claimed\nX.'])).toEqual(claimIds('a.txt', ['Putin claimed X.']));
  });

  it('differs between seeds and between repeats of one text', () => {
    const [first, second] = claimIds('a.txt', ['Same.', 'Same.']);
    expect(first).not.toBe(second);
    expect(claimIds('b.txt', ['Same.'])[0]).not.toBe(first);
  });
});
