import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten, squash } from './shorten.ts';

describe('shorten', () => {
  it('keeps text that fits, with whitespace squashed', () => {
    expect(shorten('  Pokrovsk\n is   surrounded ', 75)).toBe('Pokrovsk is surrounded');
    expect(shorten('x'.repeat(75), 75)).toBe('x'.repeat(75));
  });

  it('cuts longer text at a word boundary and adds "…"', () => {
    const text =
      'Vladimir Putin has said that Ukraine must give up territory for a peace deal to be possible, but indicated that a draft plan proposed by the US could form the basis.';
    const short = shorten(text, 75);
    expect(short).toBe('Vladimir Putin has said that Ukraine must give up territory for a peace…');
    expect([...short].length).toBeLessThanOrEqual(75);
  });

  it('drops punctuation left before the "…" and cuts a word that alone is too long', () => {
    expect(shorten('one two, three four', 10)).toBe('one two…');
    expect(shorten('abcdefghijklmnop', 10)).toBe('abcdefghi…');
  });

  it('counts code points and never splits a surrogate pair', () => {
    const short = shorten('🙂'.repeat(20), 10);
    expect([...short]).toHaveLength(10);
    expect(short).toBe(`${'🙂'.repeat(9)}…`);
  });

  it('always fits the limit and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 120 }), (text, max) => {
        const short = shorten(text, max);
        expect([...short].length).toBeLessThanOrEqual(max);
        const kept = short.endsWith('…') && short !== squash(text) ? short.slice(0, -1) : short;
        expect(squash(text).startsWith(kept)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
