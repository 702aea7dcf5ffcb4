import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { parseDate } from './dates.ts';
import { parseFetchTime, resolveRelativeDate } from './relative-dates.ts';

describe('parseDate: explicit full dates in any usual form', () => {
  it.each([
    ['2025-11-27T10:00:00Z', '2025-11-27'],
    ['Nov 27, 2025', '2025-11-27'],
    ['Nov. 27 2025', '2025-11-27'],
    ['27 November 2025', '2025-11-27'],
    ['Thursday 27th November 2025, 14:05', '2025-11-27'],
    ['27.11.2025 14:05', '2025-11-27'],
    ['2025/11/27', '2025-11-27'],
    ['27/11/2025', '2025-11-27'],
    ['11/27/2025', '2025-11-27'],
  ])('%s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('reads no ambiguous or impossible date', () => {
    expect(parseDate('03/04/2025')).toBeNull();
    expect(parseDate('31.02.2025')).toBeNull();
    expect(parseDate('Thursday')).toBeNull();
  });
});

describe('resolveRelativeDate: only against a known date', () => {
  const fetchedAt = parseFetchTime('2025-11-28T01:30:00+02:00');
  const fetchedOn = parseFetchTime('2025-11-28');

  it('reads a weekday or a day without a year against the other date of the article, or the fetch date', () => {
    expect(resolveRelativeDate('Published Thursday 14:05', { known: '2025-11-28', fetched: null })).toBe('2025-11-27');
    expect(resolveRelativeDate('Fri', { known: '2025-11-28', fetched: null })).toBe('2025-11-28');
    expect(resolveRelativeDate('Nov. 27, 14:05 GMT', { known: null, fetched: fetchedOn })).toBe('2025-11-27');
    expect(resolveRelativeDate('30 December', { known: '2026-01-02', fetched: null })).toBe('2025-12-30');
  });

  it('reads "yesterday" and "3 days ago" against the fetch date, "2 hours ago" only against a fetch time', () => {
    expect(resolveRelativeDate('yesterday', { known: null, fetched: fetchedOn })).toBe('2025-11-27');
    expect(resolveRelativeDate('Updated 3 days ago', { known: null, fetched: fetchedOn })).toBe('2025-11-25');
    expect(resolveRelativeDate('2 hours ago', { known: null, fetched: fetchedAt })).toBe('2025-11-27');
    expect(resolveRelativeDate('20 minutes ago', { known: null, fetched: fetchedAt })).toBe('2025-11-28');
    expect(resolveRelativeDate('2 hours ago', { known: null, fetched: fetchedOn })).toBeNull();
  });

  it('guesses nothing without a known date', () => {
    for (const text of ['Thursday', 'Nov 27', 'yesterday', '2 hours ago']) expect(resolveRelativeDate(text, { known: null, fetched: null })).toBeNull();
    expect(parseFetchTime('last week')).toBeNull();
    expect(parseFetchTime('2025-02-30')).toBeNull();
  });
});

describe('the published date of a page', () => {
  const LEDE = 'Russian forces struck the port of Odesa overnight, damaging two grain terminals, regional officials said.';
  const publishedOf = (lines: string[], fetched?: string) =>
    clean({ name: 'd.txt', text: lines.join('\n\n'), ...(fetched ? { metadata: { fetched } } : {}) }).published;

  it('reads "Published Thursday" against the update date beside it', () => {
    expect(publishedOf(['Port hit in overnight strike', 'Published Thursday 14:05 · Updated Fri 28 Nov 2025 09:10', LEDE])).toBe('2025-11-27');
  });

  it('reads "2 hours ago" only with a fetch time, and a dateline without a year with a fetch date', () => {
    expect(publishedOf(['Port hit in overnight strike', 'Published 2 hours ago', LEDE])).toBeNull();
    expect(publishedOf(['Port hit in overnight strike', 'Published 2 hours ago', LEDE], '2025-11-28T10:00')).toBe('2025-11-28');
    expect(publishedOf(['KYIV, Nov 27 (Reuters) - Russian forces struck the port overnight, officials said.'], '2025-11-28')).toBe('2025-11-27');
    expect(publishedOf(['KYIV, Nov 27 (Reuters) - Russian forces struck the port overnight, officials said.'])).toBeNull();
  });

  it('reads long hostile date lines in bounded time', () => {
    expect(publishedOf(['Port hit', `${'12 '.repeat(30_000)}`, LEDE])).toBeNull();
    expect(resolveRelativeDate(`${'Nov '.repeat(50_000)}`, { known: '2025-11-28', fetched: null })).toBeNull();
  });
});
