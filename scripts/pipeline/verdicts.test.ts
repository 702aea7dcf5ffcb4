import { describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import type { AnalyzedArticle } from './types.ts';
import { claimAt, pageOf } from './test-support/page.ts';
import { applyVerdicts, parseVerdictFile, type VerdictFile } from './verdicts.ts';

const FILE = 'content/verdicts/a.yaml';

function errorOf(text: string): string {
  try {
    parseVerdictFile(FILE, text);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).message;
  }
  throw new Error('expected the file to be refused');
}

describe('parseVerdictFile', () => {
  it('reads a valid file, with defaults and dates as YYYY-MM-DD', () => {
    const verdicts = parseVerdictFile(
      FILE,
      [
        'c-0123456789:',
        '  status: false',
        '  note: "Satellite images show Ukrainian units inside the city."',
        '  evidence:',
        '    - url: https://example.org/report',
        '      title: Independent analysis',
        '  reviewed: 2025-11-29',
        '  reviewer: Jane Editor',
        'c-0123456780:',
        '  status: not-checkable',
        '  note: A demand.',
        '  reviewed: "2025-11-30"',
      ].join('\n'),
    );
    expect(verdicts['c-0123456789']).toEqual({
      status: 'false',
      note: 'Satellite images show Ukrainian units inside the city.',
      evidence: [{ url: 'https://example.org/report', title: 'Independent analysis' }],
      reviewed: '2025-11-29',
      reviewer: 'Jane Editor',
    });
    expect(verdicts['c-0123456780']).toMatchObject({ evidence: [], reviewer: null, reviewed: '2025-11-30' });
  });

  it('names the file, the field, the value and what is allowed', () => {
    expect(errorOf('c-0123456789:\n  status: fals\n  note: x\n  reviewed: 2025-11-29\n')).toBe(
      `${FILE}: Unexpected \`fals\` for \`c-0123456789.status\`, expected one of: unverified, corroborated, disputed, not-checkable, verified, false, misleading [invalid-verdict]`,
    );
    expect(errorOf('c-0123456789:\n  status: not-checkable\n  note: x\n  reviewed: 2025-13-45\n')).toMatch(
      /Unexpected `2025-13-45` for `c-0123456789.reviewed`, expected a date as YYYY-MM-DD/,
    );
    expect(errorOf('c-0123456789:\n  status: not-checkable\n  note: x\n  reviewed: 2025-02-30\n')).toMatch(
      /Unexpected `2025-02-30` for `c-0123456789.reviewed`, expected a date as YYYY-MM-DD/,
    );
    expect(errorOf('c-0123456789:\n  status: not-checkable\n  note: x\n  reviewed: 2025-11-29\n  verdict: true\n')).toMatch(
      /Unexpected field `verdict` in `c-0123456789`, expected only: status, note, evidence, reviewed, reviewer/,
    );
    expect(errorOf('pokrovsk:\n  status: not-checkable\n  note: x\n  reviewed: 2025-11-29\n')).toMatch(/expected a claim id such as c-3fa29b1c0d/);
    expect(errorOf('c-0123456789:\n  status: not-checkable\n  note: x\n  reviewed: 2025-11-29\n  evidence:\n    - url: ftp://x\n      title: t\n')).toMatch(
      /Unexpected `ftp:\/\/x` for `c-0123456789.evidence.0.url`, expected an http\(s\) URL/,
    );
    expect(errorOf('c-0123456789: [\n')).toMatch(/Unexpected YAML syntax/);
  });

  it('requires evidence for the editor-only statuses', () => {
    for (const status of ['verified', 'false', 'misleading']) {
      expect(errorOf(`c-0123456789:\n  status: ${status}\n  note: x\n  reviewed: 2025-11-29\n`)).toMatch(
        /for `c-0123456789.evidence`, expected at least one evidence link for verified \/ false \/ misleading/,
      );
    }
  });
});

describe('applyVerdicts', () => {
  const paragraphs = ['Putin claimed the army surrounded Pokrovsk.', 'Kyiv said fighting continues.'];
  const article: AnalyzedArticle = {
    slug: 'a',
    article: pageOf(paragraphs).article,
    claims: [claimAt(paragraphs, 0, 0, 43, 'c-0123456789', { article: 'a', status: 'unverified', cue: 'article-says-unverifiable' }), claimAt(paragraphs, 1, 0, 29, 'c-0123456780', { article: 'a' })],
  };
  const verdict = { status: 'false' as const, note: 'Satellite images contradict it.', evidence: [{ url: 'https://example.org', title: 'Imagery' }], reviewed: '2025-11-29', reviewer: null };

  it('overrides the automatic status, keeps it as history and marks the claim reviewed', () => {
    const { articles, orphans } = applyVerdicts([article], new Map([['a', { file: FILE, verdicts: { 'c-0123456789': verdict } }]]));
    const [claim, untouched] = articles[0]!.claims;
    expect(claim).toMatchObject({ status: 'false', reviewed: true, rationale: verdict.note, cue: 'editor-verdict', verdict });
    expect(claim!.automatic).toEqual({ status: 'unverified', rationale: 'Reported by 1 outlet, none of them independent: no independent confirmation.', cue: 'article-says-unverifiable' });
    expect(untouched).toMatchObject({ status: 'unverified', reviewed: false, verdict: null, automatic: null });
    expect(orphans).toEqual([]);
  });

  it('reports verdicts for claims or articles that do not exist, by id', () => {
    const { orphans } = applyVerdicts(
      [article],
      new Map<string, { file: string; verdicts: VerdictFile }>([
        ['a', { file: FILE, verdicts: { 'c-ffffffffff': verdict } }],
        ['gone', { file: 'content/verdicts/gone.yaml', verdicts: { 'c-eeeeeeeeee': verdict } }],
      ]),
    );
    expect(orphans.map((orphan) => [orphan.file, orphan.rule])).toEqual([
      [FILE, 'orphaned-verdict'],
      ['content/verdicts/gone.yaml', 'orphaned-verdict'],
    ]);
    expect(orphans[0]!.reason).toContain('c-ffffffffff');
    expect(orphans[1]!.reason).toContain('no article gone');
  });
});

describe('older verdict files', () => {
  it('still read `opinion`, the former name of `not-checkable`', () => {
    const file = parseVerdictFile('content/verdicts/old.yaml', 'c-0123456789:\n  status: opinion\n  note: A demand.\n  reviewed: 2025-11-29\n');
    expect(file['c-0123456789']?.status).toBe('not-checkable');
  });
});
