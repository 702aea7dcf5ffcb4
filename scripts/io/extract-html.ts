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
 * script or style text never reaches the article text. The metadata is read
 * by `html-metadata.ts`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SeedMetadata } from '../pipeline/types.ts';
import { IngestError } from '../pipeline/errors.ts';
import { pageMetadata, sameText, type ReadabilityResult } from './html-metadata.ts';
import { collapseWhitespace } from './read-sidecar.ts';

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
