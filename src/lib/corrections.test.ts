import { describe, expect, it } from 'vitest';
import { corrections, type CorrectionArticle, type CorrectionClaim } from './corrections.ts';

function claim(id: string, verdict: CorrectionClaim['verdict'], automatic: CorrectionClaim['automatic'] = { status: 'unverified' }): CorrectionClaim {
  return { id, summary: `Summary ${id}`, status: verdict?.status ?? 'unverified', verdict, automatic: verdict ? automatic : null };
}

const verdict = (status: 'false' | 'verified' | 'misleading' | 'not-checkable', reviewed: string, reviewer: string | null = null) => ({
  status,
  note: `Note ${reviewed}`,
  reviewed,
  reviewer,
});

const articles: CorrectionArticle[] = [
  {
    slug: 'newer',
    title: 'Newer article',
    publisher: 'AP',
    claims: [claim('c-0000000001', verdict('false', '2025-11-30', 'Ana')), claim('c-0000000002', null), claim('c-0000000003', verdict('verified', '2025-12-02'))],
  },
  {
    slug: 'older',
    title: 'Older article',
    publisher: null,
    claims: [claim('c-0000000004', verdict('misleading', '2025-12-02'), null), claim('c-0000000005', verdict('not-checkable', '2025-11-29'), { status: 'disputed' })],
  },
];

describe('corrections', () => {
  it('lists every verdict, newest first; the same date in site order, then reading order', () => {
    expect(corrections(articles).map((row) => [row.reviewed, row.claimId])).toEqual([
      ['2025-12-02', 'c-0000000003'],
      ['2025-12-02', 'c-0000000004'],
      ['2025-11-30', 'c-0000000001'],
      ['2025-11-29', 'c-0000000005'],
    ]);
  });

  it('gives the claim anchor, the article, the status before and after, the note and the reviewer', () => {
    const rows = corrections(articles);
    expect(rows[2]).toEqual({
      claimId: 'c-0000000001',
      summary: 'Summary c-0000000001',
      claimPath: 'articles/newer/#c-0000000001',
      article: { title: 'Newer article', publisher: 'AP', path: 'articles/newer/' },
      before: 'unverified',
      after: 'false',
      note: 'Note 2025-11-30',
      reviewed: '2025-11-30',
      reviewer: 'Ana',
    });
    expect(rows[1]).toMatchObject({ before: null, after: 'misleading', reviewer: null, article: { publisher: null } });
    expect(rows[3]).toMatchObject({ before: 'disputed', after: 'not-checkable' });
  });

  it('is empty when no editor has reviewed anything', () => {
    expect(corrections([{ ...articles[0]!, claims: [claim('c-0000000002', null)] }])).toEqual([]);
  });
});
