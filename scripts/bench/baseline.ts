/**
 * The baseline the full build is compared with: the same cleaned article
 * texts published as plain Markdown pages by a minimal Astro project, then
 * indexed by Pagefind. No claims, no annotation, no claim/speaker pages, no
 * exports: what it costs to publish just the text.
 *
 * The texts come from `clean()` on the same seeds (run in the benchmark's own
 * process, not timed): each page is the article's title and its body
 * paragraphs, exactly the paragraphs the full site renders. The project uses
 * the same Astro, the same Markdown renderer (unified/remark through
 * `@astrojs/markdown-remark`, GFM and smart quotes off) and the same
 * `node_modules` (a symlink to the repository's), one page per article
 * (`data-pagefind-body`) plus an index page listing them all.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSeeds } from '../io/read-seeds.ts';
import { clean } from '../pipeline/clean.ts';
import { applySeedMetadata } from '../pipeline/seed-metadata.ts';
import { slugify } from '../pipeline/slug.ts';

/** Backslash-escapes what Markdown would read as syntax, so each page renders as the plain text it is. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#&!{}]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=~|])/, '\\$1');
}

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

// The same renderer and options as the full site's article pages, without its plugin.
const processor = unified({ gfm: false, smartypants: false });

export default defineConfig({
  site: 'https://factline.example',
  outDir: process.env.FACTLINE_OUT_DIR || './dist',
  markdown: { processor, gfm: false, smartypants: false },
});
`,
  'src/content.config.ts': `import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './articles' }),
  schema: z.object({ title: z.string(), publisher: z.string().nullable() }),
});

export const collections = { articles };
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const articles = (await getCollection('articles')).sort((a, b) => (a.id < b.id ? -1 : 1));
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Articles</title></head>
  <body>
    <h1>Articles</h1>
    <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul>
  </body>
</html>
`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{article.data.title}</h1>
      <p data-pagefind-filter="publisher">{article.data.publisher ?? 'unknown'}</p>
      <Content />
    </main>
  </body>
</html>
`,
};

export interface BaselineProject {
  root: string;
  pages: number;
}

/**
 * Writes the baseline project into `root`: its config and pages, and one
 * `articles/<slug>.md` per seed in `seedsDir` that cleans to an article.
 */
export async function writeBaselineProject(root: string, seedsDir: string, nodeModules: string): Promise<BaselineProject> {
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
  }
  await symlink(nodeModules, join(root, 'node_modules'), 'dir');
  await mkdir(join(root, 'articles'), { recursive: true });
  const { seeds } = await readSeeds(seedsDir);
  let pages = 0;
  for (const seed of seeds) {
    let article;
    try {
      article = applySeedMetadata(clean(seed), seed.metadata);
    } catch {
      continue; // The full build skips such a seed too.
    }
    const front = `---\ntitle: ${JSON.stringify(article.title)}\npublisher: ${JSON.stringify(article.publisher)}\n---\n\n`;
    await writeFile(join(root, 'articles', `${slugify(seed.name)}.md`), `${front}${article.paragraphs.map(escapeMarkdown).join('\n\n')}\n`);
    pages++;
  }
  return { root, pages };
}
