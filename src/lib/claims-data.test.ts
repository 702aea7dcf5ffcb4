import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATUSES, type Status } from '../../scripts/status.ts';
import { DEFAULT_PART_LIMITS, dataRow, dataRowBytes, filterData, splitParts, withParts, type DataRow, type PartLimits } from './claims-data.ts';
import type { ClaimRow, NamedFilters } from './claims-page.ts';

/** Every item once, in order; no part empty, over `rows` items, or (unless it is one item) over `bytes`; each part as full as it can be. */
function expectSplit<T>(items: readonly T[], parts: readonly T[][], limits: PartLimits, bytesOf: (item: T) => number) {
  expect(parts.flat()).toEqual(items);
  const problems: string[] = [];
  for (const [n, part] of parts.entries()) {
    const bytes = part.reduce((sum, item) => sum + bytesOf(item), 0);
    if (part.length === 0) problems.push(`part ${n} is empty`);
    if (part.length > limits.rows) problems.push(`part ${n}: ${part.length} items`);
    if (part.length > 1 && bytes > limits.bytes) problems.push(`part ${n}: ${bytes} bytes`);
    // A part closes only when the next item would not fit.
    const next = parts[n + 1]?.[0];
    if (next !== undefined && part.length < limits.rows && bytes + bytesOf(next) <= limits.bytes) problems.push(`part ${n} closed early`);
  }
  expect(problems).toEqual([]);
}

describe('splitParts', () => {
  it('puts every item in exactly one part, in order, within both bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 2_000 }),
        (sizes, rows, bytes) => {
          // Items are their index, so equal sizes stay distinguishable.
          const items = sizes.map((_, index) => index);
          const limits = { rows, bytes };
          const parts = splitParts(items, limits, (item) => sizes[item]!);
          expectSplit(items, parts, limits, (item) => sizes[item]!);
          expect(splitParts(items, limits, (item) => sizes[item]!)).toEqual(parts);
        },
      ),
    );
  });

  it('closes parts at the row bound, and gives an item over the byte bound a part of its own', () => {
    expect(splitParts([1, 1, 1, 1, 1], { rows: 2, bytes: 100 }, (size) => size)).toEqual([[1, 1], [1, 1], [1]]);
    expect(splitParts([10, 500, 10, 10], { rows: 10, bytes: 100 }, (size) => size)).toEqual([[10], [500], [10, 10]]);
    expect(splitParts([], { rows: 10, bytes: 100 }, (size: number) => size)).toEqual([]);
  });

  it('refuses a row bound that is not a positive whole number', () => {
    expect(() => splitParts([1], { rows: 0, bytes: 100 }, (size) => size)).toThrow(/rows per part/);
  });
});

/** Any string, lone surrogates and control characters included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 80 });

describe('dataRowBytes', () => {
  it('is an upper bound of the row in a JSON array, with its comma', () => {
    fc.assert(
      fc.property(
        fc.tuple(anyText, anyText, anyText, fc.constantFrom(...STATUSES), anyText, fc.option(anyText), anyText, fc.option(anyText)),
        (row) => {
          const json = JSON.stringify(row as DataRow);
          expect(Buffer.byteLength(json, 'utf8') + 1).toBeLessThanOrEqual(dataRowBytes(row as DataRow));
        },
      ),
    );
    // The most structure for the least text: empty strings and both nulls.
    for (const row of [['', '', '', 'false', '', null, '', null], ['', '', '', 'false', '', '', '', '']] as DataRow[]) {
      expect(Buffer.byteLength(JSON.stringify(row)) + 1).toBeLessThanOrEqual(dataRowBytes(row));
    }
  });
});

const SPEAKERS = [
  { slug: 'ana-lima', name: 'Ana Lima' },
  { slug: 'bo-chen', name: 'Bo Chen' },
  null,
];
const PUBLISHERS = ['Harbour Courier', 'Northern Ledger', null];

function claimRow(index: number, status: Status, speaker: (typeof SPEAKERS)[number], publisher: string | null, summary = `Claim ${index}`): ClaimRow {
  const article = `/articles/a-${Math.floor(index / 3)}/`;
  return {
    id: `c-${index}`,
    summary,
    status,
    worthiness: 0.5,
    href: `${article}#c-${index}`,
    speaker: speaker ? { name: speaker.name, href: `/speakers/${speaker.slug}/` } : null,
    publisher,
    article: { title: `Article ${Math.floor(index / 3)}`, href: article },
    filter: { status, speaker: speaker?.slug ?? '-', publisher: publisher ?? '-' },
  };
}

/** The options in the order of first occurrence (the real order does not matter here). */
function namedFilters(rows: readonly ClaimRow[]): NamedFilters {
  const of = (facet: keyof ClaimRow['filter']) =>
    [...new Set(rows.map((row) => row.filter[facet]))].map((value, index) => ({
      value,
      label: value,
      count: rows.filter((row) => row.filter[facet] === value).length,
      shard: `${facet}-${index + 1}`,
    }));
  return { status: of('status'), speaker: of('speaker'), publisher: of('publisher') };
}

const corpus = fc
  .array(
    fc.record({
      status: fc.constantFrom(...STATUSES),
      speaker: fc.constantFrom(...SPEAKERS),
      publisher: fc.constantFrom(...PUBLISHERS),
      long: fc.boolean(),
    }),
    { minLength: 1, maxLength: 200 },
  )
  .map((picks) => picks.map((pick, index) => claimRow(index, pick.status, pick.speaker, pick.publisher, pick.long ? 'x'.repeat(300) : undefined)));

describe('filterData', () => {
  it('gives each option, in parts, exactly the rows with its value, in site order, and the page their part counts', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 30 }), (rows, perPart) => {
        const limits = { rows: perPart, bytes: 4_000 };
        const filters = namedFilters(rows);
        const data = filterData(rows, filters, limits);
        const withCounts = withParts(filters, data);
        for (const facet of ['status', 'speaker', 'publisher'] as const) {
          for (const option of withCounts[facet]) {
            const entry = data.find((candidate) => candidate.option === option.shard)!;
            const expected = rows.filter((row) => row.filter[facet] === option.value).map(dataRow);
            expectSplit(expected, entry.parts, limits, dataRowBytes);
            expect(option.parts).toBe(entry.parts.length);
            expect(entry.parts.flat().length).toBe(option.count);
            // The real bytes of a part of several rows stay under the bound.
            for (const part of entry.parts) if (part.length > 1) expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(limits.bytes);
          }
        }
        // One data entry per option of every facet, and nothing else.
        expect(data.map(({ option }) => option)).toEqual([...filters.status, ...filters.speaker, ...filters.publisher].map(({ shard }) => shard));
        expect(filterData(rows, filters, limits)).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('writes self-contained rows: the claim link is the article link and the id, the publisher value is its name', () => {
    const row = claimRow(4, 'disputed', SPEAKERS[1]!, null);
    const [article, id, summary, status, speaker, speakerName, title, publisherName] = dataRow(row);
    expect(`${article}#${id}`).toBe(row.href);
    expect([summary, status, speaker, speakerName, title, publisherName]).toEqual(['Claim 4', 'disputed', 'bo-chen', 'Bo Chen', 'Article 1', null]);
    expect(dataRow(claimRow(5, 'false', null, 'Northern Ledger')).slice(4)).toEqual(['-', null, 'Article 1', 'Northern Ledger']);
  });

  it('refuses options without data', () => {
    const rows = [claimRow(0, 'false', null, null)];
    const filters = namedFilters(rows);
    expect(() => withParts(filters, [])).toThrow(/status-1/);
  });
});

describe('DATA_PART_LIMITS', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('takes fewer rows per part from FACTLINE_CLAIMS_DATA_ROWS, never more than the default', async () => {
    vi.stubEnv('FACTLINE_CLAIMS_DATA_ROWS', '7');
    vi.resetModules();
    expect((await import('./claims-data.ts')).DATA_PART_LIMITS).toEqual({ ...DEFAULT_PART_LIMITS, rows: 7 });
    vi.stubEnv('FACTLINE_CLAIMS_DATA_ROWS', String(DEFAULT_PART_LIMITS.rows * 10));
    vi.resetModules();
    expect((await import('./claims-data.ts')).DATA_PART_LIMITS).toEqual(DEFAULT_PART_LIMITS);
    vi.stubEnv('FACTLINE_CLAIMS_DATA_ROWS', 'many');
    vi.resetModules();
    await expect(import('./claims-data.ts')).rejects.toThrow(/FACTLINE_CLAIMS_DATA_ROWS `many`/);
  });
});
