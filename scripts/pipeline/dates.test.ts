import { describe, expect, it } from 'vitest';
import { isDateLine, parseDate } from './dates.ts';

describe('dates', () => {
  it.each([
    ['Nov 27, 2025', '2025-11-27'],
    ['27 November 2025', '2025-11-27'],
    ['November 27, 2025 10:14 GMT', '2025-11-27'],
    ['27.11.2025', '2025-11-27'],
    ['2025-11-27T10:14:00Z', '2025-11-27'],
    ['Thursday 27th November 2025', '2025-11-27'],
    ['27/11/2025', '2025-11-27'],
  ])('reads %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('reads no ambiguous or impossible date', () => {
    expect(parseDate('03/04/2025')).toBeNull();
    expect(parseDate('31 February 2025')).toBeNull();
    expect(parseDate('Thursday')).toBeNull();
  });

  it('knows a line made of dates, labels, an ISO timestamp or an issue number', () => {
    expect(isDateLine('Posted: 2025-11-27T10:14:00Z')).toBe(true);
    expect(isDateLine('Sunday 5 April 2026 · Issue 214 · 5 min read')).toBe(true);
    expect(isDateLine('Updated 7 Apr 2026, 16:20')).toBe(true);
    expect(isDateLine('The dam burst on 2 April 2026.')).toBe(false);
    expect(isDateLine('Issue of the day')).toBe(false);
  });
});
