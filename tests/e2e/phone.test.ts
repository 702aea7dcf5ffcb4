/**
 * At 390 × 844 (a phone) in Chromium: no list, article or claim page scrolls
 * sideways, the claims tables show each row's speaker and publisher within
 * the screen, and axe finds no violation on a claim's story page. Also the
 * article page's check-worthiness marks: check-worthy claims stand out, the
 * others stay quiet but are still anchors.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { WORTHINESS_THRESHOLD } from '../../scripts/worthiness.ts';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDTH = 390;

interface ClaimsJson {
  articles: { seed: string; url: string }[];
  claims: { id: string; article: string; worthiness: { score: number } }[];
  clusters: { appearances: string[]; page: string | null }[];
}
const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);
const article = claimsJson.articles.find((a) => a.seed === '000_f77de8f682c93f7c.txt')!;
const story = [...claimsJson.clusters].filter((c) => c.page).sort((a, b) => b.appearances.length - a.appearances.length)[0]!.page!;

describe.runIf(browserAvailable())('on a phone, 390 px wide, in Chromium', () => {
  const site = useSite(fixtureDist);

  async function open(path: string) {
    await site.page.setViewportSize({ width: WIDTH, height: 844 });
    const response = await site.page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(200);
  }

  const scrollWidth = () => site.page.evaluate(() => document.scrollingElement!.scrollWidth);

  it.each([['/claims/'], ['/claims/by-worthiness/'], [article.url], [story], ['/'], ['/methodology/']])('%s does not scroll sideways', async (path) => {
    await open(path);
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
  });

  it.each([['/claims/'], ['/claims/by-worthiness/']])('%s shows every row’s speaker and publisher without scrolling sideways', async (path) => {
    await open(path);
    const cells = await site.page.evaluate(() =>
      [...document.querySelectorAll('.claim-table tbody tr')].slice(0, 50).flatMap((row) =>
        [...row.querySelectorAll('td')]
          .filter((cell) => ['Speaker', 'Publisher'].includes(cell.dataset.label ?? ''))
          .map((cell) => {
            const box = cell.getBoundingClientRect();
            const style = getComputedStyle(cell, '::before');
            return { label: cell.dataset.label, left: box.left, right: box.right, width: box.width, text: cell.textContent?.trim() ?? '', before: style.content };
          }),
      ),
    );
    expect(cells.length).toBeGreaterThanOrEqual(2);
    for (const cell of cells) {
      expect(cell.width, `${cell.label} "${cell.text}"`).toBeGreaterThan(0);
      expect(cell.left).toBeGreaterThanOrEqual(0);
      expect(cell.right, `${cell.label} "${cell.text}"`).toBeLessThanOrEqual(WIDTH);
      // Stacked, each cell says which column it is.
      expect(cell.before).toContain(cell.label);
    }
  });

  it('the article marks its check-worthy claims and keeps the others quiet but anchored', async () => {
    await open(article.url);
    const scores = new Map(claimsJson.claims.map((claim) => [claim.id, claim.worthiness.score]));
    const marks = await site.page.evaluate(() =>
      [...document.querySelectorAll('mark.claim')].map((mark) => ({
        id: mark.id,
        worthy: mark.classList.contains('claim--worthy'),
        quiet: mark.classList.contains('claim--quiet'),
        badge: mark.nextElementSibling?.textContent ?? '',
        background: getComputedStyle(mark).backgroundColor,
      })),
    );
    expect(marks.some((m) => m.worthy)).toBe(true);
    expect(marks.some((m) => m.quiet)).toBe(true);
    for (const mark of marks) {
      expect(mark.worthy, mark.id).toBe(scores.get(mark.id)! >= WORTHINESS_THRESHOLD);
      expect(mark.quiet).toBe(!mark.worthy);
      // Not colour alone: the check-worthy badge says so in words; a quiet claim has no highlight.
      expect(mark.badge.includes('Check-worthy'), mark.id).toBe(mark.worthy);
      if (mark.quiet) expect(mark.background).toBe('rgba(0, 0, 0, 0)');
    }
    // A quiet claim is still an anchor: following a link to it lands on it.
    const quiet = marks.find((m) => m.quiet)!;
    await site.page.goto(`${site.url}/`);
    await site.page.goto(`${site.url}${article.url}#${quiet.id}`);
    expect(await site.page.evaluate(() => document.querySelector(':target')?.id)).toBe(quiet.id);
  });

  it('axe finds no violations on a claim’s story page', async () => {
    await open(story);
    await site.page.addScriptTag({ path: AXE_PATH });
    const results = await site.page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
