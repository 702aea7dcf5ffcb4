import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/article-loader.ts';
import { articleSummary } from './loaders/article-schema.ts';

/** The folder the ingest writes to (`content/` unless FACTLINE_CONTENT_DIR says otherwise). */
const contentDir = process.env.FACTLINE_CONTENT_DIR || './content';

/**
 * The article pages are read as data, not compiled as MDX modules
 * (src/loaders/article-loader.ts): each page file is validated whole
 * (`articleDetail` in src/loaders/article-schema.ts); the collection holds
 * each article's summary, and its page reads its details from the loader's
 * file (`loadDetail`).
 */
const articles = defineCollection({
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: articleSummary,
});

export const collections = { articles };
