/**
 * A page's title line in scraped text: the headline with the site's name
 * after a bar or dash, printed above the headline itself. Read by the
 * headline finder, the `page-title` clutter rule and the publisher finder.
 */
import { wordCount } from './text-shape.ts';

/** "Dam taken, Kaspia says | Daily Planet": a headline, a bar or dash, a short name (the page's title line). */
const SITE_SUFFIX = /^(.{10,300}?)\s+[|–—-]\s+([^|–—]{2,40})$/u;

/**
 * The headline and the site's name of a page-title line, when the part
 * before the bar or dash is printed on the page as a line of its own
 * (`lines`, lower-cased) and the part after it is a short name (1–4 words, no
 * sentence punctuation): "Dam taken, Kaspia says | Daily Planet" above
 * "Dam taken, Kaspia says". Null otherwise.
 */
export function pageTitle(text: string, lines: ReadonlySet<string>): { headline: string; site: string } | null {
  const m = SITE_SUFFIX.exec(text);
  const [headline, site] = [m?.[1]?.trim(), m?.[2]?.trim()];
  if (!headline || !site || !lines.has(headline.toLowerCase())) return null;
  if (wordCount(site) > 4 || /[.!?,;:]$/u.test(site) || !/^\p{Lu}/u.test(site)) return null;
  return { headline, site };
}


/** The site's name at the end of a line the `page-title` rule took out ("… | Daily Planet" → "Daily Planet"). */
export function titleSite(text: string): string | null {
  const site = SITE_SUFFIX.exec(text)?.[2]?.trim();
  return site && wordCount(site) <= 4 ? site : null;
}
