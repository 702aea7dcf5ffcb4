import { describe, expect, it } from 'vitest';
import { isCalendarDate, isHttpUrl, isoDatePart } from './field-checks.ts';

describe('field checks', () => {
  it('isCalendarDate accepts only real YYYY-MM-DD dates', () => {
    expect(isCalendarDate('2025-12-31')).toBe(true);
    for (const bad of ['2025-12-32', '2025-00-10', '2025-1-5', '25-01-05', '2025-01-05 ', '2023-02-29']) expect(isCalendarDate(bad)).toBe(false);
  });

  it('isoDatePart keeps the date as written in a date-time', () => {
    expect(isoDatePart('2025-11-28T23:30:00-05:00')).toBe('2025-11-28');
    expect(isoDatePart('2025-11-28')).toBe('2025-11-28');
    expect(isoDatePart('2025-11-31T10:00:00Z')).toBeUndefined();
    expect(isoDatePart('28 November 2025')).toBeUndefined();
    expect(isoDatePart('2025-11-281')).toBeUndefined();
  });

  it('isHttpUrl accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://example.org/a?b=1')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    for (const bad of ['ftp://example.org', 'javascript:alert(1)', 'example.org', 'https://exa mple.org', 'https://']) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });
});
