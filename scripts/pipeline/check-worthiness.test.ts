import { describe, expect, it } from 'vitest';
import { WORTHINESS_THRESHOLD, isCheckWorthy, worthinessOf } from '../worthiness.ts';
import { checkWorthiness, type WorthinessInput } from './check-worthiness.ts';
import { textSignals } from './worthiness-signals.ts';

const claim = (text: string, more: Partial<WorthinessInput> = {}): WorthinessInput => ({
  text, kind: 'factual', plan: false, speaker: null, speakerKind: null, ...more,
});

describe('textSignals', () => {
  it('finds a figure, a date, a place and a consequence', () => {
    expect([...textSignals('Shelling killed 12 civilians in Kharkiv on 3 March 2025.')].sort()).toEqual(['consequence', 'date', 'number', 'place-or-name']);
  });

  it('reads "may" and "march" as months only beside a day, a year or a preposition', () => {
    expect(textSignals('Talks may resume, officials hope.').has('date')).toBe(false);
    expect(textSignals('May the best plan win.').has('date')).toBe(false);
    expect(textSignals('Protesters will March on the capital.').has('date')).toBe(false);
    expect(textSignals('The vote was held in May.').has('date')).toBe(true);
    expect(textSignals('Talks resume on March 12.').has('date')).toBe(true);
  });

  it('counts a year as a date, not as a figure, and "one of" as no count', () => {
    const year = textSignals('the referendum was held in 2022');
    expect(year.has('date')).toBe(true);
    expect(year.has('number')).toBe(false);
    expect(textSignals('it was one of the worst nights').has('number')).toBe(false);
    expect(textSignals('three villages were taken').has('number')).toBe(true);
  });

  it('does not take idioms for harm', () => {
    expect(textSignals('the senator killed the bill in committee').has('consequence')).toBe(false);
    expect(textSignals('the race is a dead heat').has('consequence')).toBe(false);
    expect(textSignals('they will defend it at all costs').has('consequence')).toBe(false);
    expect(textSignals('the party lost ground in the polls').has('consequence')).toBe(false);
    expect(textSignals('the strike killed two soldiers').has('consequence')).toBe(true);
    expect(textSignals('the floods cost the region dearly').has('consequence')).toBe(true);
  });

  it('does not take an opening capital, a quote opening or the speaker for a name', () => {
    expect(textSignals('Troops are completely surrounded.').has('place-or-name')).toBe(false);
    expect(textSignals('He said: "Nothing will change," and left.').has('place-or-name')).toBe(false);
    expect(textSignals('Putin said troops are surrounded', 'Putin').has('place-or-name')).toBe(false);
    expect(textSignals('Putin said troops surrounded Pokrovsk', 'Putin').has('place-or-name')).toBe(true);
    expect(textSignals('On Monday the talks began').has('place-or-name')).toBe(false);
  });
});

describe('checkWorthiness', () => {
  it('rates a specific, named, consequential fact above the threshold', () => {
    const w = checkWorthiness(claim('Putin said Russian troops had captured 12 villages near Pokrovsk, killing 40 soldiers', { kind: 'attributed', speaker: 'Vladimir Putin', speakerAs: 'Putin', speakerKind: 'person' }));
    expect(w.reasons).toEqual(['checkable-kind', 'number', 'place-or-name', 'named-actor', 'consequence']);
    expect(w.score).toBe(0.9);
    expect(isCheckWorthy(w)).toBe(true);
  });

  it('keeps a vague claim quiet', () => {
    const w = checkWorthiness(claim('things are getting better'));
    expect(w).toEqual({ score: 0.3, reasons: ['checkable-kind'] });
    expect(isCheckWorthy(w)).toBe(false);
  });

  it('halves a value judgement however many numbers and names it holds', () => {
    const w = checkWorthiness(claim('Zelensky called the 28-point plan from Washington a disgrace that killed 1,000 hopes', { kind: 'value-judgement', speaker: 'Volodymyr Zelensky', speakerKind: 'person' }));
    expect(w.reasons).toContain('not-checkable');
    expect(w.reasons).not.toContain('checkable-kind');
    expect(w.score).toBeLessThan(WORTHINESS_THRESHOLD);
  });

  it('counts an announced plan as checkable, a forecast not', () => {
    const base = { kind: 'prediction' as const, speaker: 'Steve Witkoff', speakerKind: 'person' as const };
    expect(checkWorthiness(claim('Witkoff will travel to Moscow next week', { ...base, plan: true })).reasons).toContain('checkable-kind');
    expect(checkWorthiness(claim('the war will end by spring', { ...base, plan: false })).reasons).toContain('not-checkable');
  });

  it('names an actor only for a named person or organisation, not an unnamed role', () => {
    expect(checkWorthiness(claim('troops withdrew', { kind: 'attributed', speaker: "Kyiv's top general", speakerKind: 'role' })).reasons).not.toContain('named-actor');
    expect(checkWorthiness(claim('troops withdrew', { kind: 'attributed', speaker: 'NATO', speakerKind: 'org' })).reasons).toContain('named-actor');
  });
});

describe('worthinessOf', () => {
  it('sums the weights, caps at 1 and rounds to two decimals', () => {
    expect(worthinessOf(new Set(['checkable-kind', 'number', 'date', 'place-or-name', 'named-actor', 'consequence']), true).score).toBe(1);
    expect(worthinessOf(new Set(), true)).toEqual({ score: 0, reasons: [] });
    expect(worthinessOf(new Set(['number']), false)).toEqual({ score: 0.1, reasons: ['number', 'not-checkable'] });
  });
});
