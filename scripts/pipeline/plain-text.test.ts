import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, plainName } from './plain-text.ts';

describe('plainName', () => {
  it('drops tags, angle brackets, controls and bidi overrides, and collapses spaces', () => {
    expect(plainName('<a href="x">Daily <b>Planet</b></a>')).toBe('Daily Planet');
    expect(plainName('Daily\u0000\u200F\u202E Planet\n')).toBe('Daily Planet');
    expect(plainName('AT&T <News>')).toBe('AT&T');
    expect(plainName('  <br>  ')).toBeNull();
  });

  it('cuts a long name at a word', () => {
    const name = plainName(`${'Planet '.repeat(40)}End`)!;
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name.endsWith('Planet')).toBe(true);
  });

  it('never leaves markup or control characters, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const name = plainName(text);
        if (name === null) return;
        expect(name).not.toMatch(/[<>\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
        expect(name).toBe(name.trim());
      }),
      { numRuns: 500, seed: 13 },
    );
  });

  it('reads a long hostile line in one pass', () => {
    expect(plainName(`<${'a'.repeat(100_000)}`)).toBe('a'.repeat(MAX_NAME_LENGTH));
  });
});
