/**
 * No broken internal links in the fixture site: every `href`, `src` and
 * `srcset` URL in every HTML file of `dist/` that points into the site (a
 * root-relative or relative URL, a bare `#fragment`, or an absolute URL on
 * the site's own origin) must lead to a file that exists, and its fragment,
 * if any, to an element with that `id` (or an `<a name>`) in the target page.
 * The same holds for every article URL in `claims.json`, and for each claim
 * anchor (`url + "#" + id`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureDist } from './support/paths.ts';
import { readClaimsJson } from './support/claims-json.ts';

/** The origin the fixture site was built for (see astro.config.mjs). */
const SITE = new URL(process.env.FACTLINE_SITE || 'https://factline.example');

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** The URL a file in dist/ is served at: `articles/x/index.html` → `/articles/x/`. */
function urlOf(file: string): URL {
  const path = relative(fixtureDist, file).split(sep).join('/');
  return new URL(`/${path.replace(/(^|\/)index\.html$/, '$1')}`, SITE);
}

/** The file a site URL is served from, or null: the file itself, or its folder's index.html. */
function fileFor(url: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const direct = join(fixtureDist, path);
  if (!direct.startsWith(fixtureDist)) return null;
  if (!path.endsWith('/') && existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : null;
}

const anchorCache = new Map<string, Set<string>>();

/** Every `id` and `<a name>` in an HTML file. */
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    anchors = new Set<string>();
    for (const element of document.querySelectorAll('[id]')) anchors.add(element.getAttribute('id') ?? '');
    for (const element of document.querySelectorAll('a[name]')) anchors.add(element.getAttribute('name') ?? '');
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Why `raw`, found in `from`, is a broken internal link; null when it is fine or not internal. */
function brokenLink(raw: string, from: URL): string | null {
  const value = raw.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return null; // mailto:, data:, …
  let url: URL;
  try {
    url = new URL(value, from);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== SITE.origin) return null;
  const target = fileFor(url);
  if (!target) return `no file for ${url.pathname}`;
  if (url.hash.length > 1) {
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `undecodable fragment ${url.hash}`;
    }
    if (!target.endsWith('.html')) return `fragment ${url.hash} on a file that is not a page`;
    if (!anchorsOf(target).has(fragment)) return `no id="${fragment}" in ${relative(fixtureDist, target)}`;
  }
  return null;
}

/** The URLs of a `srcset`: each candidate's first word. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

interface Link {
  page: string;
  element: string;
  url: string;
  problem: string;
}

function checkSite(): { checked: number; internal: number; broken: Link[] } {
  const broken: Link[] = [];
  let checked = 0;
  let internal = 0;
  for (const file of htmlFiles(fixtureDist)) {
    const from = urlOf(file);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const baseHref = document.querySelector('base[href]')?.getAttribute('href');
    const base = baseHref ? new URL(baseHref, from) : from;
    for (const element of document.querySelectorAll('[href], [src], [srcset]')) {
      const urls = [
        element.getAttribute('href'),
        element.getAttribute('src'),
        ...srcsetUrls(element.getAttribute('srcset') ?? ''),
      ].filter((url): url is string => url !== null);
      for (const url of urls) {
        checked++;
        let resolved: URL | null = null;
        try {
          resolved = new URL(url.trim(), base);
        } catch {
          // reported by brokenLink
        }
        if (!resolved || resolved.origin === SITE.origin) internal++;
        const problem = brokenLink(url, base);
        if (problem) broken.push({ page: relative(fixtureDist, file), element: element.tagName.toLowerCase(), url, problem });
      }
    }
  }
  return { checked, internal, broken };
}

describe('internal links in the built site', () => {
  it('all lead to an existing file and, with a fragment, to an existing id', () => {
    const { checked, internal, broken } = checkSite();
    const pages = htmlFiles(fixtureDist).length;
    console.info(`links: ${checked} URLs in ${pages} pages, ${internal} of them internal, ${broken.length} broken`);
    expect(pages).toBeGreaterThan(3);
    expect(internal).toBeGreaterThan(20);
    const list = broken.map((link) => `${link.page}: <${link.element}> ${link.url} → ${link.problem}`).join('\n');
    expect(broken, `${broken.length} broken internal link(s):\n${list}`).toEqual([]);
  });

  it('claims.json points at existing pages and claim anchors', () => {
    const claimsJson = readClaimsJson<{
      articles: { slug: string; url: string }[];
      claims: { id: string; article: string }[];
    }>(fixtureDist);
    const urls = new Map(claimsJson.articles.map((article) => [article.slug, article.url]));
    const broken: string[] = [];
    for (const article of claimsJson.articles) {
      const problem = brokenLink(article.url, SITE);
      if (problem) broken.push(`${article.url} → ${problem}`);
    }
    for (const claim of claimsJson.claims) {
      const url = `${urls.get(claim.article) ?? `/missing-article/${claim.article}/`}#${claim.id}`;
      const problem = brokenLink(url, SITE);
      if (problem) broken.push(`${url} → ${problem}`);
    }
    expect(claimsJson.claims.length).toBeGreaterThan(0);
    expect(broken, `${broken.length} broken link(s) in claims.json:\n${broken.join('\n')}`).toEqual([]);
  });

  it('finds a broken link and a missing fragment when there is one', () => {
    const article = htmlFiles(fixtureDist).find((file) => file.includes(`${sep}articles${sep}`))!;
    const from = urlOf(article);
    expect(brokenLink('/no-such-page/', from)).toBe('no file for /no-such-page/');
    expect(brokenLink('#no-such-id', from)).toMatch(/^no id="no-such-id" in articles\//);
    expect(brokenLink('../../factline.css', from)).toBeNull();
    expect(brokenLink('https://example.org/elsewhere', from)).toBeNull();
    expect(brokenLink(`${SITE.origin}/nowhere`, from)).toBe('no file for /nowhere');
  });
});
