/**
 * The import closure of a module: every source file it runs, found by
 * following its static imports (`import … from './x.ts'`, `export … from`,
 * `import './x.ts'`, and `import('./x.ts')` with a literal path) from the
 * entry modules, plus the packages it imports by name and the data files it
 * names with `new URL('…', import.meta.url)`. Type-only imports
 * (`import type`, `export type … from`) are left out: they are erased before
 * the code runs. A specifier in a comment counts too, which can only make
 * the closure larger (a needless cache miss, never a wrong hit).
 *
 * Bounded: at most `MAX_FILES` files, each read once; a relative import that
 * leaves `root`, a file that cannot be read, or an import whose path is not
 * a literal is an error (`ClosureError`), so that nothing a stage runs is
 * silently left out of its key.
 */
import { dirname, join, normalize, relative, sep } from 'node:path';

/** The most files one closure may hold. */
export const MAX_FILES = 400;

export class ClosureError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason} [import-closure]`);
    this.name = 'ClosureError';
  }
}

export interface Closure {
  /** Source and data files, relative to the root, `/`-separated, sorted. */
  files: string[];
  /** Packages imported by name (`compromise`, `@mdx-js/mdx`), sorted; `node:` built-ins left out. */
  packages: string[];
}

// `import x from '…'`, `import { a, type B } from '…'`, `export { a } from '…'`, `export * from '…'`; not `import type` / `export type`.
const FROM = /(?:^|[\n;])\s*(import|export)\s+(?!type\s)([^'";]*?)\s*from\s*['"]([^'"\n]+)['"]/g;
const SIDE_EFFECT = /(?:^|[\n;])\s*import\s*['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*([^)]*?)\s*\)/g;
const DATA_URL = /new\s+URL\s*\(\s*([^,)]+?)\s*,\s*import\.meta\.url\s*\)/g;

const LITERAL = /^(['"`])([^'"`$]*)\1$/;

/** The specifiers a module's text imports, and the data paths it names. */
export function specifiersOf(text: string, file: string): { imports: string[]; data: string[] } {
  const imports: string[] = [];
  const data: string[] = [];
  for (const match of text.matchAll(FROM)) imports.push(match[3]!);
  for (const match of text.matchAll(SIDE_EFFECT)) imports.push(match[1]!);
  for (const match of text.matchAll(DYNAMIC)) {
    const literal = LITERAL.exec(match[1]!);
    if (!literal) throw new ClosureError(file, `Unexpected dynamic import of \`${match[1]}\`, expected a literal path`);
    imports.push(literal[2]!);
  }
  for (const match of text.matchAll(DATA_URL)) {
    const literal = LITERAL.exec(match[1]!);
    if (!literal) throw new ClosureError(file, `Unexpected \`new URL(${match[1]}, import.meta.url)\`, expected a literal path`);
    data.push(literal[2]!);
  }
  return { imports, data };
}

/** The package a bare specifier names: `compromise/two` → `compromise`, `@a/b/c` → `@a/b`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const posix = (path: string): string => path.split(sep).join('/');

/**
 * The closure of `entries` (paths relative to `root`). `read` gives a file's
 * text (relative path in), so that a test can change one file's contents.
 */
export function importClosure(root: string, entries: readonly string[], read: (path: string) => string): Closure {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => posix(normalize(entry)));
  const inside = (from: string, target: string): string => {
    const path = posix(relative(root, join(root, dirname(from), target)));
    if (path.startsWith('../') || path === '..' || path.startsWith('/')) throw new ClosureError(from, `Unexpected import of \`${target}\`, expected a file inside the project`);
    return path;
  };
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    if (files.size >= MAX_FILES) throw new ClosureError(file, `Unexpected closure of more than ${MAX_FILES} files, expected at most ${MAX_FILES}`);
    files.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) continue; // a data file: its bytes are in the key, it imports nothing
    let text: string;
    try {
      text = read(file);
    } catch (error) {
      throw new ClosureError(file, `Unexpected unreadable file (${(error as Error).message}), expected a source file`);
    }
    const { imports, data } = specifiersOf(text, file);
    for (const specifier of imports) {
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) queue.push(inside(file, specifier));
      else if (specifier.startsWith('/')) throw new ClosureError(file, `Unexpected absolute import \`${specifier}\`, expected a relative path or a package`);
      else packages.add(packageOf(specifier));
    }
    for (const path of data) queue.push(inside(file, path));
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: [...files].sort(order), packages: [...packages].sort(order) };
}
