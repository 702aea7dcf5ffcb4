/**
 * The version of each cached stage of the ingest, for the content-hash cache
 * (`ingest-cache.ts`): one SHA-256 per stage over the source files its code
 * runs (its import closure, `import-closure.ts`, from the stage's entry
 * modules), the locked version and integrity of every package that closure
 * imports and of their own dependencies (`package-lock.json`), and the Node version (its regular expressions and Unicode
 * tables are part of the result too). There is no list of "relevant" files
 * to keep up to date: an edit to a file a stage runs changes that stage's
 * version, and only that stage's (and the stages downstream, whose keys
 * hold the upstream keys). Computed once per run, in a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importClosure, type Closure } from './import-closure.ts';

/** The project's root: `scripts/io/` is two levels down. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The stages the cache holds, each with the modules its cached work starts from. */
export const STAGE_ENTRIES = {
  /** `learnBoilerplate` over every seed. */
  corpus: ['scripts/pipeline/corpus-boilerplate.ts'],
  /** `analyzeSeed` per seed. */
  analysis: ['scripts/pipeline/analyze-seed.ts'],
  /** `weighEvidence` over the analyses, kept as `linksOf` and put back by `withLinks`. */
  links: ['scripts/pipeline/weigh-evidence.ts', 'scripts/pipeline/claim-links.ts'],
  /** `renderPage` per page. */
  page: ['scripts/pipeline/render-page.ts'],
} as const;

export type Stage = keyof typeof STAGE_ENTRIES;
export type StageVersions = Record<Stage, string>;

export const STAGES = Object.keys(STAGE_ENTRIES) as Stage[];

interface LockEntry {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * Each package `names` needs, with its own dependencies, as `name@version
 * integrity` lines, sorted: from the lock file's `packages` (npm's v2/v3
 * format), a nested copy first as Node resolves it. A package the lock does
 * not know is `name@unlocked`. Bounded by the lock's size.
 */
/** Where Node finds `name` from inside `parent` (a lock path, `''` for the project): the nearest `node_modules` up. */
function resolveIn(packages: Record<string, LockEntry>, parent: string, name: string): string {
  let base = parent;
  for (;;) {
    const path = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (path in packages || base === '') return path;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

export function lockedPackages(lock: { packages?: Record<string, LockEntry> }, names: readonly string[]): string[] {
  const packages = lock.packages ?? {};
  const seen = new Map<string, string>();
  const queue: { name: string; parent: string }[] = names.map((name) => ({ name, parent: '' }));
  while (queue.length > 0) {
    const { name, parent } = queue.pop()!;
    const path = resolveIn(packages, parent, name);
    if (seen.has(path)) continue;
    const entry = packages[path];
    seen.set(path, entry ? `${name}@${entry.version ?? 'unversioned'} ${entry.integrity ?? ''}`.trim() : `${name}@unlocked`);
    if (!entry) continue;
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push({ name: dependency, parent: path });
  }
  return [...seen.entries()].map(([path, line]) => `${path} ${line}`).sort();
}

export interface VersionInputs {
  /** Each file's path (relative, `/`-separated) and contents. */
  files: readonly { path: string; contents: string }[];
  /** `lockedPackages` lines. */
  packages: readonly string[];
  node: string;
}

/** A stage's version from its inputs: a hex SHA-256. */
export function versionOf(stage: Stage, inputs: VersionInputs): string {
  const hash = createHash('sha256');
  const field = (text: string) => hash.update(`${Buffer.byteLength(text)}:${text}\n`);
  field(`stage ${stage}`);
  field(`node@${inputs.node}`);
  for (const line of [...inputs.packages].sort()) field(line);
  for (const { path, contents } of [...inputs.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    field(path);
    field(contents);
  }
  return hash.digest('hex');
}

/** The closure of every stage. */
export function stageClosures(root: string = ROOT, read: (path: string) => string = (path) => readFileSync(join(root, path), 'utf8')): Record<Stage, Closure> {
  return Object.fromEntries(STAGES.map((stage) => [stage, importClosure(root, STAGE_ENTRIES[stage], read)])) as Record<Stage, Closure>;
}

/**
 * Each stage's version as the code is on disk (or as `read` gives it). Each
 * file is read once whatever the number of stages that run it.
 */
export function stageVersions(root: string = ROOT, read: (path: string) => string = (path) => readFileSync(join(root, path), 'utf8'), node: string = process.version): StageVersions {
  const texts = new Map<string, string>();
  const once = (path: string): string => {
    let text = texts.get(path);
    if (text === undefined) texts.set(path, (text = read(path)));
    return text;
  };
  const closures = stageClosures(root, once);
  let lock: { packages?: Record<string, LockEntry> } = {};
  try {
    lock = JSON.parse(once('package-lock.json')) as typeof lock;
  } catch {
    // No lock file: every package is `unlocked`, still part of the key by name.
  }
  return Object.fromEntries(
    STAGES.map((stage) => {
      const { files, packages } = closures[stage];
      return [stage, versionOf(stage, { files: files.map((path) => ({ path, contents: once(path) })), packages: lockedPackages(lock, packages), node })];
    }),
  ) as StageVersions;
}
