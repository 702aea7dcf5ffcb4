/**
 * The `factline ingest` and `factline report` commands end to end on a
 * temporary project: editors' verdicts are applied and never written, bad
 * verdict files stop the build, the ingest writes a deterministic report that
 * `report` copies into the built site, and strict mode turns every skipped
 * file and warning into a failure.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from './pipeline/ingest.ts';

const root = new URL('..', import.meta.url).pathname;
const seedsDir = join(root, 'seeds');

/** Every temporary project this file made, removed when it is done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
  made.push(dir);
  return dir;
}

function project(): { dir: string; verdicts: string } {
  const dir = tempProject();
  cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
  const verdicts = join(dir, 'content', 'verdicts');
  mkdirSync(verdicts, { recursive: true });
  return { dir, verdicts };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `factline …` in `dir`, without the caller's FACTLINE_STRICT and SOURCE_DATE_EPOCH unless `env` sets them. */
function factline(dir: string, args: string[], env: Record<string, string> = {}): Run {
  const { FACTLINE_STRICT: _strict, SOURCE_DATE_EPOCH: _epoch, ...inherited } = process.env;
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cli.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, asynchronously, to run several at once. */
function factlineAsync(dir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { FACTLINE_STRICT: _strict, SOURCE_DATE_EPOCH: _epoch, ...inherited } = process.env;
  return new Promise((done, reject) => {
    execFile(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cli.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...inherited, ...env } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else done({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

function ingest(dir: string, ...args: string[]): Run {
  return factline(dir, ['ingest', ...args]);
}

const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
const { pages } = ingestCorpus(seeds);
const page = pages.find((entry) => entry.seed.startsWith('003_'))!;
const target = page.page.claims.find((claim) => claim.status !== 'not-checkable')!;

describe('factline ingest with editors’ verdicts', { timeout: 60_000 }, () => {
  it('applies a verdict, reports an orphan by id, and leaves the verdict file untouched across rebuilds', () => {
    const { dir, verdicts } = project();
    const file = join(verdicts, `${page.slug}.yaml`);
    const text = [
      `${target.id}:`,
      '  status: false',
      '  note: "Shown to readers: the evidence says otherwise."',
      '  evidence:',
      '    - url: https://example.org/evidence',
      '      title: Evidence',
      '  reviewed: 2025-11-29',
      'c-ffffffffff:',
      '  status: not-checkable',
      '  note: A claim that no longer exists.',
      '  reviewed: 2025-11-30',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;

    for (let run = 0; run < 2; run++) {
      const result = ingest(dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('c-ffffffffff');
      expect(result.stderr).toContain('orphaned-verdict');
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    const mdx = readFileSync(join(dir, 'content/articles', `${page.slug}.mdx`), 'utf8');
    expect(mdx).toContain(`<Claim id="${target.id}" status="false">`);
    expect(mdx).toContain('"reviewed": true');

    const strict = ingest(dir, '--strict');
    expect(strict.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('stops before writing anything when a verdict file is invalid, naming file, field, value and allowed values', () => {
    const { dir, verdicts } = project();
    writeFileSync(join(verdicts, `${page.slug}.yaml`), `${target.id}:\n  status: fake\n  note: x\n  reviewed: 2025-11-29\n`);
    const result = ingest(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${page.slug}\\.yaml: Unexpected \`fake\` for \`${target.id}\\.status\`, expected one of: unverified, corroborated`));
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
  });

  it('applies the desk\'s outlet rules and never rewrites them; stops before writing anything when they are invalid', () => {
    const { dir } = project();
    const file = join(dir, 'content', 'outlets.yaml');
    const rules = 'kyiv-independent:\n  name: Kyiv Independent\n  drop:\n    - line: Video thumbnail\n';
    writeFileSync(file, rules);
    const ok = ingest(dir, '--no-cache');
    expect(ok.status, ok.stderr).toBe(0);
    const mdx = readFileSync(join(dir, 'content/articles', `${page.slug}.mdx`), 'utf8');
    expect(mdx).toContain('"rule": "desk-kyiv-independent"');
    expect(readFileSync(file, 'utf8')).toBe(rules);

    const { dir: other } = project();
    writeFileSync(join(other, 'content', 'outlets.yaml'), 'Kyiv:\n  name: Kyiv Independent\n');
    const bad = ingest(other);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/outlets\.yaml: Unexpected outlet id `Kyiv`, expected kebab-case .*\[invalid-outlet-rules\]/u);
    expect(existsSync(join(other, 'content/articles'))).toBe(false);
  });

  it('exits 2 on wrong usage', async () => {
    const { dir } = project();
    const runs = await Promise.all([
      factlineAsync(dir, ['ingest', 'extra']),
      factlineAsync(dir, []),
      factlineAsync(dir, ['publish']),
      factlineAsync(dir, ['report', '--seeds', 'seeds']),
      factlineAsync(dir, ['ingest', '--out', 'dist']),
      factlineAsync(dir, ['ingest', '--seeds', 'no-such-folder']),
      factlineAsync(dir, ['ingest'], { SOURCE_DATE_EPOCH: 'yesterday' }),
    ]);
    for (const run of runs) expect(run.status, run.stderr).toBe(2);
    expect(runs[3]!.stderr).toContain('Unexpected option `--seeds` for `report`');
    expect(runs[5]!.stderr).toContain('cannot read the seeds folder');
    expect(runs[6]!.stderr).toContain('Unexpected SOURCE_DATE_EPOCH `yesterday`');
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
  });

  it('documents both commands and every exit code in its usage text', () => {
    const { dir } = project();
    const help = factline(dir, ['--help']);
    expect(help.status).toBe(0);
    for (const text of ['factline ingest', 'factline report', '--strict', 'FACTLINE_STRICT=1', 'SOURCE_DATE_EPOCH', 'Exit codes:']) {
      expect(help.stdout).toContain(text);
    }
    for (const code of ['0', '1', '2']) expect(help.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });
});

/** A seed with its headline, publisher and date all in the text: nothing to warn about. */
const COMPLETE_SEED = [
  'date 2025-12-01',
  'Harbour bridge to reopen in March, council says',
  '',
  'By Test Reporter',
  '',
  'The harbour bridge will reopen to traffic in March, the city council said on Monday.',
  '',
  'Repairs cost 4.2 million euros, according to the council’s transport committee.',
  '',
  '© 2025 The Westmere Courier. All rights reserved.',
  '',
].join('\n');

function cleanProject(): string {
  const dir = tempProject();
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'complete.txt'), COMPLETE_SEED);
  return dir;
}

interface ReportJson {
  generated?: string;
  counts: { articles: number; claims: number; skipped: number; warnings: number };
  articles: { slug: string; seed: string; claims: number }[];
  skipped: { file: string; rule: string; reason: string }[];
  warnings: { file: string; rule: string; reason: string }[];
  pagefind?: { pages: number } | null;
}

const readJson = (path: string): ReportJson => JSON.parse(readFileSync(path, 'utf8')) as ReportJson;

describe('the ingest report and `factline report`', { timeout: 60_000 }, () => {
  it('lists every built article, skipped file and warning with file, rule and reason, the same bytes on every run', () => {
    const { dir, verdicts } = project();
    writeFileSync(join(dir, 'seeds', 'empty.txt'), '\n\n');
    writeFileSync(join(dir, 'seeds', 'scan.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, 'seeds', 'binary.txt'), Buffer.from([0x68, 0x00, 0x69]));
    writeFileSync(join(verdicts, `${page.slug}.yaml`), 'c-ffffffffff:\n  status: not-checkable\n  note: Gone.\n  reviewed: 2025-11-30\n');
    writeFileSync(join(dir, 'content', 'ingest-report.json.4242.tmp'), '{"counts": {"artic'); // left by a killed run

    const first = ingest(dir);
    expect(first.status, first.stderr).toBe(0);
    const file = join(dir, 'content/ingest-report.json');
    const text = readFileSync(file, 'utf8');
    const report = readJson(file);
    expect(report.generated).toBeUndefined();
    expect(report.articles.map((article) => article.seed)).toEqual(seeds.map((seed) => seed.name).sort());
    expect(report.articles.find((article) => article.slug === page.slug)).toEqual({ slug: page.slug, seed: page.seed, claims: page.page.claims.length });
    expect(report.skipped.map((problem) => [problem.file, problem.rule])).toEqual([
      ['binary.txt', 'binary-file'],
      ['empty.txt', 'empty-seed'],
      ['scan.pdf', 'unsupported-type'],
    ]);
    // The real seeds lack some metadata (000 has no headline, 003 no date) unless sidecars supply it.
    expect(report.warnings.filter((problem) => problem.rule === 'orphaned-verdict').map((problem) => problem.file)).toEqual([`content/verdicts/${page.slug}.yaml`]);
    for (const problem of report.warnings.filter((warning) => warning.rule !== 'orphaned-verdict')) {
      expect(problem.rule).toBe('missing-metadata');
      expect(seeds.map((seed) => seed.name)).toContain(problem.file);
    }
    expect(report.warnings.map((problem) => problem.file)).toEqual(report.warnings.map((problem) => problem.file).sort());
    for (const problem of [...report.skipped, ...report.warnings]) {
      expect(problem.reason.startsWith(`${problem.file}: Unexpected`), problem.reason).toBe(true);
      expect(problem.reason.endsWith(`[${problem.rule}]`), problem.reason).toBe(true);
      expect(first.stderr).toContain(problem.reason);
    }
    expect(report.counts).toEqual({
      articles: seeds.length,
      claims: report.articles.reduce((sum, article) => sum + article.claims, 0),
      skipped: 3,
      warnings: report.warnings.length,
    });

    expect(ingest(dir).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'content')).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const dated = factline(dir, ['ingest'], { SOURCE_DATE_EPOCH: '1764288000' });
    expect(dated.status).toBe(0);
    expect(readJson(file).generated).toBe('2025-11-28T00:00:00.000Z');
  });

  it('copies the report into the built site with the Pagefind page count and prints a summary', () => {
    const { dir } = project();
    writeFileSync(join(dir, 'seeds', 'empty.txt'), '');
    expect(ingest(dir).status).toBe(0);
    mkdirSync(join(dir, 'dist/pagefind'), { recursive: true });
    writeFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { page_count: 2 } } }));

    const result = factline(dir, ['report']);
    expect(result.status, result.stderr).toBe(0);
    const built = readJson(join(dir, 'dist/build-report.json'));
    const ingested = readJson(join(dir, 'content/ingest-report.json'));
    expect(built).toEqual({ ...ingested, pagefind: { pages: 2 } });
    expect(result.stdout).toContain(
      `${ingested.counts.articles} article(s), ${ingested.counts.claims} claim(s), 1 file(s) skipped, ${ingested.counts.warnings} warning(s), 2 page(s) indexed by Pagefind`,
    );
    expect(result.stdout).toContain('  skipped: empty.txt: Unexpected empty file');
    for (const warning of ingested.warnings) expect(result.stdout).toContain(`  warning: ${warning.reason}`);

    const elsewhere = factline(dir, ['report', '--content', 'content', '--out', 'site']);
    expect(elsewhere.status).toBe(0);
    expect(readJson(join(dir, 'site/build-report.json')).pagefind).toBeNull();
  });

  it('exits 2 when there is no ingest report to read', () => {
    const dir = cleanProject();
    const result = factline(dir, ['report']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ingest-report.json does not exist; run `factline ingest` first');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('hostile file names in the report', { timeout: 60_000 }, () => {
  it('prints a newline or an ANSI escape in a seed name as an escape, so no report line is forged', () => {
    const dir = cleanProject();
    writeFileSync(join(dir, 'seeds', 'evil\n  - complete.txt: fine [ok]\u001b[2J.pdf'), 'x');
    const run = ingest(dir);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('\u001b');
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines.filter((line) => line.includes('complete.txt: fine'))).toEqual([
      '  - evil\\n  - complete.txt: fine [ok]\\u001b[2J.pdf: Unexpected file type `.pdf`, expected one of .txt, .html, .htm, .md, .markdown [unsupported-type]',
    ]);
  });
});

describe('strict mode', { timeout: 60_000 }, () => {
  it('passes a clean build', () => {
    const dir = cleanProject();
    for (const env of [{}, { FACTLINE_STRICT: '1' }] as Record<string, string>[]) {
      expect(factline(dir, ['ingest', '--strict'], env).status).toBe(0);
      expect(factline(dir, ['report', '--strict'], env).status).toBe(0);
    }
    expect(readJson(join(dir, 'dist/build-report.json')).counts).toEqual({ articles: 1, claims: expect.any(Number), skipped: 0, warnings: 0 });
  });

  it('fails on a single skipped file, in ingest and in report, with --strict or FACTLINE_STRICT=1', () => {
    const dir = cleanProject();
    writeFileSync(join(dir, 'seeds', 'notes.docx'), 'not an article');
    const lenient = factline(dir, ['ingest']);
    expect(lenient.status).toBe(0);
    expect(existsSync(join(dir, 'content/articles/complete.mdx'))).toBe(true);
    expect(factline(dir, ['report']).status).toBe(0);

    for (const [args, env] of [[['--strict'], {}], [[], { FACTLINE_STRICT: '1' }]] as const) {
      const ingested = factline(dir, ['ingest', ...args], env);
      expect(ingested.status).toBe(1);
      expect(ingested.stderr).toContain('notes.docx: Unexpected file type');
      expect(ingested.stderr).toContain('strict mode: failing on 1 skipped file(s) and warning(s)');
      const reported = factline(dir, ['report', ...args], env);
      expect(reported.status).toBe(1);
      expect(reported.stdout).toContain('skipped: notes.docx');
      expect(existsSync(join(dir, 'dist/build-report.json'))).toBe(true);
    }
    expect(factline(dir, ['report'], { FACTLINE_STRICT: '0' }).status).toBe(0);
  });

  it('fails on a single warning: an article without a publisher', () => {
    const dir = cleanProject();
    writeFileSync(join(dir, 'seeds', 'complete.txt'), COMPLETE_SEED.replace('© 2025 The Westmere Courier. All rights reserved.\n', ''));
    const result = factline(dir, ['ingest', '--strict']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'complete.txt: Unexpected missing publisher, expected it in the text or in its sidecar complete.meta.yaml [missing-metadata]',
    );
    expect(factline(dir, ['report', '--strict']).status).toBe(1);
    expect(factline(dir, ['report']).status).toBe(0);
  });
});

/** Every file under `dir` (relative path → bytes as text), for byte-for-byte comparison. */
function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), 'latin1'));
  }
  return files;
}

/** Runs `node scripts/cli.ts …` with Node's own type stripping, no tsx. */
function factlineNode(dir: string, args: string[]): Promise<Run> {
  const { FACTLINE_STRICT: _strict, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
  return new Promise((done, reject) => {
    execFile(process.execPath, [join(root, 'scripts/cli.ts'), ...args], { cwd: dir, encoding: 'utf8', env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else done({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

describe('factline ingest: cache, worker threads and progress', { timeout: 180_000 }, () => {
  it('documents --cache, --no-cache, --jobs and --quiet, and refuses wrong values', async () => {
    const { dir } = project();
    const help = factline(dir, ['--help']);
    for (const text of ['--cache DIR', '.factline-cache', '--no-cache', '--jobs N', '--quiet', 'rm -rf DIR']) expect(help.stdout).toContain(text);
    const runs = await Promise.all(
      [
        ['ingest', '--jobs', '0'],
        ['ingest', '--jobs', 'two'],
        ['ingest', '--jobs', '1.5'],
        ['ingest', '--jobs', '65'],
        ['ingest', '--cache', 'c', '--no-cache'],
        ['ingest', '--cache', ''],
        ['report', '--jobs', '2'],
        ['report', '--no-cache'],
        ['report', '--quiet'],
      ].map((args) => factlineAsync(dir, args)),
    );
    for (const run of runs) expect(run.status, run.stderr).toBe(2);
    expect(runs[0]!.stderr).toContain('Unexpected `--jobs` value `0`, expected a whole number from 1 to 64');
    expect(runs[1]!.stderr).toContain('Unexpected `--jobs` value `two`');
    expect(runs[3]!.stderr).toContain('Unexpected `--jobs` value `65`');
    expect(runs[4]!.stderr).toContain('Unexpected `--cache` together with `--no-cache`, expected one of them');
    expect(runs[5]!.stderr).toContain('Unexpected empty `--cache`, expected a folder');
    expect(runs[6]!.stderr).toContain('Unexpected option `--jobs` for `report`, expected one of --content, --out, --strict');
    expect(runs[7]!.stderr).toContain('Unexpected option `--no-cache` for `report`');
    expect(runs[8]!.stderr).toContain('Unexpected option `--quiet` for `report`');
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
    expect(existsSync(join(dir, '.factline-cache'))).toBe(false);
  });

  it('caches in .factline-cache (or --cache DIR, or not at all), with the same bytes out every time, and shows its stages', () => {
    const { dir } = project();
    writeFileSync(join(dir, 'seeds', 'empty.txt'), '');
    const cold = ingest(dir);
    expect(cold.status, cold.stderr).toBe(0);
    // Entries of every stage version share one folder per format, fanned out by the key's first byte.
    const versions = readdirSync(join(dir, '.factline-cache')).sort();
    expect(versions).toEqual(['v2']);
    const fanned = readdirSync(join(dir, '.factline-cache/v2')).sort();
    expect(fanned.length).toBeGreaterThan(0);
    for (const folder of fanned) expect(folder).toMatch(/^[0-9a-f]{2}$/);
    const count = seeds.length + 1;
    for (const line of [
      `factline: [1/5 read] ${count} seeds, 0 verdict file(s) in `,
      `factline: [2/5 analyse] ${count} articles (0 cached) in `,
      `factline: [3/5 match] ${seeds.length} articles, `,
      `factline: [4/5 pages] ${seeds.length} pages (0 cached) in `,
      `factline: [5/5 write] ${seeds.length} pages, ${seeds.length} written in `,
      'factline: ingest took ',
    ]) {
      expect(cold.stderr).toContain(line);
    }
    // Not a terminal: whole lines only.
    expect(cold.stderr).not.toContain('\r');
    const content = filesUnder(join(dir, 'content'));

    const warm = ingest(dir);
    expect(warm.stderr).toContain(`[2/5 analyse] ${count} articles (${count} cached)`);
    expect(warm.stderr).toContain(`[4/5 pages] ${seeds.length} pages (${seeds.length} cached)`);
    expect(filesUnder(join(dir, 'content'))).toEqual(content);

    const elsewhere = ingest(dir, '--cache', 'other-cache', '--content', 'content-2', '--quiet');
    expect(elsewhere.status).toBe(0);
    expect(readdirSync(join(dir, 'other-cache')).sort()).toEqual(versions);
    expect(readdirSync(join(dir, 'other-cache/v2')).sort()).toEqual(fanned);
    expect(elsewhere.stderr).not.toMatch(/\[\d\/5 /);
    expect(elsewhere.stderr).toContain('empty.txt: Unexpected empty file');
    expect(elsewhere.stdout).toContain(`${seeds.length} article(s)`);

    const uncached = ingest(dir, '--no-cache', '--content', 'content-3');
    expect(uncached.stderr).toContain(`[2/5 analyse] ${count} articles (0 cached)`);
    for (const folder of ['content-2', 'content-3']) {
      expect(filesUnder(join(dir, folder))).toEqual(content);
    }
  });

  it('runs worker threads under tsx and under plain Node, with the same bytes as one thread', async () => {
    const dir = tempProject();
    mkdirSync(join(dir, 'seeds'));
    const { generateCorpus } = await import('./bench/generate.ts');
    for (const seed of generateCorpus({ count: 50, seed: 'cli-workers' })) writeFileSync(join(dir, 'seeds', seed.name), seed.text);
    const [tsx, node, single] = await Promise.all([
      factlineAsync(dir, ['ingest', '--no-cache', '--jobs', '2', '--content', 'tsx']),
      factlineNode(dir, ['ingest', '--no-cache', '--jobs', '2', '--content', 'node']),
      factlineAsync(dir, ['ingest', '--no-cache', '--jobs', '1', '--content', 'single']),
    ]);
    for (const run of [tsx, node, single]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('[2/5 analyse] 50 articles (0 cached)');
      expect(run.stderr).not.toContain('could not start worker threads');
    }
    expect(tsx.stderr).toMatch(/\[2\/5 analyse\] 50 articles \(0 cached\), [12] worker threads? in /);
    expect(node.stderr).toMatch(/\[2\/5 analyse\] 50 articles \(0 cached\), [12] worker threads? in /);
    expect(single.stderr).not.toContain('worker thread');
    const expected = filesUnder(join(dir, 'single'));
    expect(expected.size).toBeGreaterThan(50);
    for (const folder of ['tsx', 'node']) {
      expect(filesUnder(join(dir, folder))).toEqual(expected);
    }
  });
});
