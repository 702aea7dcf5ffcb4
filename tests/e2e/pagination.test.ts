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
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
      await site.page.getByRole('combobox', { name: 'Status' }).selectOption({ value: status });
      await expect.poll(countText).toContain(`Showing ${total} of ${claimsJson.claims.length}`);
      await expect(rows().count()).resolves.toBe(CLAIMS_PER_PAGE);
      await expect(site.page.locator('nav.pagination').isVisible()).resolves.toBe(false);
      const more = site.page.getByRole('button', { name: 'Show more claims' });
      while (await more.isVisible()) await more.click();
      await expect.poll(() => rows().count()).toBe(total);
      const shown = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('th a')!.getAttribute('href')!.split('#')[1]));
      expect(shown).toEqual(claimsJson.claims.filter((claim) => claim.status === status).map((claim) => claim.id));
      expect(new URL(site.page.url()).search).toBe(`?status=${status}`);

      // A second filter narrows the result; the rows show the claim, its status, speaker, publisher and article.
      const kyiv = new Set(claimsJson.articles.filter((article) => article.publisher === 'Kyiv Independent').map((article) => article.slug));
      const both = claimsJson.claims.filter((claim) => claim.status === status && kyiv.has(claim.article));
      expect(both.length).toBeGreaterThan(0);
      await site.page.getByRole('combobox', { name: 'Publisher' }).selectOption({ value: 'Kyiv Independent' });
      await expect.poll(countText).toContain(`Showing ${both.length} of`);
      await expect(rows().count()).resolves.toBe(Math.min(both.length, CLAIMS_PER_PAGE));
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
