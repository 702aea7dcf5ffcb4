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

describe('clean: share rows and dated rows around the headline', () => {
  it('never takes a row of share buttons for the headline, nor a date row for the navigation', () => {
    const article = clean({
      name: 's.txt',
      text: ['World › Floods', 'River bursts its banks in the lower town of Brenmoor', 'By Jane Roe', 'Mar 9, 2026 · 7:15 AM · 3 min read', '[Share] [Post] [Email] [Copy link]', LEDE].join('\n\n'),
    });
    expect(article.title).toBe('River bursts its banks in the lower town of Brenmoor');
    expect(article.removed.find((r) => r.text.startsWith('[Share]'))?.rule).toBe('share-bar');
  });
  it('takes out a share line that prints the headline', () => {
    const article = clean({ name: 's.txt', text: ['River bursts its banks in Brenmoor', 'By Jane Roe', 'Share: River bursts its banks in Brenmoor [f] [X] [WhatsApp]', LEDE].join('\n\n') });
    expect(article.removed.find((r) => r.text.startsWith('Share:'))?.rule).toBe('headline-duplicate');
    expect(article.paragraphs).toEqual([LEDE]);
  });
});

describe('clean: sign-offs and arrowed links', () => {
  it("takes a newsletter's sign-off out, and reads the publication from it", () => {
    const article = clean({ name: 'n.md', text: ['River bursts its banks in Brenmoor', LEDE, 'Thanks for reading Weir Notes! Subscribe for free to receive new posts.'].join('\n\n') });
    expect(article.removed.find((r) => r.rule === 'sign-off')?.text).toBe('Thanks for reading Weir Notes!');
    expect(article.publisher).toBe('Weir Notes');
    expect(article.paragraphs).toEqual([LEDE]);
  });
  it('keeps a quoted thanks, and drops a link marked by an arrow between paragraphs', () => {
    const quoted = '"Thanks for reading the report so closely," the mayor told the council.';
    const article = clean({ name: 'a.txt', text: ['River bursts its banks in Brenmoor', LEDE, '› Brenmoor floods: a timeline', quoted].join('\n\n') });
    expect(article.paragraphs).toEqual([LEDE, quoted]);
    expect(article.removed.find((r) => r.text.startsWith('›'))?.rule).toBe('related-link');
  });
});
