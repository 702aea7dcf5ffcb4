/**
 * Turns a saved web page into a seed: the article's plain text (one paragraph
 * per block element, separated by a blank line, as `clean` expects) and the
 * page's own metadata (`og:` tags, JSON-LD, `<html lang>`).
 *
 * The article is found by `@mozilla/readability` on a copy of the page from
 * which scripts, forms, navigation and obvious boxes (cookie banners,
 * newsletter sign-ups, related links, share bars) were removed first. When
 * Readability finds nothing, the page body is read the same way.
 *
 * The page is only parsed (linkedom), never run: no script executes, and
 * script or style text never reaches the article text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SeedMetadata } from '../pipeline/types.ts';
import { IngestError } from '../pipeline/errors.ts';
import { isHttpUrl, isoDatePart } from '../pipeline/field-checks.ts';
import { bylineName, pageDate, pagePublisher } from './page-cues.ts';
import { collapseWhitespace, normalizeLanguage } from './read-sidecar.ts';

export interface ExtractedSeed {
  text: string;
  metadata: SeedMetadata;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'img', 'picture', 'source', 'button', 'select', 'option', 'textarea', 'input',
  'head', 'title', 'meta', 'link', 'base',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figure', 'figcaption', 'pre', 'dl', 'dt',
  'dd', 'ul', 'ol', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'div', 'section',
  'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'details', 'summary', 'hr', 'center',
  'fieldset', 'legend', 'form', 'hgroup', 'body',
]);

/** Page furniture, removed unless it holds the article itself. */
const FURNITURE_SELECTOR = [
  'nav', 'footer', 'aside', 'form', 'dialog',
  '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]',
  '[role="alertdialog"]', '[role="search"]', '[aria-modal="true"]', '[hidden]', '[aria-hidden="true"]',
].join(', ');

/** Class or id words of boxes that are not the article. */
const FURNITURE_NAME = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'cookies?', 'consent', 'gdpr', 'newsletters?', 'subscribe', 'subscription', 'signup', 'sign-up', 'paywall',
      'promo', 'related', 'recommended', 'more-stories', 'most-read', 'most-popular', 'trending', 'share',
      'sharing', 'social', 'advert', 'advertisement', 'ad', 'ads', 'sponsored', 'outbrain', 'taboola', 'comments',
    ].join('|') +
    ')(?=$|[\\s_-])',
  'i',
);

/** Only whole blocks are removed by name: an inline `<a class="promo-link">` inside a sentence stays. */
const NAMED_FURNITURE_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'li', 'p', 'figure', 'header', 'footer', 'nav', 'dl', 'table', 'details']);

const ARTICLE_SELECTOR = 'article, main, [role="main"], [itemprop="articleBody"]';

/** Private-use marker for `<br>` while text is gathered. */
const BR = '\uE000';

const tagOf = (element: Element): string => element.tagName.toLowerCase();

/** Removes scripts, forms, navigation and obvious boxes, keeping any container of the article. */
function removeFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of [...body.querySelectorAll([...NEVER_TEXT].join(', '))]) element.remove();
  const bodyLength = collapseWhitespace(body.textContent ?? '').length;
  const holdsArticle = (element: Element): boolean => element.matches(ARTICLE_SELECTOR) || element.querySelector(ARTICLE_SELECTOR) !== null;
  // A page wrapped whole in a <form> (ASP.NET) or in a <div class="… has-social-bar">: keep it.
  const wrapsPage = (element: Element): boolean => collapseWhitespace(element.textContent ?? '').length > bodyLength / 2;
  for (const element of [...body.querySelectorAll(FURNITURE_SELECTOR)]) {
    if (element.isConnected && !holdsArticle(element) && !(tagOf(element) === 'form' && wrapsPage(element))) element.remove();
  }
  const named = [...body.querySelectorAll('[class], [id]')].filter(
    (element) =>
      NAMED_FURNITURE_TAGS.has(tagOf(element)) &&
      FURNITURE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`),
  );
  for (const element of named) {
    if (element.isConnected && !holdsArticle(element) && !wrapsPage(element)) element.remove();
  }
}

/**
 * The page as a whole document. linkedom does not build the implied
 * `<html>`, `<head>` and `<body>` of a fragment or a page that leaves them
 * out, so they are written around it here.
 */
function asDocument(html: string): string {
  const openTag = (name: string): number => new RegExp(`<${name}[\\s/>]`, 'i').exec(html)?.index ?? -1;
  if (openTag('html') !== -1 && openTag('head') !== -1 && openTag('body') !== -1) return html;
  const lower = html.toLowerCase();
  const htmlAt = openTag('html');
  const lang = htmlAt === -1 ? undefined : /\blang\s*=\s*["']?([\w-]+)/i.exec(html.slice(htmlAt, html.indexOf('>', htmlAt) + 1))?.[1];
  let head = '';
  let rest = html;
  const headAt = openTag('head');
  const headEnd = headAt === -1 ? -1 : lower.indexOf('</head', headAt);
  const headClosed = headEnd === -1 ? -1 : html.indexOf('>', headEnd);
  if (headAt !== -1 && headClosed !== -1) {
    head = html.slice(html.indexOf('>', headAt) + 1, headEnd);
    rest = html.slice(0, headAt) + html.slice(headClosed + 1);
  }
  rest = rest.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:[\s/][^>]*)?>/gi, '');
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${rest}</body></html>`;
}

interface Block {
  text: string;
  /** Tag of the block element the text came from. */
  tag: string;
}

/** The text of `root`, one block per block element; `<br><br>` also splits. */
function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let bufferTag = tagOf(root);
  const flush = () => {
    for (const part of buffer.split(new RegExp(`${BR}\\s*${BR}[\\s${BR}]*`))) {
      const text = collapseWhitespace(part.replaceAll(BR, ' '));
      if (text) blocks.push({ text, tag: bufferTag });
    }
    buffer = '';
  };
  const walk = (node: Node, blockTag: string) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === TEXT_NODE) {
        if (!buffer.trim()) bufferTag = blockTag;
        buffer += (child.textContent ?? '').replaceAll(BR, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = tagOf(element);
        if (NEVER_TEXT.has(tag)) continue;
        if (tag === 'br') buffer += BR;
        else if (BLOCKS.has(tag)) {
          flush();
          walk(element, tag);
          flush();
        } else walk(element, blockTag);
      }
    }
  };
  walk(root, bufferTag);
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------

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

interface ReadabilityResult {
  title?: string;
  byline?: string;
  publishedTime?: string;
}

function pageMetadata(document: Document, readability: ReadabilityResult): SeedMetadata {
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
    title: first(ld.headline, nonEmpty(meta.get('og:title')), nonEmpty(readability.title), nonEmpty(titleElement?.textContent)),
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

// ---------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------

/**
 * The deepest nesting of elements a page may have. Readability's work grows
 * with the square of the depth and more (2,000 nested `<div>`s took 108 s,
 * 5,000 did not finish in 300 s); real article pages stay under 60.
 */
export const MAX_HTML_DEPTH = 128;

/** The most elements a page may have: about four times a heavy real page. */
export const MAX_HTML_ELEMENTS = 100_000;

/**
 * Refuses a page too deep or too large for Readability to read in bounded
 * time, before Readability sees it: rule `too-deep` or `too-complex`. Walks
 * the tree without recursion, so no depth overflows the stack.
 */
function checkShape(name: string, document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  let elements = 0;
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    elements += 1;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_HTML_DEPTH) {
      throw new IngestError(name, 'too-deep', `Unexpected elements nested more than ${MAX_HTML_DEPTH} deep, expected at most ${MAX_HTML_DEPTH} (a page this deep is not an article layout)`);
    }
    if (elements > MAX_HTML_ELEMENTS) {
      throw new IngestError(name, 'too-complex', `Unexpected page of more than ${MAX_HTML_ELEMENTS} elements, expected at most ${MAX_HTML_ELEMENTS}`);
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/**
 * A fresh copy of the page to cut down (Readability changes the document it
 * reads). Parsed again rather than `cloneNode`d: linkedom's document clones
 * keep their nodes' `ownerDocument` pointing at the original.
 */
function copyOf(html: string): Document {
  const { document } = parseHTML(asDocument(html));
  removeFurniture(document);
  return document;
}

function readArticle(html: string): { blocks: Block[]; readability: ReadabilityResult } {
  const copy = copyOf(html);
  let readability: ReadabilityResult = {};
  let blocks: Block[] = [];
  try {
    const parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
    if (parsed) {
      readability = {
        title: parsed.title ?? undefined,
        byline: parsed.byline ?? undefined,
        publishedTime: parsed.publishedTime ?? undefined,
      };
      if (parsed.content && parsed.content.nodeType === ELEMENT_NODE) blocks = blocksOf(parsed.content as Element);
    }
  } catch {
    // Readability gave up on this page: read the body below.
  }
  if (blocks.length === 0) {
    const fallback = copyOf(html);
    const body = fallback.body ?? fallback.documentElement;
    if (body) blocks = blocksOf(body);
  } else {
    blocks = restoreCaptions(blocks, html);
  }
  return { blocks, readability };
}

/**
 * Readability often drops a figure that sits outside the body text (the lead
 * image): puts back the figure captions of the page's article that it left
 * out, before the first kept paragraph that follows them on the page.
 */
function restoreCaptions(blocks: Block[], html: string): Block[] {
  const page = copyOf(html);
  const root = page.querySelector('article') ?? page.querySelector('main, [role="main"]');
  if (!root || root.querySelector('figcaption') === null) return blocks;
  const kept = new Set(blocks.map((block) => block.text));
  const pageBlocks = blocksOf(root);
  const result = [...blocks];
  pageBlocks.forEach((block, index) => {
    if (block.tag !== 'figcaption' || kept.has(block.text)) return;
    const next = pageBlocks.slice(index + 1).find((later) => kept.has(later.text) && later.tag !== 'figcaption');
    const at = next === undefined ? -1 : result.findIndex((candidate) => candidate.text === next.text);
    result.splice(at === -1 ? result.length : at, 0, block);
    kept.add(block.text);
  });
  return result;
}

const sameText = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Extracts the article of a saved web page (`name` is its seed file name).
 * Does not throw on malformed markup, metadata or JSON-LD; a page without
 * article text gives empty text, and `clean` reports it. (Pathologically deep
 * nesting can exhaust the stack; `readSeeds` reports that file.)
 */
export function extractHtml(name: string, html: string): ExtractedSeed {
  const page = asDocument(html);
  const { document } = parseHTML(page);
  checkShape(name, document);
  const { blocks, readability } = readArticle(page);
  const metadata = pageMetadata(document, readability);
  // Readability leaves its byline in the text when it found it on a second try.
  const byline = collapseWhitespace(readability.byline ?? '');
  const bylineAt = byline ? blocks.findIndex((block) => block.text === byline) : -1;
  if (bylineAt !== -1) blocks.splice(bylineAt, 1);
  const paragraphs = blocks.map((block) => block.text);
  // Scraped text starts with its headline; so does this one, unless the article already opens with a heading.
  const opening = blocks[0];
  if (
    paragraphs.length > 0 &&
    metadata.title !== undefined &&
    opening !== undefined &&
    !/^h[1-2]$/.test(opening.tag) &&
    !sameText(opening.text, metadata.title)
  ) {
    paragraphs.unshift(metadata.title);
  }
  return { text: paragraphs.join('\n\n'), metadata };
}
