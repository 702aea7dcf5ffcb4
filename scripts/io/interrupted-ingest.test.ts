/**
 * An ingest killed at any moment (SIGKILL: no cleanup runs) never leaves a
 * half-written page, and the next run completes with every page.
 *
 * A temporary project gets a few hundred seeds, varied deterministically from
 * the real ones. `factline ingest` runs as a child process and is killed
 * while it is still analysing, after the first few pages appear, halfway
 * through, and while it rewrites every page for changed seeds. After each
 * kill, every `.mdx` present starts with the generator's notice, parses,
 * compiles with @mdx-js/mdx and is byte-for-byte the page a complete run
 * writes (the old one or the new one, never a mix); the ingest report is
 * either absent or whole. The next complete run writes all pages, clears
 * temporary files, removes stale generated pages and leaves a hand-written
 * file alone.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { afterAll, describe, expect, it } from 'vitest';
import { isGeneratedMdx } from '../pipeline/build-mdast.ts';
import { parseMdx } from '../pipeline/serialize-mdx.ts';

const root = new URL('../..', import.meta.url).pathname;
const realSeeds = readdirSync(join(root, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'seeds', name), 'utf8'));

/** How many seeds the project gets. */
const SEED_COUNT = 240;

/** A letters-only tag unique to `index`, so that no two varied seeds share words (and claims link up). */
function tag(index: number): string {
  let text = '';
  for (let rest = index + 27; rest > 0; rest = Math.floor(rest / 26)) text += String.fromCharCode(97 + (rest % 26));
  return text;
}

/**
 * Seed `index`: a real seed's opening blocks (its site clutter and headline)
 * and a window of three of its paragraphs, every longer word tagged, plus a
 * line that depends on `version`.
 */
function variedSeed(index: number, version: number): { name: string; text: string } {
  const source = realSeeds[index % realSeeds.length]!;
  const blocks = source.split(/\n\s*\n/);
  const start = 2 + ((index * 5) % Math.max(1, blocks.length - 5));
  const kept = [...blocks.slice(0, 2), ...blocks.slice(start, start + 3)];
  if (version > 0) kept.push(`Officials said on Monday that the figures had been revised ${version} times.`);
  const suffix = tag(index);
  const text = kept.join('\n\n').replace(/\b([A-Za-z]{4,})\b/g, (word) => `${word}${suffix}`);
  const hash = createHash('sha256').update(`${index}`).digest('hex').slice(0, 16);
  return { name: `${String(index).padStart(3, '0')}_${hash}.txt`, text };
}

function writeSeeds(dir: string, version: number, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const { name, text } = variedSeed(index, version);
    writeFileSync(join(dir, name), text);
  }
}

const project = mkdtempSync(join(tmpdir(), 'factline-interrupted-'));
const seedsDir = join(project, 'seeds');
const contentDir = join(project, 'content');
const articlesDir = join(contentDir, 'articles');
const reportFile = join(contentDir, 'ingest-report.json');

function mdxFiles(): string[] {
  try {
    return readdirSync(articlesDir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
}

function snapshot(): Map<string, string> {
  return new Map(mdxFiles().map((name) => [name, readFileSync(join(articlesDir, name), 'utf8')]));
}

/**
 * The ingest runs as one Node process with tsx's loader, not through the
 * `tsx` command, which runs the script in a child process of its own: a
 * SIGKILL must hit the process that writes the files.
 */
const TSX_LOADER = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `factline ingest` on the project, polling every millisecond; kills it
 * with SIGKILL as soon as `killWhen` says so (if it ever does).
 */
function ingest(killWhen?: (stdout: string) => boolean): Promise<Outcome> {
  const { FACTLINE_STRICT: _strict, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(root, 'scripts/cli.ts'), 'ingest', '--seeds', seedsDir, '--content', contentDir], {
    cwd: project,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let done = false;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      done = true;
      resolve({ code, signal, stdout, stderr });
    });
    if (!killWhen) return;
    const poll = (): void => {
      if (done) return;
      if (killWhen(stdout)) child.kill('SIGKILL');
      else setTimeout(poll, 1);
    };
    poll();
  });
}

const compiled = new Map<string, string | null>();

/** Why a page file is not a whole, valid generated page; null when it is. */
async function problemWith(contents: string): Promise<string | null> {
  if (!isGeneratedMdx(contents)) return 'does not start with the generated notice';
  if (!contents.endsWith('\n')) return 'does not end with a newline';
  const key = createHash('sha256').update(contents).digest('hex');
  if (!compiled.has(key)) {
    let problem: string | null = null;
    try {
      const [head] = parseMdx(contents).children;
      if (head?.type !== 'yaml') problem = 'has no frontmatter';
      await compile(contents, { remarkPlugins: [remarkFrontmatter] });
    } catch (error) {
      problem = `does not compile: ${(error as Error).message}`;
    }
    compiled.set(key, problem);
  }
  return compiled.get(key) ?? null;
}

async function expectWholePages(pages: Map<string, string>, ...complete: Map<string, string>[]): Promise<void> {
  for (const [name, contents] of pages) {
    expect(await problemWith(contents), name).toBeNull();
    if (complete.length > 0) {
      expect(
        complete.some((run) => run.get(name) === contents),
        `${name} is what a complete run writes`,
      ).toBe(true);
    }
  }
  if (existsSync(reportFile)) expect(() => JSON.parse(readFileSync(reportFile, 'utf8')) as unknown).not.toThrow();
}

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('an interrupted ingest', () => {
  it(`never leaves a half-written page, and the next run completes (${SEED_COUNT} seeds, killed four times)`, async () => {
    writeSeeds(seedsDir, 0, SEED_COUNT);

    // 1. Killed while still analysing: nothing written.
    const analysing = await ingest((stdout) => stdout.includes('ingesting'));
    expect(analysing.signal).toBe('SIGKILL');
    expect(mdxFiles()).toEqual([]);
    expect(existsSync(reportFile)).toBe(false);

    // 2. Killed after the first few pages appear.
    const few = await ingest(() => mdxFiles().length >= 3);
    expect(few.signal, few.stderr).toBe('SIGKILL');
    const afterFew = snapshot();
    expect(afterFew.size).toBeGreaterThanOrEqual(3);
    expect(afterFew.size).toBeLessThan(SEED_COUNT);
    expect(existsSync(reportFile)).toBe(false);

    // 3. Killed halfway through, resuming from the pages already there.
    const half = await ingest(() => mdxFiles().length >= SEED_COUNT / 2);
    expect(half.signal, half.stderr).toBe('SIGKILL');
    const afterHalf = snapshot();
    expect(afterHalf.size).toBeGreaterThanOrEqual(SEED_COUNT / 2);
    expect(afterHalf.size).toBeLessThan(SEED_COUNT);
    for (const name of afterFew.keys()) expect(afterHalf.get(name), name).toBe(afterFew.get(name));

    // A temporary file of a write that was cut short, and a page a person wrote.
    const first = [...afterHalf][0]!;
    writeFileSync(join(articlesDir, `${first[0]}.99999.tmp`), first[1].slice(0, first[1].length >> 1));
    writeFileSync(join(articlesDir, 'notes.mdx'), '# My notes\n');

    // 4. A complete run writes every page.
    const complete = await ingest();
    expect(complete.code, complete.stderr).toBe(0);
    const pagesA = snapshot();
    pagesA.delete('notes.mdx');
    expect(pagesA.size).toBe(SEED_COUNT);
    expect(readdirSync(articlesDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(articlesDir, 'notes.mdx'), 'utf8')).toBe('# My notes\n');
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toMatchObject({ counts: { articles: SEED_COUNT, skipped: 0 } });
    await expectWholePages(afterFew, pagesA);
    await expectWholePages(afterHalf, pagesA);
    await expectWholePages(pagesA);

    // 5. Every seed changes and the last ten are gone: killed while pages are being replaced.
    writeSeeds(seedsDir, 1, SEED_COUNT - 10);
    const fifth = join(articlesDir, [...pagesA.keys()][4]!);
    const before = statSync(fifth).mtimeMs;
    const rewriting = await ingest(() => statSync(fifth).mtimeMs !== before);
    expect(rewriting.signal, rewriting.stderr).toBe('SIGKILL');
    const midRewrite = snapshot();
    midRewrite.delete('notes.mdx');

    // 6. The next run completes: new pages, stale ones removed, the person's file kept.
    const again = await ingest();
    expect(again.code, again.stderr).toBe(0);
    const pagesB = snapshot();
    expect(pagesB.get('notes.mdx')).toBe('# My notes\n');
    pagesB.delete('notes.mdx');
    expect(pagesB.size).toBe(SEED_COUNT - 10);
    expect([...pagesA.keys()].filter((name) => !pagesB.has(name))).toHaveLength(10);
    expect(again.stdout.match(/removed stale/g)).toHaveLength(10);
    expect(readdirSync(articlesDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await expectWholePages(pagesB);
    await expectWholePages(midRewrite, pagesA, pagesB);
    const replaced = [...midRewrite].filter(([name, contents]) => contents === pagesB.get(name) && contents !== pagesA.get(name));
    const old = [...midRewrite].filter(([name, contents]) => contents === pagesA.get(name) && contents !== pagesB.get(name));
    expect(replaced.length, 'pages already replaced when killed').toBeGreaterThanOrEqual(5);
    expect(old.length, 'pages not yet replaced when killed').toBeGreaterThan(0);
    console.info(
      `interrupted ingest: killed with 0, ${afterFew.size} and ${afterHalf.size} of ${SEED_COUNT} pages written, ` +
        `then with ${replaced.length} of ${SEED_COUNT - 10} pages replaced; each time the next run completed`,
    );
  }, 240_000);
});
