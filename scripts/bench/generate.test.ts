import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCorpus } from './generate.ts';
import { Random } from './random.ts';

describe('generateCorpus', () => {
  it('gives the same files for the same seed', () => {
    const a = generateCorpus({ count: 40, seed: 'same' });
    const b = generateCorpus({ count: 40, seed: 'same' });
    expect(b).toEqual(a);
    expect(generateCorpus({ count: 40 })).toEqual(generateCorpus({ count: 40, seed: DEFAULT_SEED }));
  });

  it('gives different files for a different seed', () => {
    const a = generateCorpus({ count: 40, seed: 'one' });
    const b = generateCorpus({ count: 40, seed: 'two' });
    expect(b.map((s) => s.name)).not.toEqual(a.map((s) => s.name));
    expect(b.map((s) => s.text)).not.toEqual(a.map((s) => s.text));
    const texts = new Set(a.map((s) => s.text));
    expect(b.filter((s) => texts.has(s.text))).toEqual([]);
  });

  it('makes N distinct seed files with realistic text', () => {
    const seeds = generateCorpus({ count: 60, seed: 'shape' });
    expect(seeds).toHaveLength(60);
    expect(new Set(seeds.map((s) => s.name)).size).toBe(60);
    for (const seed of seeds) expect(seed.name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
    const all = seeds.map((s) => s.text).join('\n');
    // Clutter, claims and their cues, and recurring outlets.
    for (const marker of ['open image in gallery', 'min read', 'Read more', 'is a reporter for', ' said ', 'reportedly', 'could not be independently verified', ' must ', '©']) {
      expect(all).toContain(marker);
    }
  });

  it('accepts no articles and refuses a bad count', () => {
    expect(generateCorpus({ count: 0 })).toEqual([]);
    expect(() => generateCorpus({ count: -1 })).toThrow(/count/);
    expect(() => generateCorpus({ count: 1.5 })).toThrow(/count/);
  });
});

describe('Random', () => {
  it('is a fixed sequence for a fixed seed', () => {
    const a = new Random('x');
    const b = new Random('x');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});
