/**
 * One file per article with its details (`article-schema.ts` `ArticleDetail`),
 * written by the loader next to Astro's content store and read by the
 * article's own page and the exports while the site is built, one article at
 * a time.
 *
 * Astro serializes its whole content store into one module that every build
 * bundles and loads; with the details of 10,000 articles in it that module
 * alone would hold ~200 MB of JSON. Here the store keeps only summaries, and
 * each detail file is read when its page is rendered, then dropped.
 *
 * - Folder: `<cacheDir>/factline-articles/<hash of the content folder>/`, so
 *   builds of other content folders sharing a cache folder (tests, benchmarks)
 *   do not overwrite each other's files; it lives and goes with Astro's cache
 *   (a build with `force` rewrites every file). After each full sync the
 *   files no entry refers to are removed.
 * - Each file is named after the page and the digest of the bytes it was read
 *   from, and carries the format it was written in: a reader asking for
 *   another format gets nothing (and reads the page file itself).
 * - Written to a temporary name, then renamed: a reader never sees half a file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleDetail } from './article-schema.ts';

interface DetailFile {
  format: string;
  data: ArticleDetail;
}

/** The folder of the detail files of the pages in `contentFolder`. */
export function detailsFolder(cacheDir: URL | string, contentFolder: string): string {
  const cache = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  const key = createHash('sha256').update(resolve(contentFolder)).digest('hex').slice(0, 16);
  return join(cache, 'factline-articles', key);
}

/** Makes the folder (once, before writing files into it). */
export async function makeDetailsFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

/** The detail file of the page `id` read from bytes with this digest. */
export function detailPath(folder: string, id: string, digest: string | number): string {
  return join(folder, `${id}.${digest}.json`);
}

/** The name of a detail file, as `sweepDetails` wants it. */
export function detailName(path: string): string {
  return basename(path);
}

export async function writeDetail(path: string, format: string, data: ArticleDetail): Promise<void> {
  const file: DetailFile = { format, data };
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, JSON.stringify(file));
  await rename(temporary, path);
}

export async function detailExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * The details stored in this file in this format, or null (no file, or another
 * format). Read synchronously: pages are rendered one at a time, and for a
 * small file one blocking read is several times cheaper than the thread-pool
 * round trips of an asynchronous one (thousands of reads per build).
 */
export async function readDetail(path: string, format: string): Promise<ArticleDetail | null> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const file = JSON.parse(text) as DetailFile;
    return file.format === format ? file.data : null;
  } catch {
    return null;
  }
}

export async function removeDetail(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** Removes the files of the folder that are not in `keep` (names): details of pages since changed or removed, leftovers. */
export async function sweepDetails(folder: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder)) {
    if (keep.has(name)) continue;
    await rm(join(folder, name), { force: true });
    removed += 1;
  }
  return removed;
}
