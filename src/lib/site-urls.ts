/**
 * Absolute URLs of the site's pages, for the places that need them: JSON-LD,
 * the annotation export, feeds, canonical and Open Graph tags. Pure: takes
 * the site configuration instead of reading Astro's.
 */
import type { SiteConfig } from '../site.config.ts';

export type SiteLocation = Pick<SiteConfig, 'site' | 'base'>;

/** Path of an article page under the base path: `articles/<slug>/`. */
export function articleSlugPath(slug: string): string {
  return `articles/${slug}/`;
}

/** Absolute URL of a site path given relative to the base path (`articles/x/`, `/`, `rss.xml`). */
export function absoluteUrl(location: SiteLocation, path: string): string {
  return new URL(`${location.base}${path.replace(/^\/+/, '')}`, `${location.site}/`).href;
}

/** Absolute URL of an article page. */
export function articleUrl(location: SiteLocation, slug: string): string {
  return absoluteUrl(location, articleSlugPath(slug));
}

/** Absolute URL of a claim: its anchor in its article page. */
export function claimUrl(location: SiteLocation, slug: string, claimId: string): string {
  return `${articleUrl(location, slug)}#${claimId}`;
}

/**
 * The canonical absolute URL of the page at `pathname` (as Astro gives it,
 * base path included): pages end with "/" (the site is built as folders),
 * files (`rss.xml`) keep their name.
 */
export function canonicalUrl(location: SiteLocation, pathname: string): string {
  const last = pathname.split('/').pop() ?? '';
  const path = pathname === '' || pathname.endsWith('/') || last.includes('.') ? pathname || '/' : `${pathname}/`;
  return new URL(path.startsWith('/') ? path : `/${path}`, `${location.site}/`).href;
}
