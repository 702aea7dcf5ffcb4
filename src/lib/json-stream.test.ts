import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, jsonStream, LazyArray } from './json-stream.ts';

async function text(value: unknown): Promise<string> {
  let out = '';
  for await (const piece of jsonPieces(value)) out += piece;
  return out;
}

async function* slowly<T>(items: readonly T[]) {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('jsonPieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, lazy arrays item by item', async () => {
    const items = [{ a: 1, b: [1, 2, { c: 'x' }], d: {} }, { e: [] }, 'text “quoted” <&>', null, 3];
    const nested = { '@context': 'x', total: 5, first: { id: 'p', items, empty: [] }, tail: { deep: { list: items } } };
    const lazy = { '@context': 'x', total: 5, first: { id: 'p', items: new LazyArray(slowly(items)), empty: new LazyArray([]) }, tail: { deep: { list: new LazyArray(items) } } };
    expect(await text(lazy)).toBe(JSON.stringify(nested, null, 2));
    expect(await text(new LazyArray([]))).toBe('[]');
    expect(await text({ only: new LazyArray([]) })).toBe(JSON.stringify({ only: [] }, null, 2));
    expect(await text({ skipped: undefined, kept: new LazyArray([1]) })).toBe(JSON.stringify({ kept: [1] }, null, 2));
  });

  it('agrees with JSON.stringify on any JSON value split into lazy arrays', async () => {
    const lazify = (value: unknown): unknown => {
      if (Array.isArray(value)) return new LazyArray(value.map(lazify));
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, lazify(item)]));
      return value;
    };
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await text(lazify(value))).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });
});

describe('jsonStream', () => {
  it('streams the JSON as UTF-8 with a final line break', async () => {
    const value = { claims: new LazyArray(slowly([{ text: 'Kyiv – “quoted”' }, { text: 'b' }])) };
    const body = await new Response(jsonStream(value, 8)).text();
    expect(body).toBe(`${JSON.stringify({ claims: [{ text: 'Kyiv – “quoted”' }, { text: 'b' }] }, null, 2)}\n`);
  });
});
