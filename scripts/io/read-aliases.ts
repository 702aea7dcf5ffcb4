/**
 * Reads a desk's speaker aliases, `content/aliases.yaml`: for a speaker the
 * pipeline could not give one name (a nickname, a title it cannot tie to a
 * name, a spelling too far from the others), the names that mean the same
 * speaker.
 *
 *   Oleksandr Syrskyi:
 *     - Syrsky
 *     - Kyiv's top general
 *   Russian Defence Ministry:
 *     - MoD
 *
 * Read only: the build never writes this file. An invalid file stops the
 * ingest before anything is written, naming the file, the entry and what is
 * allowed. Bounded: at most `MAX_ALIASES_BYTES`, names of at most
 * `MAX_NAME_LENGTH` characters.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError } from '../pipeline/errors.ts';
import type { AliasTable } from '../pipeline/resolve-speakers.ts';
import { describeIssues } from '../schema-errors.ts';

/** Where the file is, in the content folder. */
export const ALIASES_FILE = 'aliases.yaml';

export const MAX_ALIASES_BYTES = 1024 * 1024;
export const MAX_NAME_LENGTH = 200;

const name = z
  .string({ error: 'expected a name' })
  .trim()
  .min(1, { error: 'expected a name' })
  .max(MAX_NAME_LENGTH, { error: `expected at most ${MAX_NAME_LENGTH} characters` })
  .refine((value) => !/[\u0000-\u001f\u007f]/u.test(value), { error: 'expected a name without control characters' });

const AliasesSchema = z.record(name, z.array(name, { error: 'expected a list of names' }).min(1, { error: 'expected at least one alias' }));

/** The aliases in `text` (the file's contents); throws `IngestError` naming `file` when they are invalid. */
export function parseAliases(file: string, text: string): AliasTable {
  const yamlError = (message: string) =>
    new IngestError(file, 'invalid-aliases', `Unexpected YAML (${message.split('\n')[0]}), expected a mapping of names to lists of aliases`);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) throw yamlError(doc.errors[0]!.message);
  let input: unknown;
  try {
    // No YAML aliases (`&x` / `*x`): a name is written out, and a file cannot expand exponentially.
    input = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (error) {
    throw yamlError((error as Error).message);
  }
  const result = AliasesSchema.safeParse(input);
  if (!result.success) throw new IngestError(file, 'invalid-aliases', describeIssues(file, result.error, input).map((line) => line.slice(file.length + 2)).join('; '));
  const table = new Map<string, readonly string[]>();
  const owner = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(result.data)) {
    for (const alias of [canonical, ...aliases]) {
      const key = alias.toLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== canonical) {
        throw new IngestError(file, 'invalid-aliases', `Unexpected alias \`${alias}\` for both \`${other}\` and \`${canonical}\`, expected each name to mean one speaker`);
      }
      owner.set(key, canonical);
    }
    table.set(canonical, aliases);
  }
  return table;
}

/** The aliases file, or an empty table when there is none. */
export async function readAliases(file: string): Promise<AliasTable> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new IngestError(file, 'invalid-aliases', `Unexpected ${(error as Error).message}, expected a readable file`);
  }
  if (size > MAX_ALIASES_BYTES) throw new IngestError(file, 'invalid-aliases', `Unexpected file of ${size} bytes, expected at most ${MAX_ALIASES_BYTES} bytes`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new IngestError(file, 'invalid-aliases', `Unexpected ${(error as Error).message}, expected a readable file`);
  }
  return parseAliases(file, text);
}
