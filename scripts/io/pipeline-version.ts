/**
 * The version of the ingest's code, for the content-hash cache
 * (`ingest-cache.ts`): one SHA-256 over the contents of every non-test
 * TypeScript file under `scripts/pipeline/` and of `scripts/status.ts`, the
 * installed `compromise` version and the Node version (its regular
 * expressions and Unicode tables are part of the result too). Any change to
 * any of them gives a new version, and so a cold cache: there is no list of
 * "relevant" files to keep up to date. Computed once per run, in a few
 * milliseconds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `scripts/`, where this file lives one level down. */
const SCRIPTS_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Not part of the pipeline's code: its tests, their helpers and fixtures. */
const isTestPath = (path: string): boolean =>
  path.endsWith('.test.ts') || path.split(sep).some((part) => part === 'test-support' || part === 'fixtures');

/** The files the version is made of, relative to `scriptsDir`, sorted. */
export function pipelineSourceFiles(scriptsDir: string = SCRIPTS_DIR): string[] {
  const pipeline = join(scriptsDir, 'pipeline');
  const files = readdirSync(pipeline, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(scriptsDir, join(entry.parentPath, entry.name)))
    .filter((path) => !isTestPath(path));
  files.push('status.ts');
  // Forward slashes, so that the version is the same on every platform.
  return files.map((path) => path.split(sep).join('/')).sort();
}

/** The version of the `compromise` package that `scriptsDir`'s code resolves, or `unknown`. */
export function compromiseVersion(scriptsDir: string = SCRIPTS_DIR): string {
  for (let dir = scriptsDir; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'compromise', 'package.json');
    if (existsSync(file)) {
      const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
      return typeof version === 'string' ? version : 'unknown';
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

export interface VersionInputs {
  /** Each source file's path (relative, `/`-separated) and contents. */
  files: readonly { path: string; contents: string }[];
  compromise: string;
  node: string;
}

/** The version from its inputs: a hex SHA-256. */
export function versionOf(inputs: VersionInputs): string {
  const hash = createHash('sha256');
  const field = (text: string) => hash.update(`${Buffer.byteLength(text)}:${text}\n`);
  field(`compromise@${inputs.compromise}`);
  field(`node@${inputs.node}`);
  for (const { path, contents } of [...inputs.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    field(path);
    field(contents);
  }
  return hash.digest('hex');
}

/** The version of the pipeline's code as it is on disk now. */
export function pipelineVersion(scriptsDir: string = SCRIPTS_DIR): string {
  const files = pipelineSourceFiles(scriptsDir).map((path) => ({ path, contents: readFileSync(join(scriptsDir, path), 'utf8') }));
  return versionOf({ files, compromise: compromiseVersion(scriptsDir), node: process.version });
}
