import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUALITY_DOC, qualityReport } from '../evaluate.ts';
import { articleFromParagraphs } from '../pipeline/test-support/article.ts';
import {
  checkFloors,
  fmt,
  FLOORS,
  missNote,
  normalizeSpeaker,
  prf,
  ratio,
  rawSentences,
  scoreClutter,
  scoreDetection,
  scoreLinks,
  scoreStatuses,
  sumClutter,
  SWEEP_THRESHOLDS,
  type CleanCase,
  type LabelledArticle,
  type LabelledPair,
  type PairOutcome,
} from './metrics.ts';

describe('arithmetic', () => {
  it('precision, recall and F1, with n/a when undefined', () => {
    expect(prf(8, 2, 2)).toEqual({ tp: 8, fp: 2, fn: 2, precision: 0.8, recall: 0.8, f1: expect.closeTo(0.8, 10) });
    expect(prf(0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(prf(0, 1, 1)).toMatchObject({ precision: 0, recall: 0, f1: null });
    expect(ratio(1, 0)).toBeNull();
    expect(fmt(null)).toBe('n/a');
    expect(fmt(2 / 3)).toBe('0.667');
  });

  it('sweeps 0.25 to 0.55 in steps of 0.05, exactly', () => {
    expect(SWEEP_THRESHOLDS.map((t) => t.toFixed(2))).toEqual(['0.25', '0.30', '0.35', '0.40', '0.45', '0.50', '0.55']);
  });
});

describe('clutter removal', () => {
  const raw = [
    'Skip to content',
    'Home | News',
    '',
    'Bridge closes after crack found',
    '',
    'The council closed the Mill Street bridge on Monday after engineers',
    'found a crack in one of its piers. Traffic is being diverted.',
    '',
    'Advertisement',
    '',
    'Repairs will take at least six weeks, the council said.',
    '',
    'Share this story',
  ].join('\n');
  const c: CleanCase = {
    name: 'bridge.txt',
    source: 'fixture',
    raw,
    title: 'Bridge closes after crack found',
    paragraphs: [
      'The council closed the Mill Street bridge on Monday after engineers found a crack in one of its piers. Traffic is being diverted.',
      'Repairs will take at least six weeks, the council said.',
    ],
  };

  it('labels sentences body or clutter, joining hard-wrapped body lines', () => {
    const { sentences } = rawSentences(c, c.paragraphs);
    expect(sentences.map((s) => [s.text, s.role, s.outcome])).toEqual([
      ['Skip to content', 'furniture', 'removed'],
      ['Home | News', 'furniture', 'removed'],
      ['Bridge closes after crack found', 'headline', 'removed'],
      ['The council closed the Mill Street bridge on Monday after engineers found a crack in one of its piers.', 'body', 'kept'],
      ['Traffic is being diverted.', 'body', 'kept'],
      ['Advertisement', 'furniture', 'removed'],
      ['Repairs will take at least six weeks, the council said.', 'body', 'kept'],
      ['Share this story', 'furniture', 'removed'],
    ]);
  });

  it('a perfect cleaning scores 1 and loses nothing', () => {
    expect(scoreClutter(c, c.paragraphs)).toMatchObject({ sentences: 8, body: 3, clutter: 5, headlineOrCaption: 1, removed: 5, removedClutter: 5, precision: 1, recall: 1, bodyLost: [] });
  });

  it('counts clutter left in, and body sentences removed or cut', () => {
    const cleaned = [
      'The council closed the Mill Street bridge on Monday after engineers found a crack in one of its piers.', // second sentence dropped
      'Advertisement',
      'Repairs will take at least six weeks', // cut
    ];
    const s = scoreClutter(c, cleaned);
    expect(s.removed).toBe(5); // 4 clutter + "Traffic is being diverted."
    expect(s.removedClutter).toBe(4);
    expect(s.precision).toBe(4 / 5);
    expect(s.recall).toBe(4 / 5);
    expect(s.clutterLeft.map((x) => x.text)).toEqual(['Advertisement']);
    expect(s.bodyLost.map((x) => [x.text, x.outcome])).toEqual([
      ['Traffic is being diverted.', 'removed'],
      ['Repairs will take at least six weeks, the council said.', 'partly-kept'],
    ]);
  });

  it('locates a cleaned paragraph that is not verbatim sentence by sentence, and reports what it cannot find', () => {
    const s = scoreClutter(c, ['Repairs will take at least six weeks, the council said. Invented sentence.']);
    expect(s.unlocated).toEqual(['Invented sentence.']);
    expect(s.bodyLost.map((x) => x.text)).not.toContain('Repairs will take at least six weeks, the council said.');
  });

  it('refuses a label that is not in the raw text', () => {
    expect(() => rawSentences({ ...c, paragraphs: ['Not in the text.'] }, [])).toThrow(/labelled paragraph not in the raw text/);
  });

  it('sums over articles by sentence', () => {
    const a = scoreClutter(c, c.paragraphs);
    const b = scoreClutter(c, ['Advertisement', ...c.paragraphs]);
    const total = sumClutter('all', [a, b]);
    expect(total).toMatchObject({ sentences: 16, clutter: 10, removed: 9, removedClutter: 9, precision: 1, recall: 0.9 });
  });
});

describe('claim detection', () => {
  const paragraphs = ['Police said two men were arrested. It was a quiet night.', '“We will appeal,” she said.'];
  const fixture: LabelledArticle = {
    name: 'test',
    article: articleFromParagraphs(paragraphs),
    claims: [
      { paragraph: 0, text: 'Police said two men were arrested.', kind: 'attributed', speaker: 'Police' },
      { paragraph: 1, text: '“We will appeal,” she said.', kind: 'quote', speaker: null, status: 'unverified' },
    ],
    nonClaims: ['It was a quiet night.'],
  };
  const sentences = [
    { paragraph: 0, text: 'Police said two men were arrested.' },
    { paragraph: 0, text: 'It was a quiet night.' },
    { paragraph: 1, text: '“We will appeal,” she said.' },
  ];

  it('normalizes speakers; null is a value', () => {
    expect(normalizeSpeaker('  Kyiv’s  top general ')).toBe("kyiv's top general");
    expect(normalizeSpeaker('')).toBeNull();
    expect(normalizeSpeaker(null)).toBeNull();
  });

  it('all right', () => {
    const s = scoreDetection(fixture, sentences, [
      { paragraph: 0, text: 'Police said two men were arrested.', form: 'attributed', speaker: 'police' },
      { paragraph: 1, text: '“We will appeal,” she said.', form: 'quote', speaker: null },
    ]);
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, speakerAccuracy: 1, kindAccuracy: 1, speakersNamed: 1, misses: [] });
  });

  it('false claims, missed claims, wrong speakers and kinds', () => {
    const s = scoreDetection(fixture, sentences, [
      { paragraph: 0, text: 'Police said two men were arrested.', form: 'factual', speaker: null },
      { paragraph: 0, text: 'It was a quiet night.', form: 'factual', speaker: null },
    ]);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, speakerAccuracy: 0, kindAccuracy: 0 });
    expect(s.misses.map((m) => m.type).sort()).toEqual(['false claim', 'kind', 'missed', 'speaker']);
  });

  it('reports sentences without a label and labels that are not sentences', () => {
    const s = scoreDetection(fixture, [{ paragraph: 0, text: 'Police said two men were arrested. It was a quiet night.' }], []);
    expect(s.misses.map((m) => m.type)).toEqual(['unlabelled sentence', 'label not a sentence', 'label not a sentence']);
    expect(s.fn).toBe(2);
  });

  it('statuses are scored only where labelled and detected', () => {
    const s = scoreStatuses('test', fixture.claims, [
      { paragraph: 0, text: 'Police said two men were arrested.', status: 'opinion' },
      { paragraph: 1, text: '“We will appeal,” she said.', status: 'opinion' },
    ]);
    expect(s).toMatchObject({ scored: 1, right: 0, accuracy: 0 });
    expect(s.misses).toEqual([{ fixture: 'test', text: '“We will appeal,” she said.', expected: 'unverified', got: 'opinion' }]);
  });
});

describe('linking scores', () => {
  const pair = (id: string, label: LabelledPair['label'], relation: LabelledPair['relation']): LabelledPair => ({
    id,
    set: 'tuning',
    label,
    relation,
    a: { publisher: 'A', text: 'x' },
    b: { publisher: 'B', text: 'y' },
  });
  const outcomes: PairOutcome[] = [
    { pair: pair('p1', 'same', 'corroborates'), link: 'corroborates', score: 0.9 },
    { pair: pair('p2', 'same', 'contradicts'), link: 'corroborates', score: 0.5 },
    { pair: pair('p3', 'same', 'corroborates'), link: null, score: 0.1 },
    { pair: pair('p4', 'different', null), link: 'corroborates', score: 0.4 },
    { pair: pair('p5', 'different', null), link: null, score: 0.2 },
  ];

  it('precision and recall of same-claim links, relation accuracy on true positives', () => {
    const s = scoreLinks('all', outcomes);
    expect(s).toMatchObject({ pairs: 5, same: 3, different: 2, tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, relationRight: 1, relationAccuracy: 0.5 });
    expect(s.misses.map((m) => `${m.outcome.pair.id} ${m.type}`)).toEqual(['p2 wrong relation', 'p3 missed', 'p4 false match']);
  });

  it('notes a pair only for the miss it was written for, and flags scores near the threshold', () => {
    expect(missNote('p18', 'missed', 0.1, 0.38)).toMatch(/Paraphrase/);
    expect(missNote('p18', 'false match', 0.1, 0.38)).toBe('');
    expect(missNote('zz', 'missed', 0.37, 0.38)).toBe('Within 0.03 of the threshold.');
  });
});

describe('floors', () => {
  it('fail when a figure is below (or above) its floor, or not measured', () => {
    const floors = [
      { id: 'a', label: 'a', kind: 'min' as const, value: 0.5, measure: () => 0.4 },
      { id: 'b', label: 'b', kind: 'max' as const, value: 0, measure: () => 1 },
      { id: 'c', label: 'c', kind: 'min' as const, value: 0.5, measure: () => null },
      { id: 'd', label: 'd', kind: 'min' as const, value: 0.5, measure: () => 0.5 },
    ];
    // The report is not read by these floors.
    expect(checkFloors({} as Parameters<typeof checkFloors>[0], floors).map((f) => f.ok)).toEqual([false, false, false, true]);
  });

  it('have unique ids', () => {
    expect(new Set(FLOORS.map((f) => f.id)).size).toBe(FLOORS.length);
  });
});

// ---------------------------------------------------------------------------
// The real evaluation

describe('docs/quality.md', async () => {
  const { report, markdown } = await qualityReport();

  it('measures every dataset', () => {
    expect(report.datasets.clean.filter((c) => c.source === 'fixture').length).toBeGreaterThanOrEqual(8);
    expect(report.detection.fixtures.length).toBeGreaterThanOrEqual(2);
    expect(report.linking.all.pairs).toBe(report.datasets.pairs.length);
    expect(report.linking.sets.map((s) => s.name)).toEqual(['tuning', 'holdout']);
    expect(report.linking.sweep).toHaveLength(SWEEP_THRESHOLDS.length);
  });

  it('is up to date with what the code computes (run `npm run evaluate`)', () => {
    expect(readFileSync(QUALITY_DOC, 'utf8')).toBe(markdown);
  });

  it('is deterministic and has no timestamp', async () => {
    expect((await qualityReport()).markdown).toBe(markdown);
    expect(markdown).not.toMatch(/\b20\d\d-\d\d-\d\dT|\bgenerated (on|at)\b/i);
  }, 30_000);

  it('loses no body sentence in the cleaning fixtures', () => {
    expect(report.clean.all.bodyLost.map((s) => s.text)).toEqual([]);
  });

  it.each(FLOORS.map((f) => [f.id, f] as const))('meets the floor %s', (_id, floor) => {
    const result = report.floors.find((r) => r.floor.id === floor.id);
    expect(result?.measured, floor.label).not.toBeNull();
    expect(result?.ok, `${floor.label}: measured ${result?.measured}, floor ${floor.kind === 'min' ? '≥' : '≤'} ${floor.value}`).toBe(true);
  });
});
