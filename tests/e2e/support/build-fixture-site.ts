/**
 * Builds the e2e fixture site the same way `npm run build` builds the real
 * one (ingest → astro build → pagefind), from `seeds/` plus the hostile test
 * seeds in `tests/fixtures/seeds/`, into `.factline-test/`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent, fixtureDist, fixtureSeeds, root, workDir } from './paths.ts';

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

export function buildFixtureSite(): void {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(fixtureSeeds, { recursive: true });
  for (const folder of [join(root, 'seeds'), join(root, 'tests/fixtures/seeds')]) {
    for (const name of readdirSync(folder)) cpSync(join(folder, name), join(fixtureSeeds, name));
  }
  cpSync(join(root, 'tests/fixtures/verdicts'), join(fixtureContent, 'verdicts'), { recursive: true });
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  run(bin('tsx'), ['scripts/cli.ts', 'ingest', '--seeds', fixtureSeeds, '--content', fixtureContent]);
  run(bin('astro'), ['build'], { FACTLINE_CONTENT_DIR: fixtureContent, FACTLINE_OUT_DIR: fixtureDist });
  run(bin('pagefind'), ['--site', fixtureDist]);
}
