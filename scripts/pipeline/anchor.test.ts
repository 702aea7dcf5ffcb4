import { describe, expect, it } from 'vitest';
import { anchorDrift, anchorOf, articleText, SELECTOR_CONTEXT } from './anchor.ts';

const paragraphs = ['First paragraph here.', 'Putin claimed the army surrounded Pokrovsk. Kyiv denied it.'];

describe('anchorOf', () => {
  it('gives the claim position in the article text and a quote selector around it', () => {
    const start = 0;
    const end = 'Putin claimed the army surrounded Pokrovsk.'.length;
    const anchor = anchorOf(paragraphs, 1, start, end);
    expect(articleText(paragraphs).slice(anchor.position.start, anchor.position.end)).toBe('Putin claimed the army surrounded Pokrovsk.');
    expect(anchor.position.start).toBe('First paragraph here.\n\n'.length);
    expect(anchor.selector).toEqual({
      prefix: 'First paragraph here.\n\n'.slice(-SELECTOR_CONTEXT),
      exact: 'Putin claimed the army surrounded Pokrovsk.',
      suffix: ' Kyiv denied it.',
    });
  });
});

describe('anchorDrift', () => {
  const text = 'Kyiv denied it.';
  const start = paragraphs[1]!.indexOf(text);
  const anchor = { ...anchorOf(paragraphs, 1, start, start + text.length), text };

  it('is null while the anchor holds', () => {
    expect(anchorDrift(paragraphs, anchor)).toBeNull();
  });

  it('says so when the text under the anchor changed', () => {
    const edited = [paragraphs[0]!, paragraphs[1]!.replace('Kyiv denied it.', 'Kyiv confirmed.')];
    expect(anchorDrift(edited, anchor)).toMatch(/^Unexpected text "Kyiv confirm/);
  });

  it('says so when the context moved', () => {
    const edited = ['First paragraph, edited.', paragraphs[1]!];
    expect(anchorDrift(edited, anchor)).toMatch(/^Unexpected (text|context)/);
  });
});
