/**
 * Builds the e2e fixture site the same way `npm run build` builds the real
 * one (ingest → astro build → pagefind → report), from `seeds/`, the test
 * seeds in `tests/fixtures/seeds/` (hostile text, bad files), an HTML and a
 * Markdown page from `tests/fixtures/inputs/`, and the outlet fixtures of the clean stage
 * (`scripts/pipeline/fixtures/articles/*.txt`), into `.factline-test/`.
 *
 * The ingest runs twice: the second time over a registry of story ids
 * rewritten as if an earlier build had had one of its stories as two
 * (`splitLargestStory`), so the site has a retired id with a redirect page.
 *
 * The determinism test builds it twice more, into folders of its own, with
 * the seed files created in another order, another environment and a fresh
 * Astro cache folder each time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, workDir as defaultWorkDir } from './paths.ts';

/** The generated 20 MB seed. */
export const HUGE_SEED = 'huge-20mb.txt';

/** Saved pages from the reader's own fixtures that the site is built from too. */
export const INPUT_SEEDS = ['harbour-courier-ferry.html', 'northern-ledger-council.md'];

/** The clean stage's outlet fixtures, each `<name>.txt` with `<name>.expected.json`. */
export const CLEAN_FIXTURES = 'scripts/pipeline/fixtures/articles';

/** The story id the fixture's registry retires, as if an earlier build had had it as a story of its own. */
export const RETIRED_STORY = 'k-00000000aa';

/**
 * Rewrites the registry of story ids the first ingest wrote as if an earlier
 * build had had two stories where this one has one: one claim of the
 * largest story (not its founder) in a story of its own, `RETIRED_STORY`. The ingest that follows
 * merges them back: the larger keeps its id and `RETIRED_STORY` becomes an
 * alias of it, with a redirect page. Returns the story it merges into.
 */
export function splitLargestStory(content: string): string {
  const file = join(content, 'story-ids.json');
  const registry = JSON.parse(readFileSync(file, 'utf8')) as { stories: Record<string, string[]>; aliases: Record<string, string> };
  const [largest, claims] = Object.entries(registry.stories).sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))[0]!;
  if (claims.length < 2) throw new Error(`the fixture's largest story ${largest} has ${claims.length} claim; expected at least 2 to split one off`);
  // The story keeps its founder (the claim its id comes from: the earliest), so on a tie it is the older one and keeps its id.
  const moved = claims.find((claim) => claim.slice(2) !== largest.slice(2))!;
  registry.stories[largest] = claims.filter((claim) => claim !== moved);
  registry.stories[RETIRED_STORY] = [moved];
  writeFileSync(file, JSON.stringify(registry, null, 2));
  return largest;
}

export interface FixtureBuildOptions {
  /** The folder to build in: its `seeds/`, `content/` and `dist/` (default `.factline-test/`). It is emptied first. */
  workDir?: string;
  /** The order the seed files are created in on disk (default: by name). */
  seedOrder?: 'sorted' | 'reversed';
  /** Environment for every step, over the test process's own; a value of `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /**
   * A cache folder of this build's own for Astro (its content-layer data
   * store and incremental-build cache, normally in `node_modules/.astro/`),
   * with `force` on, so nothing is replayed from an earlier build.
   */
  cacheDir?: string;
}

export interface FixtureBuild {
  seeds: string;
  content: string;
  dist: string;
}

/**
 * Variables Vitest (through Vite) puts into the test worker's environment;
 * a nested Astro build would take `BASE_URL` from them over `FACTLINE_BASE`.
 */
const VITE_LEAKS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

function run(command: string, args: string[], env: Record<string, string | undefined>): void {
  const inherited: Record<string, string | undefined> = { ...process.env };
  for (const name of VITE_LEAKS) delete inherited[name];
  const merged: Record<string, string | undefined> = { ...inherited, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: merged as NodeJS.ProcessEnv });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** `astro build`, through Astro's own API so that the cache folder can be set per build. */
const ASTRO_BUILD_WITH_CACHE = `
const { build } = await import('astro');
await build({ root: process.cwd(), cacheDir: process.env.FACTLINE_TEST_ASTRO_CACHE, force: true });
process.exit(0);
`;

/**
 * Only `astro build`, from a content folder that is already there (e.g. the
 * fixture site's), into `dist`, with a fresh cache folder of its own and the
 * extra environment given (e.g. smaller page sizes).
 */
export function buildAstroOnly(options: { content: string; dist: string; cacheDir: string; env?: Record<string, string | undefined> }): void {
  rmSync(options.dist, { recursive: true, force: true });
  rmSync(options.cacheDir, { recursive: true, force: true });
  mkdirSync(options.cacheDir, { recursive: true });
  run(process.execPath, ['--input-type=module', '-e', ASTRO_BUILD_WITH_CACHE], {
    ...options.env,
    FACTLINE_CONTENT_DIR: options.content,
    FACTLINE_OUT_DIR: options.dist,
    FACTLINE_TEST_ASTRO_CACHE: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}

export function buildFixtureSite(options: FixtureBuildOptions = {}): FixtureBuild {
  const work = options.workDir ?? defaultWorkDir;
  const paths: FixtureBuild = { seeds: join(work, 'seeds'), content: join(work, 'content'), dist: join(work, 'dist') };
  rmSync(work, { recursive: true, force: true });
  mkdirSync(paths.seeds, { recursive: true });
  const files: [string, string][] = [];
  for (const folder of [join(root, 'seeds'), join(root, 'tests/fixtures/seeds')]) {
    for (const name of readdirSync(folder).sort()) files.push([join(folder, name), name]);
  }
  for (const name of INPUT_SEEDS) files.push([join(root, 'tests/fixtures/inputs', name), name]);
  const outletFixtures = join(root, CLEAN_FIXTURES);
  for (const name of readdirSync(outletFixtures).sort()) {
    if (name.endsWith('.txt')) files.push([join(outletFixtures, name), name]);
  }
  if (options.seedOrder === 'reversed') files.reverse();
  for (const [from, name] of files) cpSync(from, join(paths.seeds, name));
  // A 20 MB file, made here rather than kept in git: refused unread as too large.
  writeFileSync(join(paths.seeds, HUGE_SEED), 'Officials said the figures were unchanged. '.repeat(480_000));
  cpSync(join(root, 'tests/fixtures/verdicts'), join(paths.content, 'verdicts'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/aliases.yaml'), join(paths.content, 'aliases.yaml'));

  const env = options.env ?? {};
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  run(bin('tsx'), ['scripts/cli.ts', 'ingest', '--seeds', paths.seeds, '--content', paths.content], env);
  // A second ingest over a registry in which one story had been two (the cache makes it quick): a merge, an alias, a redirect page.
  splitLargestStory(paths.content);
  run(bin('tsx'), ['scripts/cli.ts', 'ingest', '--quiet', '--seeds', paths.seeds, '--content', paths.content], env);
  const astroEnv = { ...env, FACTLINE_CONTENT_DIR: paths.content, FACTLINE_OUT_DIR: paths.dist };
  if (options.cacheDir === undefined) {
    run(bin('astro'), ['build'], astroEnv);
  } else {
    rmSync(options.cacheDir, { recursive: true, force: true });
    mkdirSync(options.cacheDir, { recursive: true });
    run(process.execPath, ['--input-type=module', '-e', ASTRO_BUILD_WITH_CACHE], {
      ...astroEnv,
      FACTLINE_TEST_ASTRO_CACHE: options.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  }
  run(bin('pagefind'), ['--site', paths.dist], env);
  run(bin('tsx'), ['scripts/cli.ts', 'report', '--content', paths.content, '--out', paths.dist], env);
  return paths;
}
