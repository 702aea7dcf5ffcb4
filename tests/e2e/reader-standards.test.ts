/**
 * The fixture build's open-standards output: ClaimReview JSON-LD on article
 * pages (and no other script there), the W3C annotation export, the RSS feed,
 * the sitemap, canonical and Open Graph tags, and the trust pages. Reads the
 * built files with linkedom; no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, STATUS_RULES } from '../../scripts/status.ts';
import { expandReviewGraph, type ReviewGraph } from '../../src/lib/json-ld-graph.ts';
import { RETIRED_STORY } from './support/build-fixture-site.ts';
import { fixtureDist } from './support/paths.ts';
import { readAnnotationsExport } from '../../scripts/read-exports.ts';
import { readClaimsJson } from './support/claims-json.ts';

/** The origin the fixture site was built for (see src/site.config.ts). */
const SITE = new URL(process.env.FACTLINE_SITE || 'https://factline.example');

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string; published: string | null }[];
  claims: { id: string; article: string; status: string; text: string; page: string | null }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

function documentOf(path: string) {
  return parseHTML(readFileSync(join(fixtureDist, path), 'utf8')).document;
}

function pathOf(file: string): string {
  return `/${relative(fixtureDist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

describe('article pages', () => {
  it('ship no JavaScript: their only script is the ClaimReview JSON-LD, one ClaimReview per claim', () => {
    for (const article of claimsJson.articles) {
      const document = documentOf(join(article.url, 'index.html'));
      const scripts = [...document.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('type')), article.url).toEqual(['application/ld+json']);
      // One graph (the organisation and the article written once): expanded, one ClaimReview per claim.
      const graph = JSON.parse(scripts[0]!.textContent ?? '') as ReviewGraph;
      expect(graph['@context']).toBe('https://schema.org');
      const reviews = expandReviewGraph(graph) as { '@type': string; url: string; claimReviewed: string; author: unknown; itemReviewed: { appearance: unknown } }[];
      for (const review of reviews) {
        expect(review.author, article.url).toMatchObject({ '@type': 'Organization' });
        expect(review.itemReviewed.appearance, article.url).toMatchObject({ '@type': 'CreativeWork' });
      }
      const claims = claimsJson.claims.filter((claim) => claim.article === article.slug);
      expect(reviews.map((review) => review['@type'])).toEqual(claims.map(() => 'ClaimReview'));
      expect(reviews.map((review) => review.url)).toEqual(claims.map((claim) => new URL(`${article.url}#${claim.id}`, SITE).href));
      for (const review of reviews) expect([...review.claimReviewed].length).toBeLessThanOrEqual(75);
    }
  });

  it('keep hostile seed text inside the JSON-LD', () => {
    const hostile = claimsJson.articles.find((article) => article.seed === 'hostile-mdx.txt')!;
    const html = readFileSync(join(fixtureDist, hostile.url, 'index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    expect(json).toContain('\\u003cscript\\u003e');
    expect(JSON.stringify(JSON.parse(json!))).toContain('<script>globalThis.pwned');
  });

  it('record the editor’s verdict as the rating and date of its ClaimReview', () => {
    const hostile = claimsJson.articles.find((article) => article.seed === 'hostile-mdx.txt')!;
    const document = documentOf(join(hostile.url, 'index.html'));
    const reviews = expandReviewGraph(JSON.parse(document.querySelector('script')!.textContent ?? '') as ReviewGraph) as { url: string }[];
    expect(reviews.find((review) => review.url.endsWith('#c-1518e11b72'))).toMatchObject({
      datePublished: '2025-12-02',
      reviewRating: { alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
  });
});

describe('every page', () => {
  it('has a canonical URL, Open Graph and Twitter tags, and links the feed (but the redirect of a retired story id)', () => {
    const redirects: string[] = [];
    for (const file of htmlFiles(fixtureDist)) {
      const document = parseHTML(readFileSync(file, 'utf8')).document;
      const path = pathOf(file);
      // Its canonical link is the story it redirects to (claim-stories.test.ts).
      if (document.querySelector('meta[http-equiv="refresh"]')) {
        redirects.push(path);
        continue;
      }
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toBe(new URL(path, SITE).href);
      const og = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(og('og:url'), path).toBe(canonical);
      expect(og('og:title'), path).toBeTruthy();
      expect(og('og:site_name'), path).toBeTruthy();
      expect(og('og:type'), path).toBe(path.startsWith('/articles/') ? 'article' : 'website');
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), path).toBe('summary');
      expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(
        new URL('/rss.xml', SITE).href,
      );
    }
    expect(redirects).toEqual([`/claim/${RETIRED_STORY}/`]);
  });
});

describe('feeds and exports', () => {
  it('rss.xml lists every article, newest first, with absolute links', () => {
    const rss = readFileSync(join(fixtureDist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((match) => match[1]);
    const dated = [...claimsJson.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    expect(links).toEqual(dated.map((article) => new URL(article.url, SITE).href));
  });

  it('the sitemap lists every article page', () => {
    const index = readFileSync(join(fixtureDist, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const urls = sitemaps.flatMap((path) => [...readFileSync(join(fixtureDist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    for (const article of claimsJson.articles) expect(urls).toContain(new URL(article.url, SITE).href);
  });

  it('annotations.jsonld is an AnnotationCollection whose pages hold one W3C annotation per claim, its position spanning its quote', () => {
    type Item = {
      id: string;
      motivation: string;
      body: { type: string; purpose: string; source?: string }[];
      target: { selector: { type: string; exact?: string; start?: number; end?: number }[] };
    };
    const { collection, pages, items, files } = readAnnotationsExport<Item>(fixtureDist);
    const id = new URL('annotations.jsonld', SITE).href;
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'AnnotationCollection', total: claimsJson.claims.length });
    expect(pages.length).toBeGreaterThan(0);
    expect(collection.first).toBe(pages[0]!.id);
    expect(collection.last).toBe(pages.at(-1)!.id);
    let startIndex = 0;
    for (const [at, page] of pages.entries()) {
      expect(page).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: new URL(`annotations/page-${at + 1}.jsonld.gz`, SITE).href, type: 'AnnotationPage', partOf: id, startIndex });
      expect(page.prev).toBe(pages[at - 1]?.id);
      startIndex += page.items.length;
    }
    for (const file of files) expect(file.bytes, file.path).toBeLessThan(20_000_000);
    expect(items.map((item) => item.id.split('#')[1])).toEqual(claimsJson.claims.map((claim) => claim.id));
    for (const [index, item] of items.entries()) {
      expect(item.motivation).toBe('assessing');
      const [quote, position] = item.target.selector;
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: claimsJson.claims[index]!.text });
      expect(position).toMatchObject({ type: 'TextPositionSelector' });
      expect(position!.end! - position!.start!).toBe(quote!.exact!.length);
      // A claim with a story page links to it; one without does not.
      const page = claimsJson.claims[index]!.page;
      const links = item.body.filter((body) => body.purpose === 'linking');
      expect(links.map((body) => body.source), item.id).toEqual(page ? [new URL(page, SITE).href] : []);
    }
  });
});

describe('trust pages', () => {
  it('the methodology page explains every kind, and the status rules in the order they apply', () => {
    const page = documentOf('methodology/index.html');
    expect([...page.querySelectorAll('tr[data-kind]')].map((row) => row.getAttribute('data-kind'))).toEqual([...CLAIM_KINDS]);
    expect([...page.querySelectorAll('tr[id^="rule-"]')].map((row) => row.getAttribute('data-status'))).toEqual(STATUS_RULES.map((rule) => rule.status));
  });

  it('the corrections page lists the fixture verdict, from the automatic status to the editor’s', () => {
    const row = documentOf('corrections/index.html').querySelector('tr[data-claim="c-1518e11b72"]');
    expect(row).not.toBeNull();
    expect(row!.querySelector('th a')!.getAttribute('href')).toMatch(/\/articles\/[a-z0-9-]+\/#c-1518e11b72$/);
    expect([...row!.querySelectorAll('.status')].map((badge) => badge.getAttribute('data-status')).at(-1)).toBe('misleading');
    expect(row!.textContent).toContain('2025-12-02');
  });
});
