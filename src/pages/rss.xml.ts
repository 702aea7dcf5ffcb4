/** /rss.xml: the latest FEED_ITEMS articles, newest first (see src/lib/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles.ts';
import { feedItems } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/site-urls.ts';
import { FEED_ITEMS, siteConfig } from '../site.config.ts';
import { ui } from '../strings.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  return rss({
    title: siteConfig.title,
    description: ui.siteTagline,
    site: absoluteUrl(siteConfig, '/'),
    items: feedItems(
      articles.map(({ data }) => data),
      siteConfig,
      FEED_ITEMS,
    ),
    customData: '<language>en</language>',
  });
};
