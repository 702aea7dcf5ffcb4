import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuiltPage, Problem } from '../pipeline/ingest.ts';
import { claimAt, pageOf } from '../pipeline/test-support/page.ts';
import {
  createBuildReport,
  createIngestReport,
  INGEST_REPORT_FILE,
  metadataWarnings,
  pagefindPageCount,
  problemCount,
  readIngestReport,
  removeStaleTemporaries,
  reportProblem,
  serializeReport,
  sourceDate,
  summarize,
} from './build-report.ts';

function built(seed: string, meta: { publisher?: string | null; published?: string | null; titleDerived?: boolean } = {}, claims = 0): BuiltPage {
  const slug = seed.replace(/\.txt$/, '');
  const paragraphs = ['One claim here.'];
  const base = pageOf(paragraphs, Array.from({ length: claims }, (_, index) => claimAt(paragraphs, 0, 0, 9, `c-${String(index).padStart(10, '0')}`)));
  const article = {
    ...base.article,
    seed,
    publisher: meta.publisher === undefined ? 'The Paper' : meta.publisher,
    agency: null,
    published: meta.published === undefined ? '2025-11-28' : meta.published,
    titleDerived: meta.titleDerived ?? false,
  };
  return { slug, seed, page: { ...base, slug, article }, mdx: '' };
}

const problem = (file: string, rule: string): Problem => ({ file, rule, reason: `${file}: Unexpected something [${rule}]` });

describe('metadataWarnings', () => {
  it('warns once per article with a missing publisher, date or headline, naming each and the sidecar', () => {
    const warnings = metadataWarnings([
      built('complete.txt'),
      built('no-publisher.txt', { publisher: null }),
      built('bare.txt', { publisher: null, published: null, titleDerived: true }),
    ]);
    expect(warnings.map((warning) => [warning.file, warning.rule])).toEqual([
      ['no-publisher.txt', 'missing-metadata'],
      ['bare.txt', 'missing-metadata'],
    ]);
    expect(warnings[0]!.reason).toBe(
      'no-publisher.txt: Unexpected missing publisher, expected it in the text or in its sidecar no-publisher.meta.yaml [missing-metadata]',
    );
    expect(warnings[1]!.reason).toContain('Unexpected missing title (derived from the lede), publisher and published date, expected them');
  });
});

describe('sourceDate', () => {
  it('is absent unless SOURCE_DATE_EPOCH is set, then its ISO date', () => {
    expect(sourceDate(undefined)).toBeUndefined();
    expect(sourceDate('')).toBeUndefined();
    expect(sourceDate('0')).toBe('1970-01-01T00:00:00.000Z');
    expect(sourceDate('1764288000')).toBe('2025-11-28T00:00:00.000Z');
  });

  it('refuses anything but whole seconds', () => {
    for (const value of ['soon', '-1', '1.5', '1e3', '99999999999999999']) expect(() => sourceDate(value), value).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('createIngestReport', () => {
  const input = {
    pages: [built('b.txt', {}, 2), built('a.txt', { published: null }, 3)],
    skipped: [problem('z.pdf', 'unsupported-type'), problem('empty.txt', 'empty-seed')],
    warnings: [problem('/srv/site/content/verdicts/a.yaml', 'orphaned-verdict'), ...metadataWarnings([built('a.txt', { published: null })])],
    contentDir: '/srv/site/content',
  };

  it('lists articles, skipped files and warnings sorted, with counts, and no timestamp', () => {
    const report = createIngestReport(input);
    expect(report).toEqual({
      counts: { articles: 2, claims: 5, skipped: 2, warnings: 2 },
      articles: [
        { slug: 'a', seed: 'a.txt', claims: 3 },
        { slug: 'b', seed: 'b.txt', claims: 2 },
      ],
      skipped: [problem('empty.txt', 'empty-seed'), problem('z.pdf', 'unsupported-type')],
      warnings: [
        expect.objectContaining({ file: 'a.txt', rule: 'missing-metadata' }),
        { file: 'content/verdicts/a.yaml', rule: 'orphaned-verdict', reason: 'content/verdicts/a.yaml: Unexpected something [orphaned-verdict]' },
      ],
    });
    expect(problemCount(report)).toBe(4);
  });

  it('writes the same bytes whatever the input order, and dates the report only from SOURCE_DATE_EPOCH', () => {
    const reversed = { ...input, pages: [...input.pages].reverse(), skipped: [...input.skipped].reverse(), warnings: [...input.warnings].reverse() };
    expect(serializeReport(createIngestReport(reversed))).toBe(serializeReport(createIngestReport(input)));
    expect(serializeReport(createIngestReport(input))).not.toMatch(/generated|\d{4}-\d{2}-\d{2}T/);
    const dated = createIngestReport({ ...input, sourceDateEpoch: '1764288000' });
    expect(Object.keys(dated)[0]).toBe('generated');
    expect(dated.generated).toBe('2025-11-28T00:00:00.000Z');
  });

  it('shows a verdict file relative to the folder holding the content folder, however it was named', () => {
    const relativeFile = problem('content/verdicts/x.yaml', 'orphaned-verdict');
    expect(reportProblem(relativeFile, 'content').file).toBe('content/verdicts/x.yaml');
    expect(reportProblem(problem('/tmp/build-1/content/verdicts/x.yaml', 'r'), '/tmp/build-1/content')).toEqual(
      reportProblem(problem('/tmp/build-2/content/verdicts/x.yaml', 'r'), '/tmp/build-2/content'),
    );
    expect(reportProblem(problem('seed.txt', 'r'), '/anywhere/content')).toEqual(problem('seed.txt', 'r'));
  });
});

describe('the build report', () => {
  const ingest = createIngestReport({
    pages: [built('a.txt', {}, 1)],
    skipped: [problem('bad.txt', 'binary-file')],
    warnings: [problem('a.txt', 'missing-metadata')],
    contentDir: 'content',
    sourceDateEpoch: '0',
  });

  it('adds the Pagefind page count, and takes its date from its own run', () => {
    const report = createBuildReport(ingest, 7, undefined);
    expect(report.generated).toBeUndefined();
    expect(report.pagefind).toEqual({ pages: 7 });
    expect(report.counts).toEqual(ingest.counts);
    expect(createBuildReport(ingest, null, '60')).toMatchObject({ generated: '1970-01-01T00:01:00.000Z', pagefind: null });
  });

  it('summarizes as one line of counts, then each problem', () => {
    expect(summarize(createBuildReport(ingest, 1))).toBe(
      [
        '1 article(s), 1 claim(s), 1 file(s) skipped, 1 warning(s), 1 page(s) indexed by Pagefind',
        '  skipped: bad.txt: Unexpected something [binary-file]',
        '  warning: a.txt: Unexpected something [missing-metadata]',
        '',
      ].join('\n'),
    );
    expect(summarize(createBuildReport(ingest, null)).split('\n')[0]).toContain('no Pagefind index found');
  });

  it('reads back the ingest report it wrote, and names the file when it is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-report-'));
    writeFileSync(join(dir, INGEST_REPORT_FILE), serializeReport(ingest));
    expect(await readIngestReport(dir)).toEqual(ingest);
    writeFileSync(join(dir, INGEST_REPORT_FILE), '{"counts": {}}');
    await expect(readIngestReport(dir)).rejects.toThrow(`${join(dir, INGEST_REPORT_FILE)}: Unexpected`);
    writeFileSync(join(dir, INGEST_REPORT_FILE), '{');
    await expect(readIngestReport(dir)).rejects.toThrow(/invalid JSON/);
  });

  it('counts the pages of every Pagefind language, or gives null without an index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-report-'));
    expect(await pagefindPageCount(dir)).toBeNull();
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(
      join(dir, 'pagefind', 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 }, de: { hash: 'de_1', wasm: 'de', page_count: 2 } } }),
    );
    expect(await pagefindPageCount(dir)).toBe(5);
    writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{"languages": {"en": {}}}');
    expect(await pagefindPageCount(dir)).toBeNull();
  });

  it('clears temporary report files left by a run killed mid-write, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-report-'));
    for (const name of ['ingest-report.json.123.tmp', 'ingest-report.json.9.tmp', 'ingest-report.json', 'other.json.1.tmp', 'ingest-report.json.x.tmp']) {
      writeFileSync(join(dir, name), '{');
    }
    expect(await removeStaleTemporaries(dir, INGEST_REPORT_FILE)).toEqual(['ingest-report.json.123.tmp', 'ingest-report.json.9.tmp']);
    expect(readdirSync(dir).sort()).toEqual(['ingest-report.json', 'ingest-report.json.x.tmp', 'other.json.1.tmp']);
    expect(await removeStaleTemporaries(join(dir, 'missing'), INGEST_REPORT_FILE)).toEqual([]);
  });
});
