/**
 * Reads `seeds/` into decoded seed texts, refusing what is not an article
 * file: unsupported types, binary data, invalid UTF-8 and oversized files.
 * Each refusal names the file and the reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../pipeline/ingest.ts';
import type { Seed } from '../pipeline/types.ts';

/** File types the ingest reads. */
export const SEED_EXTENSIONS = ['.txt'] as const;

/** Files in `seeds/` that are not seeds and are passed over silently. */
const NOT_SEEDS = [/^\./, /\.meta\.ya?ml$/i, /^readme(\.md)?$/i];

/** Larger files are refused: no article is this long, and the build must stay responsive. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface ReadSeedsResult {
  seeds: Seed[];
  skipped: Problem[];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Decodes one seed file, or says why it cannot be read as an article. */
export function decodeSeed(name: string, bytes: Uint8Array): Seed | Problem {
  if (bytes.length > MAX_SEED_BYTES) {
    return { file: name, rule: 'too-large', reason: `${name}: Unexpected file of ${bytes.length} bytes, expected at most ${MAX_SEED_BYTES} bytes [too-large]` };
  }
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

export async function readSeeds(directory: string): Promise<ReadSeedsResult> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !NOT_SEEDS.some((pattern) => pattern.test(entry.name)))
    .map((entry) => entry.name)
    .sort();
  const seeds: Seed[] = [];
  const skipped: Problem[] = [];
  for (const name of names) {
    const extension = extensionOf(name);
    if (!(SEED_EXTENSIONS as readonly string[]).includes(extension)) {
      skipped.push({
        file: name,
        rule: 'unsupported-type',
        reason: `${name}: Unexpected file type \`${extension || '(none)'}\`, expected one of ${SEED_EXTENSIONS.join(', ')} [unsupported-type]`,
      });
      continue;
    }
    const path = join(directory, name);
    const { size } = await stat(path);
    const decoded = size > MAX_SEED_BYTES ? decodeSeed(name, new Uint8Array(size)) : decodeSeed(name, await readFile(path));
    if ('text' in decoded) seeds.push(decoded);
    else skipped.push(decoded);
  }
  return { seeds, skipped };
}
