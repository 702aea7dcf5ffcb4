import { describe, expect, it } from 'vitest';
import { claimFeatures, stem } from './claim-features.ts';

describe('claimFeatures', () => {
  const features = claimFeatures('Russian troops did not capture Pokrovsk, the ECB said on 12 March, citing 1,200 reports.', 'Dmitry Peskov');

  it('is plain data that survives a JSON round trip (it is cached and sent to workers)', () => {
    expect(JSON.parse(JSON.stringify(features))).toEqual(features);
  });

  it('lemmatizes, folds demonyms into countries and records negation per term', () => {
    const polarity = new Map(features.polarity);
    expect(polarity.get('capture')).toBe(-1);
    expect(polarity.get('troop')).toBe(1);
    expect(features.entities).toEqual(expect.arrayContaining(['russia', 'pokrovsk', 'dmitry', 'peskov']));
    expect(features.numbers).toEqual(['12', '1200']);
    expect(features.acronyms).toEqual(['ecb']);
  });

  it('sorts every list, so equal texts give equal features', () => {
    for (const list of [features.entities, features.predicates, features.lowercase, features.tf.map(([t]) => t)]) {
      expect(list).toEqual([...list].sort());
    }
    expect(claimFeatures(features.text, 'Dmitry Peskov')).toEqual(features);
  });

  it('stems what compromise leaves alone', () => {
    expect(stem('troops')).toBe('troop');
    expect(stem('shelling')).toBe('shell');
  });
});
