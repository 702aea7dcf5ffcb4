// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import factlineDev from './src/integrations/factline-dev.ts';
import remarkKeepClaimParagraphs from './src/markdown/remark-keep-claim-paragraphs.ts';
import { siteConfig } from './src/site.config.ts';

// Article pages are rendered by unified/remark-mdx: the same parser that
// scripts/pipeline/serialize-mdx.ts uses to verify every generated page
// before it is written. (Astro 7's default MDX engine, satteri, is a
// different parser; the safety proof only holds for the parser it checked.)
//
// Markdown extensions that would rewrite seed text (smart quotes) or turn it
// into markup (GFM autolinks, strikethrough, tables) are off: an article's
// text must render exactly as the ingest wrote and verified it.
const processor = unified({ remarkPlugins: [remarkKeepClaimParagraphs], gfm: false, smartypants: false });

export default defineConfig({
  // Where dist/ will be served from: src/site.config.ts (defaults, FACTLINE_SITE / FACTLINE_BASE), validated there.
  site: siteConfig.site,
  base: siteConfig.base,
  outDir: process.env.FACTLINE_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  markdown: { processor, gfm: false, smartypants: false },
  // factlineDev: in `astro dev` only, re-runs the ingest when a seed or a verdict changes (src/integrations/factline-dev.ts).
  integrations: [mdx({ processor, gfm: false, smartypants: false, extendMarkdownConfig: false }), sitemap(), factlineDev()],
});
