import { describe, expect, it } from 'vitest';
import { figuresAgree, figuresDisagree, proportionsOf } from './proportions.ts';

const one = (text: string) => {
  const found = proportionsOf(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('proportionsOf', () => {
  it('reads percentages and fractions in words as intervals, with what they measure', () => {
    const official = one('Turnout reached 74.2 per cent, the highest since independence.');
    expect(official.of).toEqual(['turnout']);
    expect(official.low).toBeCloseTo(0.7415);
    expect(official.high).toBeCloseTo(0.7425);
    const half = one('Its count showed that fewer than half of registered voters had cast a ballot.');
    expect([half.low, half.high]).toEqual([0, 0.5]);
    expect(half.of).toEqual(expect.arrayContaining(['voter', 'turnout']));
    const quarters = one('Almost three in four voters took part.');
    expect(quarters.low).toBeCloseTo(0.69);
    expect(quarters.high).toBeCloseTo(0.75);
    expect(one('About a third of the villages were evacuated.').of).toEqual(['village']);
    expect(one('Its tally showed turnout under 50 percent.').of).toEqual(['turnout']);
  });

  it('leaves out figures the claim sets aside, changes, ordinals and figures of nothing named', () => {
    expect(proportionsOf('The alliance said turnout was under 50%, not the three-quarters claimed by the commission.')).toHaveLength(1);
    expect(proportionsOf('The count put turnout at 48 per cent, contradicting the commission’s assertion that almost three in four voters took part.')).toHaveLength(1);
    expect(proportionsOf('Prices rose 5% in May.')).toEqual([]);
    expect(proportionsOf('The third gate had jammed, and a third round of talks began.')).toEqual([]);
    expect(proportionsOf('Kostrova won 29.4%, the commission said.')).toEqual([]);
    expect(proportionsOf('The governor thanked voters.')).toEqual([]);
  });
});

describe('figuresDisagree', () => {
  const official = proportionsOf('Turnout reached 74.2 per cent, the commission said.');
  it('finds incompatible figures for the same measure', () => {
    expect(figuresDisagree(official, proportionsOf('The mission’s sample count put turnout at 48 per cent.'))).toBe(true);
    expect(figuresDisagree(official, proportionsOf('Fewer than half of registered voters cast a ballot, the alliance said.'))).toBe(true);
  });
  it('keeps figures that can both be true, of other things, or of other places or people apart', () => {
    expect(figuresDisagree(official, proportionsOf('Almost three-quarters of voters took part.'))).toBe(false);
    expect(figuresDisagree(official, proportionsOf('About a third of the villages were evacuated.'))).toBe(false);
    expect(figuresDisagree(official, proportionsOf('In Kordovets, the region’s second city, turnout was 79 per cent.'))).toBe(false);
    expect(
      figuresDisagree(proportionsOf('Bortnik won 61.8 percent of the vote.'), proportionsOf('Kostrova won 29.4 percent of the vote.')),
    ).toBe(false);
  });
});

describe('figuresAgree', () => {
  it('finds the same figure for the same measure in other words, and no other', () => {
    const denied = proportionsOf('fewer than half of voters had turned out');
    expect(figuresAgree(denied, proportionsOf('Its count showed that fewer than half of registered voters had cast a ballot.'))).toBe(true);
    expect(figuresAgree(denied, proportionsOf('Its count put turnout at 48 per cent.'))).toBe(true);
    expect(figuresAgree(denied, proportionsOf('Turnout reached 74.2 per cent.'))).toBe(false);
    expect(figuresAgree(denied, proportionsOf('About a third of the villages were evacuated.'))).toBe(false);
  });
});
