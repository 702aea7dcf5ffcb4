import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './extract-html.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../tests/fixtures/inputs/${name}`, import.meta.url), 'utf8');
const paragraphsOf = (text: string): string[] => (text === '' ? [] : text.split('\n\n'));

/** A page around an article body long enough for Readability. */
function page(head: string, body = ''): string {
  const prose = [
    'The regional water authority said on Tuesday that it would raise bills by eight percent from April, blaming the cost of repairing ageing pipes.',
    'Consumer groups said the rise would hit low-income households hardest and called on the regulator to review the decision before it takes effect.',
    'The authority said it had already cut its own running costs and that the money would be spent on replacing more than two hundred miles of mains.',
  ];
  return `<!doctype html><html><head>${head}</head><body><article>${body}${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('extractHtml: a full news page (og tags, JSON-LD @graph, site furniture)', () => {
  const { text, metadata } = extractHtml('harbour-courier-ferry.html', fixture('harbour-courier-ferry.html'));

  it('reads the metadata: JSON-LD headline over og:title, @id references resolved, og:url over canonical', () => {
    expect(metadata).toEqual({
      title: 'Ferry operator admits safety checks on Islay route were skipped',
      publisher: 'The Harbour Courier',
      author: 'Maeve Callaghan',
      published: '2025-03-04',
      url: 'https://www.harbourcourier.example/news/2025/03/04/ferry-safety-checks-islay',
      language: 'en-GB',
    });
  });

  it('keeps the article as one paragraph per block: headline, caption, body, subheading, quote, list items', () => {
    expect(paragraphsOf(text)).toEqual([
      'Ferry operator admits safety checks on Islay route were skipped',
      'The MV Loch Finlaggan leaving Port Askaig. (Photo: Harbour Courier / Iain MacLeod)',
      'The operator of the Islay ferry service has admitted that mandatory lifeboat drills were not carried out on six sailings in January, according to internal logs seen by the Harbour Courier.',
      'Caledonian Isles Shipping said in a statement on Monday that the missed drills were "an administrative failure" and that passengers had "at no point been in danger".',
      'The logs show that crews on the MV Loch Finlaggan recorded the drills as "deferred" on six crossings between 8 and 27 January, citing staff shortages.',
      'The Maritime and Coastguard Agency confirmed it had opened an inquiry and said it would inspect the vessel before the end of the month.',
      'What happens next',
      'Islay councillor Fiona Buchanan said islanders deserved answers. She said:',
      'People on this island depend on that boat for hospital appointments, for school and for work. They need to know it is safe.',
      'The company said it would take three steps:',
      'recruit four additional deck officers by April;',
      'publish its drill records every month;',
      'commission an independent safety review.',
      'The RMT union claimed the shortages had been reported to management "repeatedly" since last summer, which the company denied.',
    ]);
  });

  it('lets no navigation, banner, newsletter box, related links, comments, footer, script or style text through', () => {
    for (const clutter of [
      'cookies', 'Accept all', 'Manage preferences', 'Sport', 'Weather', 'Subscribe', 'Home', 'Share on', 'Copy link',
      'Morning Briefing', 'inbox', 'Sign up', 'More from News', 'Winter timetable', 'Comments', 'Log in', 'All rights reserved',
      '©', 'Privacy', 'Topics:', 'transport correspondent.', 'enable JavaScript', 'dataLayer', 'gtag', 'TRACKER_LOADED',
      'DOMContentLoaded', 'font-family', 'position:fixed', '@context', 'ImageObject', 'A ferry leaving harbour at dawn',
    ]) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('writes paragraphs on single lines, separated by one blank line', () => {
    expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]|\u00a0|\uE000/);
    for (const paragraph of paragraphsOf(text)) expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
  });
});

describe('extractHtml: a minimal page without metadata', () => {
  it('reads the body by blocks, a single <br> as a space, and takes the title from <title> only', () => {
    const { text, metadata } = extractHtml('valley-gazette-minimal.html', fixture('valley-gazette-minimal.html'));
    expect(metadata).toEqual({ title: 'Flood barrier opens a year late' });
    expect(paragraphsOf(text)).toEqual([
      'Flood barrier opens a year late',
      'The Kelby flood barrier opened on Friday, twelve months after the date promised by the county council.',
      'Council leader Tom Ashworth said the delay was caused by "unforeseen ground conditions" under the river bed. Residents in the lower town said they had spent another winter moving furniture upstairs.',
      'The barrier cost £14 million, £3 million more than planned, according to council figures.',
    ]);
  });

  it('sets no field at all for a page with no title, metadata or article', () => {
    expect(extractHtml('blank.html', '<html><body></body></html>')).toEqual({ text: '', metadata: {} });
    expect(extractHtml('blank.html', '')).toEqual({ text: '', metadata: {} });
    expect(extractHtml('scripts.html', '<html><body><script>var article = "Breaking news text";</script><style>p{}</style></body></html>')).toEqual({
      text: '',
      metadata: {},
    });
  });

  it('falls back to the body when Readability keeps nothing, and leaves out navigation even then', () => {
    const html = '<html><head><title>Only a headline here</title></head><body><nav><a href="/">Home page link</a></nav><h1>Only a headline here</h1><footer>© Footer Ltd</footer></body></html>';
    expect(extractHtml('headline.html', html)).toEqual({ text: 'Only a headline here', metadata: { title: 'Only a headline here' } });
    expect(extractHtml('nav.html', '<html><body><nav><ul><li>News</li><li>Sport</li></ul></nav></body></html>').text).toBe('');
  });

  it('reads fragments and pages that leave out <html>, <head> or <body>', () => {
    expect(extractHtml('f.html', 'just text, no markup at all')).toEqual({ text: 'just text, no markup at all', metadata: {} });
    expect(paragraphsOf(extractHtml('f.html', '<p>First paragraph of the fragment.</p><p>Second one.</p>').text)).toEqual([
      'First paragraph of the fragment.',
      'Second one.',
    ]);
    const noHead = '<html lang="fr"><title>Le barrage ouvre avec un an de retard</title><p>Le barrage de Kelby a ouvert vendredi, douze mois après la date promise.</p></html>';
    expect(extractHtml('f.html', noHead)).toEqual({
      text: 'Le barrage ouvre avec un an de retard\n\nLe barrage de Kelby a ouvert vendredi, douze mois après la date promise.',
      metadata: { title: 'Le barrage ouvre avec un an de retard', language: 'fr' },
    });
  });

  it('splits on <br><br> when the page has no paragraph elements', () => {
    const html = '<html><body><div>First paragraph of the statement, read out by the mayor on Monday morning.<br><br>Second paragraph, which says the budget will be published next week.<br>Same paragraph.</div></body></html>';
    expect(paragraphsOf(extractHtml('br.html', html).text)).toEqual([
      'First paragraph of the statement, read out by the mayor on Monday morning.',
      'Second paragraph, which says the budget will be published next week. Same paragraph.',
    ]);
  });
});

describe('extractHtml: hostile text', () => {
  const { text } = extractHtml('hostile-entities.html', fixture('hostile-entities.html'));
  const paragraphs = paragraphsOf(text);

  it('keeps MDX- and HTML-significant text written as entities literally', () => {
    expect(paragraphs).toContain('export const x = 1');
    expect(paragraphs).toContain('import fs from "node:fs"; was the second line of the memo, according to the ministry.');
    expect(text).toContain('the expression {1+1} and the longer {globalThis.pwned = "expression ran"}');
    expect(text).toContain('stamped <Claim status="verified">Pokrovsk was liberated</Claim> by its author.');
    expect(text).toContain('<script>globalThis.pwned = "script ran"</script> and an image tag <img src=x onerror="alert(1)">');
  });

  it('drops real elements: scripts, styles and images (with their alt text)', () => {
    expect(paragraphs).toContain('A real image tag was also present and a real script and style between these words.');
    for (const leaked of ['head script ran', 'body script ran', 'onerror ran', 'ALT TEXT', 'color: red']) expect(text).not.toContain(leaked);
  });
});

describe('extractHtml: metadata', () => {
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it('never throws on malformed JSON-LD, and still reads the rest', () => {
    const html = page(
      '<meta property="og:title" content="Water bills to rise by eight percent"><script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken",</script>' +
        '<script type="application/ld+json"></script><script type="application/ld+json">null</script><script type="application/ld+json">[1, "x", {"@graph": 5}]</script>',
    );
    const { metadata, text } = extractHtml('a.html', html);
    expect(metadata).toEqual({ title: 'Water bills to rise by eight percent' });
    expect(text).not.toContain('broken');
  });

  it('reads a NewsArticle in a top-level array, with prefixed and listed @types, several authors and an entity-encoded headline', () => {
    const html = page(
      ld([
        { '@type': 'Organization', name: 'Not the publisher' },
        {
          '@type': ['schema:ReportageNewsArticle'],
          headline: 'Water bills to rise by 8% &amp; more, says authority&#8217;s chief',
          datePublished: '2025-11-28T23:30:00-05:00',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Ben Okafor' }, 'https://example.org/staff/c'],
          publisher: { '@type': 'Organization', name: 'Coastal Times' },
          url: 'https://coastal.example/water-bills',
          inLanguage: 'es-419',
        },
      ]),
    );
    expect(extractHtml('a.html', html).metadata).toEqual({
      title: 'Water bills to rise by 8% & more, says authority’s chief',
      author: 'Ana Ruiz and Ben Okafor',
      published: '2025-11-28',
      publisher: 'Coastal Times',
      url: 'https://coastal.example/water-bills',
      language: 'es-419',
    });
  });

  it('takes the site name off a page title: the publisher\'s name, or whatever follows the page\'s own heading', () => {
    const named = extractHtml('a.html', page('<meta property="og:title" content="Dam taken, Kaspia says | The Daily Planet"><meta property="og:site_name" content="Daily Planet">'));
    expect(named.metadata.title).toBe('Dam taken, Kaspia says');
    const headed = extractHtml('b.html', page('<title>Dam taken, Kaspia says - Planet Online</title>', '<h1>Dam taken, Kaspia says</h1>'));
    expect(headed.metadata.title).toBe('Dam taken, Kaspia says');
    const own = extractHtml('c.html', page('<meta property="og:title" content="Kaspia - the dam and the war">'));
    expect(own.metadata.title).toBe('Kaspia - the dam and the war');
  });

  it('ignores JSON-LD that is not an article', () => {
    const html = page(`<title>Page title</title>${ld({ '@type': 'WebSite', name: 'Site name', headline: 'Site headline', datePublished: '2020-01-01' })}`);
    expect(extractHtml('a.html', html).metadata).toEqual({ title: 'Page title' });
  });

  it('prefers meta author, article:published_time, og:url and <html lang>, and drops values that are not valid', () => {
    const html = page(
      '<meta name="author" content="Dana Fields"><meta property="article:published_time" content="2025-02-03T08:00:00Z">' +
        '<meta property="og:url" content="/relative/path"><link rel="canonical" href="https://coastal.example/canonical">' +
        '<meta property="og:locale" content="en_US"><meta property="og:site_name" content="   ">' +
        ld({ '@type': 'NewsArticle', author: { name: 'Someone Else' }, datePublished: '2024-01-01', publisher: { name: 'Coastal Times' } }),
    ).replace('<html>', '<html lang="not a tag">');
    expect(extractHtml('a.html', html).metadata).toEqual({
      author: 'Dana Fields',
      published: '2025-02-03',
      url: 'https://coastal.example/canonical',
      language: 'en-US',
      publisher: 'Coastal Times',
    });
  });

  it('skips author URLs and impossible dates, falling back to the next source', () => {
    const html = page(
      '<meta name="author" content="https://facebook.example/someone"><meta property="article:published_time" content="2025-02-30T08:00:00Z">' +
        ld({ '@type': 'Article', author: { name: 'Lee Park' }, datePublished: '2025-02-28' }),
    );
    expect(extractHtml('a.html', html).metadata).toMatchObject({ author: 'Lee Park', published: '2025-02-28' });
  });

  it('takes the byline Readability found when nothing else names the author', () => {
    const html = page('<title>Water bills to rise</title>', '<p class="byline">By Sam Lowe</p>');
    const { metadata, text } = extractHtml('a.html', html);
    expect(metadata.author).toBe('Sam Lowe');
    expect(text).not.toContain('By Sam Lowe');
  });

  it('removes boxes by class name only as whole blocks, never words inside a sentence', () => {
    const html = page(
      '',
      '<p>The <a class="promo-link" href="/stadium">new stadium</a> opened on <span class="promo-date">Saturday</span>, officials said.</p>' +
        '<p class="newsletter-promo">Sign up to our daily newsletter</p><div id="related-stories"><a href="/x">Another story entirely</a></div>',
    );
    const { text } = extractHtml('a.html', html);
    expect(text).toContain('The new stadium opened on Saturday, officials said.');
    expect(text).not.toMatch(/Sign up|Another story/);
  });

  it('does not prepend the title when the article already opens with it', () => {
    const html = page('<meta property="og:title" content="Water bills to rise by eight percent">', '<p>Water bills to rise by eight percent</p>');
    expect(paragraphsOf(extractHtml('a.html', html).text).filter((p) => p === 'Water bills to rise by eight percent')).toHaveLength(1);
  });
});

describe('extractHtml: pages too deep or too large for Readability', () => {
  const story = '<p>The minister said on Tuesday that the bridge had been closed for repairs after the storm.</p>';
  const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

  it('refuses 5,000 nested divs with too-deep, before Readability (which did not finish in 300 s)', () => {
    expect(() => extractHtml('deep.html', `<html><body>${nested(5000, story)}</body></html>`)).toThrow(/^deep\.html: Unexpected elements nested more than 128 deep.*\[too-deep\]$/);
  });

  it('refuses a page with more elements than the bound with too-complex', () => {
    expect(() => extractHtml('big.html', `<html><body>${'<span>x</span>'.repeat(MAX_HTML_ELEMENTS)}</body></html>`)).toThrow(/\[too-complex\]$/);
  });

  it('still reads a page nested just under the bound', () => {
    const page = `<html><head><title>Bridge closed</title></head><body>${nested(MAX_HTML_DEPTH - 10, story.repeat(4))}</body></html>`;
    expect(extractHtml('ok.html', page).text).toContain('the bridge had been closed for repairs');
  });
});

describe('extractHtml: a title with a kicker, a date in a classed element', () => {
  it('keeps the part of the <title> before a colon that Readability cuts off', () => {
    const { metadata } = extractHtml('k.html', page('<title>Water chief Moss: bills will rise by eight percent in April</title>'));
    expect(metadata.title).toBe('Water chief Moss: bills will rise by eight percent in April');
  });
  it('reads the date of an element the page classes as its date, not an update', () => {
    const dated = extractHtml('d.html', page('<title>Bills to rise</title>', '<div class="item-date">17.03.2026 11:05</div>'));
    expect(dated.metadata.published).toBe('2026-03-17');
    const updated = extractHtml('u.html', page('<title>Bills to rise</title>', '<div class="date-updated">17.03.2026 11:05</div>'));
    expect(updated.metadata.published).toBeUndefined();
  });
});

describe('extractHtml: a section title in <title>', () => {
  it("takes the page's one <h1> when the <title> does not hold it", () => {
    const { metadata } = extractHtml('h.html', page('<title>Newsroom – Water bills release</title>', '<h1>Water bills in the region will rise by eight percent from April</h1>'));
    expect(metadata.title).toBe('Water bills in the region will rise by eight percent from April');
  });
  it('keeps the <title> when it holds the <h1>, or the <h1> is a logo', () => {
    expect(extractHtml('a.html', page('<title>Bills will rise by eight percent from April | Valley Clarion</title>', '<h1>Bills will rise by eight percent from April</h1>')).metadata.title).toBe('Bills will rise by eight percent from April');
    expect(extractHtml('b.html', page('<title>Bills will rise by eight percent from April</title>', '<h1>Valley Clarion</h1>')).metadata.title).toBe('Bills will rise by eight percent from April');
  });
});
