// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import factlineDev from './src/integrations/factline-dev.ts';
import remarkKeepClaimParagraphs from './src/markdown/remark-keep-claim-paragraphs.ts';
import { siteConfig } from './src/site.config.ts';
import { notARedirect } from './src/lib/story-redirects.ts';

// The generated article pages (content/articles/*.mdx) are not compiled as
// MDX modules: src/loaders/article-loader.ts reads them as data with
// unified/remark-mdx, the parser family scripts/pipeline/serialize-mdx.ts
// verifies every page with, and one Astro component renders them (see
// docs/benchmarks.md: at 1,000 articles, compiling one MDX module per page
// took most of the build's time and memory).
//
// The MDX integration stays for hand-written .mdx pages in src/pages, with the
// same unified processor. (Astro 7's default MDX engine, satteri, is a
// different parser; the safety proof only holds for the parser it checked.)
// Markdown extensions that would rewrite text (smart quotes) or turn it into
// markup (GFM autolinks, strikethrough, tables) are off.
const processor = unified({ remarkPlugins: [remarkKeepClaimParagraphs], gfm: false, smartypants: false });

export default defineConfig({
  // Where dist/ will be served from: src/site.config.ts (defaults, FACTLINE_SITE / FACTLINE_BASE), validated there.
  site: siteConfig.site,
  base: siteConfig.base,
  outDir: process.env.FACTLINE_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  markdown: { processor },
  // The sitemap leaves out the redirect pages of retired story ids (src/lib/story-redirects.ts).
  // factlineDev: in `astro dev` only, re-runs the ingest when a seed or a verdict changes (src/integrations/factline-dev.ts).
  integrations: [mdx({ processor, gfm: false, smartypants: false, extendMarkdownConfig: false }), sitemap({ filter: notARedirect() }), factlineDev()],
});
