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
