/**
 * The ingest's content-hash cache on disk (default `.factline-cache/`), so
 * that a rebuild skips the work whose inputs did not change: the
 * corpus-level step (`learnBoilerplate`, over every seed), the analysis of
 * each seed (`analyzeSeed`: clean, segment, claims, statuses), the match,
 * and the rendering of each page (`renderPage`: MDX built, serialized and
 * verified).
 *
 * - **Key**: SHA-256 of the entry's kind, the version of the stage that
 *   makes it (`stage-versions.ts`: the files the stage's code imports, the
 *   packages they use, Node; an analysis, a match and a page each have their
 *   own, so an edit to matching keeps every analysis) and
 *   everything the step reads: for an analysis the seed's name, its slug, its
 *   text, its metadata (file and sidecar) and its context (the lines the
 *   corpus-level step found to be its outlet's boilerplate, the desk's outlet
 *   rules); for a page the whole page data
 *   as JSON (article, claims after matching, editors' verdicts). Any change
 *   to the code or the input gives a new key.
 * - **Entry**: gzip of `{"format":1,"kind":…,"key":…,"outcome":…}`, the
 *   outcome as JSON. Outcomes that are problems are cached too (a seed that
 *   is empty stays empty), except `internal-error` ones, which may come from
 *   the machine rather than the input (a crashed worker): those are
 *   recomputed every time.
 * - **Layout**: `<dir>/v2/<2 hex>/<62 hex>.json.gz`, fanned out by the
 *   key's first byte like git's objects; the versions are in the keys, so
 *   entries of every version share the folders (10,000 articles give ~80
 *   files per folder per version).
 * - **Never trusted blindly**: an entry that cannot be read, does not
 *   gunzip (the gzip CRC catches truncation and corruption), does not parse,
 *   has another key or kind, or lacks the outcome's basic shape is a miss;
 *   it is recomputed and overwritten. Nothing here ever throws to the caller.
 * - **Written atomically**: to a temporary file beside the entry, then
 *   renamed, so a killed run never leaves half an entry (it may leave a
 *   `*.tmp` file, which is never read). Concurrent runs write the same bytes
 *   for the same key.
 * - **Never pruned**: entries of other versions stay, for switching
 *   branches back and forth. `rm -rf .factline-cache` empties it; it is
 *   rebuilt on the next run.
 *
 * A page read from the cache is not verified again: it was verified by
 * `verifyMdx` when it was made, by the same code (the version) from the same
 * page data (the key). The cache is trusted like the working tree it sits
 * in; use `--no-cache` to build without it.
 */
import type { AliasTable } from '../pipeline/resolve-speakers.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticlePage } from '../pipeline/build-mdast.ts';
import type { AnalysisOutcome, ClaimLinks, Problem, RenderOutcome } from '../pipeline/ingest.ts';
import { isStatus } from '../status.ts';
import { STAGES, type StageVersions } from './stage-versions.ts';
import type { Seed, SeedContext } from '../pipeline/types.ts';

/** The entry format; part of the layout, so that a new format starts a new folder. */
export const CACHE_FORMAT = 2;

/** The default cache folder, in the working directory. */
export const DEFAULT_CACHE_DIR = '.factline-cache';

export type CacheKind = 'analysis' | 'page' | 'links' | 'corpus';

export interface CacheOutcomes {
  analysis: AnalysisOutcome;
  page: RenderOutcome;
  links: { links: ClaimLinks[][] };
  corpus: { boilerplate: string[][] };
}

/** Hashes each field with its length, so that no two lists of fields hash alike. */
function digest(fields: readonly string[]): string {
  const hash = createHash('sha256');
  for (const field of fields) hash.update(`${Buffer.byteLength(field)}:`).update(field).update('\n');
  return hash.digest('hex');
}

/** The seed's metadata in a fixed order; `none` when it has none (distinct from `{}`). */
function metadataField(seed: Seed): string {
  if (seed.metadata === undefined) return 'none';
  return JSON.stringify(Object.entries(seed.metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The key of a seed's analysis: the seed, its slug, and its context (what the
 * corpus-level step learned for it, and the desk's outlet rules), so that a
 * line becoming boilerplate, or a changed desk rule, analyses it again.
 */
export function analysisKey(version: string, seed: Seed, slug: string, context: SeedContext): string {
  return digest(['analysis', String(CACHE_FORMAT), version, seed.name, slug, seed.text, metadataField(seed), JSON.stringify(context)]);
}

/** The key of a page's rendering. */
export function pageKey(version: string, page: ArticlePage): string {
  return digest(['page', String(CACHE_FORMAT), version, JSON.stringify(page)]);
}

/**
 * The key of a match: the threshold and the keys of every analysis, in
 * order. Unchanged seeds (an editor only changed a verdict) give the same
 * key; one changed or added seed changes it, and everything is matched again
 * (IDF weights depend on the whole corpus).
 */
export function linksKey(version: string, threshold: number, analysisKeys: readonly string[], aliases: AliasTable = new Map()): string {
  return digest(['links', String(CACHE_FORMAT), version, String(threshold), JSON.stringify([...aliases]), ...analysisKeys]);
}

/**
 * The key of the corpus-level step (`learnBoilerplate`): every seed's name
 * and text, in the ingest's order. Any added, removed or edited seed changes
 * it; a verdict does not.
 */
export function corpusKey(version: string, ordered: readonly Seed[]): string {
  return digest(['corpus', String(CACHE_FORMAT), version, ...ordered.flatMap((seed) => [seed.name, seed.text])]);
}

/** Whether an outcome may be cached: anything but an internal error. */
export function isCacheable(outcome: AnalysisOutcome | RenderOutcome): boolean {
  return !('problem' in outcome) || outcome.problem.rule !== 'internal-error';
}

/** An entry's bytes, from the outcome already serialized as JSON. */
export function encodeEntry(kind: CacheKind, key: string, outcomeJson: string): Uint8Array {
  return gzipSync(`{"format":${CACHE_FORMAT},"kind":"${kind}","key":"${key}","outcome":${outcomeJson}}`, { level: 1 });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isProblem(value: unknown): value is Problem {
  return isObject(value) && typeof value.file === 'string' && typeof value.rule === 'string' && typeof value.reason === 'string';
}

/** The minimal shape of each kind's outcome: enough that a wrong entry cannot pass for a right one. */
const SHAPES: { [K in CacheKind]: (outcome: Record<string, unknown>) => boolean } = {
  analysis: (outcome) => {
    if ('problem' in outcome) return isProblem(outcome.problem);
    const analyzed = outcome.analyzed;
    return (
      isObject(analyzed) &&
      typeof analyzed.slug === 'string' &&
      isObject(analyzed.article) &&
      Array.isArray(analyzed.article.paragraphs) &&
      Array.isArray(analyzed.claims)
    );
  },
  page: (outcome) => ('problem' in outcome ? isProblem(outcome.problem) : typeof outcome.mdx === 'string'),
  corpus: (outcome) => Array.isArray(outcome.boilerplate) && outcome.boilerplate.every((lines) => Array.isArray(lines) && lines.every((line) => typeof line === 'string')),
  links: (outcome) =>
    Array.isArray(outcome.links) &&
    outcome.links.every(
      (article) =>
        Array.isArray(article) &&
        article.every(
          (claim) =>
            isObject(claim) && Array.isArray(claim.related) && isStatus(claim.status) && typeof claim.cue === 'string' && typeof claim.rationale === 'string',
        ),
    ),
};

/** The outcome an entry holds, or undefined when it is not a sound entry for `kind` and `key`. */
export function decodeEntry<K extends CacheKind>(kind: K, key: string, bytes: Uint8Array): CacheOutcomes[K] | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(entry) || entry.format !== CACHE_FORMAT || entry.kind !== kind || entry.key !== key) return undefined;
  const outcome = entry.outcome;
  if (!isObject(outcome) || !SHAPES[kind](outcome)) return undefined;
  return outcome as unknown as CacheOutcomes[K];
}

let temporaries = 0;

/** The cache for one version of each stage of the pipeline, in `root`. */
export class IngestCache {
  readonly root: string;
  /** Each stage's version (a string: the same one for every stage, for tests). */
  readonly versions: StageVersions;
  /** Where the entries go. */
  readonly dir: string;
  /** Why writes failed, at most a few; the run goes on without them. */
  readonly writeErrors: string[] = [];
  writeFailures = 0;
  readonly #made = new Set<string>();

  constructor(root: string, versions: StageVersions | string) {
    this.root = root;
    this.versions = typeof versions === 'string' ? (Object.fromEntries(STAGES.map((stage) => [stage, versions])) as StageVersions) : { ...versions };
    this.dir = join(root, `v${CACHE_FORMAT}`);
  }

  pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json.gz`);
  }

  /** The cached outcome, or undefined (absent, unreadable or unsound entry). */
  read<K extends CacheKind>(kind: K, key: string): CacheOutcomes[K] | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(key));
    } catch {
      return undefined;
    }
    return decodeEntry(kind, key, bytes);
  }

  /** Stores an entry (from `encodeEntry`), atomically; a failure is recorded, never thrown. */
  write(key: string, entry: Uint8Array): void {
    const path = this.pathOf(key);
    const temporary = `${path}.${process.pid}-${threadId}-${++temporaries}.tmp`;
    try {
      const folder = dirname(path);
      if (!this.#made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.#made.add(folder);
      }
      writeFileSync(temporary, entry);
      renameSync(temporary, path);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a stray temporary file is never read.
      }
      this.writeFailures++;
      if (this.writeErrors.length < 3) this.writeErrors.push((error as Error).message);
    }
  }
}
