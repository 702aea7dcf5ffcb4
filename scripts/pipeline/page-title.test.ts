import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { pageTitle, titleSite } from './page-title.ts';

const LEDE = 'Floodwater reached the lower town of Brenmoor overnight, forcing some 300 residents from their homes, the county council said on Monday.';

describe('pageTitle', () => {
  const lines = new Set(['river bursts its banks in brenmoor']);
  it('splits a title line whose headline the page prints on its own', () => {
    expect(pageTitle('River bursts its banks in Brenmoor | Valley Clarion', lines)).toEqual({ headline: 'River bursts its banks in Brenmoor', site: 'Valley Clarion' });
    expect(pageTitle('River bursts its banks in Brenmoor – VCN', lines)?.site).toBe('VCN');
  });
  it('reads nothing when the headline is not printed, or the tail is not a short name', () => {
    expect(pageTitle('Storm warning for the coast | Valley Clarion', lines)).toBeNull();
    expect(pageTitle('River bursts its banks in Brenmoor – and the council was not ready for it.', lines)).toBeNull();
    expect(pageTitle('River bursts its banks in Brenmoor - residents of the lower town say', lines)).toBeNull();
  });
  it('gives the site of a removed title line', () => {
    expect(titleSite('River bursts its banks in Brenmoor | Valley Clarion')).toBe('Valley Clarion');
  });
});

describe('clean: a page-title line above the headline', () => {
  it('takes the headline without the site name, and the site as the publisher', () => {
    const article = clean({ name: 't.txt', text: ['River bursts its banks in Brenmoor | Valley Clarion', 'Skip to content', 'River bursts its banks in Brenmoor', LEDE].join('\n\n') });
    expect(article.title).toBe('River bursts its banks in Brenmoor');
    expect(article.publisher).toBe('Valley Clarion');
    expect(article.removed.find((r) => r.rule === 'page-title')?.text).toBe('River bursts its banks in Brenmoor | Valley Clarion');
    expect(article.paragraphs).toEqual([LEDE]);
  });
  it('takes no generic section word for a publisher', () => {
    const article = clean({ name: 't.txt', text: ['River bursts its banks in Brenmoor | News', 'River bursts its banks in Brenmoor', LEDE].join('\n\n') });
    expect(article.title).toBe('River bursts its banks in Brenmoor');
    expect(article.publisher).toBeNull();
  });
});
