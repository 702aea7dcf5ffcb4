/**
 * The metadata of a saved web page, for `extract-html.ts`: its `og:` and
 * other `<meta>` tags, its JSON-LD `NewsArticle` (with `@graph` and `@id`
 * references followed, malformed blocks ignored), its canonical link and
 * `<html lang>`, and what the page's chrome says (`page-cues.ts`). The page
 * is only parsed, never run.
 */
import type { SeedMetadata } from '../pipeline/types.ts';
import { isHttpUrl, isoDatePart } from '../pipeline/field-checks.ts';
import { bylineName, pageDate, pagePublisher } from './page-cues.ts';
import { collapseWhitespace, normalizeLanguage } from './read-sidecar.ts';

/** Case-insensitive equality of two texts. */
export const sameText = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'asksnewsarticle', 'askpublicnewsarticle', 'blogposting',
  'liveblogposting', 'report',
]);

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((type) => (typeof type === 'string' ? [type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase()] : []));
}

/** Every object in the JSON-LD blocks of the page, with `@graph` arrays flattened. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const collect = (value: Json, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) for (const item of value) collect(item, depth + 1);
    else if (isObject(value)) {
      nodes.push(value);
      const graph = value['@graph'];
      if (graph !== undefined) collect(graph, depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const source = (script.textContent ?? '')
      .trim()
      .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
      .replace(/^<!--|-->$/g, '')
      .trim();
    try {
      collect(JSON.parse(source) as Json, 0);
    } catch {
      // Malformed JSON-LD is common on real pages: ignore the block.
    }
  }
  return nodes;
}

interface JsonLdArticle {
  headline?: string;
  published?: string;
  author?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string | undefined {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function readJsonLd(document: Document, decode: (text: string) => string): JsonLdArticle {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: Json | undefined): Json | undefined => {
    if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) return byId.get(value['@id']) ?? value;
    return value;
  };
  const textOf = (value: Json | undefined): string | undefined => {
    if (typeof value !== 'string') return undefined;
    const text = collapseWhitespace(decode(value));
    return text || undefined;
  };
  const nameOf = (value: Json | undefined): string | undefined => {
    const resolved = resolve(value);
    const name = typeof resolved === 'string' ? textOf(resolved) : isObject(resolved) ? textOf(resolved.name) : undefined;
    return name && !isHttpUrl(name) ? name : undefined;
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  if (!article) return {};
  const authors = article.author === undefined ? [] : Array.isArray(article.author) ? article.author : [article.author];
  const page = resolve(article.mainEntityOfPage);
  const urls = [article.url, typeof page === 'string' ? page : isObject(page) ? (page.url ?? page['@id']) : undefined];
  const language = resolve(article.inLanguage);
  return {
    headline: textOf(article.headline) ?? textOf(article.name),
    published: typeof article.datePublished === 'string' ? isoDatePart(article.datePublished) : undefined,
    author: joinNames(authors.flatMap((author) => nameOf(author) ?? [])),
    publisher: nameOf(article.publisher),
    url: urls.find((url): url is string => typeof url === 'string' && isHttpUrl(url.trim()))?.trim(),
    language: typeof language === 'string' ? normalizeLanguage(language) : isObject(language) && typeof language.alternateName === 'string' ? normalizeLanguage(language.alternateName) : undefined,
  };
}

/** `<meta>` contents by lowercased `property`, `name` or `itemprop`; the first non-empty one wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = collapseWhitespace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')]) {
      const name = key?.trim().toLowerCase();
      if (name && !tags.has(name)) tags.set(name, content);
    }
  }
  return tags;
}

/** A person's name from a byline: "By Jane Doe" → "Jane Doe"; nothing for URLs or long text. */
function personName(value: string | null | undefined): string | undefined {
  const name = collapseWhitespace(value ?? '').replace(/^by\s+/i, '');
  if (!name || name.length > 100 || isHttpUrl(name) || !/\p{L}/u.test(name)) return undefined;
  return name;
}

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((value) => value !== undefined);
const nonEmpty = (value: string | null | undefined): string | undefined => {
  const text = collapseWhitespace(value ?? '');
  return text || undefined;
};
const httpUrl = (value: string | null | undefined): string | undefined => {
  const url = value?.trim();
  return url && isHttpUrl(url) ? url : undefined;
};

export interface ReadabilityResult {
  title?: string;
  byline?: string;
  publishedTime?: string;
}

export function pageMetadata(document: Document, readability: ReadabilityResult): SeedMetadata {
  const decode = (text: string): string => {
    if (!/[&<]/.test(text)) return text;
    const holder = document.createElement('div');
    holder.innerHTML = text;
    return holder.textContent ?? text;
  };
  const meta = metaTags(document);
  const ld = readJsonLd(document, decode);
  const canonical = [...document.querySelectorAll('link')].find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const titleElement = document.querySelector('head > title') ?? document.querySelector('title');
  const url = first(httpUrl(meta.get('og:url')), httpUrl(canonical?.getAttribute('href')), ld.url);
  const heading = first(ld.headline, nonEmpty(meta.get('og:title')), nonEmpty(document.querySelector('h1')?.textContent));
  const byline = personName(readability.byline);
  const candidates: SeedMetadata = {
    title: first(
      ld.headline,
      nonEmpty(meta.get('og:title')),
      headingOverTitle(document, nonEmpty(titleElement?.textContent)),
      withKicker(nonEmpty(readability.title), nonEmpty(titleElement?.textContent)),
      nonEmpty(titleElement?.textContent),
    ),
    publisher: first(nonEmpty(meta.get('og:site_name')), ld.publisher, pagePublisher(document, meta, url, heading)),
    author: first(personName(meta.get('author')), ld.author, byline === undefined ? undefined : bylineName(byline)),
    published: first(
      isoDatePart(meta.get('article:published_time') ?? ''),
      ld.published,
      isoDatePart(meta.get('datepublished') ?? ''),
      isoDatePart(readability.publishedTime ?? ''),
      pageDate(document, meta, readability.byline),
    ),
    url,
    language: first(
      normalizeLanguage(document.documentElement?.getAttribute('lang') ?? ''),
      normalizeLanguage(meta.get('og:locale') ?? ''),
      ld.language,
      normalizeLanguage(meta.get('content-language') ?? ''),
    ),
  };
  if (candidates.title !== undefined) candidates.title = withoutSiteName(candidates.title, candidates.publisher, document);
  return Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== undefined)) as SeedMetadata;
}

/**
 * The page's one `<h1>` when the `<title>` does not hold it ("Newsroom –
 * Imagery release" over "<h1>Satellite images show …</h1>"): a section's
 * title, not the article's. Only an `<h1>` of 5–40 words (not a logo).
 */
function headingOverTitle(document: Document, title: string | undefined): string | undefined {
  const headings = document.querySelectorAll('h1');
  if (headings.length !== 1) return undefined;
  const heading = collapseWhitespace(headings[0]?.textContent ?? '');
  const words = heading.split(/\s+/u).filter(Boolean).length;
  if (words < 5 || words > 40 || title === undefined) return undefined;
  return title.toLowerCase().includes(heading.toLowerCase()) ? undefined : heading;
}

/**
 * Readability's title, or the page's `<title>` when Readability cut a kicker
 * off before a colon ("Minister Roe: the port will reopen" → "the port will
 * reopen"): the part before the colon belongs to the headline.
 */
function withKicker(readable: string | undefined, title: string | undefined): string | undefined {
  if (readable === undefined || title === undefined || title.length > 300) return readable;
  const at = title.toLowerCase().lastIndexOf(readable.toLowerCase());
  const kicker = at > 0 ? title.slice(0, at).trimEnd() : '';
  return at > 0 && at + readable.length === title.length && /\S:$/u.test(kicker) ? title : readable;
}

/**
 * A page title without the site's name tacked on ("Dam taken, Kaspia says |
 * Daily Planet"): cut when the tail is the publisher's name, or when the
 * page's own heading is the part before it.
 */
function withoutSiteName(title: string, publisher: string | undefined, document: Document): string {
  const m = /^(.{10,}?)\s+[|–—-]\s+([^|–—]{2,60})$/u.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const [head, tail] = [m[1], m[2]];
  const bare = (name: string) => name.toLowerCase().replace(/^the\s+/u, '').trim();
  if (publisher !== undefined && bare(tail) === bare(publisher)) return head;
  const heading = collapseWhitespace(document.querySelector('h1')?.textContent ?? '');
  return heading !== '' && sameText(heading, head) ? head : title;
}
