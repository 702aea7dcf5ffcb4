/**
 * The publisher and the published date of a saved web page, from the page's
 * structure where its `og:` tags and JSON-LD say nothing (`extract-html.ts`
 * tries those first):
 *
 * - publisher: `<meta name="application-name">`; the site's name after the
 *   headline in `<title>` ("Headline | Outlet", "Headline – Outlet"); the
 *   text (or logo `alt`) of the masthead's link to the site's home page;
 *   the copyright line of the page's footer ("© 2026 Outlet");
 * - date: the article's `datePublished` microdata, `<time pubdate>`, the
 *   first `<time datetime>` of the article that is not an update, the usual
 *   `<meta>` date names (`pubdate`, `dc.date.issued`, …), and a date printed
 *   in the byline Readability found ("Jane Roe · Saturday 4 April 2026").
 *
 * A wire agency is never the publisher (it is the agency). Nothing is
 * guessed: a name must read as an outlet's, a date must be a full date.
 */
import { parseDate } from '../pipeline/dates.ts';
import { isoDatePart } from '../pipeline/field-checks.ts';
import { copyrightHolder, looksLikeOutlet, notAgency, OWN, publisherName } from '../pipeline/publisher-names.ts';
import { collapseWhitespace } from './read-sidecar.ts';

/** A whole line that is a capitalised name. */
const NAME_ONLY = new RegExp(`^${OWN}$`, 'u');

const text = (element: Element | null | undefined): string => collapseWhitespace(element?.textContent ?? '');

/** An outlet's name as a page prints it in its chrome: 1–6 capitalised words, an acronym, not an agency. */
function siteNameOf(raw: string, trusted: boolean): string | undefined {
  const candidate = collapseWhitespace(raw);
  if (candidate.length > 60 || !NAME_ONLY.test(candidate)) return undefined;
  const name = publisherName(candidate, trusted || looksLikeOutlet(candidate));
  return name && notAgency(name) ? name : undefined;
}

/** "Headline | Section | Outlet" → "Outlet"; a dash only when the outlet's name reads as one or the rest is the page's headline. */
export function titleSuffix(title: string, headline: string | undefined): string | undefined {
  const bar = /^(.{10,}?)\s+[|•·]\s+(?:[^|•·]+\s+[|•·]\s+)*([^|•·]{2,60})$/u.exec(title);
  if (bar?.[2]) return siteNameOf(bar[2], false) ?? undefined;
  const dash = /^(.{10,}?)\s+[–—-]\s+([^–—|]{2,60})$/u.exec(title);
  if (!dash?.[1] || !dash[2]) return undefined;
  const sameHead = headline !== undefined && collapseWhitespace(headline).toLowerCase() === collapseWhitespace(dash[1]).toLowerCase();
  const name = siteNameOf(dash[2], sameHead);
  return name && (sameHead || looksLikeOutlet(name)) ? name : undefined;
}

/** Link addresses that lead to the site's home page. */
function isHomeLink(href: string, origin: string | undefined): boolean {
  const h = href.trim();
  if (/^(?:\/|\.\/|\/index\.html?|index\.html?)$/iu.test(h)) return true;
  return origin !== undefined && h.replace(/\/+$/u, '').toLowerCase() === origin.toLowerCase();
}

/** The masthead link: the first link to the home page that holds a name (or a logo with one). */
function homeLinkName(document: Document, origin: string | undefined): string | undefined {
  for (const link of document.querySelectorAll('a[href]')) {
    if (link.closest('footer, [role="contentinfo"]')) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
    if (!rel.includes('home') && !isHomeLink(link.getAttribute('href') ?? '', origin)) continue;
    const label = text(link) || collapseWhitespace(link.querySelector('img[alt]')?.getAttribute('alt') ?? '');
    const name = label ? siteNameOf(label, false) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** The footer's copyright line: "© 2026 The Meridian Standard", "© Eastgate Tribune Media Group 2026 | Terms". */
function footerCopyright(document: Document): string | undefined {
  for (const element of document.querySelectorAll('footer *, [role="contentinfo"] *')) {
    const line = text(element);
    if (!/^(?:©|\([cC]\)|[Cc]opyright\b)/u.test(line)) continue;
    const name = copyrightHolder(line);
    if (name) return name;
  }
  return undefined;
}

/**
 * The publisher the page's chrome names (see the module comment), or
 * undefined. `url` is the page's own address, if known, for its home link;
 * `headline` the page's headline, to tell "Headline – Outlet" from "Claim –
 * Speaker".
 */
export function pagePublisher(document: Document, meta: ReadonlyMap<string, string>, url: string | undefined, headline: string | undefined): string | undefined {
  const application = meta.get('application-name') ?? meta.get('apple-mobile-web-app-title');
  const title = text(document.querySelector('head > title') ?? document.querySelector('title'));
  let origin: string | undefined;
  try {
    origin = url === undefined ? undefined : new URL(url).origin;
  } catch {
    origin = undefined;
  }
  return (
    (application === undefined ? undefined : siteNameOf(application, true)) ??
    (title ? titleSuffix(title, headline) : undefined) ??
    homeLinkName(document, origin) ??
    footerCopyright(document)
  );
}

/** `<meta>` names that carry the published date on some sites. */
const DATE_META = ['og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'dcterms.date', 'date', 'parsely-pub-date', 'sailthru.date'];

const UPDATE = /\b(?:updated?|modified|edited|revised)\b/iu;

/** A machine-readable date of an element: its `datetime` or `content`, as YYYY-MM-DD. */
const machineDate = (element: Element): string | undefined =>
  isoDatePart(element.getAttribute('datetime') ?? element.getAttribute('content') ?? '') ?? parseDate(element.getAttribute('datetime') ?? '') ?? undefined;

/**
 * The published date the page's markup or byline gives (see the module
 * comment), as YYYY-MM-DD, or undefined. `byline` is Readability's.
 */
export function pageDate(document: Document, meta: ReadonlyMap<string, string>, byline: string | undefined): string | undefined {
  for (const element of document.querySelectorAll('[itemprop="datePublished"]')) {
    const date = machineDate(element);
    if (date) return date;
  }
  for (const element of document.querySelectorAll('time[pubdate]')) {
    const date = machineDate(element);
    if (date) return date;
  }
  for (const element of document.querySelectorAll('article time[datetime], main time[datetime], header time[datetime]')) {
    if (element.closest('aside, nav, footer, li, [class*="related"], [class*="more"]')) continue;
    // Its own label: the classes of the element and its parent, and the words printed just before it ("Updated <time>").
    const parent = element.parentElement;
    const container = parent === null || /^(?:article|main|header|body)$/iu.test(parent.tagName);
    const label = collapseWhitespace(element.previousSibling?.textContent ?? '').slice(-30);
    const around = `${element.getAttribute('class') ?? ''} ${container ? '' : (parent?.getAttribute('class') ?? '')} ${label}`;
    if (UPDATE.test(around) && !/\bpublished\b/iu.test(around)) continue;
    const date = machineDate(element);
    if (date) return date;
  }
  // A short element the page classes as its date ("<div class="news-date">25.11.2026 09:12</div>"), outside lists and asides.
  for (const element of document.querySelectorAll('[class*="date"], [class*="Date"], [class*="published"]')) {
    if (element.closest('aside, nav, footer, li, [class*="related"], [class*="more"]')) continue;
    const text = collapseWhitespace(element.textContent ?? '');
    if (text.length > 80 || UPDATE.test(`${element.getAttribute('class') ?? ''} ${text}`)) continue;
    const date = parseDate(text);
    if (date) return date;
  }
  for (const name of DATE_META) {
    const value = meta.get(name);
    const date = value === undefined ? undefined : (isoDatePart(value) ?? parseDate(value) ?? undefined);
    if (date) return date;
  }
  if (byline && !UPDATE.test(byline)) return parseDate(byline) ?? undefined;
  return undefined;
}

/** A byline without the date and the labels printed after the name: "Jonas Ebb, Europe correspondent Saturday 4 April 2026 …" → "Jonas Ebb, Europe correspondent". */
export function bylineName(byline: string): string {
  const date = parseDate(byline);
  if (date === null) return byline;
  const cut = /\s*[|·•,–—-]?\s*(?:(?:published|posted|updated|on)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\.?\s+\d{1,2}|\d{4}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})/iu.exec(byline);
  const name = cut && cut.index > 0 ? byline.slice(0, cut.index).replace(/[\s|·•,–—-]+$/u, '') : byline;
  return name || byline;
}
