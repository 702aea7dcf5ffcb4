import { describe, expect, it } from 'vitest';
import { pagefindFilterValue } from './pagefind-ui.ts';

/** What a value becomes after Pagefind decodes entities (twice, as its indexer does) and the UI renders it as HTML. */
function decodeAll(value: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
  let current = value;
  for (let pass = 0; pass < 4; pass++) {
    current = current.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/giu, (match, entity: string) => {
      if (entity.startsWith('#')) return String.fromCodePoint(entity[1]!.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
      return named[entity.toLowerCase()] ?? match;
    });
  }
  return current;
}

describe('pagefindFilterValue', () => {
  it('keeps real names as they are', () => {
    for (const name of ['The Independent', 'Vladimir Putin', "Kyiv's top general", 'AT&T', 'Procter & Gamble', 'Ö. Çelik']) {
      expect(pagefindFilterValue(name)).toBe(name);
    }
  });

  it('leaves no markup and no entity that decoding could turn into markup', () => {
    for (const hostile of ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', '&amp;lt;script&amp;gt;', '&#60;svg onload=alert(1)&#62;', '&#x3c;b&#x3e;', '&ltscript&gt']) {
      const value = decodeAll(pagefindFilterValue(hostile));
      expect(value, hostile).not.toMatch(/[<>]/u);
    }
  });
});
