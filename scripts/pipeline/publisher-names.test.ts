import { describe, expect, it } from 'vitest';
import { fullerName, looksLikeOutlet, notAgency, publisherName, withoutCompanySuffix } from './publisher-names.ts';

describe('publisher names', () => {
  it('refuses sentence openings, generic phrases and lone words', () => {
    expect(publisherName('Your Support')).toBeNull();
    expect(publisherName('Quality Journalism')).toBeNull();
    expect(publisherName('Home')).toBeNull();
    expect(publisherName('Ledger')).toBeNull();
    expect(publisherName('Ledger', true)).toBe('Ledger');
    expect(publisherName("Kyiv Independent's")).toBe('Kyiv Independent');
    expect(publisherName('BBC')).toBe('BBC');
  });

  it('tells an outlet from a person, and an agency from an outlet', () => {
    expect(looksLikeOutlet('Harbour Post')).toBe(true);
    expect(looksLikeOutlet('Oleh Kiper')).toBe(false);
    expect(notAgency('The Associated Press')).toBe(false);
    expect(notAgency('Harbour Post')).toBe(true);
  });

  it('takes a company suffix off a copyright holder only when a name is left', () => {
    expect(withoutCompanySuffix('Eastgate Tribune Media Group')).toBe('Eastgate Tribune');
    expect(withoutCompanySuffix('Harbour Post Ltd.')).toBe('Harbour Post');
    expect(withoutCompanySuffix('Kyiv Independent')).toBe('Kyiv Independent');
    expect(withoutCompanySuffix('Media Group')).toBe('Media Group');
  });

  it('completes a short name from a longer one that ends with it or that it abbreviates', () => {
    expect(fullerName('The Standard', ['The Meridian Standard'])).toBe('The Meridian Standard');
    expect(fullerName('MPA', ['Meridian Press Agency'])).toBe('Meridian Press Agency');
    expect(fullerName('The Standard', ['Standard Chartered'])).toBe('The Standard');
    expect(fullerName('Daily Planet', ['Daily Planet'])).toBe('Daily Planet');
  });
});
