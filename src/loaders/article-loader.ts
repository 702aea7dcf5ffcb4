/**
 * The `articles` collection's loader: reads `<content>/articles/*.mdx` (the
 * ingest's output) as data instead of compiling one MDX module per article.
 *
 * For each page file it parses the frontmatter and the body
 * (`article-body.ts`), validates the whole (`article-schema.ts`
 * `articleDetail`), writes the details to a file of their own
 * (`article-details.ts`) and puts only the article's summary in Astro's
 * content store (validated by the collection's schema, `articleSummary`).
 * Many files are read on all cores (`read-pool.ts`), and stored in file-name
 * order.
 *
 * - Each entry keeps a digest of its page file: on a later build with the same
 *   cache folder, an unchanged file is not read again, a removed file's entry
 *   (and details) are dropped. A change of the schemas or of `BODY_FORMAT`
 *   re-reads everything.
 * - In `astro dev` it watches the folder: a file that is added, changed or
 *   removed updates its entry only. A file that is refused is reported and
 *   keeps its last good entry, so the dev server keeps running; in a build it
 *   stops the build.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { detailExists, detailName, detailPath, detailsFolder, makeDetailsFolder, readDetail, removeDetail, sweepDetails } from './article-details.ts';
import { DETAIL_FORMAT, readAndStore, readArticle, type ReadResult, type ReadTask } from './article-read.ts';
import type { ArticleDetail } from './article-schema.ts';
import { readAll } from './read-pool.ts';
import { forgedVerdict, type ReviewedClaim } from './verdict-check.ts';

export { DETAIL_FORMAT, readArticle };

export interface ArticleLoaderOptions {
  /** The folder of the `*.mdx` pages, relative to the project root or absolute. */
  base: string;
}

const EXTENSION = '.mdx';

/** The entry id of a page file: its name without `.mdx` (the ingest names each page after its slug). */
export function entryId(name: string): string | null {
  if (!name.endsWith(EXTENSION) || name.startsWith('.') || name.includes('/') || name.includes(sep)) return null;
  return name.slice(0, -EXTENSION.length);
}

/** The article's details, for a page being rendered: from its detail file, or (missing, another format) from the page file. */
export async function loadDetail(summary: { file: string; detailFile: string; slug: string }): Promise<ArticleDetail> {
  const stored = await readDetail(summary.detailFile, DETAIL_FORMAT);
  if (stored) return stored;
  return readArticle(await readFile(summary.file, 'utf8'), summary.file, summary.slug);
}

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'factline-articles',
    load: async ({ config, store, meta, logger, parseData, generateDigest, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const folder = isAbsolute(options.base) ? options.base : resolve(root, options.base);
      const verdictsFolder = join(dirname(folder), 'verdicts');
      const details = detailsFolder(config.cacheDir, folder);

      // Entries made by another version of the reading rules or schemas are not reused.
      if (meta.get('format') !== DETAIL_FORMAT) {
        store.clear();
        meta.set('format', DETAIL_FORMAT);
      }
      await makeDetailsFolder(details);

      const displayPath = (file: string) => relative(root, file).split(sep).join('/');

      /** What to read of a page file: nothing when the store has it from the same bytes. */
      async function prepare(name: string): Promise<ReadTask | null> {
        const id = entryId(name)!;
        const file = join(folder, name);
        const contents = readFileSync(file, 'utf8');
        const digest = generateDigest(contents);
        const detailFile = detailPath(details, id, digest);
        const existing = store.get(id);
        if (existing?.digest === digest && (await detailExists(detailFile))) return null;
        return { id, contents, file, displayPath: displayPath(file), detailFile, digest };
      }

      /** Puts a page that was read into the store (or stops on one that was refused). */
      async function store1(task: Omit<ReadTask, 'contents'>, result: ReadResult): Promise<void> {
        if ('error' in result) throw new Error(result.error);
        const forged = forgedVerdict(task.displayPath, task.id, result.summary.claims, verdictsFolder);
        if (forged) throw new Error(forged);
        const existing = store.get(task.id);
        const data = await parseData({ id: task.id, data: result.summary, filePath: task.file });
        store.set({ id: task.id, data, filePath: task.displayPath, digest: task.digest });
        if (existing?.digest !== undefined && existing.digest !== task.digest) await removeDetail(detailPath(details, task.id, existing.digest));
      }

      /** Reads one page (dev: a file that changed), unless unchanged. */
      async function sync(name: string): Promise<'read' | 'kept'> {
        const task = await prepare(name);
        if (!task) return 'kept';
        await store1(task, await readAndStore(task));
        return 'read';
      }

      async function remove(id: string): Promise<void> {
        const digest = store.get(id)?.digest;
        store.delete(id);
        if (digest !== undefined) await removeDetail(detailPath(details, id, digest));
      }

      let names: string[];
      try {
        const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => entryId(entry.name) !== null);
        // A folder (or a FIFO) named like a page is not a page: said, and left out, rather than an EISDIR trace.
        for (const entry of entries) if (!entry.isFile()) logger.warn(`${join(folder, entry.name)}: Unexpected ${entry.isDirectory() ? 'folder' : entry.isSymbolicLink() ? 'symbolic link' : 'special file'} named like a page, expected a file; left out`);
        names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        logger.warn(`The articles folder ${folder} does not exist: no articles.`);
        names = [];
      }
      const present = new Set(names.map((name) => entryId(name)!));
      for (const id of store.keys()) if (!present.has(id)) await remove(id);
      // Read on all cores; stored in file-name order. (The files' text is not kept here.)
      const tasks: (Omit<ReadTask, 'contents'> | null)[] = new Array(names.length).fill(null);
      const results = await readAll(names, async (name, index) => {
        const task = await prepare(name);
        if (task) tasks[index] = { id: task.id, file: task.file, displayPath: task.displayPath, detailFile: task.detailFile, digest: task.digest };
        return task;
      });
      let read = 0;
      for (const [index, result] of results.entries()) {
        if (result === null) continue;
        await store1(tasks[index]!, result);
        read += 1;
      }
      // Pages not read again are checked too: a verdict file may have gone since.
      for (const id of store.keys()) {
        const entry = store.get(id)!;
        const forged = forgedVerdict(entry.filePath ?? id, id, (entry.data as { claims: ReviewedClaim[] }).claims, verdictsFolder);
        if (forged) throw new Error(forged);
      }
      logger.info(`${names.length} article(s): ${read} read, ${names.length - read} unchanged since the last build`);
      // Detail files no entry refers to (pages changed or removed since, other formats, interrupted writes).
      const keep = new Set<string>();
      for (const id of store.keys()) {
        const digest = store.get(id)?.digest;
        if (digest !== undefined) keep.add(detailName(detailPath(details, id, digest)));
      }
      await sweepDetails(details, keep);

      if (!watcher) return;
      watcher.add(folder);
      const nameIn = (path: string): string | null => {
        const rel = relative(folder, path);
        return rel === '' || rel.startsWith('..') || isAbsolute(rel) || entryId(rel) === null ? null : rel;
      };
      const onChange = async (path: string) => {
        const name = nameIn(path);
        if (name === null) return;
        try {
          if ((await sync(name)) === 'read') logger.info(`Reloaded ${name}`);
        } catch (error) {
          logger.error(`${(error as Error).message}\n(the page keeps its last good version)`);
        }
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (path: string) => {
        const name = nameIn(path);
        if (name !== null) void remove(entryId(name)!);
      });
    },
  };
}
