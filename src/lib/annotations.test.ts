import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_INFO } from '../../scripts/status.ts';
import { anchorOf, articleText } from '../../scripts/pipeline/anchor.ts';
import { ANCHOR_NOTE, ANNOTATION_CONTEXT, annotationCollection, type AnnotatedArticle, type TextPositionSelector, type TextQuoteSelector } from './annotations.ts';
import { cleanedText } from './article-text.ts';
import { builtCorpus, type CorpusPage } from './test-support/corpus.ts';

const context = {
  site: 'https://checks.example.org',
  base: '/factline/',
  title: 'Desk Checks',
  organization: { name: 'The Desk', url: 'https://desk.example.org/' },
};

const paragraphs = ['Putin claimed the army had surrounded Pokrovsk. 🙂 It could not be verified.', 'Zelensky said the city held.'];

function article(overrides: Partial<AnnotatedArticle> = {}): AnnotatedArticle {
  const first = anchorOf(paragraphs, 0, 14, 46);
  const second = anchorOf(paragraphs, 1, 0, 27);
  return {
    slug: 'a-1',
    title: 'Title',
    source: 'https://www.independent.co.uk/news/putin',
    claims: [
      { id: 'c-0000000001', text: first.selector.exact, status: 'unverified', rationale: 'Hedged.', ...first, verdict: null },
      { id: 'c-0000000002', text: second.selector.exact, status: 'false', rationale: 'The note.', ...second, verdict: { reviewed: '2025-12-02' } },
    ],
    ...overrides,
  };
}

function selectorsOf(annotation: { target: { selector: unknown[] } }) {
  const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector | undefined];
  return { quote, position };
}

describe('annotationCollection', () => {
  it('is a W3C AnnotationCollection with one embedded page of all the claims', () => {
    const collection = annotationCollection([article(), article({ slug: 'b-2', claims: [] })], context);
    expect(collection).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      id: 'https://checks.example.org/factline/annotations.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', partOf: 'https://checks.example.org/factline/annotations.jsonld', startIndex: 0 },
    });
    expect(collection.label).toContain('Desk Checks');
    expect(collection.label).toContain(ANCHOR_NOTE);
    expect(collection.label).toMatch(/cleaned text.*paragraphs joined by one blank line/);
    expect(collection.first.items).toHaveLength(collection.total);
  });

  it('makes each claim an assessing Annotation with its status, reason and anchors', () => {
    const [first, second] = annotationCollection([article()], context).first.items;
    expect(first).toEqual({
      id: 'https://checks.example.org/factline/articles/a-1/#c-0000000001',
      type: 'Annotation',
      motivation: 'assessing',
      creator: { type: 'Organization', name: 'The Desk', homepage: 'https://desk.example.org/' },
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'Unverified: Hedged.', format: 'text/plain', language: 'en' },
        { type: 'TextualBody', purpose: 'classifying', value: 'unverified', format: 'text/plain', language: 'en' },
      ],
      target: {
        source: 'https://www.independent.co.uk/news/putin',
        selector: [
          { type: 'TextQuoteSelector', exact: 'the army had surrounded Pokrovsk', prefix: 'Putin claimed ', suffix: '. 🙂 It could not be verified.\n\n' },
          { type: 'TextPositionSelector', start: 14, end: 46 },
        ],
      },
    });
    expect(second).toMatchObject({ modified: '2025-12-02T00:00:00Z', body: [{ value: `${STATUS_INFO.false.label}: The note.` }, { value: 'false' }] });
  });

  it('has positions that span exactly the quoted text of the cleaned article', () => {
    const text = articleText(paragraphs);
    for (const annotation of annotationCollection([article()], context).first.items) {
      const { quote, position } = selectorsOf(annotation);
      expect(position!.end - position!.start).toBe(quote.exact.length);
      expect(text.slice(position!.start, position!.end)).toBe(quote.exact);
      expect(text.slice(0, position!.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(position!.end).startsWith(quote.suffix)).toBe(true);
    }
  });

  it('leaves out a position selector that does not span the quote, keeping the quote', () => {
    const broken = article();
    const claims = broken.claims.map((claim) => ({ ...claim, position: { start: claim.position.start, end: claim.position.end + 3 } }));
    for (const annotation of annotationCollection([{ ...broken, claims }], context).first.items) {
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
    }
  });

  it('targets the article page when the source URL is unknown or not http(s)', () => {
    for (const source of [null, 'javascript:alert(1)']) {
      const [annotation] = annotationCollection([article({ source })], context).first.items;
      expect(annotation!.target.source).toBe('https://checks.example.org/factline/articles/a-1/');
    }
  });
});

describe('on the built corpus (seeds and the hostile fixture, through the real pipeline)', () => {
  let corpus: CorpusPage[];
  beforeAll(() => {
    corpus = builtCorpus();
  }, 60_000);

  it('anchors every claim in the text its page renders, read back from the MDX', () => {
    const collection = annotationCollection(
      corpus.map(({ data }) => data),
      context,
    );
    const texts = new Map(corpus.map(({ data, mdx }) => [data.slug, cleanedText(mdx)]));
    expect(collection.total).toBe(corpus.reduce((sum, { data }) => sum + data.claims.length, 0));
    expect(new Set(collection.first.items.map((item) => item.id)).size).toBe(collection.total);
    for (const annotation of collection.first.items) {
      const slug = /\/articles\/([^/]+)\/#c-[0-9a-f]+$/.exec(annotation.id)![1]!;
      const text = texts.get(slug)!;
      const { quote, position } = selectorsOf(annotation);
      expect(position, annotation.id).toBeDefined();
      expect(position!.end - position!.start).toBe(quote.exact.length);
      expect(text.slice(position!.start, position!.end)).toBe(quote.exact);
      expect(text.slice(0, position!.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(position!.end).startsWith(quote.suffix)).toBe(true);
      expect(new URL(annotation.target.source).protocol).toMatch(/^https?:$/);
    }
  });
});
