/**
 * Search on the built fixture site: Pagefind indexes the article pages only,
 * each claim is a sub-result that lands on its anchor, the filter panel
 * offers status, speaker and publisher, a status filter narrows the results,
 * and no status label or filter value leaks into the indexed text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { STATUS_INFO, STATUSES } from '../../scripts/status.ts';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string; publisher: string | null }[];
  claims: { id: string; article: string; text: string; status: keyof typeof STATUS_INFO; speaker: string | null; worthiness: { score: number } }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);
const articleByUrl = new Map(claimsJson.articles.map((article) => [article.url, article]));
const LABELS = STATUSES.map((status) => STATUS_INFO[status].label);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The text of an article body as a reader sees it: no badges, nothing hidden. */
function readableBodyText(url: string): string {
  const { document } = parseHTML(readFileSync(join(fixtureDist, url, 'index.html'), 'utf8'));
  const body = document.querySelector('[data-pagefind-body]')!;
  for (const added of body.querySelectorAll('.claim__badge, [hidden]')) added.remove();
  return body.textContent ?? '';
}

const countOf = (text: string, word: string) => text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;

/**
 * A claim and a word of it that occurs nowhere else in any article body, so
 * that searching for it can only land on that claim.
 */
function claimWithUniqueWord(): { claim: ClaimsJson['claims'][number]; word: string } {
  const bodies = claimsJson.articles.map((article) => readableBodyText(article.url).toLowerCase()).join('\n');
  for (const claim of claimsJson.claims) {
    for (const word of claim.text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []) {
      // Also rules out longer words that share its stem (Pagefind stems the index).
      if (bodies.split(word.slice(0, -2)).length === 2) return { claim, word };
    }
  }
  throw new Error('no claim has a word of its own in the fixture articles');
}

describe('the search index', () => {
  it('holds the article pages and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(fixtureDist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(claimsJson.articles.length);
    const report = JSON.parse(readFileSync(join(fixtureDist, 'build-report.json'), 'utf8')) as { pagefind: { pages: number } | null };
    expect(report.pagefind).toEqual({ pages: claimsJson.articles.length });

    const withBody = htmlFiles(fixtureDist)
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${relative(fixtureDist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .sort();
    expect(withBody).toEqual(claimsJson.articles.map((article) => article.url).sort());
  });

  it('makes every claim an anchor titled for search, inside the indexed body', () => {
    for (const article of claimsJson.articles) {
      const { document } = parseHTML(readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8'));
      const marks = [...document.querySelectorAll('[data-pagefind-body] mark.claim[data-pagefind-title]')];
      expect(marks.map((mark) => mark.id).sort(), article.url).toEqual(
        claimsJson.claims.filter((claim) => claim.article === article.slug).map((claim) => claim.id).sort(),
      );
      for (const mark of marks) expect(mark.getAttribute('data-pagefind-title'), mark.id).toMatch(/\S \([^()]+\)$/);
    }
  });
});

describe.runIf(browserAvailable())('search in Chromium', () => {
  const site = useSite(fixtureDist);

  async function search(term: string): Promise<void> {
    await site.page.goto(`${site.url}/search/`);
    await site.page.getByLabel('Words to search for').fill(term);
    await site.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  }

  /** The number in "N results for …", once it has settled. */
  async function resultCount(): Promise<number> {
    const message = site.page.locator('.pagefind-ui__message');
    await message.filter({ hasText: /results? for/ }).waitFor();
    return Number(/^(\d+) results? for/.exec(await message.innerText())?.[1]);
  }

  it('lands on the claim’s anchor from its sub-result', async () => {
    const { claim, word } = claimWithUniqueWord();
    const article = claimsJson.articles.find((entry) => entry.slug === claim.article)!;
    await search(word);
    expect(await resultCount()).toBe(1);
    const subResult = site.page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
    await subResult.first().waitFor();
    const hrefs = await subResult.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs, `searching for "${word}"`).toEqual([`${article.url}#${claim.id}`]);
    await expect(subResult.innerText()).resolves.toContain(`(${STATUS_INFO[claim.status].label})`);
    const excerpt = await site.page.locator('.pagefind-ui__result-nested .pagefind-ui__result-excerpt').innerText();
    expect(excerpt.toLowerCase()).toContain(word);
    for (const label of LABELS) expect(countOf(excerpt, label), label).toBe(countOf(claim.text, label));

    await subResult.click();
    await site.page.waitForURL(`**${article.url}#${claim.id}`);
    const mark = site.page.locator(`mark#${claim.id}`);
    await expect(mark.textContent()).resolves.toBe(claim.text);
    await expect(mark.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
  });

  it('shows status, speaker and publisher filters, with readable values', async () => {
    await search('Pokrovsk');
    const names = await site.page.locator('.pagefind-ui__filter-name').evaluateAll((summaries) => summaries.map((summary) => summary.textContent?.trim()));
    expect(names).toEqual(['Publisher', 'Speaker', 'Status']);
    const values = (group: string) =>
      site.page.locator(`.pagefind-ui__filter-checkbox[name="${group}"]`).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    const statuses = new Set(claimsJson.claims.map((claim) => STATUS_INFO[claim.status].label));
    await expect(values('status')).resolves.toEqual([...statuses].sort());
    await expect(values('speaker')).resolves.toContain('Vladimir Putin');
    await expect(values('publisher')).resolves.toContain('The Independent');
    // The status group is open from the start; its options read as labels.
    await expect(site.page.getByRole('checkbox', { name: /^Unverified \(\d+\)$/ }).isVisible()).resolves.toBe(true);
  });

  it('narrows the results to articles with a claim of the chosen status', async () => {
    await search('said');
    const all = await resultCount();
    const disputed = new Set(claimsJson.claims.filter((claim) => claim.status === 'disputed').map((claim) => claim.article));
    expect(disputed.size).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(disputed.size);

    await site.page.getByRole('checkbox', { name: /^Disputed \(\d+\)$/ }).check();
    await site.page.locator('.pagefind-ui__message').filter({ hasNotText: new RegExp(`^${all} results`) }).waitFor();
    const narrowed = await resultCount();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(disputed.size);
    const urls = await site.page
      .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(urls).toHaveLength(narrowed);
    for (const url of urls) expect(disputed.has(articleByUrl.get(url!)?.slug ?? ''), url!).toBe(true);
    await expect(site.page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^${narrowed} results? for said$`));
  });

  it('sorts the results by their most check-worthy claim when the reader chooses it, keeping the words searched for', async () => {
    const best = new Map<string, number>();
    for (const claim of claimsJson.claims) best.set(claim.article, Math.max(best.get(claim.article) ?? 0, claim.worthiness.score));
    const top = () =>
      site.page
        .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    await search('said');
    const byRelevance = await top();
    await site.page.getByLabel('Sort results by').selectOption('worthiness');
    await site.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expect(site.page.getByLabel('Words to search for').inputValue()).resolves.toBe('said');
    await site.page.waitForFunction((before) => {
      const links = [...document.querySelectorAll('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')];
      return links.length > 0 && links.map((link) => link.getAttribute('href')).join() !== before;
    }, byRelevance.join(), { timeout: 15_000 }).catch(() => {});
    const sorted = (await top()).map((url) => best.get(articleByUrl.get(url)!.slug)!);
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it('runs and renders nothing from a hostile publisher, speaker or headline, with every filter group open', async () => {
    // tests/fixtures/seeds/hostile-filters.txt: a headline and a dateline with markup, a sidecar
    // publisher that is markup, and a desk alias (tests/fixtures/aliases.yaml) whose name is markup.
    const dialogs: string[] = [];
    site.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const term of ['zebrafinch', 'harbour', 'Zebrowski']) {
      await search(term);
      for (const block of await site.page.locator('details.pagefind-ui__filter-block').all()) {
        if (!(await block.evaluate((element) => (element as HTMLDetailsElement).open))) await block.locator('summary').click();
        await expect(block.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(true);
      }
      await site.page.locator('.pagefind-ui__filter-label').first().waitFor();
      await expect(site.page.evaluate(() => (window as unknown as { __factlineXss?: string }).__factlineXss ?? null), term).resolves.toBeNull();
      await expect(site.page.locator('#search img, #search script, #search iframe, #search [onerror]').count(), term).resolves.toBe(0);
      const labels = await site.page.locator('.pagefind-ui__filter-label').allInnerTexts();
      // No label holds markup. The speaker (a desk alias) is shown as text, its markup characters in
      // their full-width forms (src/lib/pagefind-ui.ts); a publisher that is markup is not taken as a
      // publisher at all (the ingest keeps publishers plain text), so it cannot reach a filter.
      expect(labels.filter((label) => /[<>]/u.test(label)), labels.join(' | ')).toEqual([]);
      expect(labels.some((label) => label.startsWith(`＜img src=x onerror="window.__factlineXss='speaker'"＞`)), `speaker in ${labels.join(' | ')}`).toBe(true);
    }
    const titles = await site.page.locator('.pagefind-ui__result-title').allInnerTexts();
    expect(titles.some((title) => title.includes(`<img src=x onerror="window.__factlineXss='headline'">`)), titles.join(' | ')).toBe(true);
    expect(dialogs).toEqual([]);
    expect(site.pageErrors).toEqual([]);
  });

  it('indexes no status label or filter value as article text', async () => {
    await site.page.goto(`${site.url}/search/`);
    // Pagefind's own JS API, as a string: Vitest would rewrite an `import()` in a function.
    const indexed = (await site.page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${site.url}/pagefind/pagefind.js`)});
      const publishers = Object.keys((await pagefind.filters()).publisher ?? {});
      const { results } = await pagefind.search(null, { filters: { publisher: { any: publishers } } });
      return Promise.all(results.map(async (result) => {
        const { url, content } = await result.data();
        return { url, content };
      }));
    })()`)) as { url: string; content: string }[];
    expect(indexed.map((entry) => entry.url).sort()).toEqual(claimsJson.articles.map((article) => article.url).sort());
    for (const { url, content } of indexed) {
      const readable = readableBodyText(url);
      for (const label of LABELS) expect(countOf(content, label), `${label} in ${url}`).toBe(countOf(readable, label));
    }
    expect(site.pageErrors).toEqual([]);
  });
});
