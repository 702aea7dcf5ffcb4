#!/usr/bin/env node
/**
 * Screenshots of a built site, for the README.
 *
 *   tsx scripts/screenshots.ts [DIST] [--out DIR] [--query WORDS]
 *
 * Serves DIST (default `dist`, as built by `npm run build`; it builds nothing)
 * with the plain static server of the browser tests, opens it in headless
 * Chromium (Debian's, through playwright-core; `FACTLINE_CHROMIUM` for
 * another binary) at 1200 × 900 CSS pixels, and writes to DIR (default
 * `docs/screenshots/`):
 *
 *   home.png     the home page
 *   article.png  an article, scrolled to one of its highlighted claims
 *                (an editor's verdict if there is one, else the most telling
 *                automatic status), the claim targeted as from a link
 *   claim.png    the story page of the claim with the most appearances and contradictions
 *   search.png   the search page after a query (default: the surname of the
 *                speaker with the most claims), with the status filter open
 *
 * A site built with a base path (FACTLINE_BASE) is served under that path.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { readClaimsExport } from './read-exports.ts';

export const VIEWPORT = { width: 1200, height: 900 };

interface ClaimsJson {
  articles: { slug: string; url: string }[];
  claims: { id: string; article: string; speaker: string | null; status: string; reviewed: boolean }[];
  clusters?: { id: string; appearances: string[]; contradicts: string[]; page: string | null }[];
}

/** The claim story to show: the one with the most appearances and contradictions. */
export function pickStory(data: ClaimsJson): string | null {
  const stories = (data.clusters ?? []).filter((cluster) => cluster.page !== null);
  stories.sort((a, b) => b.appearances.length + b.contradicts.length - (a.appearances.length + a.contradicts.length) || (a.id < b.id ? -1 : 1));
  return stories[0]?.page ?? null;
}

/** Which claim to show: an editor's verdict first, then the statuses that say the most. */
const STATUS_PREFERENCE = ['false', 'misleading', 'verified', 'disputed', 'corroborated', 'not-checkable', 'unverified'];

export function pickClaim(data: ClaimsJson): ClaimsJson['claims'][number] | undefined {
  const rank = (claim: ClaimsJson['claims'][number]) => {
    const index = STATUS_PREFERENCE.indexOf(claim.status);
    return (claim.reviewed ? 0 : 100) + (index === -1 ? STATUS_PREFERENCE.length : index);
  };
  return [...data.claims].sort((a, b) => rank(a) - rank(b))[0];
}

/** A query that finds something: the surname of the speaker with the most claims. */
export function defaultQuery(data: ClaimsJson): string {
  const counts = new Map<string, number>();
  for (const claim of data.claims) if (claim.speaker) counts.set(claim.speaker, (counts.get(claim.speaker) ?? 0) + 1);
  const [speaker] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['news'];
  return speaker.split(/\s+/).at(-1) ?? speaker;
}

/** The base path the site was built for, from the article URLs of claims.json ("/" when there are none). */
export function basePath(data: ClaimsJson): string {
  const url = data.articles[0]?.url;
  const index = url?.indexOf('articles/') ?? -1;
  return url && index > 0 ? url.slice(0, index) : '/';
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(150);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, query: { type: 'string' } },
  });
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(positionals[0] ?? 'dist');
  const out = resolve(values.out ?? join(projectRoot, 'docs/screenshots'));
  let data: ClaimsJson;
  try {
    // Every article, claim and cluster, through the index claims.json and its shards.
    const { articles, claims, clusters } = readClaimsExport<ClaimsJson['articles'][number], ClaimsJson['claims'][number], NonNullable<ClaimsJson['clusters']>[number]>(dist);
    data = { articles, claims, clusters };
  } catch (error) {
    process.stderr.write(`screenshots: cannot read ${join(dist, 'claims.json')} (${(error as Error).message}); build the site first (npm run build)\n`);
    return 2;
  }
  mkdirSync(out, { recursive: true });

  // Serve dist under its base path: a folder whose <base> is a link to dist.
  const base = basePath(data);
  let servedRoot = dist;
  let linkRoot: string | undefined;
  if (base !== '/') {
    linkRoot = mkdtempSync(join(tmpdir(), 'factline-screenshots-'));
    const segments = base.split('/').filter(Boolean);
    mkdirSync(join(linkRoot, ...segments.slice(0, -1)), { recursive: true });
    symlinkSync(dist, join(linkRoot, ...segments), 'dir');
    servedRoot = linkRoot;
  }
  const server = await serveStatic(servedRoot);
  const site = `${server.url}${base}`;
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const shoot = async (name: string) => {
      await settle(page);
      const file = join(out, name);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      written.push(file);
    };

    // 1. Home.
    await page.goto(site, { waitUntil: 'networkidle' });
    await shoot('home.png');

    // 2. An article, scrolled to a highlighted claim.
    const claim = pickClaim(data);
    const article = data.articles.find((a) => a.slug === claim?.article) ?? data.articles[0];
    if (article) {
      await page.goto(`${server.url}${article.url}${claim ? `#${claim.id}` : ''}`, { waitUntil: 'networkidle' });
      if (claim) {
        await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), claim.id);
      }
      await shoot('article.png');
    }

    // 3. Search: a query, results, and the status filter open.
    const query = values.query ?? defaultQuery(data);
    await page.goto(`${site}search/`, { waitUntil: 'networkidle' });
    const input = page.locator('#search input[type="text"], #search input').first();
    await input.click();
    await input.pressSequentially(query, { delay: 20 });
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    // Show the status filter (the site may already open it), else the first filter.
    const blocks = page.locator('.pagefind-ui__filter-panel details.pagefind-ui__filter-block');
    await blocks.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    const status = blocks.filter({ has: page.locator('summary', { hasText: /status/i }) });
    const filter = (await status.count()) > 0 ? status.first() : blocks.first();
    if ((await filter.count()) > 0 && (await filter.getAttribute('open')) === null) {
      await filter.locator('summary').click();
    }
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    await input.blur();
    await shoot('search.png');

    // 4. The story of a claim across outlets.
    const story = pickStory(data);
    if (story) {
      await page.goto(`${server.url}${story}`, { waitUntil: 'networkidle' });
      await shoot('claim.png');
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    if (linkRoot) rmSync(linkRoot, { recursive: true, force: true });
  }
  for (const file of written) process.stdout.write(`screenshots: wrote ${file}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
