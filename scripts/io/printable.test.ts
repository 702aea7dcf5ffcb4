import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable', () => {
  it('shows newlines and escapes instead of writing them, so a file name cannot forge a report line', () => {
    expect(printable('evil\n  - fake.txt: all good [ok].txt')).toBe('evil\\n  - fake.txt: all good [ok].txt');
    expect(printable('\u001b[2J\u001b[31mred.txt')).toBe('\\u001b[2J\\u001b[31mred.txt');
    expect(printable('a\u0000b\u0085c\u2028d\re\tf')).toBe('a\\u0000b\\u0085c\\u2028d\\re\\tf');
  });

  it('leaves ordinary text, accents and emoji as they are', () => {
    expect(printable('Kyiv’s “top” general — Ö 😀.txt')).toBe('Kyiv’s “top” general — Ö 😀.txt');
  });
});
