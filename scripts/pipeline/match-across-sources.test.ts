import { readFileSync } from 'node:fs';
import { segmentedFromParagraphs } from './test-support/article.ts';
import { claimFrom } from './ingest.ts';
import { describe, expect, it } from 'vitest';
import { assignStatus } from './assign-status.ts';
import {
  buildSimilarityModel,
  CONTRADICTED_CUE,
  CONTRADICTION_CUES,
  contradictionCue,
  CORROBORATED_CUE,
  DEFAULT_MATCH_THRESHOLD,
  ENTITY_MISMATCH_FACTOR,
  MAX_RELATED,
  NUMBER_MISMATCH_FACTOR,
  matchAcrossSources,
} from './match-across-sources.ts';
import { claimFeatures, stem } from './claim-features.ts';
import fc from 'fast-check';
import type { AnalyzedArticle, Claim, DetectedClaim, SegmentedArticle, Sentence } from './types.ts';
import type { Status } from '../status.ts';

// ---------------------------------------------------------------------------
// Hand-built fixtures (the clean/segment/detect stages are written elsewhere).


function segmented(paragraphs: string[], publisher: string | null, seed: string): SegmentedArticle {
  return segmentedFromParagraphs(paragraphs, { seed, publisher, title: seed, titleDerived: true });
}

function detected(article: SegmentedArticle, text: string, speaker: string | null = null): DetectedClaim {
  const paragraph = article.paragraphs.findIndex((p) => p.includes(text));
  if (paragraph < 0) throw new Error(`not in article: ${text}`);
  const start = (article.paragraphs[paragraph] ?? '').indexOf(text);
  return { paragraph, start, end: start + text.length, text, kind: 'factual', speaker, summary: text.slice(0, 30) };
}

/** Runs the real assignStatus, then gives the claims ids `${slug}-${n}`. */
function analyzed(
  slug: string,
  publisher: string | null,
  paragraphs: string[],
  claims: Array<string | [string, string | null]>,
): AnalyzedArticle {
  const article = segmented(paragraphs, publisher, `${slug}.txt`);
  const assessed = assignStatus(
    claims.map((c) => (typeof c === 'string' ? detected(article, c) : detected(article, c[0], c[1]))),
    article,
  );
  return {
    slug,
    article,
    claims: assessed.map((claim, n) => claimFrom(claim, `${slug}-${n}`, slug, article.paragraphs)),
  };
}

/** An article whose paragraphs are exactly its claims. */
function simple(slug: string, publisher: string | null, texts: string[]): AnalyzedArticle {
  return analyzed(slug, publisher, texts, texts);
}

function seedParagraphs(name: string): string[] {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 60 && !/^open image in gallery|Your support helps|^Martin Fornusek is/.test(line));
}

function claimById(articles: AnalyzedArticle[], id: string): Claim {
  const claim = articles.flatMap((a) => a.claims).find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

const linked = (articles: AnalyzedArticle[], a: string, b: string) => claimById(articles, a).related.find((r) => r.claim === b);

// ---------------------------------------------------------------------------
// The two seeds

const QUOTE_000 =
  "Ukrainian troops must withdraw from the territories they hold, and then the fighting will cease. If they don't leave, then we shall achieve this by force. That's it,";
const QUOTE_003_FIRST = 'Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease,';
const QUOTE_003_SECOND = "If they don't withdraw, we'll achieve this through military force.";
const QUOTE_003_WHOLE =
  '"Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease," the Russian president told reporters. "If they don\'t withdraw, we\'ll achieve this through military force."';
const POKROVSK =
  'Meanwhile, Putin on Thursday claimed the Russian army had surrounded the embattled city of Pokrovsk – although the claim could not be independently verified.';

function seedArticles(kyivClaims: string[]): AnalyzedArticle[] {
  const independent = analyzed('putin-territory', 'The Independent', seedParagraphs('000_f77de8f682c93f7c.txt'), [
    POKROVSK,
    [QUOTE_000, 'Vladimir Putin'],
    'Separately, US special envoy Steve Witkoff will travel to Russia early next week.',
    "Kyiv's top general said Ukraine was pushing back hard and that fighting was still raging in the city centre.",
    'Turkey said on Thursday it was ready to take part in such a force once a ceasefire had been agreed.',
    'Russia said the leaks were a calculated effort to hinder peace talks.',
  ]);
  const kyiv = analyzed(
    'putin-demands',
    'Kyiv Independent',
    seedParagraphs('003_05d9444e538036f2.txt'),
    kyivClaims.map((c) => [c, 'Vladimir Putin'] as [string, string]),
  );
  return [independent, kyiv];
}

const seedCorpus = (kyivClaims: string[]) => matchAcrossSources(seedArticles(kyivClaims));

describe('matchAcrossSources on the seeds', () => {
  const common = [
    'The Russian leader confirmed a visit by the U.S. delegation early next week.',
    "Ukraine's constitution prohibits holding elections under martial law, which was declared at the outbreak of the full-scale Russian invasion in 2022.",
    'Russia illegally declared all of the partially occupied Donetsk, Luhansk, Zaporizhzhia, and Kherson oblasts as its territory during sham referenda in September 2022.',
  ];

  it('has the quotes verbatim in the seeds', () => {
    expect(seedParagraphs('000_f77de8f682c93f7c.txt').some((p) => p.includes(QUOTE_000))).toBe(true);
    expect(seedParagraphs('003_05d9444e538036f2.txt').some((p) => p.includes(QUOTE_003_WHOLE))).toBe(true);
  });

  it.each([
    ['the whole 003 paragraph', [QUOTE_003_WHOLE]],
    ['only its first quote', [QUOTE_003_FIRST]],
    ['only its second quote', [QUOTE_003_SECOND]],
  ])('links the two translations of the Putin quote (%s)', (_, quotes) => {
    const out = seedCorpus([...quotes, ...common]);
    const link = linked(out, 'putin-territory-1', 'putin-demands-0');
    expect(link?.relation).toBe('corroborates');
    expect(linked(out, 'putin-demands-0', 'putin-territory-1')?.relation).toBe('corroborates');
    // Both are threats, so both stay opinions.
    expect(claimById(out, 'putin-territory-1').status).toBe('opinion');
    expect(claimById(out, 'putin-demands-0').status).toBe('opinion');
  });

  it('links both halves of a split quote to the one whole quote', () => {
    const out = seedCorpus([QUOTE_003_FIRST, QUOTE_003_SECOND, ...common]);
    expect(linked(out, 'putin-territory-1', 'putin-demands-0')).toBeDefined();
    expect(linked(out, 'putin-territory-1', 'putin-demands-1')).toBeDefined();
    // Never within one article, even though the halves share words.
    expect(linked(out, 'putin-demands-0', 'putin-demands-1')).toBeUndefined();
  });

  it('corroborates a plain claim reported by the other publisher', () => {
    const out = seedCorpus([QUOTE_003_WHOLE, ...common]);
    const visit = claimById(out, 'putin-demands-1');
    expect(visit.related.map((r) => r.claim)).toContain('putin-territory-2');
    expect(visit.status).toBe('corroborated');
    expect(visit.cue).toBe(CORROBORATED_CUE);
    expect(visit.rationale).toBe('Also reported by The Independent.');
    // The other side is a prediction: it stays an opinion.
    expect(claimById(out, 'putin-territory-2').status).toBe('opinion');
  });

  it('does not link unrelated claims', () => {
    const out = seedCorpus([QUOTE_003_WHOLE, ...common]);
    for (const id of ['putin-territory-0', 'putin-territory-3', 'putin-territory-4', 'putin-territory-5']) {
      expect(claimById(out, id).related, id).toEqual([]);
    }
    expect(claimById(out, 'putin-demands-2').related).toEqual([]);
    expect(claimById(out, 'putin-demands-3').related).toEqual([]);
  });

  it('keeps the Pokrovsk claim unverified even when another outlet contradicts and another repeats it', () => {
    const [independent, kyiv] = seedArticles([QUOTE_003_WHOLE, ...common]);
    const out = matchAcrossSources([
      independent!,
      kyiv!,
      simple('isw', 'ISW', ['Ukrainian forces are still holding Pokrovsk and the Russian army has not surrounded the city.']),
      simple('tass', 'TASS', ['The Russian army has surrounded the city of Pokrovsk, Putin said on Thursday.']),
    ]);
    const pokrovsk = claimById(out, 'putin-territory-0');
    expect(pokrovsk.related.map((r) => r.claim)).toEqual(['isw-0', 'tass-0']);
    expect(pokrovsk.related.find((r) => r.claim === 'isw-0')?.relation).toBe('contradicts');
    expect(pokrovsk.status).toBe('unverified');
    expect(pokrovsk.cue).toBe('article-says-unverifiable');
    expect(pokrovsk.rationale).toBe('The article says the claim could not be independently verified.');
    // The TASS claim has no caveat of its own: it is disputed.
    const tass = claimById(out, 'tass-0');
    expect(tass.status).toBe('disputed');
    expect(tass.cue).toBe(CONTRADICTED_CUE);
    expect(tass.rationale).toBe('Contradicted by a claim reported by ISW.');
  });
});

// ---------------------------------------------------------------------------
// Behaviour

describe('matchAcrossSources', () => {
  const reuters = () =>
    simple('reuters', 'Reuters', [
      'At least 12 people were killed when a Russian missile struck an apartment block in Dnipro on Tuesday.',
      'The European Central Bank kept its key deposit rate unchanged at 2% on Thursday.',
    ]);
  const guardian = (publisher: string | null = 'The Guardian') =>
    simple('guardian', publisher, [
      'A Russian missile attack on a residential building in Dnipro killed at least 12 people on Tuesday.',
      'Wildfires in Greece forced the evacuation of several villages near Athens.',
    ]);

  it('links symmetric, sorted claims and corroborates across publishers', () => {
    const out = matchAcrossSources([reuters(), guardian()]);
    expect(claimById(out, 'reuters-0').related).toEqual([{ claim: 'guardian-0', relation: 'corroborates' }]);
    expect(claimById(out, 'guardian-0').related).toEqual([{ claim: 'reuters-0', relation: 'corroborates' }]);
    expect(claimById(out, 'reuters-0').status).toBe('corroborated');
    expect(claimById(out, 'reuters-0').rationale).toBe('Also reported by The Guardian.');
    expect(claimById(out, 'guardian-0').rationale).toBe('Also reported by Reuters.');
    expect(claimById(out, 'reuters-1').related).toEqual([]);
    expect(claimById(out, 'reuters-1').status).toBe('unverified');
  });

  it('sorts related by id and keeps links symmetric in a bigger corpus', () => {
    const texts = ['Hamas said it had accepted the ceasefire proposal put forward by Egypt and Qatar.'];
    const out = matchAcrossSources([
      simple('d', 'D', texts),
      simple('b', 'B', texts),
      simple('c', 'C', ['Hamas rejected the ceasefire proposal put forward by Egypt and Qatar, an Israeli official said.']),
      simple('a', 'A', texts),
    ]);
    expect(claimById(out, 'd-0').related.map((r) => r.claim)).toEqual(['a-0', 'b-0', 'c-0']);
    for (const claim of out.flatMap((a) => a.claims)) {
      for (const r of claim.related) {
        expect(claimById(out, r.claim).related).toContainEqual({ claim: claim.id, relation: r.relation });
      }
    }
    expect(claimById(out, 'c-0').related.every((r) => r.relation === 'contradicts')).toBe(true);
    expect(claimById(out, 'a-0').status).toBe('disputed');
  });

  it('never links claims within one article', () => {
    const text = 'The European Central Bank kept its key deposit rate unchanged at 2% on Thursday.';
    const article = analyzed('one', 'Reuters', [text, `${text} `], [text, text]);
    // Two claims with the same text in one article (different paragraphs).
    article.claims[1] = { ...article.claims[0]!, paragraph: 1, id: 'one-1' };
    const [out] = matchAcrossSources([article]);
    expect(out?.claims.every((c) => c.related.length === 0)).toBe(true);
  });

  it('compares publishers case-insensitively and treats null as unknown', () => {
    const same = matchAcrossSources([reuters(), guardian('REUTERS ')]);
    expect(claimById(same, 'reuters-0').related).toHaveLength(1);
    expect(claimById(same, 'reuters-0').status).toBe('unverified');
    const unknown = matchAcrossSources([reuters(), guardian(null)]);
    expect(claimById(unknown, 'reuters-0').related).toHaveLength(1);
    expect(claimById(unknown, 'reuters-0').status).toBe('unverified');
    expect(claimById(unknown, 'guardian-0').status).toBe('unverified');
  });

  it('keeps editor verdicts, opinions and the article-says-unverifiable caveat', () => {
    const a = reuters();
    const b = guardian();
    const set = (article: AnalyzedArticle, n: number, patch: Partial<Claim>) => {
      article.claims[n] = { ...article.claims[n]!, ...patch };
    };
    set(a, 0, { reviewed: true, status: 'false' satisfies Status, rationale: 'Checked.', cue: 'editor' });
    set(b, 0, { status: 'opinion', cue: 'opinion-prediction', rationale: 'A prediction.' });
    const out = matchAcrossSources([a, b]);
    expect(claimById(out, 'reuters-0')).toMatchObject({ status: 'false', rationale: 'Checked.', cue: 'editor' });
    expect(claimById(out, 'guardian-0')).toMatchObject({ status: 'opinion', cue: 'opinion-prediction' });
    expect(claimById(out, 'guardian-0').related).toHaveLength(1);

    set(b, 0, { status: 'unverified', cue: 'article-says-unverifiable', rationale: 'The article says so.' });
    set(a, 0, { reviewed: false, status: 'unverified', cue: 'no-independent-confirmation' });
    const again = matchAcrossSources([a, b]);
    expect(claimById(again, 'guardian-0')).toMatchObject({ status: 'unverified', cue: 'article-says-unverifiable' });
    expect(claimById(again, 'reuters-0')).toMatchObject({ status: 'corroborated', cue: CORROBORATED_CUE });
  });

  it('lets disputed win over corroborated', () => {
    const out = matchAcrossSources([
      simple('ria', 'RIA', ["Russia's defence ministry said its troops had captured the town of Kurakhove."]),
      simple('tass', 'TASS', ["Russia's defence ministry said its troops had captured the town of Kurakhove."]),
      simple('ukrinform', 'Ukrinform', [
        "Ukraine's General Staff said Russian troops had not captured Kurakhove and that its forces were still holding the town.",
      ]),
    ]);
    const ria = claimById(out, 'ria-0');
    expect(ria.related).toEqual([
      { claim: 'tass-0', relation: 'corroborates' },
      { claim: 'ukrinform-0', relation: 'contradicts' },
    ]);
    expect(ria.status).toBe('disputed');
    expect(ria.rationale).toBe('Contradicted by a claim reported by Ukrinform.');
    expect(claimById(out, 'ukrinform-0').status).toBe('disputed');
  });

  it('does not mutate its input, returns new objects and is deterministic', () => {
    const input = [reuters(), guardian()];
    const before = JSON.stringify(input);
    const out = matchAcrossSources(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(out[0]).not.toBe(input[0]);
    expect(out[0]?.claims[0]).not.toBe(input[0]?.claims[0]);
    expect(matchAcrossSources(input)).toEqual(out);
    // Order of articles does not change the links.
    const reversed = matchAcrossSources([...input].reverse());
    for (const claim of out.flatMap((a) => a.claims)) expect(claimById(reversed, claim.id)).toEqual(claim);
  });

  it('recomputes related instead of keeping stale links', () => {
    const a = reuters();
    a.claims[1] = { ...a.claims[1]!, related: [{ claim: 'nowhere', relation: 'corroborates' }] };
    expect(claimById(matchAcrossSources([a, guardian()]), 'reuters-1').related).toEqual([]);
  });

  it('honours the threshold option', () => {
    const input = [reuters(), guardian()];
    const none = matchAcrossSources(input, { threshold: 1.01 });
    expect(none.flatMap((a) => a.claims).every((c) => c.related.length === 0)).toBe(true);
    const all = matchAcrossSources(input, { threshold: 0 });
    expect(all.flatMap((a) => a.claims).every((c) => c.related.length === 2)).toBe(true);
    expect(matchAcrossSources(input, { threshold: undefined })).toEqual(matchAcrossSources(input));
  });

  it('handles an empty corpus and articles without claims', () => {
    expect(matchAcrossSources([])).toEqual([]);
    const empty: AnalyzedArticle = { ...reuters(), claims: [] };
    expect(matchAcrossSources([empty])).toEqual([empty]);
  });
});

// ---------------------------------------------------------------------------
// Pieces

describe('relation', () => {
  for (const cue of CONTRADICTION_CUES) {
    it(`contradiction cue ${cue.id} sets its example against itself`, () => {
      const [a, b] = cue.example;
      expect(contradictionCue(a, b)).toBe(cue.id);
      expect(contradictionCue(b, a)).toBe(cue.id);
      expect(contradictionCue(a, a)).toBeNull();
      expect(buildSimilarityModel([{ text: a }, { text: b }]).relation(0, 1).relation).toBe('contradicts');
    });
  }

  it.each([
    ['Russian troops captured Kurakhove.', 'Russian troops did not capture Kurakhove.', 'contradicts'],
    ['Russian troops captured Kurakhove.', 'Russian troops have not yet captured Kurakhove.', 'contradicts'],
    ['Iran confirmed its minister met Witkoff.', 'Iran denied that its minister met Witkoff.', 'contradicts'],
    ['Putin denied that Russia would attack Europe.', 'Putin rejected claims that Russia is preparing to attack Europe.', 'corroborates'],
    ['If they don\'t leave, we will use force.', 'If they do not withdraw, we will use force.', 'corroborates'],
    ['Not a single sane person would sign it.', 'No sane person would sign it.', 'corroborates'],
    ['The minister did not deny that the talks took place.', 'The talks took place.', 'corroborates'],
  ])('%s / %s → %s', (a, b, relation) => {
    expect(buildSimilarityModel([{ text: a }, { text: b }]).relation(0, 1).relation).toBe(relation);
  });
});

describe('similarity', () => {
  it('stems and canonicalizes', () => {
    expect(stem('troops')).toBe('troop');
    expect(stem('territories')).toBe('territory');
    expect(stem('shelling')).toBe('shell');
    expect(stem('speed')).toBe('speed');
    const m = buildSimilarityModel([
      { text: 'The ECB held rates.' },
      { text: 'The European Central Bank held rates.' },
      { text: 'Kyiv said so.' },
      { text: 'Ukraine said so.' },
    ]);
    expect(m.similarity(0, 1)).toBeGreaterThan(0.6);
    expect(m.similarity(2, 3)).toBeCloseTo(1, 6);
  });

  it('is symmetric and bounded', () => {
    const m = buildSimilarityModel([{ text: QUOTE_000 }, { text: QUOTE_003_WHOLE }, { text: '' }]);
    expect(m.similarity(0, 1)).toBeCloseTo(m.similarity(1, 0), 12);
    expect(m.similarity(0, 1)).toBeLessThanOrEqual(1);
    expect(m.similarity(0, 2)).toBe(0);
  });

  it('penalizes different figures and different actors', () => {
    const m = buildSimilarityModel([
      { text: 'A magnitude 6.2 earthquake struck northern Japan on Monday.' },
      { text: 'A magnitude 6.2 earthquake struck northern Japan on Monday.' },
      { text: 'A magnitude 7.1 earthquake struck northern Japan on Monday.' },
      { text: 'Apple reported record quarterly revenue on Thursday.' },
      { text: 'Apple reported record quarterly revenue on Thursday, analysts said.' },
      { text: 'Microsoft reported record quarterly revenue on Thursday, analysts said.' },
      { text: 'Some unrelated filler about rainfall in the mountains.' },
    ]);
    expect(m.similarity(0, 1)).toBeCloseTo(1, 6);
    expect(m.similarity(0, 2)).toBeLessThan(NUMBER_MISMATCH_FACTOR + 0.01);
    expect(m.similarity(3, 4)).toBeGreaterThan(DEFAULT_MATCH_THRESHOLD);
    expect(m.similarity(3, 5)).toBeLessThan(m.similarity(3, 4) * ENTITY_MISMATCH_FACTOR + 0.01);
  });
});

// ---------------------------------------------------------------------------
// Precision and recall over the labelled pairs

interface Pair {
  id: string;
  set: 'tuning' | 'holdout';
  label: 'same' | 'different';
  relation: 'corroborates' | 'contradicts' | null;
  a: { publisher: string; text: string };
  b: { publisher: string; text: string };
}

const { pairs } = JSON.parse(readFileSync(new URL('./fixtures/pairs.json', import.meta.url), 'utf8')) as { pairs: Pair[] };

describe('labelled pairs (fixtures/pairs.json)', () => {
  it('has at least 40 well-formed pairs of both labels', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(p.label === 'same' ? ['corroborates', 'contradicts'] : [null]).toContain(p.relation);
      expect(p.a.publisher.toLowerCase()).not.toBe(p.b.publisher.toLowerCase());
    }
    expect(pairs.filter((p) => p.label === 'same').length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((p) => p.label === 'different').length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((p) => p.relation === 'contradicts').length).toBeGreaterThanOrEqual(5);
  });

  it('matches with precision and recall ≥ 0.8 at the default threshold', () => {
    // Every side of every pair is its own article; the whole set is the corpus.
    const articles = pairs.flatMap((p) => [simple(`${p.id}-a`, p.a.publisher, [p.a.text]), simple(`${p.id}-b`, p.b.publisher, [p.b.text])]);
    const out = matchAcrossSources(articles);
    const score = (subset: Pair[]) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let relationRight = 0;
      const misses: string[] = [];
      for (const p of subset) {
        const link = linked(out, `${p.id}-a-0`, `${p.id}-b-0`);
        if (link && p.label === 'same') {
          tp++;
          if (link.relation === p.relation) relationRight++;
          else misses.push(`${p.id} relation ${link.relation}`);
        } else if (link) {
          fp++;
          misses.push(`${p.id} false match`);
        } else if (p.label === 'same') {
          fn++;
          misses.push(`${p.id} missed`);
        }
      }
      return { precision: tp / (tp + fp), recall: tp / (tp + fn), relationAccuracy: relationRight / tp, n: subset.length, misses };
    };
    const all = score(pairs);
    const tuning = score(pairs.filter((p) => p.set === 'tuning'));
    const holdout = score(pairs.filter((p) => p.set === 'holdout'));
    const fmt = (name: string, s: ReturnType<typeof score>) =>
      `${name.padEnd(8)} n=${s.n} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} relation accuracy=${s.relationAccuracy.toFixed(3)}  [${s.misses.join(', ')}]`;
    console.log(
      `Matching at threshold ${DEFAULT_MATCH_THRESHOLD}:\n${fmt('all', all)}\n${fmt('tuning', tuning)}\n${fmt('holdout', holdout)}`,
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.8);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
    expect(all.relationAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe('candidate index (buildSimilarityModel().candidates)', () => {
  /** Every pair (i < j) that scores at least `threshold`, by comparing all pairs. */
  const bruteForce = (model: ReturnType<typeof buildSimilarityModel>, n: number, threshold: number) => {
    const found: string[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (model.similarity(i, j) >= threshold) found.push(`${i}-${j}`);
    return found;
  };
  const visited = (model: ReturnType<typeof buildSimilarityModel>, threshold: number) => {
    const pairs: string[] = [];
    model.candidates(threshold, (i, j) => {
      expect(i).toBeLessThan(j);
      pairs.push(`${i}-${j}`);
    });
    expect(new Set(pairs).size).toBe(pairs.length);
    return new Set(pairs);
  };

  it('misses no pair of the labelled pairs and the seeds at any threshold, and prunes most pairs', () => {
    const texts = [
      ...pairs.flatMap((p) => [p.a.text, p.b.text]),
      ...seedArticles([]).flatMap((a) => a.claims.map((c) => c.text)),
    ];
    const model = buildSimilarityModel(texts.map((text) => ({ text })));
    for (const threshold of [0.16, 0.25, DEFAULT_MATCH_THRESHOLD, 0.5, 0.7, 0.9]) {
      const candidates = visited(model, threshold);
      for (const pair of bruteForce(model, texts.length, threshold)) expect(candidates, `${pair} at ${threshold}`).toContain(pair);
      if (threshold >= DEFAULT_MATCH_THRESHOLD) expect(candidates.size).toBeLessThan((texts.length * (texts.length - 1)) / 8);
    }
  });

  it('misses no pair on random texts over a small vocabulary (many overlaps)', () => {
    const word = fc.constantFrom(
      'Kyiv', 'Moscow', 'troops', 'captured', 'surrounded', 'city', 'Pokrovsk', 'minister', 'said', 'not', 'army', 'ceasefire',
      'plan', 'signed', 'rejected', 'talks', 'Geneva', 'NATO', 'European', 'Central', 'Bank', 'rates', 'rose', 'fell', '12%', '3,000',
    );
    const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 30 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (texts, threshold) => {
        const model = buildSimilarityModel(texts.map((t) => ({ text: t })));
        const candidates = visited(model, threshold);
        for (const pair of bruteForce(model, texts.length, threshold)) expect(candidates).toContain(pair);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('never pairs documents of one group, and pairs each document with at most maxPerDoc earlier ones, the best bounded', () => {
    const texts = pairs.flatMap((p) => [p.a.text, p.b.text]);
    const model = buildSimilarityModel(texts.map((text) => ({ text })));
    const group = Int32Array.from(texts, (_, i) => Math.floor(i / 4));
    const perDoc = new Map<number, number>();
    const capped: string[] = [];
    model.candidates(0.2, (i, j) => {
      expect(group[i]).not.toBe(group[j]);
      perDoc.set(j, (perDoc.get(j) ?? 0) + 1);
      capped.push(`${i}-${j}`);
    }, { group, maxPerDoc: 3 });
    expect(Math.max(...perDoc.values())).toBeLessThanOrEqual(3);
    const exact = visited(model, 0.2);
    expect(capped.every((pair) => exact.has(pair))).toBe(true);
    // The pairs that score highest survive the cap.
    const best = [...exact].filter((pair) => group[Number(pair.split('-')[0])] !== group[Number(pair.split('-')[1])]);
    const top = best.sort((x, y) => {
      const [a, b] = x.split('-').map(Number);
      const [c, d] = y.split('-').map(Number);
      return model.similarity(c!, d!) - model.similarity(a!, b!);
    })[0]!;
    expect(capped).toContain(top);
  });

  it('gives the same links with precomputed features as without', () => {
    const articles = seedArticles([]);
    const withFeatures = articles.map((a) => ({ ...a, features: a.claims.map((c) => claimFeatures(c.text, c.speaker)) }));
    const strip = (out: AnalyzedArticle[]) => out.map((a) => a.claims);
    expect(strip(matchAcrossSources(withFeatures))).toEqual(strip(matchAcrossSources(articles)));
  });
});

describe('related links per claim (MAX_RELATED)', () => {
  const text = 'Officials in Geneva said the ceasefire talks would resume on Monday.';
  const outlets = Array.from({ length: MAX_RELATED + 4 }, (_, n) => simple(`outlet-${String(n).padStart(2, '0')}`, `Outlet ${n}`, [text]));

  it(`lists at most ${MAX_RELATED} links, in claim-id order, and decides the status on all of them`, () => {
    const out = matchAcrossSources(outlets);
    for (const article of out) {
      const [claim] = article.claims;
      expect(claim?.related.length).toBe(MAX_RELATED);
      const ids = claim?.related.map((r) => r.claim) ?? [];
      expect(ids).toEqual([...ids].sort());
      expect(claim?.status).toBe('corroborated');
    }
    const uncapped = matchAcrossSources(outlets, { maxRelated: 100 });
    expect(uncapped[0]?.claims[0]?.related.length).toBe(outlets.length - 1);
  });

  it('keeps a contradiction even when it scores lowest', () => {
    const denial = simple('zz-denial', 'Denial Daily', ['Officials in Geneva denied that the ceasefire talks would resume on Monday.']);
    const out = matchAcrossSources([...outlets, denial]);
    const first = out[0]?.claims[0];
    expect(first?.related.some((r) => r.claim === 'zz-denial-0' && r.relation === 'contradicts')).toBe(true);
    expect(first?.status).toBe('disputed');
  });
});
