/**
 * The `<head>` tags every page shares: canonical URL, the feed link, Open
 * Graph and Twitter card tags. Pure, unit tested; `Base.astro` renders them.
 */
import type { SiteConfig } from '../site.config.ts';
import { absoluteUrl, canonicalUrl } from './site-urls.ts';

export const RSS_PATH = 'rss.xml';
/** Written by @astrojs/sitemap. */
export const SITEMAP_PATH = 'sitemap-index.xml';

export interface PageMetaInput {
  /** The page's own title (without the site title). */
  title: string;
  description: string;
  /** Astro.url.pathname: the page's path, base path included. */
  pathname: string;
  /** `article` on article pages, else `website`. */
  type: 'website' | 'article';
  /** Article pages: the published date (YYYY-MM-DD), when known. */
  published?: string | null;
}

export interface PageMeta {
  /** The `<title>`: "Page · Site", or the site title alone on the home page. */
  documentTitle: string;
  canonical: string;
  feed: { href: string; title: string };
  /** `<meta property=… content=…>`: Open Graph. */
  properties: { property: string; content: string }[];
  /** `<meta name=… content=…>`: description and Twitter card. */
  names: { name: string; content: string }[];
}

export function pageMeta(input: PageMetaInput, config: SiteConfig): PageMeta {
  const canonical = canonicalUrl(config, input.pathname);
  const documentTitle = input.title === config.title ? input.title : `${input.title} · ${config.title}`;
  const properties = [
    { property: 'og:type', content: input.type },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: canonical },
    { property: 'og:site_name', content: config.title },
  ];
  if (input.type === 'article' && input.published) properties.push({ property: 'article:published_time', content: input.published });
  return {
    documentTitle,
    canonical,
    feed: { href: absoluteUrl(config, RSS_PATH), title: config.title },
    properties,
    names: [
      { name: 'description', content: input.description },
      // X reads the title and description from og:title and og:description when its own tags are missing.
      { name: 'twitter:card', content: 'summary' },
    ],
  };
}
