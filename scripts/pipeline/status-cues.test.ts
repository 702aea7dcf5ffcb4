import { describe, expect, it } from 'vitest';
import { assignStatus } from './assign-status.ts';
import { DEFAULT_CUE, STATUS_CUES } from './status-cues.ts';
import type { CueExample } from './status-cues.ts';
import type { DetectedClaim, SegmentedArticle, Sentence } from './types.ts';

/** A one-paragraph article: the example sentence, then (optionally) the next one. */
function exampleArticle(example: CueExample): { article: SegmentedArticle; claim: DetectedClaim } {
  const paragraph = example.next ? `${example.sentence} ${example.next}` : example.sentence;
  const sentences: Sentence[] = [{ paragraph: 0, start: 0, end: example.sentence.length, text: example.sentence }];
  if (example.next) {
    const start = example.sentence.length + 1;
    sentences.push({ paragraph: 0, start, end: paragraph.length, text: example.next });
  }
  const text = example.claim ?? example.sentence;
  const start = example.sentence.indexOf(text);
  if (start < 0) throw new Error(`claim not in sentence: ${text}`);
  const article: SegmentedArticle = {
    seed: 'example.txt',
    title: 'Example',
    titleDerived: false,
    publisher: 'Example',
    agency: null,
    author: null,
    published: null,
    url: null,
    language: null,
    paragraphs: [paragraph],
    captions: [],
    removed: [],
    sentences,
  };
  const claim: DetectedClaim = {
    paragraph: 0,
    start,
    end: start + text.length,
    text,
    kind: 'factual',
    speaker: example.speaker ?? null,
    summary: 'Example',
  };
  return { article, claim };
}

function cueOf(example: CueExample): string {
  const { article, claim } = exampleArticle(example);
  const [assessed] = assignStatus([claim], article);
  return assessed?.cue ?? '';
}

describe('STATUS_CUES table', () => {
  it('has unique kebab-case ids, none equal to the default', () => {
    const ids = STATUS_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(ids).not.toContain(DEFAULT_CUE.id);
  });

  it('only assigns per-article statuses', () => {
    for (const cue of STATUS_CUES) expect(['unverified', 'opinion']).toContain(cue.status);
  });

  it('has the cues the methodology promises, in precedence order', () => {
    const ids = STATUS_CUES.map((c) => c.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('article-says-unverifiable')).toBe(0);
    expect(at('hedged')).toBe(1);
    for (const id of ids.filter((i) => i.startsWith('opinion-'))) {
      expect(at(id)).toBeGreaterThan(at('hedged'));
      expect(at(id)).toBeLessThan(at('interested-party'));
    }
    expect(ids.filter((i) => i.startsWith('opinion-')).length).toBeGreaterThanOrEqual(4);
  });

  it('uses no stateful (global or sticky) patterns', () => {
    for (const cue of STATUS_CUES) {
      for (const m of [...cue.match, ...(cue.require ?? [])]) expect(m.pattern.flags).not.toMatch(/[gy]/);
    }
  });

  it('has at least two examples per cue', () => {
    for (const cue of STATUS_CUES) expect(cue.examples.length, cue.id).toBeGreaterThanOrEqual(2);
  });

  for (const cue of STATUS_CUES) {
    describe(cue.id, () => {
      for (const example of cue.examples) {
        it(`triggers on: ${(example.claim ?? example.sentence).slice(0, 70)}`, () => {
          expect(cueOf(example)).toBe(cue.id);
        });
      }

      it('writes a one-sentence rationale for each example', () => {
        for (const example of cue.examples) {
          const { article, claim } = exampleArticle(example);
          const [assessed] = assignStatus([claim], article);
          const rationale = assessed?.rationale ?? '';
          expect(rationale).not.toMatch(/[{}]/);
          expect(rationale).toMatch(/^[A-Z“"].*[.]$/);
          // One sentence: no sentence-ending punctuation followed by a capital inside.
          expect(rationale.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
        }
      });
    });
  }
});
