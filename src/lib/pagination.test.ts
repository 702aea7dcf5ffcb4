import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packGroups, pageCount, pageItems, pageParam, pagePath, pageSize, pageWindow } from './pagination.ts';

describe('pages', () => {
  it('takes a page size from the environment, or the default', () => {
    expect(pageSize(undefined, 100)).toBe(100);
    expect(pageSize('', 100)).toBe(100);
    expect(pageSize('7', 100)).toBe(7);
    expect(() => pageSize('0', 100)).toThrow('Unexpected page size `0`, expected a positive whole number');
    expect(() => pageSize('2.5', 100)).toThrow(/Unexpected page size/);
  });

  it('counts pages, slices them, and names them', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageItems([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pagePath('claims/', 1)).toBe('claims/');
    expect(pagePath('claims/', 3)).toBe('claims/3/');
    expect(pagePath('', 1, 'page/')).toBe('');
    expect(pagePath('', 2, 'page/')).toBe('page/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  it('links the first, the last and the pages around the current one, marking gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageWindow(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});

describe('packGroups', () => {
  it('keeps groups whole when they fit and splits only groups larger than a page', () => {
    const group = (key: string, n: number) => ({ key, items: Array.from({ length: n }, (_, i) => `${key}${i}`) });
    expect(packGroups([], 3)).toEqual([[]]);
    const pages = packGroups([group('a', 2), group('b', 2), group('c', 1), group('d', 7)], 3);
    expect(pages.map((page) => page.map(({ key, items }) => `${key}${items.length}`))).toEqual([['a2'], ['b2', 'c1'], ['d3'], ['d3'], ['d1']]);
  });

  it('keeps every item once, in order, no page over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12)), fc.integer({ min: 1, max: 6 }), (sizes, size) => {
        const groups = sizes.map((n, g) => ({ key: g, items: Array.from({ length: n }, (_, i) => `${g}.${i}`) }));
        const pages = packGroups(groups, size);
        expect(pages.flatMap((page) => page.flatMap(({ items }) => items))).toEqual(groups.flatMap(({ items }) => items));
        for (const page of pages) expect(page.reduce((sum, { items }) => sum + items.length, 0)).toBeLessThanOrEqual(size);
      }),
    );
  });
});
