/**
 * The site built for a base path (`FACTLINE_BASE=/factline/`) and served
 * under it, like a GitHub Pages project site: a plain static server answers
 * only under `/factline/`, so any URL the site forgot to prefix is a 404.
 * Its exports are built in small shards (FACTLINE_EXPORT_SHARD_CLAIMS, …), so
 * that a consumer walks several of them over HTTP, under the base path.
 * The fixture is built into a folder of its own, with an Astro cache of its
 * own, so the main fixture build is left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { buildFixtureSite, type FixtureBuild } from './support/build-fixture-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { readClaimsJson } from './support/claims-json.ts';
import { fixtureDist } from './support/paths.ts';

const BASE = '/factline/';
const SHARD_CLAIMS = 20;
const SHARD_CLUSTERS = 30;
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string }[];
  claims: { id: string; article: string; text: string }[];
}

describe.runIf(browserAvailable())(`the site built for and served under ${BASE}`, () => {
  let folder: string;
  let build: FixtureBuild;
  let claimsJson: ClaimsJson;
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  /** Every failed request of the current test: `404 http://…/x.css`. */
  let failures: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factline-subpath-'));
    build = buildFixtureSite({
      workDir: join(folder, 'site'),
      cacheDir: join(folder, 'astro-cache'),
      // Vitest puts Vite's own variables in the test's environment (BASE_URL=/, MODE, NODE_ENV=test…);
      // the build would inherit them, and Astro takes BASE_URL from there over the configured base.
      env: {
        FACTLINE_BASE: BASE,
        FACTLINE_EXPORT_SHARD_CLAIMS: String(SHARD_CLAIMS),
        FACTLINE_EXPORT_SHARD_CLUSTERS: String(SHARD_CLUSTERS),
        ...Object.fromEntries(VITE_ENV.map((name) => [name, undefined])),
      },
    });
    claimsJson = readClaimsJson<ClaimsJson>(build.dist);
    server = await serveStatic(build.dist, { basePath: BASE });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  }, 300_000);

  afterEach(() => {
    const seen = failures;
    failures = [];
    expect(seen, 'failed requests').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const site = (path = '') => `${server.url}${BASE}${path.replace(/^\//, '')}`;

  /** Every root-relative URL in the page's links, scripts, images and stylesheets. */
  const rootRelativeUrls = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[href], [src]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((url) => url.startsWith('/') && !url.startsWith('//')),
    );

  async function expectStyled(): Promise<void> {
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(stylesheet).toBe(`${BASE}factline.css`);
    // --paper from factline.css: the stylesheet loaded and applies.
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(253, 253, 251)');
  }

  it('serves nothing outside the base path', async () => {
    for (const path of ['/', '/factline.css', '/claims.json', claimsJson.articles[0]!.url.slice(BASE.length - 1)]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
    }
    expect((await fetch(site('claims.json'))).status).toBe(200);
  });

  it('writes claims.json urls with the base path, each leading to its page', async () => {
    for (const article of claimsJson.articles) {
      expect(article.url, article.slug).toMatch(new RegExp(`^${BASE}articles/${article.slug}/$`));
      expect((await fetch(`${server.url}${article.url}`)).status, article.url).toBe(200);
    }
  });

  it('serves every claim and annotation through the index, in shards under the base path: the same as the one-shard build', async () => {
    const json = async <T>(url: string): Promise<T> => {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      // Since version 3 the shards and annotation pages are gzip files: read them decompressed, as a consumer does.
      if (!url.endsWith('.gz')) return (await response.json()) as T;
      return JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')) as T;
    };
    type Index = { url: string; limits: { claims: number; clusters: number }; shards: { url: string; claims: number }[]; clusters: { url: string }[] };
    const index = await json<Index>(site('claims.json'));
    expect(index.url).toBe(`${BASE}claims.json`);
    expect(index.limits).toMatchObject({ claims: SHARD_CLAIMS, clusters: SHARD_CLUSTERS });
    expect(index.shards.length).toBeGreaterThan(2);
    expect(index.clusters.length).toBeGreaterThan(1);
    const claims: { id: string; text: string; status: string; page: string | null }[] = [];
    for (const shard of index.shards) {
      expect(shard.url).toMatch(new RegExp(`^${BASE}claims/shard-\\d+\\.json\\.gz$`));
      const file = await json<{ index: string; claims: typeof claims }>(`${server.url}${shard.url}`);
      expect(file.index).toBe(`${BASE}claims.json`);
      expect(file.claims.length).toBeLessThanOrEqual(SHARD_CLAIMS);
      claims.push(...file.claims);
    }
    const clusters: { id: string; appearances: string[] }[] = [];
    for (const shard of index.clusters) {
      expect(shard.url).toMatch(new RegExp(`^${BASE}claims/clusters-\\d+\\.json\\.gz$`));
      clusters.push(...(await json<{ clusters: typeof clusters }>(`${server.url}${shard.url}`)).clusters);
    }
    for (const claim of claims) if (claim.page) expect((await fetch(`${server.url}${claim.page}`)).status, claim.page).toBe(200);

    // The annotations: absolute URLs under the site and its base path, one page after the other.
    const origin = 'https://factline.example';
    const local = (url: string) => {
      expect(url.startsWith(`${origin}${BASE}`), url).toBe(true);
      return `${server.url}${url.slice(origin.length)}`;
    };
    const collection = await json<{ id: string; total: number; first: string; last: string }>(site('annotations.jsonld'));
    expect(collection.id).toBe(`${origin}${BASE}annotations.jsonld`);
    const annotations: { id: string }[] = [];
    let pages = 0;
    for (let url: string | undefined = collection.first; url; ) {
      const annotationPage: { id: string; next?: string; startIndex: number; items: { id: string }[] } = await json(local(url));
      expect(annotationPage.startIndex).toBe(annotations.length);
      annotations.push(...annotationPage.items);
      pages += 1;
      if (!annotationPage.next) expect(annotationPage.id).toBe(collection.last);
      url = annotationPage.next;
    }
    expect(pages).toBe(index.shards.filter((shard) => shard.claims > 0).length);
    expect(annotations).toHaveLength(collection.total);

    // Split or not, the same claims, clusters and annotations, in the same order.
    const whole = readClaimsJson<{ articles: unknown[]; claims: { id: string; text: string; status: string }[]; clusters: { id: string; appearances: string[] }[] }>(fixtureDist);
    expect(claims.map(({ id, text, status }) => [id, text, status])).toEqual(whole.claims.map(({ id, text, status }) => [id, text, status]));
    expect(clusters.map(({ id, appearances }) => [id, appearances])).toEqual(whole.clusters.map(({ id, appearances }) => [id, appearances]));
    expect(annotations.map((annotation) => annotation.id.split('#')[1])).toEqual(whole.claims.map((claim) => claim.id));
  });

  it('goes from the home page to an article, styled, every link under the base path', async () => {
    await page.goto(site());
    await expectStyled();
    for (const url of await rootRelativeUrls()) expect(url, 'home page').toMatch(new RegExp(`^${BASE}`));

    const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;
    await page.locator(`[data-slug="${independent.slug}"] h2 a`).click();
    await page.waitForURL(`${server.url}${independent.url}`);
    await expectStyled();
    for (const url of await rootRelativeUrls()) expect(url, independent.url).toMatch(new RegExp(`^${BASE}`));
    await page.getByRole('link', { name: 'Claims', exact: true }).first().click();
    await page.waitForURL(site('claims/'));
    await expectStyled();
  });

  it('follows claim anchors both ways on an article page', async () => {
    const article = claimsJson.articles.find((entry) => entry.seed === '000_f77de8f682c93f7c.txt')!;
    const claim = claimsJson.claims.find((entry) => entry.article === article.slug)!;
    await page.goto(`${server.url}${article.url}`);
    await page.locator(`mark#${claim.id} + a.claim__badge`).click();
    await page.waitForURL(`${server.url}${article.url}#${claim.id}-details`);
    await page.locator(`#${claim.id}-details a[href="#${claim.id}"]`).click();
    await page.waitForURL(`${server.url}${article.url}#${claim.id}`);
    await expect(page.locator(`mark#${claim.id}`).evaluate((mark) => mark.matches(':target'))).resolves.toBe(true);

    // A claim link from another page: the claims page links each claim to its anchor.
    await page.goto(site('claims/'));
    const link = page.locator(`main a[href="${article.url}#${claim.id}"]`).first();
    await link.click();
    await page.waitForURL(`${server.url}${article.url}#${claim.id}`);
    await expect(page.locator(`mark#${claim.id}`).textContent()).resolves.toBe(claim.text);
  });

  it('searches, with every result and sub-result link under the base path', async () => {
    await page.goto(site('search/'));
    await expectStyled();
    await page.getByLabel('Words to search for').fill('Pokrovsk');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${BASE}(articles/[a-z0-9-]+/(#c-[0-9a-f]+)?|claim/k-[0-9a-f]+/)$`));
    expect(links.some((link) => link.startsWith(`${BASE}claim/`)), 'a claim page among the results').toBe(true);

    const subResult = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
    const href = (await subResult.getAttribute('href'))!;
    await subResult.click();
    await page.waitForURL(`${server.url}${href}`);
    await expect(page.locator(`mark#${href.split('#')[1]}`).count()).resolves.toBe(1);
    await expectStyled();
  });
});
