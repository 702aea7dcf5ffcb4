/**
 * Browser tests for the claim pages: the all-claims filters, speaker pages,
 * an editor's verdict with its history, and the cleaning log.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string; publisher: string | null }[];
  claims: { id: string; article: string; status: string; speaker: string | null }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);

describe.runIf(browserAvailable())('claim pages in Chromium', () => {
  const site = useSite(fixtureDist);

  const visibleRows = () => site.page.locator('tbody tr:visible').count();

  it('filters all claims by status, speaker and publisher', async () => {
    await site.page.goto(`${site.url}/claims/`);
    expect(await visibleRows()).toBe(claimsJson.claims.length);

    await site.page.getByRole('combobox', { name: 'Status' }).selectOption({ value: 'not-checkable' });
    const opinions = claimsJson.claims.filter((claim) => claim.status === 'not-checkable').length;
    expect(opinions).toBeGreaterThan(0);
    expect(await visibleRows()).toBe(opinions);

    const putin = claimsJson.claims.filter((claim) => claim.status === 'not-checkable' && claim.speaker === 'Vladimir Putin').length;
    await site.page.getByRole('combobox', { name: 'Speaker' }).selectOption({ value: 'vladimir-putin' });
    expect(await visibleRows()).toBe(putin);

    const kyivSlugs = new Set(claimsJson.articles.filter((article) => article.publisher === 'Kyiv Independent').map((article) => article.slug));
    const kyivPutinOpinions = claimsJson.claims.filter(
      (claim) => claim.status === 'not-checkable' && claim.speaker === 'Vladimir Putin' && kyivSlugs.has(claim.article),
    ).length;
    await site.page.getByRole('combobox', { name: 'Publisher' }).selectOption({ value: 'Kyiv Independent' });
    expect(await visibleRows()).toBe(kyivPutinOpinions);
    await expect(site.page.locator('[aria-live="polite"]').innerText()).resolves.toContain(String(kyivPutinOpinions));
  });

  it('lists a speaker’s claims across outlets, each linking to its anchor', async () => {
    await site.page.goto(`${site.url}/speakers/`);
    await site.page.getByRole('link', { name: /Vladimir Putin/ }).first().click();
    await site.page.waitForURL('**/speakers/vladimir-putin/');
    const links = await site.page.locator('main a[href*="#c-"]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    const expected = claimsJson.claims.filter((claim) => claim.speaker === 'Vladimir Putin');
    expect(links.length).toBe(expected.length);
    const publishers = new Set(claimsJson.articles.filter((article) => expected.some((claim) => claim.article === article.slug)).map((article) => article.publisher));
    expect(publishers.size).toBeGreaterThan(1);
    await site.page.locator('main a[href*="#c-"]').first().click();
    const id = new URL(site.page.url()).hash.slice(1);
    await expect(site.page.locator(`mark#${id}`).count()).resolves.toBe(1);
  });

  it('shows an editor’s verdict with its note, evidence and the automatic status it replaced', async () => {
    const hostile = claimsJson.articles.find((article) => article.seed === 'hostile-mdx.txt')!;
    await site.page.goto(`${site.url}${hostile.url}`);
    await expect(site.page.locator('mark#c-1518e11b72').getAttribute('data-status')).resolves.toBe('misleading');
    const details = site.page.locator('#c-1518e11b72-details');
    const text = await details.innerText();
    expect(text).toContain('Misleading');
    expect(text).toContain('without the context that it was a test file');
    expect(text).toContain('2025-12-02');
    expect(text).toMatch(/Automatic status: Unverified/);
    await expect(details.locator('a[href="https://example.org/ministry-statement"]').count()).resolves.toBe(1);
  });

  it('keeps a collapsed cleaning log that search does not index', async () => {
    const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;
    await site.page.goto(`${site.url}${independent.url}`);
    const log = site.page.locator('details', { hasText: /Cleaning log/i });
    await expect(log.getAttribute('open')).resolves.toBeNull();
    await expect(log.getAttribute('data-pagefind-ignore')).resolves.not.toBeNull();
    await log.locator('summary').click();
    await expect(log.innerText()).resolves.toContain('open image in gallery');
    await expect(site.page.locator('[data-pagefind-body] details').count()).resolves.toBe(0);
  });
});
