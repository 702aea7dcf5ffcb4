import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from './test-support/article.ts';
import { HARBOUR_STRIKE } from './fixtures/claims/harbour-strike.ts';
import { KANO_OUTBREAK } from './fixtures/claims/kano-outbreak.ts';
import { SEED_000 } from './fixtures/claims/seed-000.ts';
import { SEED_003 } from './fixtures/claims/seed-003.ts';
import { mergeReason, quoteSpans, quotedShare, segment, segmentParagraph } from './segment.ts';
import type { SegmentedArticle } from './types.ts';

function sentencesOf(paragraph: string): string[] {
  return segmentParagraph(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}

/** Every invariant of `Sentence` spans, for every paragraph of an article. */
function expectExactSpans(article: SegmentedArticle): void {
  article.paragraphs.forEach((paragraph, p) => {
    const own = article.sentences.filter((s) => s.paragraph === p);
    let cursor = 0;
    for (const s of own) {
      expect(paragraph.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.start).toBeGreaterThanOrEqual(cursor);
      // Only whitespace between consecutive sentences: together they cover all non-whitespace text.
      expect(paragraph.slice(cursor, s.start).trim()).toBe('');
      cursor = s.end;
    }
    expect(paragraph.slice(cursor).trim()).toBe('');
  });
  // Sentences are in document order.
  const keys = article.sentences.map((s) => s.paragraph * 1e6 + s.start);
  expect([...keys].sort((a, b) => a - b)).toEqual(keys);
}

describe('segment: Intl.Segmenter baseline', () => {
  it('splits plain sentences and trims them', () => {
    expect(sentencesOf('It rained all day.  We stayed in! Did you?')).toEqual(['It rained all day.', 'We stayed in!', 'Did you?']);
  });

  it('returns offsets into the paragraph', () => {
    const p = 'First one. Second one.';
    expect(segmentParagraph(p)).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 22 },
    ]);
  });
});

describe('segment: abbreviation post-pass', () => {
  it.each([
    ['Mr. Smith said so. He left.', ['Mr. Smith said so.', 'He left.']],
    ['The report by Dr. Jones arrived. It was long.', ['The report by Dr. Jones arrived.', 'It was long.']],
    ['Gen. Petraeus and Lt. Col. Vindman spoke. Then they left.', ['Gen. Petraeus and Lt. Col. Vindman spoke.', 'Then they left.']],
    ['The U.S. Senate voted on Tuesday. It passed.', ['The U.S. Senate voted on Tuesday.', 'It passed.']],
    ['Talks resumed on Jan. 5. Nothing changed.', ['Talks resumed on Jan. 5.', 'Nothing changed.']],
    ['J. R. R. Tolkien wrote it. Critics loved it.', ['J. R. R. Tolkien wrote it.', 'Critics loved it.']],
    ['He lives at No. 10 Downing Street. Visitors queue.', ['He lives at No. 10 Downing Street.', 'Visitors queue.']],
    ['Shares in Acme Inc. Holdings fell. Investors fled.', ['Shares in Acme Inc. Holdings fell.', 'Investors fled.']],
  ])('%s', (paragraph, expected) => {
    expect(sentencesOf(paragraph)).toEqual(expected);
  });

  it('keeps a sentence-final acronym when a usual opener follows', () => {
    expect(sentencesOf('Kyiv held talks with the U.S. The next round is in Geneva.')).toEqual([
      'Kyiv held talks with the U.S.',
      'The next round is in Geneva.',
    ]);
  });

  it('does not glue a month to a following capitalised sentence', () => {
    expect(sentencesOf('The vote is due in Feb. The result is open.')).toEqual(['The vote is due in Feb.', 'The result is open.']);
  });

  it('keeps "Nov. 27" inside the seed 003 lede', () => {
    const lede = SEED_003.paragraphs[0] ?? '';
    expect(lede).toContain('on Nov. 27 reiterated');
    expect(sentencesOf(lede)).toEqual([lede]);
  });

  it('names the rule that merged a break', () => {
    const p = 'Mr. Smith came.';
    expect(mergeReason(p, { start: 0, end: 3 }, { start: 4, end: 15 }, quoteSpans(p))).toBe('title');
  });
});

describe('segment: quotations', () => {
  it('keeps a multi-sentence quotation with its attribution', () => {
    expect(sentencesOf('“A. B. C,” he said. Next.')).toEqual(['“A. B. C,” he said.', 'Next.']);
    expect(sentencesOf('“We made an offer. The door is open,” the minister said. Talks stalled.')).toEqual([
      '“We made an offer. The door is open,” the minister said.',
      'Talks stalled.',
    ]);
  });

  it('handles a straight opening and a curly closing quote (seed 000)', () => {
    const p = SEED_000.paragraphs.find((x) => x.startsWith('"Ukrainian troops must withdraw')) ?? '';
    expect(p).not.toBe('');
    expect(sentencesOf(p)).toEqual([p]);
  });

  it('keeps "“Go!” he said." together (lowercase continuation)', () => {
    expect(sentencesOf('“Go!” he said. “Why?” she asked. Nobody moved.')).toEqual(['“Go!” he said.', '“Why?” she asked.', 'Nobody moved.']);
  });

  it('splits after a quotation that closes a sentence', () => {
    const p = SEED_003.paragraphs.find((x) => x.startsWith("The Kremlin's chief alleged")) ?? '';
    const out = sentencesOf(p);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/"want to fight until the last Ukrainian\."$/u);
    expect(out[1]).toBe('He added, "As I\'ve already said publicly, we\'re ready for that."');
  });

  it('does not merge across a quotation that never closes in the paragraph', () => {
    expect(sentencesOf('“The first thing is clear. The second is not.')).toEqual(['“The first thing is clear.', 'The second is not.']);
  });

  it('finds quote spans, mixed marks included', () => {
    const p = '"One,” he said. “Two." “Three';
    expect(quoteSpans(p)).toEqual([
      { start: 0, end: 6, closed: true },
      { start: 16, end: 22, closed: true },
      { start: 23, end: p.length, closed: false },
    ]);
    expect(quotedShare('“abc” de', 0, 8)).toBeCloseTo(3 / 5);
  });
});

describe('segment: exact spans', () => {
  it.each([
    ['seed 000', SEED_000],
    ['seed 003', SEED_003],
    ['harbour-strike', HARBOUR_STRIKE.article],
    ['kano-outbreak', KANO_OUTBREAK.article],
  ])('%s', (_name, article) => {
    const out = segment(article);
    expectExactSpans(out);
    expect(out.paragraphs).toEqual(article.paragraphs);
    expect(out.title).toBe(article.title);
  });

  it('seed 000 has the expected sentence count per paragraph', () => {
    const out = segment(SEED_000);
    const perParagraph = out.paragraphs.map((_, p) => out.sentences.filter((s) => s.paragraph === p).length);
    expect(perParagraph).toEqual([1, 1, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2, 1, 1, 1, 2, 1, 2]);
  });

  it('holds for arbitrary paragraphs (property)', () => {
    const word = fc.constantFrom('Mr.', 'U.S.', 'Nov.', '27', 'J.', 'he', 'said', 'The', 'war', 'ended', 'Kyiv', 'a', '“Yes.', 'No,”', '"Go!"', 'it?', 'end.', '–', 'St.', 'Inc.');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(paragraph, (p) => {
        expectExactSpans(segment(articleFromParagraphs([p])));
      }),
      { seed: 20251128, numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    expect(segment(SEED_003)).toEqual(segment(SEED_003));
  });
});
