/**
 * The editor's loop (`npm run dev`, src/integrations/factline-dev.ts) in a
 * real browser: `astro dev` on a temporary copy of `seeds/` and
 * `content/verdicts/`; an editor's verdict file is saved and the open page
 * shows the new status without a reload by the test; an invalid verdict file
 * shows its message in the error overlay while the server keeps running; the
 * fix clears it.
 *
 * It does not use the fixture build of the other e2e tests. Astro keeps the
 * dev server's content store in the project's `.astro/` whatever the content
 * folder, so another Astro build or dev server in the same checkout at the
 * same time can disturb it (the e2e project runs its files one at a time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { root } from './support/paths.ts';

const hasBrowser = browserAvailable();

/** The dev server through Astro's API: its own Vite cache, no dev toolbar, no update check. */
const ASTRO_DEV = `
const { dev } = await import('astro');
await dev({
  root: process.cwd(),
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: Number(process.env.FACTLINE_TEST_PORT) },
  vite: { cacheDir: process.env.FACTLINE_TEST_VITE_CACHE, logLevel: 'warn' },
});
`;

/** The environment without Vitest's variables: under VITEST, Astro's dev server serves no pages. */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST') clean[name] = value;
  }
  return clean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What the dev server printed and the page did, for failure messages. */
let log = '';
const started = Date.now();
const note = (line: string) => (log += `[+${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error; // the page may be reloading
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}\n--- astro dev output and page events ---\n${log}`,
  );
}

/** The title, message and hint of the dev server's error overlay (Astro's \`vite-error-overlay\`), or null when none is shown. */
function overlayText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const overlay = document.querySelector('vite-error-overlay');
    if (!overlay) return null;
    const part = (selector: string) => overlay.shadowRoot?.querySelector(selector)?.textContent ?? '';
    return [part('#title'), part('#message-content'), part('#hint-content')].join('\n');
  });
}

describe.skipIf(!hasBrowser)('npm run dev: the editor loop', () => {
  let work: string;
  let server: ChildProcess;
  let output = ''; // the dev server's terminal
  let origin: string;
  let browser: Browser;
  let page: Page;
  let slug: string;
  let verdictFile: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'factline-dev-'));
    cpSync(join(root, 'seeds'), join(work, 'seeds'), { recursive: true });
    const verdicts = join(root, 'content/verdicts');
    if (existsSync(verdicts)) cpSync(verdicts, join(work, 'content/verdicts'), { recursive: true });
    mkdirSync(join(work, 'content/verdicts'), { recursive: true });

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--input-type=module', '-e', ASTRO_DEV], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...outsideVitest(process.env),
        FACTLINE_SEEDS_DIR: join(work, 'seeds'),
        FACTLINE_CONTENT_DIR: join(work, 'content'),
        FACTLINE_TEST_PORT: String(port),
        FACTLINE_TEST_VITE_CACHE: join(work, 'vite-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    for (const stream of [server.stdout, server.stderr]) {
      stream?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        for (const line of chunk.split('\n')) if (line.trim() !== '') note(line);
      });
    }

    browser = await launchBrowser();
    await waitUntil(`the dev server at ${origin}`, 45_000, async () => {
      if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}:\n${output}`);
      return (await fetch(`${origin}/`)).ok;
    });
    // The integration's first ingest wrote the pages into the temporary content folder.
    const pages = readdirSync(join(work, 'content/articles')).filter((name) => name.endsWith('.mdx')).sort();
    expect(pages.length).toBeGreaterThan(1);
    slug = pages[0]!.replace(/\.mdx$/, '');
    verdictFile = join(work, 'content/verdicts', `${slug}.yaml`);
    page = await browser.newPage();
    let lastNavigation = Date.now();
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      lastNavigation = Date.now();
      note(`page: navigated to ${frame.url()}`);
    });
    await page.goto(`${origin}/articles/${slug}/`);
    // The first visit may be reloaded once (the content store written, dependencies optimized): let it settle.
    await waitUntil('the page to settle', 30_000, async () => Date.now() - lastNavigation > 1500 && (await page.evaluate(() => document.readyState === 'complete')));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows a saved verdict on the open page, rewriting only that article', async () => {
    const claim = await waitUntil('a claim on the article page', 10_000, () =>
      page.evaluate(() => {
        const mark = document.querySelector<HTMLElement>('mark.claim[data-status]:not([data-status="false"])');
        return mark ? { id: mark.id, status: mark.dataset.status } : undefined;
      }),
    );
    const others = readdirSync(join(work, 'content/articles')).filter((name) => name.endsWith('.mdx') && name !== `${slug}.mdx`);
    const before = new Map(others.map((name) => [name, statSync(join(work, 'content/articles', name)).mtimeMs]));

    writeFileSync(
      verdictFile,
      [
        `${claim.id}:`,
        '  status: false',
        '  note: "Checked against the ministry records: it did not happen."',
        '  evidence:',
        '    - url: https://example.org/ministry-records',
        '      title: Ministry records',
        '  reviewed: 2025-12-01',
        '',
      ].join('\n'),
    );
    const saved = Date.now();
    // The claim in the text (the MDX body) and its entry in the claim list (the frontmatter) both update.
    await waitUntil(`claim ${claim.id} to show the status "false" and the editor's note`, 10_000, () =>
      page.evaluate(
        (id) =>
          document.getElementById(id)?.dataset.status === 'false' &&
          (document.getElementById(`${id}-details`)?.textContent ?? '').includes('Checked against the ministry records'),
        claim.id,
      ),
    );
    console.info(`dev loop: the verdict showed on the open page ${Date.now() - saved} ms after the file was saved`);
    expect(await page.locator(`[id="${claim.id}-details"] .status`).first().getAttribute('data-status')).toBe('false');
    for (const [name, mtime] of before) expect(statSync(join(work, 'content/articles', name)).mtimeMs, `${name} untouched`).toBe(mtime);
  });

  it('shows an invalid verdict file in the overlay and the terminal, keeps serving, and clears it when fixed', async () => {
    const valid = readFileSync(verdictFile, 'utf8');
    writeFileSync(verdictFile, valid.replace('status: false', 'status: fals'));
    const text = await waitUntil('the error overlay', 10_000, async () => {
      const shown = await overlayText(page);
      return shown && shown.includes('fals') ? shown : undefined;
    });
    expect(text).toContain(`${slug}.yaml`);
    expect(text).toContain('Unexpected fals for');
    expect(text).toContain('expected one of: unverified');
    expect(output).toMatch(/verdict file\(s\) are invalid/);
    expect(output).toContain(`${slug}.yaml`);

    // The server keeps running, and a page opened now shows the error too.
    expect(server.exitCode).toBeNull();
    const response = await fetch(`${origin}/articles/${slug}/`);
    expect(response.status, `GET the article while the error stands\n${log}`).toBe(200);
    const second = await browser.newPage();
    try {
      await second.goto(`${origin}/`);
      await waitUntil('the error overlay on a newly opened page', 10_000, async () => (await overlayText(second))?.includes('fals'));
    } finally {
      await second.close();
    }

    // Fixing the file clears the overlay and the page shows the fixed verdict.
    const claimId = valid.split(':')[0]!;
    writeFileSync(verdictFile, valid.replace('status: false', 'status: disputed'));
    await waitUntil('the overlay to go and the fixed status to show', 10_000, async () => {
      const shown = await overlayText(page);
      const status = await page.evaluate((id) => document.getElementById(id)?.dataset.status, claimId);
      return shown === null && status === 'disputed';
    });
    expect(server.exitCode).toBeNull();
  });
});
