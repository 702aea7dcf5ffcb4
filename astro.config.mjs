// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Markdown extensions that would rewrite seed text (smart quotes) or turn it
// into markup (GFM autolinks, strikethrough, tables) are off: an article's
// text must render exactly as the ingest wrote and verified it.
const markdown = { gfm: false, smartypants: false };

export default defineConfig({
  // FACTLINE_SITE / FACTLINE_BASE: where dist/ will be served from.
  site: process.env.FACTLINE_SITE || 'https://factline.example',
  base: process.env.FACTLINE_BASE || '/',
  outDir: process.env.FACTLINE_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  markdown,
  integrations: [mdx({ ...markdown, extendMarkdownConfig: false })],
});
