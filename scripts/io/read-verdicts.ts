/**
 * Reads editors' verdict files, `content/verdicts/<article-slug>.yaml`.
 * Read only: the build never writes, moves or removes these files.
 *
 * Every file that cannot be used is an error with its file and reason (and
 * the ingest then writes nothing): one that does not validate, one that is
 * not a regular file (a folder named `x.yaml`, a FIFO), one that cannot be
 * read, one larger than `MAX_VERDICT_BYTES`, and two files for the same
 * article (`x.yaml` beside `x.yml` or `x.YAML`), where neither may win
 * silently.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../pipeline/errors.ts';
import type { Problem } from '../pipeline/ingest.ts';
import { parseVerdictFile, type VerdictFile } from '../pipeline/verdicts.ts';

export interface ReadVerdictsResult {
  verdicts: Map<string, { file: string; verdicts: VerdictFile }>;
  /** Files that could not be read or did not validate. */
  errors: Problem[];
}

/** The largest verdict file read: far more than any desk writes for one article. */
export const MAX_VERDICT_BYTES = 1024 * 1024;

const VERDICT_FILE = /\.ya?ml$/i;

export async function readVerdicts(directory: string): Promise<ReadVerdictsResult> {
  const result: ReadVerdictsResult = { verdicts: new Map(), errors: [] };
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => VERDICT_FILE.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  const bySlug = new Map<string, string[]>();
  for (const name of names) {
    const slug = name.replace(VERDICT_FILE, '');
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  for (const [slug, same] of bySlug) {
    if (same.length < 2) continue;
    for (const name of same) {
      const file = join(directory, name);
      const others = same.filter((other) => other !== name).join(', ');
      result.errors.push({
        file,
        rule: 'duplicate-verdict-file',
        reason: `${file}: Unexpected second verdict file for article \`${slug}\` (also ${others}), expected one file per article: merge them [duplicate-verdict-file]`,
      });
    }
  }
  for (const name of names) {
    const slug = name.replace(VERDICT_FILE, '');
    if ((bySlug.get(slug) ?? []).length > 1) continue;
    const file = join(directory, name);
    const problem = (rule: string, what: string, expected: string): Problem => ({ file, rule, reason: `${file}: Unexpected ${what}, expected ${expected} [${rule}]` });
    try {
      const info = await lstat(file);
      if (!info.isFile()) {
        const what = info.isDirectory() ? 'a folder' : info.isSymbolicLink() ? 'a symbolic link' : 'a special file';
        result.errors.push(problem('not-a-file', what, 'a regular YAML file'));
        continue;
      }
      if (info.size > MAX_VERDICT_BYTES) {
        result.errors.push(problem('too-large', `file of ${info.size} bytes`, `at most ${MAX_VERDICT_BYTES} bytes`));
        continue;
      }
      const verdicts = parseVerdictFile(file, await readFile(file, 'utf8'));
      result.verdicts.set(slug, { file, verdicts });
    } catch (error) {
      if (error instanceof IngestError) {
        result.errors.push({ file, rule: error.ruleId, reason: error.message });
      } else {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        result.errors.push(problem('unreadable-file', `error reading it (${code})`, 'a file the build can read'));
      }
    }
  }
  result.errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return result;
}
