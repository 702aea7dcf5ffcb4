/**
 * Search on the built fixture site: Pagefind indexes the article pages and
 * the claim pages, each claim is a sub-result that lands on its anchor, a
 * search for the words of a claim that has its own page lists that page
 * first, the filter panel offers status, speaker and publisher, the filters
 * narrow articles and claim pages alike, and no status label or filter value
 * leaks into the indexed text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { STATUS_INFO, STATUSES, statusLabel, type ClaimKind } from '../../scripts/status.ts';
import { browserAvailable, useSite } from './support/browser.ts';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface ClaimsJson {
  articles: { slug: string; seed: string; url: string; publisher: string | null }[];
  claims: { id: string; article: string; text: string; status: keyof typeof STATUS_INFO; speaker: string | null; worthiness: { score: number }; cluster: string; page: string | null }[];
  clusters: { id: string; summary: string; kind: ClaimKind; status: keyof typeof STATUS_INFO; appearances: string[]; page: string | null }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);
const articleByUrl = new Map(claimsJson.articles.map((article) => [article.url, article]));
const claimById = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
/** The clusters with a claim page, which Pagefind indexes beside the articles. */
const claimPages = claimsJson.clusters.filter((cluster): cluster is typeof cluster & { page: string } => cluster.page !== null);
const claimPageByUrl = new Map(claimPages.map((cluster) => [cluster.page, cluster]));
const indexedUrls = [...claimsJson.articles.map((article) => article.url), ...claimPages.map((cluster) => cluster.page)].sort();
const LABELS = STATUSES.map((status) => STATUS_INFO[status].label);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The indexed text of a page (an article's body, a claim page's parts) as a reader sees it: no badges, nothing hidden. */
function readableBodyText(url: string): string {
  const { document } = parseHTML(readFileSync(join(fixtureDist, url, 'index.html'), 'utf8'));
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  for (const body of bodies) for (const added of body.querySelectorAll('.claim__badge, [hidden]')) added.remove();
  return bodies.map((body) => body.textContent ?? '').join(' ');
}

const countOf = (text: string, word: string) => text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;

/**
 * A claim with no claim page of its own and a word of it that occurs nowhere
 * else in any indexed page, so that searching for it can only land on that
 * claim's anchor in its article.
 */
function claimWithUniqueWord(): { claim: ClaimsJson['claims'][number]; word: string } {
  const bodies = indexedUrls.map((url) => readableBodyText(url).toLowerCase()).join('\n');
  for (const claim of claimsJson.claims.filter((entry) => entry.page === null)) {
    for (const word of claim.text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []) {
      // Also rules out longer words that share its stem (Pagefind stems the index).
      if (bodies.split(word.slice(0, -2)).length === 2) return { claim, word };
    }
  }
  throw new Error('no claim has a word of its own in the fixture articles');
}

describe('the search index', () => {
  it('holds the article pages and the claim pages, and nothing else', () => {
    expect(claimPages.length).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(join(fixtureDist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(indexedUrls.length);
    const report = JSON.parse(readFileSync(join(fixtureDist, 'build-report.json'), 'utf8')) as { pagefind: { pages: number } | null };
    expect(report.pagefind).toEqual({ pages: indexedUrls.length });

    const withBody = htmlFiles(fixtureDist)
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${relative(fixtureDist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .sort();
    expect(withBody).toEqual(indexedUrls);
  });

  it('indexes a claim page by the claim’s words only, with no sub-results, the appearances weighted up', () => {
    for (const cluster of claimPages) {
      const { document } = parseHTML(readFileSync(join(fixtureDist, cluster.page, 'index.html'), 'utf8'));
      const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
      expect(bodies[0]?.tagName, cluster.id).toBe('H1');
      // No heading with an id, no element with a title: a claim page is one result.
      for (const body of bodies) {
        expect(body.hasAttribute('id') || body.querySelector('[id]') !== null, cluster.id).toBe(false);
        expect(body.querySelector('.status'), `${cluster.id}: no status badge in the indexed text`).toBeNull();
      }
      const quotes = document.querySelectorAll('blockquote[data-pagefind-body]');
      expect([...quotes].map((quote) => quote.getAttribute('data-pagefind-weight')), cluster.id).toEqual(cluster.appearances.map(() => '2'));
    }
  });

  it('makes every claim an anchor titled for search, inside the indexed body', () => {
    for (const article of claimsJson.articles) {
      const { document } = parseHTML(readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8'));
      const marks = [...document.querySelectorAll('[data-pagefind-body] mark.claim[data-pagefind-title]')];
      expect(marks.map((mark) => mark.id).sort(), article.url).toEqual(
        claimsJson.claims.filter((claim) => claim.article === article.slug).map((claim) => claim.id).sort(),
      );
      for (const mark of marks) {
        expect(mark.getAttribute('data-pagefind-title'), mark.id).toMatch(/\S \([^()]+\)$/);
        // The article's copy of a claim told on its own page counts for less, so that page ranks first.
        expect(mark.getAttribute('data-pagefind-weight'), mark.id).toBe(claimById.get(mark.id)!.page === null ? null : '0.5');
      }
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

  /** The links of the results (not of their sub-results), in order. */
  const resultLinks = () =>
    site.page
      .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

  /** Every result's link, pressing "Load more results" until the UI shows them all (it shows 5 at first). */
  async function allResultLinks(count: number): Promise<string[]> {
    const LINKS = '.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link';
    for (;;) {
      // A result gets its link when its fragment has loaded, which on a loaded machine comes after the count:
      // wait for every shown result's link, or for the "Load more results" button.
      await site.page.waitForFunction(
        ([selector, n]) => document.querySelectorAll(selector as string).length >= (n as number) || document.querySelector('.pagefind-ui__button') !== null,
        [LINKS, count] as const,
        { timeout: 15_000 },
      );
      const links = await resultLinks();
      if (links.length >= count) return links;
      const shown = await site.page.locator('.pagefind-ui__result').count();
      await site.page.locator('.pagefind-ui__button').click();
      await site.page.waitForFunction((before) => document.querySelectorAll('.pagefind-ui__result').length > before, shown, { timeout: 15_000 });
    }
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

  it('lists a claim’s own page first for its words, titled with its summary and status, and reaches it', async () => {
    // Every claim told on a claim page, by the words of each appearance (as its article has them) and by the page's summary.
    const searches = [
      ...claimsJson.claims.filter((claim) => claim.page !== null).map((claim) => ({ term: claim.text, page: claim.page! })),
      ...claimPages.map((cluster) => ({ term: cluster.summary, page: cluster.page })),
    ];
    expect(searches.length).toBeGreaterThan(claimPages.length);
    for (const { term, page } of searches) {
      await search(term);
      await resultCount();
      const links = await resultLinks();
      expect(links[0], `searching for ${JSON.stringify(term)}: ${links.join(' ')}`).toBe(page);
      const cluster = claimPageByUrl.get(page)!;
      const title = site.page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').first();
      await expect(title.innerText()).resolves.toBe(`${cluster.summary} (${statusLabel(cluster.status, cluster.kind)})`);
      // One result, no sub-results: a claim page has no anchors in its index.
      await expect(site.page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-nested').count()).resolves.toBe(0);
    }
    const last = searches.at(-1)!;
    await site.page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').first().click();
    await site.page.waitForURL(`**${last.page}`);
    await expect(site.page.locator('h1').textContent()).resolves.toBe(claimPageByUrl.get(last.page)!.summary);
    expect(site.pageErrors).toEqual([]);
  }, 300_000);

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

  it('narrows the results to articles with a claim of the chosen status, and to claim pages of that status', async () => {
    await search('said');
    const all = await resultCount();
    const disputed = new Set([
      ...claimsJson.claims.filter((claim) => claim.status === 'disputed').map((claim) => claimsJson.articles.find((article) => article.slug === claim.article)!.url),
      ...claimPages.filter((cluster) => cluster.status === 'disputed').map((cluster) => cluster.page),
    ]);
    expect(claimPages.filter((cluster) => cluster.status === 'disputed').length).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(disputed.size);

    await site.page.getByRole('checkbox', { name: /^Disputed \(\d+\)$/ }).check();
    await site.page.locator('.pagefind-ui__message').filter({ hasNotText: new RegExp(`^${all} results`) }).waitFor();
    const narrowed = await resultCount();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(disputed.size);
    const urls = await allResultLinks(narrowed);
    expect(urls).toHaveLength(narrowed);
    for (const url of urls) expect(disputed.has(url!), url!).toBe(true);
    expect(urls.some((url) => claimPageByUrl.has(url!)), urls.join(' ')).toBe(true);
    await expect(site.page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^${narrowed} results? for said$`));
  });

  it('narrows claim pages by speaker and by publisher, as it narrows articles', async () => {
    const urlOf = (slug: string) => claimsJson.articles.find((article) => article.slug === slug)!.url;
    const pagesWith = (test: (claim: ClaimsJson['claims'][number]) => boolean) =>
      new Set([
        ...claimsJson.claims.filter(test).map((claim) => urlOf(claim.article)),
        ...claimPages.filter((cluster) => cluster.appearances.some((id) => test(claimById.get(id)!))).map((cluster) => cluster.page),
      ]);
    const publisherOf = new Map(claimsJson.articles.map((article) => [article.slug, article.publisher ?? 'Unknown publisher']));
    for (const [group, value, expected] of [
      ['Speaker', 'Vladimir Putin', pagesWith((claim) => claim.speaker === 'Vladimir Putin')],
      ['Publisher', 'Kyiv Independent', pagesWith((claim) => publisherOf.get(claim.article) === 'Kyiv Independent')],
    ] as const) {
      await search('Putin');
      const all = await resultCount();
      const block = site.page.locator('details.pagefind-ui__filter-block', { has: site.page.locator('summary', { hasText: group }) });
      if (!(await block.evaluate((element) => (element as HTMLDetailsElement).open))) await block.locator('summary').click();
      await block.getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) }).check();
      await site.page.locator('.pagefind-ui__message').filter({ hasNotText: new RegExp(`^${all} results`) }).waitFor();
      const narrowed = await resultCount();
      const urls = await allResultLinks(narrowed);
      expect(urls, `${group} ${value}`).toHaveLength(narrowed);
      for (const url of urls) expect(expected.has(url), `${group} ${value}: ${url}`).toBe(true);
      expect(urls.some((url) => claimPageByUrl.has(url)), `${group} ${value}: a claim page among ${urls.join(' ')}`).toBe(true);
      expect(urls.some((url) => articleByUrl.has(url)), `${group} ${value}: an article among ${urls.join(' ')}`).toBe(true);
    }
  });

  it('sorts the results by their most check-worthy claim when the reader chooses it, keeping the words searched for', async () => {
    // An article by its most check-worthy claim, a claim page by its most check-worthy appearance.
    const best = new Map<string, number>();
    const raise = (url: string, score: number) => best.set(url, Math.max(best.get(url) ?? 0, score));
    for (const claim of claimsJson.claims) raise(claimsJson.articles.find((article) => article.slug === claim.article)!.url, claim.worthiness.score);
    for (const cluster of claimPages) for (const id of cluster.appearances) raise(cluster.page, claimById.get(id)!.worthiness.score);
    const top = resultLinks;
    await search('said');
    const byRelevance = await top();
    await site.page.getByLabel('Sort results by').selectOption('worthiness');
    await site.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expect(site.page.getByLabel('Words to search for').inputValue()).resolves.toBe('said');
    await site.page.waitForFunction((before) => {
      const links = [...document.querySelectorAll('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')];
      return links.length > 0 && links.map((link) => link.getAttribute('href')).join() !== before;
    }, byRelevance.join(), { timeout: 15_000 }).catch(() => {});
    const urls = await top();
    expect(urls.some((url) => claimPageByUrl.has(url)), urls.join(' ')).toBe(true);
    const sorted = urls.map((url) => best.get(url)!);
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it('runs and renders nothing from a hostile publisher, speaker, headline or claim, with every filter group open', async () => {
    // tests/fixtures/seeds/hostile-filters.txt: a headline, a dateline and a claim with markup, a sidecar
    // publisher that is markup, and a desk alias (tests/fixtures/aliases.yaml) whose name is markup;
    // hostile-claim-echo.txt reports that claim and one by the alias again, so both have claim pages.
    const dialogs: string[] = [];
    site.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const term of ['zebrafinch', 'harbour', 'Zebrowski', 'ticket office']) {
      await search(term);
      for (const block of await site.page.locator('details.pagefind-ui__filter-block').all()) {
        if (!(await block.evaluate((element) => (element as HTMLDetailsElement).open))) await block.locator('summary').click();
        await expect(block.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(true);
      }
      await site.page.locator('.pagefind-ui__filter-label').first().waitFor();
      await expect(site.page.evaluate(() => (window as unknown as { __factlineXss?: string }).__factlineXss ?? null), term).resolves.toBeNull();
      await expect(site.page.locator('#search img, #search script, #search iframe, #search [onerror]').count(), term).resolves.toBe(0);
      // Pagefind fills the filter groups as it loads their counts: wait for the speaker's label before reading them all.
      await site.page
        .locator('.pagefind-ui__filter-label', { hasText: `＜img src=x onerror="window.__factlineXss='speaker'"＞` })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      const labels = await site.page.locator('.pagefind-ui__filter-label').allInnerTexts();
      // No label holds markup. The speaker (a desk alias) is shown as text, its markup characters in
      // their full-width forms (src/lib/pagefind-ui.ts); a publisher that is markup is not taken as a
      // publisher at all (the ingest keeps publishers plain text), so it cannot reach a filter.
      expect(labels.filter((label) => /[<>]/u.test(label)), labels.join(' | ')).toEqual([]);
      expect(labels.some((label) => label.startsWith(`＜img src=x onerror="window.__factlineXss='speaker'"＞`)), `speaker in ${labels.join(' | ')}`).toBe(true);
    }
    // The last search lists the claim whose words hold markup: its claim page first, title and excerpt as text.
    const hostileClaim = claimsJson.claims.find((claim) => claim.text.includes(`window.__factlineXss='claim'`) && claim.page !== null)!;
    expect(hostileClaim, 'a claim with markup in its words has a claim page').toBeDefined();
    expect((await resultLinks())[0]).toBe(hostileClaim.page);
    const first = site.page.locator('.pagefind-ui__result').first();
    await expect(first.locator('.pagefind-ui__result-title').innerText()).resolves.toContain(`window.__factlineXss='claim'>`);
    await expect(first.locator('.pagefind-ui__result-excerpt').first().innerText()).resolves.toContain(`window.__factlineXss='claim'>`);
    await search('harbour');
    const titles = await site.page.locator('.pagefind-ui__result-title').allInnerTexts();
    expect(titles.some((title) => title.includes(`<img src=x onerror="window.__factlineXss='headline'">`)), titles.join(' | ')).toBe(true);
    await expect(site.page.evaluate(() => (window as unknown as { __factlineXss?: string }).__factlineXss ?? null)).resolves.toBeNull();
    expect(dialogs).toEqual([]);
    expect(site.pageErrors).toEqual([]);
  });

  it('indexes no status label or filter value as the text of an article or a claim page', async () => {
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
    expect(indexed.map((entry) => entry.url).sort()).toEqual(indexedUrls);
    for (const { url, content } of indexed) {
      const readable = readableBodyText(url);
      for (const label of LABELS) expect(countOf(content, label), `${label} in ${url}`).toBe(countOf(readable, label));
    }
    expect(site.pageErrors).toEqual([]);
  });
});
