import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { CLUTTER_RULES } from './clutter-rules.ts';
import { IngestError } from './errors.ts';
import type { CleanArticle, Seed } from './types.ts';

const FIXTURES = new URL('./fixtures/articles/', import.meta.url);
const SEEDS = new URL('../../seeds/', import.meta.url);

const loadSeed = (name: string): Seed => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') });
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const tokens = (s: string): string[] => s.replace(/^\uFEFF/, '').split(/\s+/).filter(Boolean).sort();

/** Output shape promised by `CleanArticle`. */
function expectWellFormed(article: CleanArticle): void {
  expect(article.title).not.toBe('');
  expect(article.title).toBe(collapse(article.title));
  expect(article.paragraphs.length).toBeGreaterThan(0);
  for (const p of article.paragraphs) {
    expect(p).not.toBe('');
    expect(p).toBe(collapse(p));
  }
  for (const c of article.captions) expect(c).toBe(collapse(c));
  if (article.published !== null) expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const ids = new Set(CLUTTER_RULES.map((r) => r.id));
  for (const r of article.removed) {
    expect(ids, `unknown rule id ${r.rule}`).toContain(r.rule);
    expect(r.text).not.toBe('');
  }
}

/** Every word of the seed is either in a paragraph or in `removed`: nothing disappears silently. */
function expectNothingLost(text: string, article: CleanArticle): void {
  const out = [...article.paragraphs, ...article.removed.map((r) => r.text)].join(' ');
  expect(tokens(out)).toEqual(tokens(text));
}

const join = (article: CleanArticle): string => article.paragraphs.join('\n');

describe('clean: seed 000 (The Independent)', () => {
  const seed = loadSeed('000_f77de8f682c93f7c.txt');
  const article = clean(seed);
  const lines = seed.text.split('\n').map(collapse).filter(Boolean);

  it('keeps every body line unchanged, lede first', () => {
    expect(article.paragraphs[0]).toMatch(/^Vladimir Putin has said that Ukraine must give up territory/);
    const body = lines.slice(1).filter((l) => !l.startsWith('open image in gallery'));
    expect(article.paragraphs).toEqual(body);
  });

  it('moves gallery captions to captions, without the gallery prefix', () => {
    expect(join(article)).not.toMatch(/open image in gallery/i);
    expect(article.captions).toEqual([
      'Putin speaking to reporters in Kyrgyzstan on Thursday ( AP )',
      "US Secretary of State Marco Rubio (R) and Ukraine's Presidential Office Chief of staff Andriy Yermak ( AFP via Getty Images )",
      'The aftermath of a Russian drone attack in Odesa ( Reuters )',
    ]);
    expect(article.captions.join(' ')).not.toMatch(/open image/i);
  });

  it('removes the date marker and the donation appeal', () => {
    expect(article.removed[0]).toEqual({ rule: 'date-marker', text: 'date 2025-11-28' });
    expect(article.removed[1]?.rule).toBe('donation-appeal');
    expect(join(article)).not.toMatch(/Your support|Support Now|paywalls|Read more/);
  });

  it('reads metadata from the text and derives the title from the lede', () => {
    expect(article.publisher).toBe('The Independent');
    expect(article.published).toBe('2025-11-28');
    expect(article.author).toBeNull();
    expect(article.titleDerived).toBe(true);
    expect(article.title).toMatch(/^Vladimir Putin has said that Ukraine must give up territory .*…$/);
    expect(article.title.length).toBeLessThanOrEqual(101);
  });

  it('is well formed and loses nothing', () => {
    expectWellFormed(article);
    expectNothingLost(seed.text, article);
  });
});

describe('clean: seed 003 (Kyiv Independent)', () => {
  const seed = loadSeed('003_05d9444e538036f2.txt');
  const article = clean(seed);
  const text = join(article);

  it('finds the headline printed twice, once', () => {
    expect(article.title).toBe('Putin demands Ukrainian troops withdraw before ceasefire, as Witkoff set to visit Moscow');
    expect(article.titleDerived).toBe(false);
    expect(text).not.toContain('Putin demands Ukrainian troops');
    expect(article.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['headline', 'headline-duplicate']));
  });

  it('reads publisher and author from the author card and bio', () => {
    expect(article.publisher).toBe('Kyiv Independent');
    expect(article.author).toBe('Martin Fornusek');
    expect(article.published).toBeNull();
  });

  it('keeps the body from the lede to the last paragraph', () => {
    expect(article.paragraphs[0]).toMatch(/^Russian President Vladimir Putin on Nov\. 27 reiterated/);
    expect(article.paragraphs.at(-1)).toMatch(/^Tensions between European NATO members and Moscow/);
    const lines = seed.text.split('\n').map(collapse).filter(Boolean);
    const from = lines.findIndex((l) => l.startsWith('Russian President Vladimir Putin'));
    const to = lines.findIndex((l) => l.startsWith('Tensions between'));
    expect(article.paragraphs).toEqual(lines.slice(from, to + 1).filter((l) => l !== 'Video thumbnail'));
  });

  it('removes membership counter, appeal, labels, read time, teaser, author card and bio', () => {
    for (const clutter of [
      '0 out of 25,000',
      'Quality journalism takes work',
      'Help us reach 25,000 members',
      '3 min read',
      'Video thumbnail',
      'Outrage, disgust, but little surprise',
      'Avatar',
      'Reporter',
      'is a reporter for the Kyiv Independent',
      'Read more',
      'News Feed',
      'Show More',
    ]) {
      expect(text).not.toContain(clutter);
    }
    expect(article.paragraphs).not.toContain('War');
  });

  it('moves the credited photo caption to captions', () => {
    expect(article.captions).toHaveLength(1);
    expect(article.captions[0]).toMatch(/^Vladimir Putin, Russia's president, arrives .*\(Al Drago\/Bloomberg via Getty Images\)$/);
  });

  it("drops the editor's note but records it (it describes the article, not the events)", () => {
    expect(text).not.toContain("Editor's note");
    expect(article.removed).toContainEqual({
      rule: 'editor-note',
      text: "Editor's note: The story was updated with additional details.",
    });
  });

  it('is well formed and loses nothing', () => {
    expectWellFormed(article);
    expectNothingLost(seed.text, article);
  });
});

interface Expected {
  title: string;
  titleDerived?: boolean;
  publisher: string | null;
  /** Checked when given. */
  agency?: string | null;
  author: string | null;
  published: string | null;
  paragraphs: string[];
  captions?: string[];
  clutter: string[];
}

const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('clean: invented articles in other outlet layouts', () => {
  it('has at least four fixtures, each with expectations', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(fixtureNames)('%s', (file) => {
    const text = readFileSync(new URL(file, FIXTURES), 'utf8');
    const expected = JSON.parse(
      readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), FIXTURES), 'utf8'),
    ) as Expected;
    const article = clean({ name: file, text });
    const body = join(article);

    it('expectations are taken from the fixture itself', () => {
      const flat = collapse(text);
      for (const p of expected.paragraphs) expect(flat).toContain(p);
      for (const c of expected.clutter) expect(text).toContain(c);
    });

    it('keeps every expected paragraph unchanged and in order', () => {
      const at = expected.paragraphs.map((p) => article.paragraphs.indexOf(p));
      expected.paragraphs.forEach((p, i) => expect(at[i], `missing paragraph: ${p}`).toBeGreaterThanOrEqual(0));
      expect(at).toEqual([...at].sort((a, b) => a - b));
    });

    it('leaves no clutter in the paragraphs', () => {
      for (const c of expected.clutter) expect(body, `clutter left: ${c}`).not.toContain(c);
    });

    it('reads the metadata', () => {
      expect({
        title: article.title,
        titleDerived: article.titleDerived,
        publisher: article.publisher,
        author: article.author,
        published: article.published,
      }).toEqual({
        title: expected.title,
        titleDerived: expected.titleDerived ?? false,
        publisher: expected.publisher,
        author: expected.author,
        published: expected.published,
      });
    });

    it.runIf(expected.agency !== undefined)('reads the agency', () => {
      expect(article.agency).toBe(expected.agency);
    });

    it.runIf(expected.captions !== undefined)('separates the captions', () => {
      expect(article.captions).toEqual(expected.captions);
    });

    it('is well formed and loses nothing', () => {
      expectWellFormed(article);
      expectNothingLost(text, article);
    });
  });
});

describe('clean: input handling', () => {
  const all = [
    loadSeed('000_f77de8f682c93f7c.txt'),
    loadSeed('003_05d9444e538036f2.txt'),
    ...fixtureNames.map((name) => ({ name, text: readFileSync(new URL(name, FIXTURES), 'utf8') })),
  ];

  it.each(all.map((s) => [s.name, s] as const))('%s: CRLF and a BOM change nothing', (_name, seed) => {
    const crlf = { name: seed.name, text: `\uFEFF${seed.text.replace(/\r?\n/g, '\r\n')}` };
    expect(clean(crlf)).toEqual(clean(seed));
  });

  it('is deterministic and does not touch its input', () => {
    const seed = all[1]!;
    const copy = structuredClone(seed);
    expect(JSON.stringify(clean(seed))).toBe(JSON.stringify(clean(seed)));
    expect(seed).toEqual(copy);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const article = clean({
      name: 'wrapped.txt',
      text:
        'Officials in the valley town said on Monday that the old river bridge\n' +
        'would stay closed for repairs until the end of the summer, after cracks\n' +
        'were found in two of its supporting piers during a routine inspection.\n\n' +
        'Buses will use a temporary route through the industrial estate instead.\n',
    });
    expect(article.paragraphs).toEqual([
      'Officials in the valley town said on Monday that the old river bridge would stay closed for repairs until the end of the summer, after cracks were found in two of its supporting piers during a routine inspection.',
      'Buses will use a temporary route through the industrial estate instead.',
    ]);
  });
});

describe('clean: hard wrap before a capital', () => {
  it('joins a line cut mid-sentence before a capitalised word, in a hard-wrapped document', () => {
    const article = clean({
      name: 'wrapped-capital.txt',
      text:
        'The water reached the first houses of the village at about ten past\n' +
        'four on Thursday morning, and for the next nine hours people sat on\n' +
        'their roofs waiting for the boats that came from the town upstream.\n\n' +
        'The regional water authority says every village below the Sarvek\n' +
        'Dam was evacuated before the wall of the reservoir gave way that night.\n\n' +
        'Rescue crews from the capital arrived on Friday afternoon, and by the\n' +
        'evening they had taken more than two hundred people to the school,\n' +
        'where volunteers from the church handed out blankets and hot soup.\n',
    });
    expect(article.paragraphs[1]).toBe(
      'The regional water authority says every village below the Sarvek Dam was evacuated before the wall of the reservoir gave way that night.',
    );
  });
});

describe('clean: conservative with real sentences', () => {
  const body = (...paragraphs: string[]) =>
    clean({ name: 'body.txt', text: paragraphs.join('\n\n') }).paragraphs;

  it('keeps quoted or attributed appeals, and reporting about paywalls and members', () => {
    const paragraphs = [
      'The food bank opened a second warehouse in the town on Friday after demand rose sharply over the winter.',
      '"Your donations keep us going, and we need your support to help us reach every family," the director said.',
      "The newspaper's members voted to keep the paywall after subscriptions rose by 12% last year.",
      'Volunteers will collect donations at three supermarkets in the town until the end of the month.',
    ];
    expect(body(...paragraphs)).toEqual(paragraphs);
  });

  it('keeps bios, bylines and dates that are part of the story', () => {
    const paragraphs = [
      'A journalist was detained at the border crossing on Tuesday while travelling to a conference, officials said.',
      'Jane Okonjo is a correspondent for the Lagos Ledger and has covered the region for a decade.',
      'By Tuesday evening, her colleagues had launched a petition demanding her release.',
      'The conference is due to open on March 3, 2025, in the capital.',
    ];
    const article = clean({ name: 'story.txt', text: paragraphs.join('\n\n') });
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.published).toBeNull();
    expect(article.author).toBeNull();
    expect(article.publisher).toBeNull();
  });

  it('trims an appeal glued to the end of a paragraph, and records it', () => {
    const article = clean({
      name: 'glued.txt',
      text:
        'The bridge is expected to reopen to traffic on Friday morning, the council said.\n\n' +
        'Engineers will inspect the piers again next spring. Support our journalism: become a member today.',
    });
    expect(article.paragraphs).toEqual([
      'The bridge is expected to reopen to traffic on Friday morning, the council said.',
      'Engineers will inspect the piers again next spring.',
    ]);
    expect(article.removed).toEqual([
      { rule: 'donation-appeal-sentence', text: 'Support our journalism: become a member today.' },
    ]);
  });

  it('does not drop a news line that shares a block with an appeal', () => {
    const article = clean({
      name: 'block.txt',
      text:
        'The ferry will resume sailings on Thursday once the harbour wall has been repaired, the operator said.\n\n' +
        'Engineers will inspect the piers again next spring.\n' +
        'Your support keeps our reporting free. Become a member today. Every donation helps us.\n',
    });
    expect(article.paragraphs).toContain('Engineers will inspect the piers again next spring.');
    expect(article.removed.map((r) => r.rule)).toEqual(['donation-appeal']);
  });

  it('recognises an appeal in new wording by its vocabulary', () => {
    const article = clean({
      name: 'appeal.txt',
      text:
        'Heavy rain closed the coastal road between the two villages for most of Sunday, police said.\n\n' +
        'Independent reporting like this costs money. Readers like you fund our newsroom, and every contribution, however small, keeps our journalism free for everyone. Please chip in today.\n',
    });
    expect(article.paragraphs).toHaveLength(1);
    expect(article.removed.map((r) => r.rule)).toEqual(['donation-appeal']);
  });
});

describe('clean: errors', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n  \n'],
    ['BOM only', '\uFEFF\r\n'],
  ])('%s input throws empty-seed', (_label, text) => {
    const run = () => clean({ name: 'x.txt', text });
    expect(run).toThrow(IngestError);
    expect(run).toThrow('x.txt: Unexpected empty file, expected the text of an article [empty-seed]');
  });

  it('a file of clutter only throws only-clutter', () => {
    const text = [
      '12 out of 5,000',
      'Keeping our newsroom independent takes your support. Become a member today and help us keep our journalism free for every reader.',
      '4 min read',
      'Advertisement',
      'Share',
      'Show More',
    ].join('\n\n');
    let error: unknown;
    try {
      clean({ name: 'clutter.txt', text });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    const ingest = error as IngestError;
    expect(ingest.ruleId).toBe('only-clutter');
    expect(ingest.file).toBe('clutter.txt');
    expect(ingest.message).toMatch(/^clutter\.txt: Unexpected .+, expected .+ \[only-clutter\]$/);
  });
});

describe('ad-marker', () => {
  const body = 'The council voted on Monday to close the river crossing for repairs, the mayor said.';
  it.each(['Advertisement', '-- advertisement --', '[Ad]', '*** ADVERTISEMENT ***'])('drops the slot label %j, framed or not', (label) => {
    const article = clean({ name: 'a.txt', text: [body, label, body.replace('Monday', 'Tuesday')].join('\n\n') });
    expect(article.removed).toContainEqual({ rule: 'ad-marker', text: label });
  });
  it('keeps a sentence that only mentions an advertisement, and a bare frame', () => {
    const article = clean({ name: 'a.txt', text: [body, 'The advertisement ran for a week.', '-- --'].join('\n\n') });
    expect(article.paragraphs).toContain('The advertisement ran for a week.');
    expect(article.removed.some((r) => r.rule === 'ad-marker')).toBe(false);
  });
});

describe('clutter rule table', () => {
  it('has kebab-case ids, unique per kind, each documented', () => {
    const keys = CLUTTER_RULES.map((r) => `${r.kind}:${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of CLUTTER_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  it('names the rules the brief asks for', () => {
    const ids = CLUTTER_RULES.map((r) => r.id);
    for (const id of [
      'donation-appeal',
      'membership-counter',
      'image-gallery-caption',
      'read-time',
      'ui-label',
      'section-label',
      'related-teaser',
      'author-bio',
      'date-marker',
      'editor-note',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('clean: properties', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'Read more',
      'Share',
      '3 min read',
      'Advertisement',
      'open image in gallery A crowd gathers ( AP )',
      'By Jane Doe',
      'Published 12 March 2025',
      'Your support makes our journalism possible. Donate today.',
      'Politics',
      '',
    ),
    fc.string({ maxLength: 80 }),
    fc
      .array(fc.constantFrom('the', 'council', 'said', 'Mayor', 'Smith', 'on', 'Monday', 'river', 'flood', 'warned'), {
        minLength: 4,
        maxLength: 20,
      })
      .map((w) => `${w.join(' ')}.`),
  );

  it('returns a well-formed article or throws an IngestError, and never loses text', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        let article: CleanArticle;
        try {
          article = clean({ name: 'prop.txt', text });
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          return;
        }
        expectWellFormed(article);
        expectNothingLost(text, article);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
