import { readFileSync } from 'node:fs';
import { segmentedFromParagraphs } from './test-support/article.ts';
import { describe, expect, it } from 'vitest';
import { assignStatus } from './assign-status.ts';
import { DEFAULT_CUE, STATUS_CUES } from './status-cues.ts';
import type { ClaimKind, DetectedClaim, SegmentedArticle, Sentence } from './types.ts';

/*
 * Fixtures are built by hand: the clean/segment/detect stages are written
 * elsewhere. Paragraphs are the seed's lines, minus obvious page furniture,
 * segmented by the real segmenter.
 */



function articleFrom(paragraphs: string[], publisher: string | null, seed = 'fixture.txt'): SegmentedArticle {
  return segmentedFromParagraphs(paragraphs, { seed, publisher, title: paragraphs[0] ?? '', titleDerived: true });
}

function seedArticle(name: string, publisher: string): SegmentedArticle {
  const text = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const paragraphs = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 60 && !/^open image in gallery|Your support helps|^Martin Fornusek is/.test(line));
  return articleFrom(paragraphs, publisher, name);
}

/** A claim at the first occurrence of `text` in the article. */
function claimAt(article: SegmentedArticle, text: string, kind: ClaimKind = 'factual', speaker: string | null = null): DetectedClaim {
  const paragraph = article.paragraphs.findIndex((p) => p.includes(text));
  if (paragraph < 0) throw new Error(`not in article: ${text}`);
  const start = (article.paragraphs[paragraph] ?? '').indexOf(text);
  return { paragraph, start, end: start + text.length, text, kind, speaker, summary: text.slice(0, 40) };
}

const independent = seedArticle('000_f77de8f682c93f7c.txt', 'The Independent');
const kyiv = seedArticle('003_05d9444e538036f2.txt', 'Kyiv Independent');

function assess(article: SegmentedArticle, text: string, kind: ClaimKind = 'factual', speaker: string | null = null) {
  const [assessed] = assignStatus([claimAt(article, text, kind, speaker)], article);
  if (!assessed) throw new Error('no output');
  return assessed;
}

describe('fixture sanity', () => {
  it('segments the seeds into sentences that are exact spans', () => {
    for (const article of [independent, kyiv]) {
      expect(article.sentences.length).toBeGreaterThan(20);
      for (const s of article.sentences) expect(article.paragraphs[s.paragraph]?.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('assignStatus: the canonical Pokrovsk case (seed 000)', () => {
  const sentence =
    'Meanwhile, Putin on Thursday claimed the Russian army had surrounded the embattled city of Pokrovsk – although the claim could not be independently verified.';

  it('is in the seed verbatim', () => {
    expect(independent.paragraphs.some((p) => p.includes(sentence))).toBe(true);
  });

  it('is unverified because the article says so, when the claim is the whole sentence', () => {
    const a = assess(independent, sentence, 'attributed', 'Vladimir Putin');
    expect(a.status).toBe('unverified');
    expect(a.cue).toBe('article-says-unverifiable');
    expect(a.rationale).toBe('The article says the claim could not be independently verified.');
  });

  it('is unverified because the article says so, when the claim is only the reported part', () => {
    const a = assess(independent, 'the Russian army had surrounded the embattled city of Pokrovsk', 'attributed', 'Vladimir Putin');
    expect(a.cue).toBe('article-says-unverifiable');
    expect(a.status).toBe('unverified');
  });

  it('would be an interested-party claim without the caveat', () => {
    const article = articleFrom(['Meanwhile, Putin on Thursday claimed the Russian army had surrounded the embattled city of Pokrovsk.'], 'X');
    const [a] = assignStatus([claimAt(article, 'the Russian army had surrounded the embattled city of Pokrovsk', 'attributed', 'Vladimir Putin')], article);
    expect(a?.cue).toBe('interested-party');
    expect(a?.rationale).toMatch(/Putin/);
  });
});

describe('assignStatus on real sentences', () => {
  const cases: Array<[SegmentedArticle, string, string, (string | null)?]> = [
    // seed 000, The Independent
    [
      independent,
      'Ukrainian troops must withdraw from the territories they hold, and then the fighting will cease. If they don\'t leave, then we shall achieve this by force. That\'s it,',
      'opinion-threat',
      'Vladimir Putin',
    ],
    [independent, 'Putin said that Russia would continue its aggression in Ukraine “until the last Ukrainian dies” if necessary to get what he wants.', 'opinion-threat'],
    [independent, "Kyiv's top general said Ukraine was pushing back hard and that fighting was still raging in the city centre.", 'interested-party'],
    [independent, 'Yermak told The Atlantic that Mr Zelensky would never allow Ukraine to cede land to Russia as part of a peace agreement.', 'opinion-refusal'],
    [independent, 'The Russian president also denied suggestions that Moscow would attack Europe in future, saying that such claims were “ridiculous”.', 'opinion-value-judgement'],
    [independent, 'Bloomberg News shared a leaked recording allegedly showing Mr Witkoff coaching a Russian official in October on how to manage the US president.', 'hedged'],
    [independent, 'Mr Witkoff is expected to discuss the futures of Crimea and the Donbas with Russian officials next week.', 'opinion-prediction'],
    [independent, 'Separately, US special envoy Steve Witkoff will travel to Russia early next week.', 'opinion-prediction'],
    [independent, "It's almost like these media and deep state morons have never successfully negotiated a deal in the real world.", 'opinion-value-judgement'],
    [independent, 'the Russian president said that Ukrainian troops must lay down their weapons and give up on territories claimed by Russia for a peace deal to be possible.', 'opinion-demand'],
    [independent, 'Turkey said on Thursday it was ready to take part in such a force once a ceasefire had been agreed.', DEFAULT_CUE.id],
    [independent, 'Putin said only on Thursday that a variant of the plan discussed by Washington and Kyiv in Geneva has now arrived in Moscow.', DEFAULT_CUE.id],
    [independent, 'Russia said the leaks were a calculated effort to hinder peace talks.', DEFAULT_CUE.id],
    [
      independent,
      'The Kremlin has resisted months of American pressure to compromise its demands and end the war, reiterating only on Wednesday that it would not make any big concessions to Ukraine.',
      DEFAULT_CUE.id,
    ],
    // seed 003, Kyiv Independent
    [kyiv, 'Putin claimed that after the Geneva negotiations, the plan was divided into four parts, but did not elaborate further.', 'hedged'],
    [kyiv, 'the U.S. peace plan — which is speculated to be based on a Russian document — could serve as the basis for future agreements', 'hedged'],
    [kyiv, 'Putin said such disclosures could amount to a criminal offense, while not ruling out that the intercepts might be fabricated.', 'hedged'],
    [kyiv, 'Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease,', 'opinion-prediction', 'Vladimir Putin'],
    [kyiv, "If they don't withdraw, we'll achieve this through military force.", 'opinion-threat', 'Vladimir Putin'],
    [kyiv, 'Russia illegally declared all of the partially occupied Donetsk, Luhansk, Zaporizhzhia, and Kherson oblasts as its territory during sham referenda in September 2022.', 'opinion-value-judgement'],
    [kyiv, 'The Russian leader further declared that signing any documents with Ukraine is pointless', 'opinion-value-judgement'],
    [kyiv, 'Moscow has repeatedly rejected calls by Kyiv and its Western partners for a ceasefire, instead demanding that Ukraine cede the entire Donbas region.', 'opinion-demand'],
    [kyiv, 'The Russian leader confirmed a visit by the U.S. delegation early next week.', DEFAULT_CUE.id],
    [kyiv, "Ukraine's constitution prohibits holding elections under martial law, which was declared at the outbreak of the full-scale Russian invasion in 2022.", DEFAULT_CUE.id],
  ];

  for (const [article, text, cue, speaker] of cases) {
    it(`${cue}: ${text.slice(0, 60)}`, () => {
      const a = assess(article, text, 'factual', speaker ?? null);
      expect(a.cue).toBe(cue);
      const expected = STATUS_CUES.find((c) => c.id === cue)?.status ?? DEFAULT_CUE.status;
      expect(a.status).toBe(expected);
    });
  }
});

describe('assignStatus near misses', () => {
  const one = (paragraphs: string[], claim: string, speaker: string | null = null) => {
    const article = articleFrom(paragraphs, 'Example');
    const [a] = assignStatus([claimAt(article, claim, 'factual', speaker)], article);
    return a;
  };

  it('does not read a positive verification as a caveat', () => {
    expect(one(['The claim was independently verified by satellite images.'], 'The claim was independently verified by satellite images.')?.cue).toBe(
      DEFAULT_CUE.id,
    );
  });

  it('ignores a next sentence about something else', () => {
    const a = one(
      ['Officials said 14 people were killed in the strike on Dnipro. Talks could not confirm when the next round would be held.'],
      'Officials said 14 people were killed in the strike on Dnipro.',
    );
    expect(a?.cue).toBe(DEFAULT_CUE.id);
  });

  it('uses a next sentence that refers back to the claim', () => {
    const a = one(
      ['Officials said 14 people were killed in the strike on Dnipro. The figures could not be independently verified.'],
      'Officials said 14 people were killed in the strike on Dnipro.',
    );
    expect(a?.cue).toBe('article-says-unverifiable');
  });

  it('does not treat an independent battlefield report as an interested party', () => {
    const a = one(
      ['Russian forces captured the village, according to the Institute for the Study of War.'],
      'Russian forces captured the village, according to the Institute for the Study of War.',
    );
    expect(a?.cue).toBe(DEFAULT_CUE.id);
  });

  it('needs the battlefield verb, not just the party', () => {
    expect(one(['Putin said the talks in Geneva had been useful.'], 'Putin said the talks in Geneva had been useful.', 'Vladimir Putin')?.cue).toBe(
      DEFAULT_CUE.id,
    );
  });

  it('reads "would" in reported speech as past, not as a prediction', () => {
    const s = 'Zelensky announced that Ukrainian and US delegations would meet later this week for further talks.';
    expect(one([s], s)?.cue).toBe(DEFAULT_CUE.id);
  });

  it('handles curly apostrophes', () => {
    const s = 'They said they couldn’t independently verify the footage.';
    expect(one([s], s)?.cue).toBe('article-says-unverifiable');
  });
});

describe('assignStatus output', () => {
  it('keeps every input field, one output per claim, in order', () => {
    const claims = [
      claimAt(independent, 'Russia said the leaks were a calculated effort to hinder peace talks.'),
      claimAt(independent, 'Mr Witkoff is expected to discuss the futures of Crimea and the Donbas with Russian officials next week.'),
    ];
    const out = assignStatus(claims, independent);
    expect(out).toHaveLength(2);
    out.forEach((a, i) => expect(a).toMatchObject(claims[i] ?? {}));
    expect(out.map((a) => a.status)).toEqual(['unverified', 'opinion']);
  });

  it('does not mutate its input and is deterministic', () => {
    const claims = [claimAt(kyiv, 'Putin claimed that after the Geneva negotiations, the plan was divided into four parts, but did not elaborate further.')];
    const before = JSON.stringify(claims);
    expect(assignStatus(claims, kyiv)).toEqual(assignStatus(claims, kyiv));
    expect(JSON.stringify(claims)).toBe(before);
  });

  it('copes with a claim whose paragraph has no sentences', () => {
    const article = { ...articleFrom(['Reportedly, the bridge was hit.'], null), sentences: [] };
    const [a] = assignStatus([claimAt(article, 'Reportedly, the bridge was hit.')], article);
    expect(a?.cue).toBe('hedged');
  });

  it('writes one-sentence rationales', () => {
    const texts = [
      'Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease,',
      'The Russian leader confirmed a visit by the U.S. delegation early next week.',
    ];
    for (const a of assignStatus(texts.map((t) => claimAt(kyiv, t)), kyiv)) {
      expect(a.rationale).toMatch(/^[^.]+\.$/);
    }
  });
});
