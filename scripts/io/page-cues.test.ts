import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.ts';
import { bylineName, titleSuffix } from './page-cues.ts';

const PROSE = [
  'The regional water authority said on Tuesday that it would raise bills by eight percent from April, blaming the cost of repairing ageing pipes.',
  'Consumer groups said the rise would hit low-income households hardest and called on the regulator to review the decision before it takes effect.',
  'The authority said it had already cut its own running costs and that the money would be spent on replacing more than two hundred miles of mains.',
].map((p) => `<p>${p}</p>`).join('');

const metadataOf = (head: string, before = '', after = ''): Record<string, string> =>
  extractHtml('p.html', `<!doctype html><html><head>${head}</head><body>${before}<article><h1>Water bills to rise by eight percent</h1>${PROSE}</article>${after}</body></html>`).metadata as Record<string, string>;

describe('page cues: the publisher from the page chrome', () => {
  it('reads the site name after the headline in <title>, and cuts it off the title', () => {
    expect(metadataOf('<title>Water bills to rise by eight percent | Money | Harbour Post</title>')).toMatchObject({ publisher: 'Harbour Post', title: 'Water bills to rise by eight percent' });
    expect(metadataOf('<title>Water bills to rise by eight percent - Harbour Post</title>').publisher).toBe('Harbour Post');
  });

  it('does not read a speaker after a dash, or a wire agency, as the site', () => {
    expect(titleSuffix('Bills will rise by eight percent – Jane Roe', 'Bills will rise by eight percent – Jane Roe')).toBeUndefined();
    expect(titleSuffix('Bills will rise by eight percent | Reuters', undefined)).toBeUndefined();
    expect(titleSuffix('Bills will rise by eight percent – Jane Roe', 'Bills will rise by eight percent')).toBe('Jane Roe');
  });

  it('reads application-name, the masthead link home and the footer copyright, in that order', () => {
    expect(metadataOf('<meta name="application-name" content="Daily Planet">', '<div><a href="/">The Meridian Standard</a></div>').publisher).toBe('Daily Planet');
    expect(metadataOf('', '<div class="topbar"><a href="/">The Meridian Standard</a> <a href="/login">Sign in</a></div>').publisher).toBe('The Meridian Standard');
    expect(metadataOf('', '<header><a href="https://www.planet.example/" rel="home"><img src="l.png" alt="Daily Planet"></a></header>').publisher).toBe('Daily Planet');
    expect(metadataOf('', '', '<footer><p>© 2026 Eastgate Tribune Media Group · Terms</p></footer>').publisher).toBe('Eastgate Tribune');
  });

  it('takes no label of a home link and no photographer', () => {
    expect(metadataOf('', '<nav><a href="/">Home</a></nav><div><a href="/">Front page</a></div>').publisher).toBeUndefined();
    expect(metadataOf('', '', '<footer><p>© Jane Roe / AFP</p></footer>').publisher).toBeUndefined();
  });
});

describe('page cues: the published date from the markup and the byline', () => {
  it('reads datePublished microdata, <time pubdate>, the article <time> that is not an update, and date <meta>', () => {
    expect(metadataOf('', '<span itemprop="datePublished" content="2025-11-27T10:14:00Z"></span>').published).toBe('2025-11-27');
    expect(metadataOf('', '<header><span class="updated">Updated <time datetime="2025-11-29">29 Nov</time></span> <time datetime="2025-11-27T09:00">27 Nov</time></header>').published).toBe('2025-11-27');
    expect(metadataOf('<meta name="dc.date.issued" content="2025-11-27">').published).toBe('2025-11-27');
  });

  it('reads a date printed in the byline, and keeps the name alone as the author', () => {
    const metadata = metadataOf('', '<div class="byline"><span class="author">By Jonas Ebb, Europe correspondent</span> <span>Saturday 4 April 2026</span></div>');
    expect(metadata).toMatchObject({ published: '2026-04-04', author: 'Jonas Ebb, Europe correspondent' });
    expect(bylineName('Jonas Ebb, Europe correspondent Saturday 4 April 2026 Listen to this article · 6 min')).toBe('Jonas Ebb, Europe correspondent');
    expect(bylineName('Jane Roe · Nov 27, 2025')).toBe('Jane Roe');
    expect(bylineName('Jane Roe')).toBe('Jane Roe');
  });

  it('guesses no date', () => {
    expect(metadataOf('<meta name="date" content="last Tuesday">').published).toBeUndefined();
  });
});
