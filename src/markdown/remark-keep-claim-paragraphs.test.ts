import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkKeepClaimParagraphs from './remark-keep-claim-paragraphs.ts';

const mdx = [
  '<Claim id="c-0000000001" status="unverified">First claim.</Claim> <Claim id="c-0000000002" status="not-checkable">Second claim.</Claim>',
  '<Claim id="c-0000000003" status="unverified">A paragraph that is one claim.</Claim>',
  'Plain text and <Claim id="c-0000000004" status="unverified">a claim.</Claim>',
].join('\n\n');

async function paragraphs(plugins: [] | [typeof remarkKeepClaimParagraphs]): Promise<number> {
  const code = String(await compile(mdx, { remarkPlugins: plugins }));
  return code.match(/_components\.p\b/g)?.length ?? 0;
}

describe('remarkKeepClaimParagraphs', () => {
  it('is needed: MDX unravels paragraphs made only of claims', async () => {
    expect(await paragraphs([])).toBe(1);
  });

  it('keeps every paragraph a <p>', async () => {
    expect(await paragraphs([remarkKeepClaimParagraphs])).toBe(3);
  });

  it('keeps the white space between claims', async () => {
    const code = String(await compile(mdx, { remarkPlugins: [remarkKeepClaimParagraphs] }));
    expect(code).toMatch(/"First claim\."[\s\S]*" "[\s\S]*"Second claim\."/);
  });
});
