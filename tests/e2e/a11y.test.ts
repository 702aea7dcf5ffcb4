/**
 * Accessibility of the built fixture site in Chromium: axe-core finds no
 * violation on the home page, an article, the claims pages, a speaker page and
 * the search page with results shown (articles and claim pages); and a claim's details are reachable by
 * keyboard alone.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string }[];
  claims: { id: string; article: string; speaker: string | null }[];
  clusters: { id: string; appearances: string[]; page: string | null }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);
const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;

/** One line per violation and per node: rule id, impact, target and what to fix. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ])
    .join('\n');
}

/** axe-core's violations on the page as it is, with every `<details>` opened first so that their content is checked too. */
async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations;
}

describe.runIf(browserAvailable())('accessibility in Chromium', () => {
  const site = useSite(fixtureDist);

  const pages: [string, string][] = [
    ['the home page', '/'],
    ['an article page', independent.url],
    ['the claims page', '/claims/'],
    ['the claims by check-worthiness', '/claims/by-worthiness/'],
    ['a speaker page', '/speakers/vladimir-putin/'],
    ['the story page of the claim with the most appearances', [...claimsJson.clusters].filter((c) => c.page).sort((a, b) => b.appearances.length - a.appearances.length)[0]!.page!],
  ];

  it.each(pages)('axe finds no violations on %s', async (_name, path) => {
    const response = await site.page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    const violations = await axeViolations(site.page);
    expect(describeViolations(violations), 'axe violations').toBe('');
  });

  it('axe finds no violations on the search page with results and filters shown', async () => {
    await site.page.goto(`${site.url}/search/`);
    await site.page.locator('.pagefind-ui__search-input').fill('Pokrovsk');
    await site.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await site.page.locator('.pagefind-ui__filter-panel details').first().waitFor();
    // The results hold a claim page (Pagefind indexes them beside the articles).
    await expect(site.page.locator('.pagefind-ui__result-link[href*="/claim/k-"]').count()).resolves.toBeGreaterThan(0);
    const violations = await axeViolations(site.page);
    expect(describeViolations(violations), 'axe violations').toBe('');
  });

  it('reaches a claim’s details from its badge by keyboard alone', async () => {
    await site.page.goto(`${site.url}${independent.url}`);
    const claim = claimsJson.claims.find((entry) => entry.article === independent.slug)!;
    let focused: string | null = null;
    for (let presses = 0; presses < 60 && focused === null; presses++) {
      await site.page.keyboard.press('Tab');
      focused = await site.page.evaluate(() => {
        const active = document.activeElement;
        return active?.matches('a.claim__badge') ? (active.previousElementSibling?.id ?? '') : null;
      });
    }
    expect(focused, 'Tab never reached a claim badge').toBe(claim.id);
    await expect(site.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(/^Status: /);

    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(`**#${claim.id}-details`);
    const details = site.page.locator(`#${claim.id}-details`);
    await expect(details.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await expect(details.isVisible()).resolves.toBe(true);
    // Focus navigation continues from the claim's details: the next Tab lands inside them.
    await site.page.keyboard.press('Tab');
    await expect(site.page.evaluate((id) => document.getElementById(id)?.contains(document.activeElement), `${claim.id}-details`)).resolves.toBe(true);
  });
});
