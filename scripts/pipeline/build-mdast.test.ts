import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { frontmatterOf, frontmatterYaml, parseFrontmatterData, yamlSafeJson } from './build-mdast.ts';
import { claimAt, pageOf } from './test-support/page.ts';

const samplePage = () => {
  const paragraphs = ['Putin claimed \u2028 the army had surrounded Pokrovsk.', '---', 'export const x = 1 \u0085 {x}'];
  return pageOf(paragraphs, [claimAt(paragraphs, 0, 0, paragraphs[0]!.length, 'c-0123456789')], { title: '--- "quoted" \u007f title' });
};

describe('frontmatter as JSON', () => {
  it('reads back as the same data through YAML (the site) and JSON (verifyMdx), for any string', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), { maxKeys: 4 }), (strings, record) => {
        const value = { strings, record, n: 3, flag: true, none: null };
        const json = yamlSafeJson(value);
        expect(JSON.parse(json)).toEqual(value);
        expect(parseYaml(json)).toEqual(value);
        expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/u);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('parses as YAML with the notice comment in front, and never opens a line with ---', () => {
    const page = samplePage();
    const yaml = frontmatterYaml(page);
    expect(parseYaml(yaml)).toEqual(frontmatterOf(page));
    expect(parseFrontmatterData(yaml)).toEqual(frontmatterOf(page));
    expect(yaml.split('\n').some((line) => line.startsWith('---'))).toBe(false);
  });
});
