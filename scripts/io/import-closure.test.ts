import { describe, expect, it } from 'vitest';
import { ClosureError, importClosure, MAX_FILES, packageOf, specifiersOf } from './import-closure.ts';

const ROOT = '/project';
const reader = (files: Record<string, string>) => (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT ${path}`);
  return text;
};

describe('specifiersOf', () => {
  it('finds static, re-exported, side-effect, multi-line and literal dynamic imports, not type-only ones', () => {
    const text = [
      "import { a, type B } from './a.ts';",
      "import type { C } from './types.ts';",
      "export type { D } from './types2.ts';",
      "export { e } from './e.ts';",
      "export * from './star.ts';",
      'import {',
      '  f,',
      '  g,',
      "} from './fg.ts';",
      "import './side.ts';",
      "import nlp from 'compromise/two';",
      "import { createHash } from 'node:crypto';",
      "const lazy = await import('./lazy.ts');",
      "const lexicon = new URL('./lexicon.json', import.meta.url);",
    ].join('\n');
    const { imports, data } = specifiersOf(text, 'x.ts');
    expect([...imports].sort()).toEqual(['./a.ts', './e.ts', './fg.ts', './lazy.ts', './side.ts', './star.ts', 'compromise/two', 'node:crypto'].sort());
    expect(data).toEqual(['./lexicon.json']);
  });

  it('refuses a dynamic import or a data URL whose path is not a literal', () => {
    expect(() => specifiersOf('const m = await import(name);', 'x.ts')).toThrow(ClosureError);
    expect(() => specifiersOf('new URL(`./${name}.json`, import.meta.url)', 'x.ts')).toThrow(ClosureError);
  });
});

describe('packageOf', () => {
  it('names the package of a bare specifier', () => {
    expect(packageOf('compromise/two')).toBe('compromise');
    expect(packageOf('@mdx-js/mdx')).toBe('@mdx-js/mdx');
    expect(packageOf('@scope/pkg/sub/path')).toBe('@scope/pkg');
  });
});

describe('importClosure', () => {
  const files = {
    'scripts/pipeline/entry.ts': "import { a } from './a.ts';\nimport { s } from '../status.ts';\nimport yaml from 'yaml';",
    'scripts/pipeline/a.ts': "import { b } from './b.ts';\nimport type { T } from './heavy.ts';\nconst url = new URL('./data/words.json', import.meta.url);",
    'scripts/pipeline/b.ts': "import { a } from './a.ts';\nimport nlp from 'compromise';", // a cycle
    'scripts/pipeline/heavy.ts': "import { x } from './never.ts';",
    'scripts/pipeline/data/words.json': '["a"]',
    'scripts/status.ts': 'export const s = 1;',
  };

  it('follows imports across folders and cycles, reads each file once, and leaves out type-only imports', () => {
    const reads: string[] = [];
    const read = reader(files);
    const closure = importClosure(ROOT, ['scripts/pipeline/entry.ts'], (path) => (reads.push(path), read(path)));
    expect(closure.files).toEqual(['scripts/pipeline/a.ts', 'scripts/pipeline/b.ts', 'scripts/pipeline/data/words.json', 'scripts/pipeline/entry.ts', 'scripts/status.ts']);
    expect(closure.packages).toEqual(['compromise', 'yaml']);
    expect(reads.length).toBe(new Set(reads).size);
    expect(reads).not.toContain('scripts/pipeline/data/words.json'); // data is hashed by the caller, not parsed
  });

  it('refuses an unreadable file, an import out of the project, and a closure past the bound', () => {
    expect(() => importClosure(ROOT, ['scripts/pipeline/heavy.ts'], reader(files))).toThrow(/never\.ts.*unreadable/);
    expect(() => importClosure(ROOT, ['a.ts'], reader({ 'a.ts': "import x from '../outside.ts';" }))).toThrow(/inside the project/);
    const chain: Record<string, string> = {};
    for (let i = 0; i <= MAX_FILES; i++) chain[`f${i}.ts`] = `import x from './f${i + 1}.ts';`;
    chain[`f${MAX_FILES + 1}.ts`] = '';
    expect(() => importClosure(ROOT, ['f0.ts'], reader(chain))).toThrow(/more than/);
  });
});
