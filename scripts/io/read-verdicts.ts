/**
 * Reads editors' verdict files, `content/verdicts/<article-slug>.yaml`.
 * Read only: the build never writes, moves or removes these files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../pipeline/errors.ts';
import type { Problem } from '../pipeline/ingest.ts';
import { parseVerdictFile, type VerdictFile } from '../pipeline/verdicts.ts';

export interface ReadVerdictsResult {
  verdicts: Map<string, { file: string; verdicts: VerdictFile }>;
  /** Files that could not be read or did not validate. */
  errors: Problem[];
}

export async function readVerdicts(directory: string): Promise<ReadVerdictsResult> {
  const result: ReadVerdictsResult = { verdicts: new Map(), errors: [] };
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  for (const name of names) {
    const file = join(directory, name);
    try {
      const verdicts = parseVerdictFile(file, await readFile(file, 'utf8'));
      result.verdicts.set(name.replace(/\.ya?ml$/i, ''), { file, verdicts });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      result.errors.push({ file, rule: error.ruleId, reason: error.message });
    }
  }
  return result;
}
