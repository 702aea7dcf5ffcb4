/**
 * Reads `seeds/` into seeds: plain text (`.txt`), saved web pages
 * (`.html`, `.htm`) and Markdown (`.md`, `.markdown`), the latter two turned
 * into plain paragraphs with their own metadata, and each seed's optional
 * `<name>.meta.yaml` sidecar applied over that metadata.
 *
 * Refuses what is not an article file: unsupported types, binary data,
 * invalid UTF-8, oversized files, invalid sidecars and sidecars without a
 * seed. Each refusal names the file and the reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../pipeline/errors.ts';
import type { Problem } from '../pipeline/ingest.ts';
import type { Seed, SeedMetadata } from '../pipeline/types.ts';
import { extractHtml } from './extract-html.ts';
import { extractMarkdown } from './extract-markdown.ts';
import { CONTROL_CHARACTERS, readSidecar } from './read-sidecar.ts';

/** File types the ingest reads. */
export const SEED_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.markdown'] as const;

/** A seed's metadata sidecar: `<seed name without extension>.meta.yaml`. */
const SIDECAR = /\.meta\.ya?ml$/i;

/** Files in `seeds/` that are not seeds and are passed over silently. */
const NOT_SEEDS = [/^\./, /^readme(\.md|\.markdown)?$/i];

/** Larger files are refused: no article is this long, and the build must stay responsive. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/** Larger sidecars are refused: a sidecar holds six short fields. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

export interface ReadSeedsResult {
  seeds: Seed[];
  skipped: Problem[];
  /** Seeds read, but with something left out (a frontmatter field Factline cannot use). */
  warnings: Problem[];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** The name without its extension: `a.b.txt` → `a.b`. */
function baseOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

function tooLarge(name: string, size: number, max: number): Problem {
  return { file: name, rule: 'too-large', reason: `${name}: Unexpected file of ${size} bytes, expected at most ${max} bytes [too-large]` };
}

/** Decodes one seed file, or says why it cannot be read as an article. */
export function decodeSeed(name: string, bytes: Uint8Array, maxBytes = MAX_SEED_BYTES): Seed | Problem {
  if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
  if (bytes.includes(0)) {
    return { file: name, rule: 'binary-file', reason: `${name}: Unexpected binary data (NUL byte), expected UTF-8 text [binary-file]` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { name, text };
  } catch {
    return { file: name, rule: 'invalid-utf8', reason: `${name}: Unexpected invalid UTF-8, expected UTF-8 text [invalid-utf8]` };
  }
}

/** Reads and decodes a file, checking its size before reading it. */
async function readText(directory: string, name: string, maxBytes: number): Promise<Seed | Problem> {
  const path = join(directory, name);
  const { size } = await stat(path);
  if (size > maxBytes) return tooLarge(name, size, maxBytes);
  return decodeSeed(name, await readFile(path), maxBytes);
}

/**
 * A seed from its decoded text, by file type: `.txt` as it is; HTML and
 * Markdown turned into plain paragraphs with the metadata they carry.
 * Throws `IngestError` (invalid Markdown frontmatter).
 */
export function seedFromText(name: string, text: string, warn: (reason: string) => void = () => {}): Seed {
  const extension = extensionOf(name);
  if (extension === '.html' || extension === '.htm') return withoutControls(withMetadata({ name, ...extractHtml(name, text) }));
  if (extension === '.md' || extension === '.markdown') {
    const { warnings, ...extracted } = extractMarkdown(name, text);
    for (const reason of warnings ?? []) warn(reason);
    return withoutControls(withMetadata({ name, ...extracted }));
  }
  return withoutControls({ name, text });
}

const CONTROLS = new RegExp(CONTROL_CHARACTERS.source, 'gu');

/**
 * The seed with control characters taken out of its text and of the
 * metadata the page carried (`&#1;` in HTML, `\x1b` in a text file, `\a` in
 * Markdown frontmatter): they are not text, and XML (the RSS feed) refuses
 * them. Tabs and line breaks stay. (A sidecar with one is refused instead:
 * a person wrote it, and should know.)
 */
function withoutControls(seed: Seed): Seed {
  const clean = (value: string) => (CONTROL_CHARACTERS.test(value) ? value.replace(CONTROLS, '') : value);
  const metadata = seed.metadata
    ? Object.fromEntries(Object.entries(seed.metadata).map(([key, value]) => [key, typeof value === 'string' ? clean(value) : value]))
    : undefined;
  return { ...seed, text: clean(seed.text), ...(metadata ? { metadata } : {}) };
}

/** Drops an empty metadata object, so that a seed without metadata has none. */
function withMetadata(seed: Seed): Seed {
  return seed.metadata && Object.keys(seed.metadata).length === 0 ? { name: seed.name, text: seed.text } : seed;
}

function problemOf(name: string, error: unknown, kind: string): Problem {
  if (error instanceof IngestError) return { file: name, rule: error.ruleId, reason: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { file: name, rule: 'unreadable-file', reason: `${name}: Unexpected error reading it as ${kind} (${message}), expected a readable ${kind} file [unreadable-file]` };
}

/** The sidecar's metadata, or why it (and so its seed) is refused. */
async function readSidecarFile(directory: string, seedName: string, sidecarName: string): Promise<SeedMetadata | Problem> {
  const decoded = await readText(directory, sidecarName, MAX_SIDECAR_BYTES).catch((error: unknown) => unreadable(sidecarName, error));
  if (!('text' in decoded)) {
    return { file: seedName, rule: 'invalid-sidecar', reason: decoded.reason.replace(/\[[\w-]+\]$/, '[invalid-sidecar]') };
  }
  try {
    return readSidecar(sidecarName, decoded.text);
  } catch (error) {
    const problem = problemOf(sidecarName, error, 'YAML');
    return { ...problem, file: seedName };
  }
}

/** A file the build user cannot read (permissions, I/O): reported, and the rest still builds. */
function unreadable(name: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return { file: name, rule: 'unreadable-file', reason: `${name}: Unexpected error reading the file (${code}), expected a file the build can read [unreadable-file]` };
}

const isProblem = (value: object): value is Problem => 'rule' in value && 'reason' in value && 'file' in value;

/**
 * Why an entry of the seeds folder is not read, or null when it is a file
 * to read. Nothing is skipped without a word: a symbolic link is not
 * followed (it could point outside `seeds/`), a folder or a device is not
 * an article, a hidden file (`.DS_Store`, `.gitkeep`) is not read.
 */
function notReadable(entry: Dirent): Problem | null {
  const name = entry.name;
  const skip = (rule: string, what: string, expected: string): Problem => ({ file: name, rule, reason: `${name}: Unexpected ${what}, expected ${expected} [${rule}]` });
  if (entry.isSymbolicLink()) return skip('not-a-file', 'symbolic link (not followed: it could point outside the seeds folder)', 'a regular file; copy the article into the folder');
  if (entry.isDirectory()) return skip('not-a-file', 'folder', 'a regular file (seeds are not read from subfolders)');
  if (!entry.isFile()) return skip('not-a-file', 'special file (FIFO, socket or device)', 'a regular file');
  if (name.startsWith('.')) return skip('hidden-file', 'hidden file (not read)', 'a seed name that does not start with a dot');
  return null;
}

export async function readSeeds(directory: string): Promise<ReadSeedsResult> {
  const entries = await readdir(directory, { withFileTypes: true });
  const notRead = entries.flatMap((entry) => notReadable(entry) ?? []).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const names = entries
    .filter((entry) => entry.isFile() && !NOT_SEEDS.some((pattern) => pattern.test(entry.name)))
    .map((entry) => entry.name)
    .sort();
  const sidecars = new Map<string, string[]>();
  for (const name of names.filter((name) => SIDECAR.test(name))) {
    const base = name.replace(SIDECAR, '');
    sidecars.set(base, [...(sidecars.get(base) ?? []), name]);
  }
  const seedBases = new Set(names.filter((name) => !SIDECAR.test(name)).map(baseOf));

  const seeds: Seed[] = [];
  const skipped: Problem[] = [...notRead];
  const warnings: Problem[] = [];
  for (const name of names) {
    if (SIDECAR.test(name)) {
      const base = name.replace(SIDECAR, '');
      if (!seedBases.has(base)) {
        skipped.push({
          file: name,
          rule: 'orphan-sidecar',
          reason: `${name}: Unexpected sidecar without a seed, expected a seed file named ${base} with one of ${SEED_EXTENSIONS.join(', ')} beside it [orphan-sidecar]`,
        });
      }
      continue;
    }
    const extension = extensionOf(name);
    if (!(SEED_EXTENSIONS as readonly string[]).includes(extension)) {
      skipped.push({
        file: name,
        rule: 'unsupported-type',
        reason: `${name}: Unexpected file type \`${extension || '(none)'}\`, expected one of ${SEED_EXTENSIONS.join(', ')} [unsupported-type]`,
      });
      continue;
    }
    const decoded = await readText(directory, name, MAX_SEED_BYTES).catch((error: unknown) => unreadable(name, error));
    if (!('text' in decoded)) {
      skipped.push(decoded);
      continue;
    }

    let sidecar: SeedMetadata = {};
    const sidecarNames = sidecars.get(baseOf(name)) ?? [];
    if (sidecarNames.length > 1) {
      skipped.push({
        file: name,
        rule: 'invalid-sidecar',
        reason: `${name}: Unexpected ${sidecarNames.length} sidecars (${sidecarNames.join(', ')}), expected at most one [invalid-sidecar]`,
      });
      continue;
    }
    if (sidecarNames[0] !== undefined) {
      const read = await readSidecarFile(directory, name, sidecarNames[0]);
      if (isProblem(read)) {
        skipped.push(read);
        continue;
      }
      sidecar = read;
    }

    let seed: Seed;
    try {
      seed = seedFromText(name, decoded.text, (reason) => warnings.push({ file: name, rule: /\[([\w-]+)\]$/u.exec(reason)?.[1] ?? 'seed-warning', reason }));
    } catch (error) {
      skipped.push(problemOf(name, error, extension === '.md' || extension === '.markdown' ? 'Markdown' : 'HTML'));
      continue;
    }
    const metadata = { ...seed.metadata, ...sidecar };
    seeds.push(Object.keys(metadata).length > 0 ? { ...seed, metadata } : seed);
  }
  return { seeds, skipped, warnings };
}
