/**
 * Debian's Chromium driven by playwright-core. Without a Chromium the
 * browser tests skip with a message, except under CI=true, where a missing
 * browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM_PATH = process.env.FACTLINE_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (install it with \`apt-get install -y chromium\`, or set FACTLINE_CHROMIUM).`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests cannot be skipped under CI=true.`);
  console.warn(`Skipping browser tests: ${message}`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface SiteSession {
  /** The served site's origin (and base path, when given). */
  readonly url: string;
  /** One Chromium page, shared by the tests of the describe block. */
  readonly page: Page;
  /** Uncaught errors of the page's scripts, for tests that allow none. */
  readonly pageErrors: string[];
}

/**
 * Serves `dist` from the plain static server and opens one Chromium page for
 * the tests of the enclosing describe block; both are closed after it.
 */
export function useSite(dist: string): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useSite: the site is not served yet (use it inside a test)');
      return server.url;
    },
    get page() {
      if (!page) throw new Error('useSite: the browser is not open yet (use it inside a test)');
      return page;
    },
    pageErrors,
  };
}
