/**
 * Long lists in pages: the fixture's content built again with small pages
 * (FACTLINE_CLAIMS_PER_PAGE and friends), so that the claims table, the
 * article list and a speaker's page each span several pages, as they do at
 * thousands of articles.
 *
 * - The pages of each list, together, hold every item once, in order, and
 *   link to each other (previous, next, numbered).
 * - The claims filters work on every claim of the site, not only the page's:
 *   from page 2, a status filter shows every claim with that status, a second
 *   filter narrows it, "Show more" shows the rest of a long result, and
 *   clearing the filters brings the page back.
 * - The filters' data is in parts of CLAIMS_DATA_ROWS rows
 *   (FACTLINE_CLAIMS_DATA_ROWS), so a common status spans several: the page
 *   reads only the parts it needs for the page of results asked for, and a
 *   part that fails to load is reported, never shown as an empty result.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AxeResults } from 'axe-core';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, useSite } from './support/browser.ts';
import { buildAstroOnly } from './support/build-fixture-site.ts';
import { fixtureContent, fixtureDist, workDir } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

const CLAIMS_PER_PAGE = 20;
const ARTICLES_PER_PAGE = 4;
const SPEAKER_CLAIMS_PER_PAGE = 3;
/** Rows per part of a filter option's data: a page of results needs three parts. */
const CLAIMS_DATA_ROWS = 7;

/** Inside the fixture's work folder, which the global setup empties. */
const work = join(workDir, 'paginated');
const dist = join(work, 'dist');

interface ClaimsJson {
  articles: { slug: string; url: string; publisher: string | null }[];
  claims: { id: string; article: string; status: string; speaker: string | null }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);

function documentOf(path: string): Document {
  return parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document as unknown as Document;
}

/** The pages of a list, following each page's "Next" link from the first. */
function pagesFrom(first: string): { path: string; document: Document }[] {
  const pages: { path: string; document: Document }[] = [];
  for (let path: string | null = first; path !== null; ) {
    const document = documentOf(path);
    pages.push({ path, document });
    path = document.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href') ?? null;
    expect(pages.length).toBeLessThan(1000);
  }
  return pages;
}

describe('long lists in pages', () => {
  beforeAll(() => {
    buildAstroOnly({
      content: fixtureContent,
      dist,
      cacheDir: join(work, 'astro-cache'),
      env: {
        FACTLINE_CLAIMS_PER_PAGE: String(CLAIMS_PER_PAGE),
        FACTLINE_ARTICLES_PER_PAGE: String(ARTICLES_PER_PAGE),
        FACTLINE_SPEAKER_CLAIMS_PER_PAGE: String(SPEAKER_CLAIMS_PER_PAGE),
        FACTLINE_CLAIMS_DATA_ROWS: String(CLAIMS_DATA_ROWS),
      },
    });
  }, 300_000);

  it('splits all claims into pages that together list every claim once, in order, linked both ways', () => {
    const pages = pagesFrom('/claims/');
    expect(pages.length).toBe(Math.ceil(claimsJson.claims.length / CLAIMS_PER_PAGE));
    expect(pages.map(({ path }) => path)).toEqual(pages.map((_, index) => (index === 0 ? '/claims/' : `/claims/${index + 1}/`)));
    const ids = pages.flatMap(({ document }) =>
      [...document.querySelectorAll('#claims-table tbody tr th a')].map((a) => a.getAttribute('href')!.split('#')[1]),
    );
    expect(ids).toEqual(claimsJson.claims.map((claim) => claim.id));
    for (const [index, { document }] of pages.entries()) {
      expect(document.querySelectorAll('#claims-table tbody tr').length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
      expect(document.querySelector('nav.pagination [aria-current="page"]')?.textContent).toBe(String(index + 1));
      expect(document.querySelector('nav.pagination a[rel="prev"]')?.getAttribute('href') ?? null).toBe(
        index === 0 ? null : index === 1 ? '/claims/' : `/claims/${index}/`,
      );
      expect(document.title).toContain(`page ${index + 1} of ${pages.length}`);
    }
  });

  it('splits the article list (the home page first) and a speaker’s page the same way', () => {
    const home = pagesFrom('/');
    expect(home.map(({ path }) => path).slice(0, 2)).toEqual(['/', '/page/2/']);
    const slugs = home.flatMap(({ document }) => [...document.querySelectorAll('.article-card')].map((card) => card.getAttribute('data-slug')));
    expect(slugs).toEqual(claimsJson.articles.map((article) => article.slug));

    const putin = pagesFrom('/speakers/vladimir-putin/');
    expect(putin.length).toBeGreaterThan(1);
    expect(putin[1]!.path).toBe('/speakers/vladimir-putin/2/');
    const links = putin.flatMap(({ document }) => [...document.querySelectorAll('main a[href*="#c-"]')].map((a) => a.getAttribute('href')!.split('#')[1]));
    expect(links.sort()).toEqual(claimsJson.claims.filter((claim) => claim.speaker === 'Vladimir Putin').map((claim) => claim.id).sort());
  });

  it('writes each filter option’s rows in parts of at most CLAIMS_DATA_ROWS, in site order, as many as the option says', () => {
    const options = [...documentOf('/claims/').querySelectorAll('#claim-filters option[data-shard]')];
    expect(options.length).toBeGreaterThan(0);
    const slugOf = new Map(claimsJson.articles.map((article) => [article.url, article.slug]));
    let split = 0;
    for (const option of options) {
      const shard = option.getAttribute('data-shard')!;
      const parts = Number(option.getAttribute('data-parts'));
      const count = Number(option.getAttribute('data-count'));
      expect(parts).toBe(Math.ceil(count / CLAIMS_DATA_ROWS));
      if (parts > 1) split += 1;
      const rows: [string, string, ...unknown[]][] = [];
      for (let part = 1; part <= parts; part++) {
        const partRows = JSON.parse(gunzipSync(readFileSync(join(dist, 'claims/data', shard, `${part}.json.gz`))).toString('utf8')) as typeof rows;
        expect(partRows.length).toBeGreaterThan(0);
        expect(partRows.length).toBeLessThanOrEqual(CLAIMS_DATA_ROWS);
        rows.push(...partRows);
      }
      expect(() => readFileSync(join(dist, 'claims/data', shard, `${parts + 1}.json.gz`))).toThrow();
      // The option's claims, in site order, each once.
      const facet = shard.replace(/-\d+$/, '') as 'status' | 'speaker' | 'publisher';
      const value = option.getAttribute('value')!;
      const articleOf = new Map(claimsJson.claims.map((claim) => [claim.id, claimsJson.articles.find((article) => article.slug === claim.article)!]));
      const expected = claimsJson.claims.filter((claim) =>
        facet === 'status' ? claim.status === value : facet === 'publisher' ? (articleOf.get(claim.id)!.publisher ?? '-') === value : true,
      );
      if (facet !== 'speaker') expect(rows.map(([, id]) => id)).toEqual(expected.map((claim) => claim.id));
      else expect(rows.length).toBe(count);
      for (const [article, id] of rows) expect(claimsJson.claims.find((claim) => claim.id === id)?.article).toBe(slugOf.get(article));
    }
    expect(split).toBeGreaterThan(1);
  });

  describe.runIf(browserAvailable())('the claims filters in Chromium', () => {
    const site = useSite(dist);
    const rows = () => site.page.locator('#claims-table tbody tr:visible');

    it('filter every claim of the site from any page, show the rest on demand, and give the page back when cleared', async () => {
      await site.page.goto(`${site.url}/claims/2/`);
      const pageIds = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')!.getAttribute('href')));
      expect(pageIds.length).toBe(CLAIMS_PER_PAGE);

      // The most common status has more claims than a page: all of them, a page at a time.
      const counts = new Map<string, number>();
      for (const claim of claimsJson.claims) counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1);
      const [status, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(total).toBeGreaterThan(CLAIMS_PER_PAGE);
      const countText = () => site.page.locator('#claims-count').innerText();
      // Its data spans several parts; the first page of results needs only the first few.
      const option = site.page.locator(`#filter-status option[value="${status}"]`);
      const shard = (await option.getAttribute('data-shard'))!;
      const parts = Number(await option.getAttribute('data-parts'));
      const needed = Math.ceil(CLAIMS_PER_PAGE / CLAIMS_DATA_ROWS);
      expect(parts).toBe(Math.ceil(total / CLAIMS_DATA_ROWS));
      expect(parts).toBeGreaterThan(needed);
      const partUrls = (count: number) => Array.from({ length: count }, (_, index) => `/claims/data/${shard}/${index + 1}.json.gz`);
      const requested: string[] = [];
      const onRequest = (request: { url(): string }) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/claims/data/')) requested.push(pathname);
      };
      site.page.on('request', onRequest);
      await site.page.getByRole('combobox', { name: 'Status' }).selectOption({ value: status });
      // One filter: the option's own count, exact before every part is read.
      await expect.poll(countText).toBe(`Showing ${total} of ${claimsJson.claims.length} claims`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      expect(requested).toEqual(partUrls(needed));
      await expect(site.page.locator('nav.pagination').isVisible()).resolves.toBe(false);
      const more = site.page.getByRole('button', { name: 'Show more claims' });
      await more.click();
      await expect.poll(() => rows().count()).toBe(Math.min(total, 2 * CLAIMS_PER_PAGE));
      expect(requested).toEqual(partUrls(Math.min(parts, Math.ceil((2 * CLAIMS_PER_PAGE) / CLAIMS_DATA_ROWS))));
      while (await more.isVisible()) await more.click();
      await expect.poll(() => rows().count()).toBe(total);
      expect(requested).toEqual(partUrls(parts));
      site.page.off('request', onRequest);
      const shown = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('th a')!.getAttribute('href')!.split('#')[1]));
      expect(shown).toEqual(claimsJson.claims.filter((claim) => claim.status === status).map((claim) => claim.id));
      expect(new URL(site.page.url()).search).toBe(`?status=${status}`);

      // A second filter narrows the result; the rows show the claim, its status, speaker, publisher and article.
      const kyiv = new Set(claimsJson.articles.filter((article) => article.publisher === 'Kyiv Independent').map((article) => article.slug));
      const both = claimsJson.claims.filter((claim) => claim.status === status && kyiv.has(claim.article));
      expect(both.length).toBeGreaterThan(0);
      await site.page.getByRole('combobox', { name: 'Publisher' }).selectOption({ value: 'Kyiv Independent' });
      // Several filters: the parts of the smaller option are read until a page of matches is found; the count is exact once all are read.
      const kyivClaims = claimsJson.claims.filter((claim) => kyiv.has(claim.article));
      const source = kyivClaims.length < total ? kyivClaims : claimsJson.claims.filter((claim) => claim.status === status);
      const wanted = (claim: { id: string }) => both.some((match) => match.id === claim.id);
      let read = 0;
      while (read < source.length && source.slice(0, read).filter(wanted).length < CLAIMS_PER_PAGE) read += CLAIMS_DATA_ROWS;
      const soFar = source.slice(0, read).filter(wanted).length;
      await expect
        .poll(countText)
        .toBe(read >= source.length ? `Showing ${both.length} of ${claimsJson.claims.length} claims` : `Showing ${soFar} of ${claimsJson.claims.length} claims so far; “Show more claims” looks for more`);
      await expect(rows().count()).resolves.toBe(Math.min(both.length, CLAIMS_PER_PAGE));
      await expect(more.isVisible()).resolves.toBe(both.length > CLAIMS_PER_PAGE || read < source.length);
      const first = rows().first();
      await expect(first.locator('td').nth(2).innerText()).resolves.toBe('Kyiv Independent');
      await expect(first.locator(`.status[data-status="${status}"]`).count()).resolves.toBe(1);

      // Cleared: the page's own rows and links again.
      await site.page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')!.getAttribute('href')))).toEqual(pageIds);
      await expect(site.page.locator('nav.pagination').isVisible()).resolves.toBe(true);
      expect(new URL(site.page.url()).search).toBe('');
      expect(site.pageErrors).toEqual([]);
    });

    it('counts several filters “so far” until every part of the smaller option is read, then exactly', async () => {
      await site.page.goto(`${site.url}/claims/2/`);
      const counts = new Map<string, number>();
      for (const claim of claimsJson.claims) counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1);
      const [status, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      // The claims with no speaker: fewer than the status's, in more parts than a page of matches needs.
      const source = claimsJson.claims.filter((claim) => claim.speaker === null);
      await expect(site.page.locator('#filter-speaker option[value="-"]').getAttribute('data-count')).resolves.toBe(String(source.length));
      expect(source.length).toBeLessThan(total);
      const expected = source.filter((claim) => claim.status === status);
      let read = 0;
      while (read < source.length && source.slice(0, read).filter((claim) => claim.status === status).length < CLAIMS_PER_PAGE) read += CLAIMS_DATA_ROWS;
      expect(read).toBeLessThan(source.length);
      const soFar = source.slice(0, read).filter((claim) => claim.status === status).length;
      const countText = () => site.page.locator('#claims-count').innerText();
      await site.page.getByRole('combobox', { name: 'Status' }).selectOption({ value: status });
      await site.page.getByRole('combobox', { name: 'Speaker' }).selectOption({ value: '-' });
      await expect.poll(countText).toBe(`Showing ${soFar} of ${claimsJson.claims.length} claims so far; “Show more claims” looks for more`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      const more = site.page.getByRole('button', { name: 'Show more claims' });
      while (await more.isVisible()) await more.click();
      await expect.poll(countText).toBe(`Showing ${expected.length} of ${claimsJson.claims.length} claims`);
      const shown = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('th a')!.getAttribute('href')!.split('#')[1]));
      expect(shown).toEqual(expected.map((claim) => claim.id));
    });

    it('shows the seed text of the data files as text, never as HTML', async () => {
      await site.page.goto(`${site.url}/claims/2/`);
      const hostile = site.page.locator('#filter-speaker option[value^="img-src-x-onerror"]');
      const value = (await hostile.getAttribute('value'))!;
      await site.page.getByRole('combobox', { name: 'Speaker' }).selectOption({ value });
      await expect.poll(() => rows().count()).toBe(Number(await hostile.getAttribute('data-count')));
      const speakers = await rows().evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[2]!.textContent));
      expect(speakers.every((name) => name?.startsWith(`<img src=x onerror="window.__factlineXss='speaker'">`)), speakers.join(' | ')).toBe(true);
      await expect(site.page.locator('#claims-table tbody img').count()).resolves.toBe(0);
      await expect(site.page.evaluate(() => (window as unknown as { __factlineXss?: string }).__factlineXss ?? null)).resolves.toBeNull();
    });

    it('reads a part a host hands over already decompressed (served with Content-Encoding: gzip)', async () => {
      await site.page.goto(`${site.url}/claims/`);
      const [status, total] = [...claimsJson.claims.reduce((counts, claim) => counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]!;
      const served: string[] = [];
      await site.page.route('**/claims/data/**', (route) => {
        const { pathname } = new URL(route.request().url());
        served.push(pathname);
        const json = gunzipSync(readFileSync(join(dist, pathname))).toString('utf8');
        return route.fulfill({ status: 200, contentType: 'application/json', body: json });
      });
      await site.page.getByRole('combobox', { name: 'Status' }).selectOption({ value: status });
      await expect.poll(() => site.page.locator('#claims-count').innerText()).toBe(`Showing ${total} of ${claimsJson.claims.length} claims`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      expect(served.length).toBeGreaterThan(0);
      await site.page.unrouteAll();
    });

    it('reports a part that cannot be loaded, never as an empty result, and loads it when asked again', async () => {
      await site.page.goto(`${site.url}/claims/2/`);
      const pageIds = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')!.getAttribute('href')));
      const counts = new Map<string, number>();
      for (const claim of claimsJson.claims) counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1);
      const [status, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      const countText = () => site.page.locator('#claims-count').innerText();
      const statusSelect = site.page.getByRole('combobox', { name: 'Status' });
      const more = site.page.getByRole('button', { name: 'Show more claims' });

      // The second part fails: the first page cannot be shown, so the page's own rows stay, and the reader is told.
      await site.page.route('**/claims/data/*/2.json.gz', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await statusSelect.selectOption({ value: status });
      await expect.poll(countText).toBe('The matching claims could not be loaded; this page’s claims are shown unfiltered.');
      await expect(rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')!.getAttribute('href')))).resolves.toEqual(pageIds);
      await expect(site.page.locator('nav.pagination').isVisible()).resolves.toBe(true);
      await site.page.unroute('**/claims/data/*/2.json.gz');

      // Chosen again, it loads; then the fourth part fails on "Show more": the rows shown stay, and the reader is told.
      await site.page.route('**/claims/data/*/4.json.gz', (route) => route.abort());
      await statusSelect.selectOption({ value: '' });
      await statusSelect.selectOption({ value: status });
      await expect.poll(countText).toBe(`Showing ${total} of ${claimsJson.claims.length} claims`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      await more.click();
      await expect
        .poll(countText)
        .toBe(`Showing ${total} of ${claimsJson.claims.length} claims. The next claims could not be loaded; try “Show more claims” again.`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      await expect(more.isVisible()).resolves.toBe(true);
      await site.page.unroute('**/claims/data/*/4.json.gz');
      await more.click();
      await expect.poll(() => rows().count()).toBe(Math.min(total, 2 * CLAIMS_PER_PAGE));
      await expect(countText()).resolves.toBe(`Showing ${total} of ${claimsJson.claims.length} claims`);
    });

    it.each(['/claims/2/', '/page/2/', '/speakers/vladimir-putin/2/'])('axe finds no violations on %s', async (path) => {
      await site.page.goto(`${site.url}${path}`);
      await site.page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const { violations } = await site.page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    it('applies the filters of a linked URL on load', async () => {
      await site.page.goto(`${site.url}/claims/?speaker=vladimir-putin`);
      const putin = claimsJson.claims.filter((claim) => claim.speaker === 'Vladimir Putin').length;
      await expect.poll(() => site.page.locator('#claims-count').innerText()).toContain(`Showing ${putin} of`);
      await expect(rows().count()).resolves.toBe(Math.min(putin, CLAIMS_PER_PAGE));
    });
  });
});
