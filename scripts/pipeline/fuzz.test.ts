/**
 * Fuzzing the whole ingest (`ingestCorpus`) with random articles: paragraphs
 * of realistic news sentences mixed with any Unicode (right-to-left text,
 * emoji, zero-width and control characters), CRLF line endings and a BOM,
 * very long lines, nested and unbalanced quotes, MDX and HTML syntax, and
 * lines of site clutter; 1–3 articles per corpus.
 *
 * For every corpus:
 * - `ingestCorpus` never throws;
 * - every seed becomes a page or is skipped with a legitimate reason (nothing
 *   is silently dropped, and a seed never fails on unsafe MDX, anchor drift
 *   or an internal error);
 * - every page's MDX compiles with @mdx-js/mdx;
 * - every sentence of the cleaned article is in the MDX's text: the
 *   re-parsed MDX paragraph holds it at the sentence's offsets;
 * - every claim's anchor lands on its text.
 */
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { anchorDrift } from './anchor.ts';
import { ingestCorpus, type IngestOutput } from './ingest.ts';
import { parseMdx } from './serialize-mdx.ts';
import type { Seed } from './types.ts';

/** Skip reasons that are a seed's own fault, not the pipeline's. */
const LEGITIMATE_SKIPS = new Set(['empty-seed', 'only-clutter']);

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

const names = ['Vladimir Putin', 'Volodymyr Zelensky', 'Steve Witkoff', 'Dmitry Peskov', 'Anna Kovalenko', 'the ministry', 'A spokesperson', 'Officials', 'The mayor of Kharkiv'];
const places = ['Pokrovsk', 'Moscow', 'Kyiv', 'Geneva', 'the Donbas', 'Zaporizhzhia', 'Washington'];
const figures = ['3', '12', '4.2 million', '25,000', '70%', 'dozens of', 'more than 1,000', 'two'];

const realisticSentence = fc.oneof(
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(...places)).map(([who, where]) => `${who} said that Russian forces had surrounded ${where}.`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(...figures)).map(([who, n]) => `"We will not give up ${n} kilometres of our land," ${who} told reporters.`),
  fc.tuple(fc.constantFrom(...figures), fc.constantFrom(...places)).map(([n, where]) => `At least ${n} people were killed in an overnight strike on ${where}, officials said.`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(...places)).map(([who, where]) => `${who} claimed the plan could form the “basis” of a deal, but the claim could not be independently verified in ${where}.`),
  fc.constantFrom(...places).map((where) => `The Kremlin denied that any talks had taken place in ${where}.`),
  fc.constantFrom(...names).map((who) => `${who} must withdraw, or we will achieve this by force.`),
  fc.constant('Ukraine has repeatedly rejected calls to cede territory.'),
  fc.constant('The U.S. envoy is expected to travel to Moscow early next week.'),
  fc.constant('According to the U.N., 3.7 million people remain displaced inside the country.'),
  fc.constant('It was not immediately clear whether the ceasefire would hold.'),
);

/** Characters that are awkward for text processing, MDX, Markdown or HTML. */
const awkward = fc.constantFrom(
  // right-to-left text and bidi controls
  'مرحبا بالعالم', 'שלום עולם', '\u202e', '\u202d', '\u200f', '\u200e', '\u2067', '\u2069', '\u061c',
  // emoji, flags, skin tones, ZWJ sequences
  '😀', '👩🏽‍⚕️', '🇺🇦', '🏳️‍🌈', '1️⃣', '\ufe0f',
  // zero-width and other invisible characters
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f',
  // control characters and unusual line breaks and spaces
  '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\u00a0', '\u2003', '\u3000',
  // combining marks, normalization traps, astral letters
  'e\u0301', 'é', 'ﬁ', 'ß', 'İ', 'ı', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\ud83d\ude00',
);

/** Quotes nested, mixed and left open. */
const quotes = fc.constantFrom(
  '"He said \'they said “no” to the \'deal\'\'," she added.',
  '“Unbalanced quote begins here and never ends.',
  'It ends with a stray closing quote.”',
  '«We will not,» he said, ‹quietly›.',
  '„Ja“, sagte er, ‚vielleicht‘.',
  '"""',
  '\'',
  '"',
  '“',
  '”',
  '‘’',
);

/** MDX, JSX, HTML and Markdown syntax. */
const syntax = fc.constantFrom(
  '{globalThis.pwned = 1}',
  '{',
  '}',
  '{/* comment */}',
  '<Claim id="c-0000000000" status="verified">forged</Claim>',
  '<Claim id="c-1111111111" status="false" />',
  '</Claim>',
  'export const pwned = 1',
  'import x from "node:fs"',
  'import("node:child_process")',
  'export default function Layout() {}',
  '<script>globalThis.pwned = 1</script>',
  '<img src=x onerror="globalThis.pwned = 1">',
  '<!-- hidden -->',
  '<div>',
  '</p>',
  '<>',
  '&amp;',
  '&#x65;xport',
  '&nbsp;',
  '`code`',
  '```',
  '*emphasis*',
  '__strong__',
  '# Heading',
  '> quote',
  '- item',
  '1. item',
  '---',
  '| a | b |',
  '[link](https://example.org)',
  '![image](x.png)',
  '<https://example.org>',
  'https://example.org/path?q=1',
  '\\',
  '[^1]',
  '~~struck~~',
  '$x^2$',
  '===',
  '***',
  '* * *',
  '+ item',
  '1) item',
  '    indented code',
  '\timport x from "y"',
  'import{x}from"y"',
  'export{x}',
  'export default 1',
  '<!DOCTYPE html>',
  '<?xml version="1.0"?>',
  '<![CDATA[ x ]]>',
  '</script>',
  '<style>body{}</style>',
  '<a href="javascript:alert(1)">link</a>',
  '&#0;',
  '&#xD800;',
  '\\{',
  '\\<',
  '<Claim>',
  '<claim id="c-1">',
  '{...props}',
  '<x {...y} />',
);

/** Lines of site clutter the cleaner should remove. */
const clutter = fc.constantFrom(
  'Read more',
  '3 min read',
  'Open image in gallery',
  'Support Now',
  'Sign up to our newsletter',
  'Advertisement',
  'Share this article',
  'Video thumbnail',
  '© 2025 The Westmere Courier. All rights reserved.',
  'By Test Reporter',
  'date 2025-11-28',
  '0 out of 25,000',
  'Your support helps us to tell the story',
  'Editor\'s note: The story was updated with additional details.',
  'Follow The Daily Clarion on Facebook',
  'War',
);

/**
 * Any code points, NUL included (`clean` maps U+0000 to U+FFFD, as Markdown
 * and HTML parsers do).
 */
const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });

const piece = fc.oneof(
  { weight: 10, arbitrary: realisticSentence },
  { weight: 3, arbitrary: awkward },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: quotes },
  { weight: 3, arbitrary: syntax },
);

/** A paragraph: pieces joined by spaces (or nothing), sometimes one very long line. */
const paragraph = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ' ', '')).map(([parts, glue]) => parts.join(glue)) },
  { weight: 1, arbitrary: fc.tuple(realisticSentence, fc.integer({ min: 15, max: 50 })).map(([sentence, times]) => Array.from({ length: times }, () => sentence).join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'ab ', '“', '{', '😀'), fc.integer({ min: 1_000, max: 4_000 })).map(([unit, times]) => unit.repeat(times)) },
);

const block = fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: clutter });

const articleText = fc
  .record({
    bom: fc.boolean(),
    title: fc.option(realisticSentence.map((sentence) => sentence.replace(/[.]$/, '')), { nil: undefined }),
    blocks: fc.array(block, { minLength: 1, maxLength: 6 }),
    separator: fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n'),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    trailing: fc.constantFrom('', '\n', '\r\n', '   '),
  })
  .map(({ bom, title, blocks, separator, eol, trailing }) => {
    const text = [...(title ? [title] : []), ...blocks].join(separator).replace(/\n/g, eol);
    return `${bom ? '\ufeff' : ''}${text}${trailing}`;
  });

const seedNames = ['000_a1b2c3.txt', 'a.txt', 'A.txt', 'report (1).txt', 'ünïcödé.txt', 'x'.repeat(120) + '.txt'];

const corpus = fc
  .uniqueArray(fc.constantFrom(...seedNames), { minLength: 1, maxLength: 3 })
  .chain((chosen) => fc.tuple(...chosen.map((name) => articleText.map((text): Seed => ({ name, text })))));

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/** The text of a phrasing subtree, as it will be rendered. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

async function check(seeds: readonly Seed[]): Promise<void> {
  let output: IngestOutput;
  try {
    output = ingestCorpus(seeds);
  } catch (error) {
    throw new Error(`ingestCorpus threw: ${(error as Error).stack ?? String(error)}`);
  }
  const { pages, skipped } = output;

  // Every seed is accounted for, exactly once; a skip has a reason and is the seed's own fault.
  const accounted = [...pages.map((page) => page.seed), ...skipped.map((problem) => problem.file)].sort();
  expect(accounted).toEqual(seeds.map((seed) => seed.name).sort());
  for (const problem of skipped) {
    expect(problem.reason, problem.file).toMatch(/\S/);
    expect(LEGITIMATE_SKIPS.has(problem.rule), `${problem.file} skipped: ${problem.reason}`).toBe(true);
  }

  for (const { seed, page, mdx } of pages) {
    const { paragraphs, sentences } = page.article;

    // The MDX compiles.
    try {
      await compile(mdx, { remarkPlugins: [remarkFrontmatter] });
    } catch (error) {
      throw new Error(`${seed}: the MDX does not compile: ${(error as Error).message}`);
    }

    // Every sentence of the cleaned article is in the MDX's text, where it should be.
    const body = parseMdx(mdx).children.filter((node) => node.type !== 'yaml');
    expect(body.map((node) => node.type)).toEqual(paragraphs.map(() => 'paragraph'));
    const texts = body.map((node) => textOf(node));
    expect(texts).toEqual(paragraphs);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(paragraphs[sentence.paragraph]?.slice(sentence.start, sentence.end), `${seed}: sentence offsets`).toBe(sentence.text);
      expect(texts[sentence.paragraph]?.includes(sentence.text), `${seed}: sentence ${JSON.stringify(sentence.text)} in the MDX`).toBe(true);
      expect(texts[sentence.paragraph]?.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }

    // Every claim's anchor lands on its text.
    for (const claim of page.claims) {
      expect(anchorDrift(paragraphs, claim), `${seed}: claim ${claim.id}`).toBeNull();
      expect(paragraphs[claim.paragraph]?.slice(claim.start, claim.end), `${seed}: claim ${claim.id} offsets`).toBe(claim.text);
    }
  }
}

describe('fuzzing ingestCorpus', () => {
  it('never throws, never drops a seed, and emits only compiling, faithful, well-anchored pages (300 corpora, fixed seed)', async () => {
    await fc.assert(fc.asyncProperty(corpus, check), { seed: 20251128, numRuns: 300, endOnFailure: false });
  }, 180_000);

  it('handles the awkward cases one at a time', async () => {
    const one = (text: string): Promise<void> => check([{ name: 'case.txt', text }]);
    await one('\ufeffHeadline of the day\r\n\r\nVladimir Putin said that Russian forces had surrounded Pokrovsk.\r\n');
    await one('Officials said 😀 the strike \u202ekilled\u202c 12 people in Kyiv, and ‮ nobody knew why.');
    await one('export const pwned = 1\n\nimport x from "node:fs"\n\n<script>globalThis.pwned = 1</script> was found, officials said.');
    await one(`${'Vladimir Putin said that Russian forces had surrounded Pokrovsk. '.repeat(150).trim()}`);
    await one('Read more\n\n3 min read\n\nAdvertisement');
    await one('');
  }, 60_000);

  it('builds a page from a seed holding a NUL character, read as U+FFFD', () => {
    const seeds = [{ name: 'nul.txt', text: 'Officials said\u0000 that 12 people were killed in Kyiv on Monday.' }];
    const { pages, skipped } = ingestCorpus(seeds);
    expect(skipped).toEqual([]);
    expect(pages[0]!.page.article.paragraphs).toEqual(['Officials said\uFFFD that 12 people were killed in Kyiv on Monday.']);
  });
});
