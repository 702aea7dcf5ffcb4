import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimFeatures, stem } from './claim-features.ts';
import { analyzeCleanArticle } from './ingest.ts';
import {
  buildSimilarityModel,
  DEFAULT_MATCH_THRESHOLD,
  ENTITY_MISMATCH_FACTOR,
  matchAcrossSources,
  NUMBER_MISMATCH_FACTOR,
} from './match-across-sources.ts';
import { articleFromParagraphs } from './test-support/article.ts';
import type { AnalyzedArticle } from './types.ts';

/** An article through the real per-article stages. */
function article(slug: string, publisher: string | null, paragraphs: string[]): AnalyzedArticle {
  return analyzeCleanArticle(articleFromParagraphs(paragraphs, { seed: `${slug}.txt`, publisher, title: slug, titleDerived: true }), slug);
}

function seedParagraphs(name: string): string[] {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 60 && !/^open image in gallery|Your support helps|^Martin Fornusek is/.test(line));
}

const seedArticles = () => [
  article('independent', 'The Independent', seedParagraphs('000_f77de8f682c93f7c.txt')),
  article('kyiv', 'Kyiv Independent', seedParagraphs('003_05d9444e538036f2.txt')),
];

/** The texts of the claims linked as the same claim, as "a | b" in corpus order. */
function linkedTexts(articles: readonly AnalyzedArticle[], threshold?: number): string[] {
  const all = articles.flatMap((a) => a.claims);
  return matchAcrossSources(articles, threshold === undefined ? {} : { threshold }).map(({ a, b }) => `${all[a]!.text} | ${all[b]!.text}`);
}

const QUOTE_000 =
  "Ukrainian troops must withdraw from the territories they hold, and then the fighting will cease. If they don't leave, then we shall achieve this by force. That's it,";
const QUOTE_003_WHOLE =
  '"Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease," the Russian president told reporters. "If they don\'t withdraw, we\'ll achieve this through military force."';

describe('matchAcrossSources', () => {
  it('links the two translations of the Putin quote across the seeds, never two claims of one article', () => {
    const articles = seedArticles();
    const all = articles.flatMap((a) => a.claims);
    const pairs = matchAcrossSources(articles);
    expect(pairs.some(({ a, b }) => all[a]!.text.includes('we shall achieve this by force') && all[b]!.text.includes("we'll achieve this through military force"))).toBe(true);
    for (const { a, b, score } of pairs) {
      expect(all[a]!.article).not.toBe(all[b]!.article);
      expect(a).toBeLessThan(b);
      expect(score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
    }
  });

  it('links the same report in other words, and not different reports about the same actors', () => {
    const links = linkedTexts([
      article('reuters', 'Reuters', [
        'At least 12 people were killed when a Russian missile struck an apartment block in Dnipro on Tuesday.',
        'The European Central Bank kept its key deposit rate unchanged at 2% on Thursday.',
      ]),
      article('guardian', 'The Guardian', [
        'A Russian missile attack on a residential building in Dnipro killed at least 12 people on Tuesday.',
        'Wildfires in Greece forced the evacuation of several villages near Athens.',
      ]),
    ]);
    expect(links).toEqual([
      'At least 12 people were killed when a Russian missile struck an apartment block in Dnipro on Tuesday. | A Russian missile attack on a residential building in Dnipro killed at least 12 people on Tuesday.',
    ]);
  });

  it('honours the threshold, is deterministic, and handles an empty corpus and articles without claims', () => {
    const articles = seedArticles();
    expect(matchAcrossSources(articles)).toEqual(matchAcrossSources(articles));
    expect(matchAcrossSources(articles, { threshold: 0.99 }).length).toBeLessThan(matchAcrossSources(articles, { threshold: 0.2 }).length);
    expect(matchAcrossSources([])).toEqual([]);
    expect(matchAcrossSources([{ ...articles[0]!, claims: [], features: [] }, articles[1]!])).toEqual([]);
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
  });

  it('links the "same" pairs that corroborate with precision and recall ≥ 0.8 at the default threshold (regression figure: in-sample)', () => {
    const corroborating = pairs.filter((p) => p.relation !== 'contradicts');
    const texts = corroborating.flatMap((p) => [p.a.text, p.b.text]);
    const model = buildSimilarityModel(texts.map((text) => ({ text })));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    corroborating.forEach((p, k) => {
      const linked = model.similarity(2 * k, 2 * k + 1) >= DEFAULT_MATCH_THRESHOLD;
      if (linked && p.label === 'same') tp++;
      else if (linked) fp++;
      else if (p.label === 'same') fn++;
    });
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.8);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.8);
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
      ...seedArticles().flatMap((a) => a.claims.map((c) => c.text)),
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
    const articles = seedArticles();
    const withFeatures = articles.map((a) => ({ ...a, features: a.claims.map((c) => claimFeatures(c.text, c.speaker)) }));
    expect(matchAcrossSources(withFeatures)).toEqual(matchAcrossSources(articles));
  });
});
