/**
 * Cleaning, end to end: for every outlet fixture of the clean stage, the
 * built page's article body holds every sentence of the real article and
 * none of the clutter; captions are shown apart from the body. An HTML and a
 * Markdown seed build into pages with their metadata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLEAN_FIXTURES } from './support/build-fixture-site.ts';
import { fixtureDist, root } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface Expected {
  title: string;
  paragraphs: string[];
  clutter: string[];
  captions?: string[];
}

const claimsJson = readClaimsJson<{
  articles: { seed: string; url: string; title: string; publisher: string | null; published: string | null }[];
}>(fixtureDist);

function page(seed: string): Document {
  const article = claimsJson.articles.find((entry) => entry.seed === seed);
  if (!article) throw new Error(`no page was built for ${seed}`);
  return parseHTML(readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8')).document;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The article body's text as written: without the status badges and filter labels the site adds to claims. */
function bodyText(document: Document): string {
  const body = document.querySelector('[data-pagefind-body]');
  for (const added of body?.querySelectorAll('.claim__badge, [data-pagefind-filter]') ?? []) added.remove();
  return squash(body?.textContent ?? '');
}
const fixtures = readdirSync(join(root, CLEAN_FIXTURES)).filter((name) => name.endsWith('.txt'));

describe.each(fixtures)('the built page of %s', (seed) => {
  const expected = JSON.parse(readFileSync(join(root, CLEAN_FIXTURES, seed.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const document = page(seed);
  const body = bodyText(document);

  it('holds every paragraph of the article body', () => {
    for (const paragraph of expected.paragraphs) expect(body).toContain(squash(paragraph));
  });

  it('holds none of the clutter', () => {
    for (const clutter of expected.clutter) expect(body).not.toContain(squash(clutter));
  });

  it('shows the headline', () => {
    expect(squash(document.querySelector('h1')?.textContent ?? '')).toBe(squash(expected.title));
  });
});

describe('HTML and Markdown seeds', () => {
  it('build into pages with the metadata of the file', () => {
    const html = claimsJson.articles.find((article) => article.seed === 'harbour-courier-ferry.html')!;
    const markdown = claimsJson.articles.find((article) => article.seed === 'northern-ledger-council.md')!;
    for (const article of [html, markdown]) {
      expect(article.publisher).not.toBeNull();
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(bodyText(page(article.seed)).length).toBeGreaterThan(200);
    }
  });
});
