import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../pipeline/errors.ts';
import { extractMarkdown } from './extract-markdown.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../tests/fixtures/inputs/${name}`, import.meta.url), 'utf8');
const paragraphsOf = (text: string): string[] => (text === '' ? [] : text.split('\n\n'));

describe('extractMarkdown: an article with frontmatter', () => {
  const { text, metadata } = extractMarkdown('northern-ledger-council.md', fixture('northern-ledger-council.md'));

  it('reads the frontmatter as metadata (`date` for `published`), ignoring other tools’ fields', () => {
    expect(metadata).toEqual({
      title: 'Council approves 4.9% tax rise after late-night vote',
      publisher: 'The Northern Ledger',
      author: 'Priya Raman',
      published: '2025-02-27',
      url: 'https://northernledger.example/politics/council-tax-rise-vote',
      language: 'en',
    });
  });

  it('writes one paragraph per block, inline markup reduced to its text, images dropped, raw HTML kept literally', () => {
    expect(paragraphsOf(text)).toEqual([
      'Council approves 4.9% tax rise after late-night vote',
      'Barrowford council approved a 4.9% rise in council tax on Wednesday night after a four-hour debate, the largest increase the borough has allowed since 2011.',
      'Councillors voted 31 to 24 in favour of the budget. (Photo: Northern Ledger)',
      'Council leader Andrew Holt said the rise was "the only responsible choice" after the government cut the borough\'s grant by £6.2m. Opposition councillors said the figure was closer to £4m.',
      'Where the money goes',
      'The budget sets aside:',
      '£2.1m for adult social care;',
      '£900,000 to reopen the Mill Lane library;',
      '£400,000 for pothole repairs.',
      'We were told there was no alternative, but nobody showed us the alternatives.',
      '— Councillor Joan Whitaker',
      'The rise will add <span class="figure">£94</span> a year to a typical Band D bill, according to the council\'s own figures.',
      'Read more: How your council tax is spent',
    ]);
    for (const markup of ['**', '](', '![', 'Councillors voting in the chamber', 'vote.jpg', '`', 'tags:', 'draft', '---', '[more]']) {
      expect(text, markup).not.toContain(markup);
    }
  });
});

describe('extractMarkdown', () => {
  it('reads a file without frontmatter as text only, and does not invent a title', () => {
    expect(extractMarkdown('a.md', '# Headline of the piece\n\nBody *text* with `code` and a [link](https://x.example).\n')).toEqual({
      text: 'Headline of the piece\n\nBody text with code and a link.',
      metadata: {},
    });
  });

  it('reads a clipping tool\'s names for the publisher and the fetch time, and its `source` by what it holds', () => {
    const meta = (yaml: string) => extractMarkdown('a.md', `---\n${yaml}\n---\nThe lede paragraph.\n`).metadata;
    expect(meta('site_name: National Water Authority\nsaved: 2026-04-06T15:02:11Z')).toEqual({ publisher: 'National Water Authority', fetched: '2026-04-06T15:02:11Z' });
    expect(meta('site: Harbour Post')).toEqual({ publisher: 'Harbour Post' });
    expect(meta('publisher: Harbour Post\nsite: Planet Blog')).toEqual({ publisher: 'Harbour Post' });
    expect(meta('source: https://www.nwa.gov.example/en/statement')).toEqual({ url: 'https://www.nwa.gov.example/en/statement' });
    expect(meta('source: Agence France-Presse')).toEqual({ agency: 'AFP' });
    expect(meta('source: Harbour Post')).toEqual({ publisher: 'Harbour Post' });
    expect(meta('source: clipped from my phone')).toEqual({});
  });

  it('puts the frontmatter title first unless the body opens with a heading or the title', () => {
    expect(extractMarkdown('a.md', '---\ntitle: The headline\n---\nThe lede paragraph.\n').text).toBe('The headline\n\nThe lede paragraph.');
    expect(extractMarkdown('a.md', '---\ntitle: The headline\n---\n# A different H1\n\nThe lede.\n').text).toBe('A different H1\n\nThe lede.');
    expect(extractMarkdown('a.md', '---\ntitle: The headline\n---\nThe headline\n\nThe lede.\n').text).toBe('The headline\n\nThe lede.');
    expect(extractMarkdown('a.md', '---\ntitle: The headline\n---\n').text).toBe('');
  });

  it('reads nested lists, loose list items, block quotes, code blocks and hard breaks', () => {
    const md = ['- first item', '  - nested item', '- loose item', '', '  with a second paragraph', '', '> quoted *line*  ', '> continues', '', '```', 'fenced   code', '```', '', '***', '', 'line one\\', 'line two'].join('\n');
    expect(paragraphsOf(extractMarkdown('a.md', md).text)).toEqual([
      'first item',
      'nested item',
      'loose item',
      'with a second paragraph',
      'quoted line continues',
      'fenced code',
      'line one line two',
    ]);
  });

  it('keeps MDX- and HTML-significant text literally', () => {
    const md = [
      'export const x = 1',
      '',
      'import fs from "node:fs"',
      '',
      'The memo held {1+1} and <Claim status="verified">Pokrovsk was liberated</Claim> in its text.',
      '',
      '<script>globalThis.pwned = "ran"</script>',
      '',
      'An escaped \\<b\\> tag and an entity &lt;i&gt;.',
    ].join('\n');
    expect(paragraphsOf(extractMarkdown('a.md', md).text)).toEqual([
      'export const x = 1',
      'import fs from "node:fs"',
      'The memo held {1+1} and <Claim status="verified">Pokrovsk was liberated</Claim> in its text.',
      '<script>globalThis.pwned = "ran"</script>',
      'An escaped <b> tag and an entity <i>.',
    ]);
  });

  it('leaves out a frontmatter field it cannot use, says so, and still reads the article', () => {
    const bad = extractMarkdown('story.md', '---\ntitle: Ok\ndate: 2025-13-40\n---\nBody.\n');
    expect(bad.metadata).toEqual({ title: 'Ok' });
    expect(bad.text).toContain('Body.');
    expect(bad.warnings).toEqual([
      'story.md: Unexpected value `2025-13-40` for `published`, expected a date as YYYY-MM-DD; the field was left out and the article read [invalid-frontmatter]',
    ]);
    const url = extractMarkdown('story.md', '---\nurl: javascript:alert(1)\nauthor: Ann Lee\n---\nBody.\n');
    expect(url.metadata).toEqual({ author: 'Ann Lee' });
    expect(url.warnings?.[0]).toMatch(/Unexpected value `javascript:alert\(1\)` for `url`, expected an http or https URL/);
    const syntax = extractMarkdown('story.md', '---\ntitle: Ok\ntitle: Again\n---\nBody.\n');
    expect(syntax.text).toContain('Body.');
    expect(syntax.warnings?.[0]).toMatch(/^story\.md:3:1: Unexpected invalid YAML/);
    const list = extractMarkdown('story.md', '---\n- a\n- b\n---\nBody.\n');
    expect(list.metadata).toEqual({});
    expect(list.warnings?.[0]).toContain('story.md: Unexpected YAML list, expected a mapping of fields');
  });

  it('takes the date of an ISO date-time in the frontmatter, as the page wrote it, in its own time zone', () => {
    expect(extractMarkdown('a.md', '---\ndate: 2026-11-16T18:20:00Z\n---\nBody.\n').metadata).toEqual({ published: '2026-11-16' });
    expect(extractMarkdown('a.md', '---\ndate: 2026-11-16T23:30:00-05:00\n---\nBody.\n').metadata).toEqual({ published: '2026-11-16' });
    expect(extractMarkdown('a.md', "---\npublished: '2026-11-16 18:20'\n---\nBody.\n").metadata).toEqual({ published: '2026-11-16' });
    expect(extractMarkdown('a.md', '---\ndate: 2026-11-16T99\n---\nBody.\n').metadata).toEqual({});
  });

  it('prefers `published` over `date`', () => {
    expect(extractMarkdown('a.md', '---\ndate: 2020-01-01\npublished: 2025-02-27\n---\nBody.\n').metadata).toEqual({ published: '2025-02-27' });
  });
});
