/**
 * The story of a claim (/claim/k-…/) on the built fixture site: a page for
 * every cluster that appears in more than one article or is contradicted,
 * listing every appearance in date order (undated last) with its outlet,
 * linking to each appearance's anchor and to the story of each claim that
 * contradicts it; every claim of such a cluster links to its story from its
 * article; the page runs no script. A retired story id (the fixture build
 * merges one story back from two, see `splitLargestStory`) redirects to the
 * story it is now part of.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useSite } from './support/browser.ts';
import { RETIRED_STORY } from './support/build-fixture-site.ts';
import { fixtureContent, fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

interface ClaimsJson {
  articles: { slug: string; url: string; published: string | null }[];
  claims: {
    id: string;
    article: string;
    cluster: string;
    page: string | null;
    appearance: { outlet: string | null; published: string | null };
    related: { claim: string; relation: 'same-claim' | 'contradicts' }[];
  }[];
  clusters: { id: string; appearances: string[]; contradicts: string[]; page: string | null; aliases: string[] }[];
}

const claimsJson = readClaimsJson<ClaimsJson>(fixtureDist);
const claimById = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
const articleBySlug = new Map(claimsJson.articles.map((article) => [article.slug, article]));
const withPage = claimsJson.clusters.filter((cluster) => cluster.page !== null);
const documentAt = (path: string) => parseHTML(readFileSync(join(fixtureDist, path, 'index.html'), 'utf8')).document;

describe('claim story pages', () => {
  it('exist exactly for the clusters seen in two articles or more, or contradicted', () => {
    expect(withPage.length).toBeGreaterThan(0);
    for (const cluster of claimsJson.clusters) {
      const articles = new Set(cluster.appearances.map((id) => claimById.get(id)!.article));
      const expected = articles.size > 1 || cluster.contradicts.length > 0;
      expect(cluster.page !== null, cluster.id).toBe(expected);
      if (cluster.page) expect(existsSync(join(fixtureDist, cluster.page, 'index.html')), cluster.page).toBe(true);
      for (const id of cluster.appearances) expect(claimById.get(id)!.page, id).toBe(cluster.page);
    }
  });

  it('list every appearance once, in date order (undated last), each linking to its anchor, and link the contradicting stories', () => {
    for (const cluster of withPage) {
      const document = documentAt(cluster.page!);
      const items = [...document.querySelectorAll('.timeline__item')];
      expect(items.map((item) => item.getAttribute('data-claim')).sort(), cluster.id).toEqual([...cluster.appearances].sort());
      const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null);
      const known = dates.filter((date): date is string => date !== null);
      expect(known, cluster.id).toEqual([...known].sort());
      expect(dates.slice(known.length).every((date) => date === null), `${cluster.id}: undated last`).toBe(true);
      for (const item of items) {
        const claim = claimById.get(item.getAttribute('data-claim')!)!;
        const article = articleBySlug.get(claim.article)!;
        const links = [...item.querySelectorAll('.timeline__links a')].map((a) => a.getAttribute('href'));
        expect(links, claim.id).toContain(`${article.url}#${claim.id}`);
        expect(item.querySelector('.timeline__outlet')?.textContent).toBe(claim.appearance.outlet ?? 'Unknown publisher');
      }
      const contradicting = [...document.querySelectorAll('[aria-labelledby="story-contradicts"] a')].map((a) => a.getAttribute('href'));
      expect(contradicting.sort(), cluster.id).toEqual(cluster.contradicts.map((id) => claimsJson.clusters.find((c) => c.id === id)!.page).sort());
      expect(document.querySelectorAll('main script').length, cluster.id).toBe(0);
    }
  });

  it('carry one ClaimReview with every appearance and the first one', () => {
    for (const cluster of withPage) {
      const document = documentAt(cluster.page!);
      const scripts = [...document.querySelectorAll('head script[type="application/ld+json"]')];
      expect(scripts, cluster.id).toHaveLength(1);
      const review = JSON.parse(scripts[0]!.textContent!) as {
        '@type': string;
        url: string;
        itemReviewed: { appearance: { url: string; datePublished?: string }[]; firstAppearance: { url: string; datePublished?: string } };
      };
      expect(review['@type']).toBe('ClaimReview');
      expect(new URL(review.url).pathname.endsWith(cluster.page!), `${review.url} / ${cluster.page}`).toBe(true);
      expect(review.itemReviewed.appearance, cluster.id).toHaveLength(cluster.appearances.length);
      const dated = review.itemReviewed.appearance.map((a) => a.datePublished).filter((d): d is string => d !== undefined);
      if (dated.length > 0) expect(review.itemReviewed.firstAppearance.datePublished, cluster.id).toBe([...dated].sort()[0]);
    }
  });

  it('are linked from every appearance in its article', () => {
    for (const cluster of withPage) {
      for (const id of cluster.appearances) {
        const claim = claimById.get(id)!;
        const document = documentAt(articleBySlug.get(claim.article)!.url);
        const link = document.querySelector(`[id="${id}-details"] .claims__story a`);
        expect(link?.getAttribute('href'), id).toBe(cluster.page);
      }
    }
  });
});

describe('related links in an article’s claim list', () => {
  it('show every contradiction, and at most two other reports when the story page lists them all, with a link to the rest', () => {
    let checked = 0;
    for (const article of claimsJson.articles) {
      const document = documentAt(article.url);
      for (const claim of claimsJson.claims.filter((c) => c.article === article.slug)) {
        const related = claim.related.filter((link) => claimById.has(link.claim));
        const same = related.filter((link) => link.relation === 'same-claim').length;
        const contradicts = related.length - same;
        const items = [...document.querySelectorAll(`[id="${claim.id}-details"] .claims__related li`)].map((li) => ({ text: li.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') }));
        expect(items.filter((item) => item.text.startsWith('Contradicted in')).length, claim.id).toBe(contradicts);
        const shown = claim.page ? Math.min(same, 2) : same;
        expect(items.filter((item) => item.text.startsWith('Also reported by')).length, claim.id).toBe(shown);
        const more = items.filter((item) => item.text === 'Every other report: in the story of this claim');
        if (claim.page && same > 0) checked += 1;
        if (same > shown) {
          expect(more, claim.id).toEqual([{ text: 'Every other report: in the story of this claim', href: claim.page }]);
        } else expect(more, claim.id).toEqual([]);
      }
    }
    // The fixture's stories are small (no claim there has more than two other reports: the bench corpus has many).
    expect(checked).toBeGreaterThan(0);
  });
});

describe('a retired story id', () => {
  const registry = JSON.parse(readFileSync(join(fixtureContent, 'story-ids.json'), 'utf8')) as { stories: Record<string, string[]>; aliases: Record<string, string> };
  const target = registry.aliases[RETIRED_STORY]!;

  it('is an alias of the story it merged into, which keeps its id and its page', () => {
    expect(Object.keys(registry.aliases)).toEqual([RETIRED_STORY]);
    expect(registry.stories[RETIRED_STORY]).toBeUndefined();
    const cluster = claimsJson.clusters.find((c) => c.id === target)!;
    expect(cluster.page).toBe(`/claim/${target}/`);
    expect([...cluster.appearances].sort()).toEqual(registry.stories[target]);
    expect(claimsJson.clusters.some((c) => c.id === RETIRED_STORY)).toBe(false);
    // claims.json says where an old id went.
    expect(cluster.aliases).toEqual([RETIRED_STORY]);
    expect(claimsJson.clusters.filter((c) => c.aliases.length > 0).map((c) => c.id)).toEqual([target]);
  });

  it('has a redirect page to that story: a meta refresh, a canonical link and a plain link, out of the index and the sitemap', () => {
    const html = readFileSync(join(fixtureDist, 'claim', RETIRED_STORY, 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=/claim/${target}/`);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://factline.example/claim/${target}/`);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([`/claim/${target}/`]);
    expect(html).not.toContain('data-pagefind');
    expect(html.length).toBeLessThan(1_000);
    const sitemap = readFileSync(join(fixtureDist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/claim/${target}/`);
    expect(sitemap).not.toContain(RETIRED_STORY);
  });
});

describe.runIf(browserAvailable())('a claim story page in Chromium', () => {
  const site = useSite(fixtureDist);

  it('goes from the timeline to the claim in its article', async () => {
    const cluster = [...withPage].sort((a, b) => b.appearances.length - a.appearances.length)[0]!;
    await site.page.goto(`${site.url}${cluster.page}`);
    const first = site.page.locator('.timeline__item').first();
    const id = (await first.getAttribute('data-claim'))!;
    await first.getByRole('link', { name: 'Read it in the article' }).click();
    await site.page.waitForURL(`**#${id}`);
    await expect(site.page.locator(`mark#${id}`).evaluate((mark) => mark.matches(':target'))).resolves.toBe(true);
    expect(site.pageErrors).toEqual([]);
  });
});
