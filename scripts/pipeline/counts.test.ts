import { describe, expect, it } from 'vitest';
import { countCorrects, countsConflict, countsOf, UNBOUNDED, valueOfWords } from './counts.ts';

describe('valueOfWords', () => {
  it('reads digits, number words and scales', () => {
    expect(valueOfWords(['1,327'])).toBe(1327);
    expect(valueOfWords(['twelve', 'hundred'])).toBe(1200);
    expect(valueOfWords(['1.2', 'thousand'])).toBe(1200);
    expect(valueOfWords(['twenty-one'])).toBe(21);
    expect(valueOfWords(['dozens'])).toBeNull();
  });
});

describe('countsOf', () => {
  it('reads what is counted happening, one event under its many words', () => {
    expect(countsOf('The authority said that six people had died.')).toEqual([{ low: 6, high: 6, event: 'death', noun: 'person', aside: false, exclusive: false }]);
    expect(countsOf('Six people lost their lives in farmhouses.')).toEqual([{ low: 6, high: 6, event: 'death', noun: 'person', aside: false, exclusive: false }]);
    expect(countsOf('The monitors put the death toll at 19.')).toEqual([{ low: 19, high: 19, event: 'death', noun: null, aside: false, exclusive: false }]);
    const atLeast = countsOf('At least 19 people were killed.');
    expect(atLeast).toHaveLength(1);
    expect(atLeast[0]).toMatchObject({ low: 19, high: UNBOUNDED, event: 'death' });
    expect(countsOf('Some 1,200 families were evacuated.')[0]).toMatchObject({ event: 'evacuate', noun: 'family' });
    expect(countsOf('The army evacuated 43 families.')[0]).toMatchObject({ low: 43, event: 'evacuate', noun: 'family' });
    expect(countsOf('At least 120 families who left their homes were counted.')[0]).toMatchObject({ low: 120, event: 'evacuate' });
  });

  it('marks the figure a claim sets against its own', () => {
    const found = countsOf('UNRCO put the death toll at 19 on Saturday, against the six deaths acknowledged by the authority.');
    expect(found.map((c) => [c.low, c.aside])).toEqual([[19, false], [6, true]]);
    const above = countsOf("The mission said at least 19 people had died, well above the authority's toll of six.");
    expect(above.map((c) => [c.low, c.aside])).toEqual([[19, false], [6, true]]);
    // A multiple of someone's figure, which counts what the sentence counted before.
    const times = countsOf('Residents counted at least 120 families who left their homes, almost three times the administration’s figure of 43.');
    expect(times.map((c) => [c.low, c.event, c.aside])).toEqual([[120, 'evacuate', false], [43, 'evacuate', true]]);
    // A qualifier is not a comparison: "more than 19" states 19 or more.
    expect(countsOf('More than 19 people died.')[0]).toMatchObject({ aside: false, low: 19 });
  });

  it('records no count of nothing that happened, and no number that names, ages or dates', () => {
    expect(countsOf('For the next nine hours he sat on his roof with two neighbours.')).toEqual([]);
    expect(countsOf('Stations 114 and 117 were closed.')).toEqual([]);
    expect(countsOf('Hana Vilko, 54, who escaped with her grandson, said so.')).toEqual([]);
    expect(countsOf('The dam gave way on 2 April 2026.')).toEqual([]);
    expect(countsOf('The toll rose to 19, up from six on Friday.').filter((c) => c.aside)).toEqual([]);
  });
});

describe('zeros and whole counts', () => {
  it('reads a zero as a whole count, in its many forms', () => {
    for (const text of ['“No civilians were killed.”', 'The ministry has again denied that any civilians died.', 'He repeated that “not one civilian” died.', 'Not a single civilian was killed in the town.']) {
      expect(countsOf(text), text).toEqual([{ low: 0, high: 0, event: 'death', noun: 'person', aside: false, exclusive: true }]);
    }
    expect(countsOf('No fewer than 20 people died.')[0]).toMatchObject({ low: 20, high: UNBOUNDED, exclusive: false });
    expect(countsOf('Two workers were treated for smoke inhalation, and no one else was hurt.')[0]).toMatchObject({ low: 2, event: 'injury', exclusive: true });
    expect(countsOf('Only two workers needed treatment.')[0]).toMatchObject({ low: 2, event: 'injury', exclusive: true });
  });

  it('finds counts that cannot both be true, and not counts still rising or of other things', () => {
    const none = countsOf('“No civilians were killed,” the ministry said.');
    expect(countsConflict(none, countsOf('Taldeva says 14 people, including two children, were killed in the strike.'))).toBe(true);
    const only = countsOf('The company said only two workers were hurt.');
    expect(countsConflict(only, countsOf('The union said nine of its members had been taken to hospital.'))).toBe(true);
    expect(countsConflict(only, countsOf('Two workers were treated for smoke inhalation.'))).toBe(false);
    expect(countsConflict(countsOf('Nine workers were hurt.'), countsOf('Two workers were treated in hospital.'))).toBe(false);
    expect(countsConflict(none, countsOf('Fourteen people were injured.'))).toBe(false);
    const past = 'An ammonia leak at the plant in 2019 sent 14 people to hospital.';
    expect(countsConflict(only, countsOf(past), 'The company said only two workers were hurt.', past)).toBe(false);
    const both = 'He repeated that “not one civilian” died, a claim contradicted by the group’s count of at least eleven dead.';
    expect(countsConflict(countsOf(both), countsOf('Fourteen civilians were killed.'))).toBe(false);
    const soFar = 'No deaths have been reported so far.';
    expect(countsConflict(countsOf(soFar), countsOf('Six people died.'), soFar, 'Six people died.')).toBe(false);
  });
});

describe('countCorrects', () => {
  const official = countsOf('The authority said six people had died.');
  it('finds a correction of the figure another claim states', () => {
    expect(countCorrects(countsOf('UNRCO put the death toll at 19, against the six deaths acknowledged by the authority.'), official)).toBe(true);
  });
  it('does not read a later, different count as a denial: tolls rise', () => {
    expect(countCorrects(countsOf('UNRCO said on Saturday that 19 people had died.'), official)).toBe(false);
    expect(countCorrects(countsOf('The toll rose to 19, up from six on Friday.'), official)).toBe(false);
  });
  it('keeps counts of other events and other figures apart', () => {
    const correction = countsOf('UNRCO put the death toll at 19, against the six deaths acknowledged by the authority.');
    expect(countCorrects(correction, countsOf('Six people were injured.'))).toBe(false);
    expect(countCorrects(correction, countsOf('Nine people had died.'))).toBe(false);
    expect(countCorrects(official, correction)).toBe(false);
  });
});
