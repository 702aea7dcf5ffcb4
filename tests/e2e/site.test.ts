/**
 * Browser tests against the built fixture site (see global-setup.ts), served
 * by a plain static file server and driven in headless Chromium.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string; title: string }[];
  claims: { id: string; article: string; text: string; status: string }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);

describe.runIf(browserAvailable())('the built site in Chromium', () => {
  const site = useSite(fixtureDist);

  it('goes from the home page to an article, sees a claim and its status', async () => {
    await site.page.goto(`${site.url}/`);
    const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;
    const card = site.page.locator(`[data-slug="${independent.slug}"]`);
    await expect(card.locator('.status').first().textContent()).resolves.toMatch(/Unverified|Corroborated|Disputed|Not a checkable fact/);
    await card.locator('h2 a').click();
    await site.page.waitForURL(`**${independent.url}`);

    const pokrovsk = claimsJson.claims.find((claim) => claim.article === independent.slug && claim.text.includes('Pokrovsk'))!;
    const mark = site.page.locator(`mark#${pokrovsk.id}`);
    await expect(mark.textContent()).resolves.toBe(pokrovsk.text);
    await expect(mark.getAttribute('data-status')).resolves.toBe('disputed');
    const badge = site.page.locator(`mark#${pokrovsk.id} + a.claim__badge`);
    await expect(badge.innerText()).resolves.toContain('Disputed');
    await badge.click();
    await site.page.waitForURL(`**#${pokrovsk.id}-details`);
  });

  it('finds an article by searching for a word and reaches it', async () => {
    await site.page.goto(`${site.url}/search/`);
    await site.page.locator('.pagefind-ui__search-input').fill('Pokrovsk');
    // The first result may be a claim page (/claim/k-…/), which Pagefind indexes too: take the first article.
    const result = site.page.locator('.pagefind-ui__result-link[href*="/articles/"]').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(site.page.locator('.pagefind-ui__filter-panel').innerText()).resolves.toMatch(/status/i);
    await result.click();
    await site.page.waitForLoadState('load');
    await expect(site.page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(site.page.locator('.article-body').innerText()).resolves.toContain('Pokrovsk');
  });

  it('renders hostile seed text as literal text, never as code or markup', async () => {
    const hostile = claimsJson.articles.find((article) => article.seed === 'hostile-mdx.txt');
    expect(hostile, 'the hostile fixture seed must build into a page').toBeDefined();
    await site.page.goto(`${site.url}${hostile!.url}`);
    const body = site.page.locator('.article-body');
    const text = await body.innerText();
    expect(text).toContain('export const pwned = (globalThis.pwned = "export ran");');
    expect(text).toContain('import fs from "node:fs";');
    expect(text).toContain('{globalThis.pwned = "expression ran"}');
    expect(text).toContain('<Claim id="c-0000000000" status="verified">Pokrovsk was liberated</Claim>');
    expect(text).toContain('<script>globalThis.pwned = "script ran"</script>');
    expect(text).toContain(`<img src=x onerror="globalThis.pwned = 'onerror ran'">`);
    await expect(site.page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).resolves.toBeUndefined();
    await expect(body.locator('script, img, iframe, style').count()).resolves.toBe(0);
    const ids = await body.locator('mark.claim').evaluateAll((marks) => marks.map((mark) => mark.id));
    const expected = claimsJson.claims.filter((claim) => claim.article === hostile!.slug).map((claim) => claim.id);
    expect(ids.sort()).toEqual(expected.sort());
    expect(ids).not.toContain('c-0000000000');
    expect(site.pageErrors).toEqual([]);
  });
});
