#!/usr/bin/env node
/**
 * factline: the thin command line around the ingest.
 *
 *   factline ingest [--seeds DIR] [--content DIR] [--strict]
 *
 * Exit codes: 0 done (skipped seeds and warnings are reported but do not
 * fail the build); 1 an editor's verdict file is invalid (nothing is
 * written), or --strict (FACTLINE_STRICT=1) and anything was skipped or
 * warned about; 2 wrong usage or an unreadable folder.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from './io/read-seeds.ts';
import { readVerdicts } from './io/read-verdicts.ts';
import { writeArticles } from './io/write-content.ts';
import { ingestCorpus, type Problem } from './pipeline/ingest.ts';

const USAGE = `Usage: factline ingest [--seeds DIR] [--content DIR] [--strict]

  --seeds DIR     folder of seed articles (default: seeds)
  --content DIR   folder for generated content (default: content); pages go to DIR/articles;
                  editors' verdicts are read (never written) from DIR/verdicts/<slug>.yaml
  --strict        exit 1 when any seed could not be processed or anything was warned about
                  (also FACTLINE_STRICT=1)`;

function fail(message: string): never {
  process.stderr.write(`factline: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        content: { type: 'string', default: 'content' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'ingest') {
    fail(`Unexpected command \`${positionals.join(' ') || '(none)'}\`, expected \`ingest\``);
  }
  const strict = values.strict || process.env.FACTLINE_STRICT === '1';
  const seedsDir = resolve(values.seeds);
  const articlesDir = join(resolve(values.content), 'articles');
  const verdictsDir = join(values.content, 'verdicts');

  let read;
  try {
    read = await readSeeds(seedsDir);
  } catch (error) {
    fail(`cannot read the seeds folder ${seedsDir}: ${(error as Error).message}`);
  }
  const verdicts = await readVerdicts(verdictsDir);
  if (verdicts.errors.length > 0) {
    process.stderr.write(`factline: ${verdicts.errors.length} verdict file(s) are invalid; nothing was written:\n`);
    for (const problem of verdicts.errors) process.stderr.write(`  - ${problem.reason}\n`);
    return 1;
  }
  process.stdout.write(
    `factline: ingesting ${read.seeds.length} seed(s) from ${values.seeds}/ with ${verdicts.verdicts.size} verdict file(s)\n`,
  );
  const { pages, skipped, warnings } = ingestCorpus(read.seeds, { verdicts: verdicts.verdicts });
  const written = await writeArticles(articlesDir, pages);

  const problems: Problem[] = [...read.skipped, ...skipped, ...written.refused];
  const claims = pages.reduce((sum, page) => sum + page.page.claims.length, 0);
  process.stdout.write(
    `factline: ${pages.length - written.refused.length} article(s), ${claims} claim(s) → ${articlesDir} ` +
      `(${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} stale removed)\n`,
  );
  for (const file of written.removed) process.stdout.write(`factline: removed stale ${file}\n`);
  if (problems.length > 0) {
    process.stderr.write(`factline: ${problems.length} file(s) could not be processed:\n`);
    for (const problem of problems) process.stderr.write(`  - ${problem.reason}\n`);
  }
  if (warnings.length > 0) {
    process.stderr.write(`factline: ${warnings.length} warning(s):\n`);
    for (const problem of warnings) process.stderr.write(`  - ${problem.reason}\n`);
  }
  return strict && problems.length + warnings.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`factline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
