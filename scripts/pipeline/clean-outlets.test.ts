/** `clean` on layouts of outlets the rules had not seen: share rows, sign-offs, arrowed links, a reporter's beat, the newsdesk line. */
import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';

const LEDE = 'Floodwater reached the lower town of Brenmoor overnight, forcing some 300 residents from their homes, the county council said on Monday.';

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

describe('clean: a reporter\'s beat and the newsdesk line under the story', () => {
  it('takes out "X covers …" and "Call the newsdesk on …" at the end, and keeps the story', () => {
    const last = 'The council will meet again on Thursday to decide whether the lower town can be reopened.';
    const article = clean({ name: 'b.txt', text: ['River bursts its banks in Brenmoor', LEDE, last, 'Tomas Weir covers the river towns. Got a story? Call the newsdesk on 0199 30 30 30.'].join('\n\n') });
    expect(article.paragraphs).toEqual([LEDE, last]);
    expect(article.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['author-bio', 'tip-line']));
  });
});

describe('clean: the metadata title printed as the first line', () => {
  it('is the headline even when it reads as prose, not the first paragraph', () => {
    const title = 'Satellite images show the lower town of Brenmoor under water after the river burst its banks overnight.';
    const article = clean({ name: 'm.html', text: [title, LEDE].join('\n\n'), metadata: { title } });
    expect(article.paragraphs).toEqual([LEDE]);
    expect(article.removed.find((r) => r.rule === 'headline')?.text).toBe(title);
  });
});

describe('clean: a name and a date as the byline', () => {
  it('takes "Jane Roe · Mar 9, 2026" out and reads the date from it', () => {
    const article = clean({ name: 'y.md', text: ['River bursts its banks in Brenmoor', 'Tomas Weir · Mar 9, 2026', LEDE].join('\n\n') });
    expect(article.removed.find((r) => r.text.startsWith('Tomas Weir'))?.rule).toBe('byline');
    expect(article.published).toBe('2026-03-09');
    expect(article.paragraphs).toEqual([LEDE]);
  });
});
