/**
 * How a consumer reads the site's exports from a built `dist/` (contract in
 * README.md, "claims.json" and "annotations.jsonld"): all the claims through
 * the index `claims.json` and its shards, all the annotations from the
 * AnnotationCollection `annotations.jsonld` along its pages. The tests and
 * `scripts/screenshots.ts` read them this way. Over HTTP it is the same walk
 * with `fetch` instead of a file read. Since version 3 the shard files and
 * the annotation pages are gzip files (`.gz`): they are read decompressed.
 *
 * The URLs in the files carry the site's base path (`/factline/claims/…`;
 * the annotations' are absolute): a URL is read as the file at the same
 * place under `dist/`, found by taking off the part of the index's own URL
 * before `claims.json` (or the collection's before `annotations.jsonld`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ClaimsIndexFile {
  format: string;
  version: number;
  url: string;
  compression: 'gzip';
  counts: { articles: number; claims: number; clusters: number };
  limits: { claims: number; clusters: number; bytes: number };
  shards: { url: string; articles: number; claims: number }[];
  clusters: { url: string; clusters: number; first: string | null; last: string | null }[];
}

export interface ClaimsExport<Article, Claim, Cluster> {
  index: ClaimsIndexFile;
  /** Every article, claim and cluster, in the order of the shards: the same lists the single file of version 1 held. */
  articles: Article[];
  claims: Claim[];
  clusters: Cluster[];
  /** The files read, relative to `dist/`, with their size in bytes (as stored: compressed for a `.gz`). */
  files: { path: string; bytes: number }[];
}

function readJson(dist: string, path: string, files: { path: string; bytes: number }[]): unknown {
  const bytes = readFileSync(join(dist, path));
  files.push({ path, bytes: bytes.length });
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
}

/** The file under `dist/` of a URL whose site part is `root`. */
function pathOf(url: string, root: string): string {
  if (!url.startsWith(root)) throw new Error(`Unexpected URL \`${url}\`, expected one under \`${root}\``);
  return url.slice(root.length);
}

/** All of `claims.json`: the index, then each claim shard and cluster shard it lists, concatenated in order. */
export function readClaimsExport<Article = unknown, Claim = unknown, Cluster = unknown>(dist: string): ClaimsExport<Article, Claim, Cluster> {
  const files: { path: string; bytes: number }[] = [];
  const index = readJson(dist, 'claims.json', files) as ClaimsIndexFile;
  if (index.format !== 'factline-claims' || index.version !== 3) throw new Error(`Unexpected claims.json format \`${index.format}\` version \`${index.version}\`, expected factline-claims version 3`);
  const root = index.url.slice(0, -'claims.json'.length);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const clusters: Cluster[] = [];
  for (const shard of index.shards) {
    const file = readJson(dist, pathOf(shard.url, root), files) as { articles: Article[]; claims: Claim[] };
    articles.push(...file.articles);
    claims.push(...file.claims);
  }
  for (const shard of index.clusters) clusters.push(...(readJson(dist, pathOf(shard.url, root), files) as { clusters: Cluster[] }).clusters);
  return { index, articles, claims, clusters, files };
}

export interface AnnotationsExport<Annotation> {
  collection: { id: string; type: string; label: string; total: number; first?: string; last?: string; [key: string]: unknown };
  pages: { id: string; type: string; partOf: string; startIndex: number; prev?: string; next?: string; items: Annotation[]; [key: string]: unknown }[];
  /** Every annotation, page after page. */
  items: Annotation[];
  files: { path: string; bytes: number }[];
}

/** All of `annotations.jsonld`: the collection, then its pages from `first` along `next`. */
export function readAnnotationsExport<Annotation = unknown>(dist: string): AnnotationsExport<Annotation> {
  const files: { path: string; bytes: number }[] = [];
  const collection = readJson(dist, 'annotations.jsonld', files) as AnnotationsExport<Annotation>['collection'];
  const root = collection.id.slice(0, -'annotations.jsonld'.length);
  const pages: AnnotationsExport<Annotation>['pages'] = [];
  const seen = new Set<string>();
  for (let url = collection.first; url !== undefined; url = pages.at(-1)!.next) {
    if (seen.has(url)) throw new Error(`Unexpected loop in the annotation pages at \`${url}\``);
    seen.add(url);
    pages.push(readJson(dist, pathOf(url, root), files) as AnnotationsExport<Annotation>['pages'][number]);
  }
  return { collection, pages, items: pages.flatMap((page) => page.items), files };
}
