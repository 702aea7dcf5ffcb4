import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_INFO } from '../../scripts/status.ts';
import { anchorOf, articleText } from '../../scripts/pipeline/anchor.ts';
import { ANCHOR_NOTE, ANNOTATION_CONTEXT, annotationExport, articleAnnotations, type AnnotatedArticle, type TextPositionSelector, type TextQuoteSelector } from './annotations.ts';
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

/** Every annotation of the articles, all on one page. */
const itemsOf = (articles: readonly AnnotatedArticle[]) => annotationExport([articles], context).pages.flatMap((page) => page.items);

function selectorsOf(annotation: { target: { selector: unknown[] } }) {
  const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector | undefined];
  return { quote, position };
}

describe('annotationExport', () => {
  it('is a W3C AnnotationCollection of AnnotationPages, linked in order, each its own document', () => {
    const exported = annotationExport([[article(), article({ slug: 'b-2', claims: [] })], [article({ slug: 'c-3' })], [article({ slug: 'd-4', claims: [] })], [article({ slug: 'e-5' })]], context);
    const id = 'https://checks.example.org/factline/annotations.jsonld';
    const page = (n: number) => `https://checks.example.org/factline/annotations/page-${n}.jsonld.gz`;
    expect(exported.collection).toEqual({
      '@context': ANNOTATION_CONTEXT,
      id,
      type: 'AnnotationCollection',
      label: exported.collection.label,
      total: 6,
      first: page(1),
      last: page(3),
    });
    expect(exported.collection.label).toContain('Desk Checks');
    expect(exported.collection.label).toContain(ANCHOR_NOTE);
    expect(exported.collection.label).toMatch(/cleaned text.*paragraphs joined by one blank line/);
    // A group without claims makes no page; the others are numbered in order, each pointing at its neighbours.
    expect(exported.pages.map(({ items, ...rest }) => ({ ...rest, items: items.length }))).toEqual([
      { '@context': ANNOTATION_CONTEXT, id: page(1), type: 'AnnotationPage', partOf: id, startIndex: 0, next: page(2), items: 2 },
      { '@context': ANNOTATION_CONTEXT, id: page(2), type: 'AnnotationPage', partOf: id, startIndex: 2, prev: page(1), next: page(3), items: 2 },
      { '@context': ANNOTATION_CONTEXT, id: page(3), type: 'AnnotationPage', partOf: id, startIndex: 4, prev: page(2), items: 2 },
    ]);
    expect(exported.pages[1]!.items[0]!.id).toBe('https://checks.example.org/factline/articles/c-3/#c-0000000001');
  });

  it('has no first or last page when there are no claims', () => {
    const { collection, pages } = annotationExport([[article({ claims: [] })]], context);
    expect(pages).toEqual([]);
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(collection).not.toHaveProperty('last');
  });

  it('makes each claim an assessing Annotation with its status, reason and anchors', () => {
    const [first, second] = itemsOf([article()]);
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

  it('links an annotation to the story page of its claim across outlets, where there is one', () => {
    const base = article();
    const claims = base.claims.map((claim, i) => ({ ...claim, cluster: i === 0 ? 'k-aaaaaaaaaa' : 'k-bbbbbbbbbb' }));
    const storyUrl = (cluster: string) => (cluster === 'k-aaaaaaaaaa' ? 'https://checks.example.org/factline/claim/k-aaaaaaaaaa/' : null);
    const [first, second] = articleAnnotations({ ...base, claims }, context, undefined, storyUrl);
    expect(first!.body.at(-1)).toEqual({ type: 'SpecificResource', purpose: 'linking', source: 'https://checks.example.org/factline/claim/k-aaaaaaaaaa/' });
    expect(second!.body.map((b) => b.purpose)).toEqual(['assessing', 'classifying']);
  });

  it('has positions that span exactly the quoted text of the cleaned article', () => {
    const text = articleText(paragraphs);
    for (const annotation of itemsOf([article()])) {
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
    for (const annotation of itemsOf([{ ...broken, claims }])) {
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
    }
  });

  it('targets the article page when the source URL is unknown or not http(s)', () => {
    for (const source of [null, 'javascript:alert(1)']) {
      const [annotation] = itemsOf([article({ source })]);
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
    const { collection, pages } = annotationExport(
      corpus.map(({ data }) => [data]),
      context,
    );
    const items = pages.flatMap((page) => page.items);
    const texts = new Map(corpus.map(({ data, mdx }) => [data.slug, cleanedText(mdx)]));
    expect(collection.total).toBe(corpus.reduce((sum, { data }) => sum + data.claims.length, 0));
    expect(items).toHaveLength(collection.total);
    expect(new Set(items.map((item) => item.id)).size).toBe(collection.total);
    for (const annotation of items) {
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
