import { describe, expect, it } from 'vitest';
import { applySeedMetadata } from './seed-metadata.ts';
import { articleFromParagraphs } from './test-support/article.ts';

describe('applySeedMetadata', () => {
  const recovered = articleFromParagraphs(['Lede.'], { title: 'Recovered', titleDerived: true, publisher: 'Recovered Times', published: '2025-01-01' });

  it('lets the metadata win, field by field', () => {
    const article = applySeedMetadata(recovered, { title: 'Given title', url: 'https://example.org/a', language: 'en' });
    expect(article).toMatchObject({
      title: 'Given title',
      titleDerived: false,
      publisher: 'Recovered Times',
      published: '2025-01-01',
      url: 'https://example.org/a',
      language: 'en',
    });
  });

  it('leaves the article alone without metadata', () => {
    expect(applySeedMetadata(recovered, undefined)).toBe(recovered);
    expect(applySeedMetadata(recovered, {})).toEqual(recovered);
  });
});

describe('applySeedMetadata: names stay plain text', () => {
  const recovered = articleFromParagraphs(['Lede.'], { publisher: 'Recovered Times' });

  it('strips markup and control characters from a publisher, and names a known agency canonically', () => {
    const article = applySeedMetadata(recovered, { publisher: '<b>Daily\u202E Planet</b>\u0007', agency: 'agence france-presse' });
    expect(article.publisher).toBe('Daily Planet');
    expect(article.agency).toBe('AFP');
  });

  it('keeps the recovered publisher when the metadata one is nothing but markup', () => {
    expect(applySeedMetadata(recovered, { publisher: '<span></span>' }).publisher).toBe('Recovered Times');
  });
});
