/**
 * Stage: serialize the page's mdast tree to MDX, then prove the result safe.
 *
 * remark-mdx's serializer escapes `{` and `<`, but not a line that starts with
 * `import ` or `export `, which MDX reads back as JavaScript (ESM) and runs at
 * build time. Two extra "unsafe" patterns close that gap: the first letter of
 * such a line is written as a character reference (`&#x65;xport`), which MDX
 * reads as plain text.
 *
 * `verifyMdx` then parses the MDX back and checks that the only MDX nodes in
 * it are the generator's own `<Claim>` elements, that every paragraph reads
 * back as exactly the text that went in, and that the frontmatter reads back
 * as exactly the data that went in. A page that fails is not written.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isDeepStrictEqual } from 'node:util';
import { CLAIM_COMPONENT, frontmatterOf, parseFrontmatterData, type ArticlePage } from './build-mdast.ts';
import { UnsafeMdxError } from './errors.ts';

/** Lines MDX would read as ESM: `import ` / `export ` at the start of a line. */
export const ESM_UNSAFE: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
];

const writer = unified()
  .use(remarkStringify, { unsafe: ESM_UNSAFE, bullet: '-', emphasis: '_', fences: true, resourceLink: true })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx);

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

export function serializeMdx(tree: Root): string {
  return writer.stringify(tree);
}

export function parseMdx(mdx: string): Root {
  return reader.parse(mdx);
}

const MDX_TYPES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** The plain text of a phrasing subtree, as it will be rendered. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

function attributesOf(node: MdxJsxTextElement): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return { '{…}': true };
    result[attribute.name] = attribute.value;
  }
  return result;
}

export { UnsafeMdxError };

/**
 * Throws `UnsafeMdxError` unless `mdx` reads back as exactly `page`: its
 * frontmatter, its paragraphs' text, and its claims, with no other MDX.
 */
export function verifyMdx(mdx: string, page: ArticlePage): void {
  let tree: Root;
  try {
    tree = parseMdx(mdx);
  } catch (error) {
    throw new UnsafeMdxError(`Unexpected MDX syntax error (${(error as Error).message}), expected MDX that parses`);
  }
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') throw new UnsafeMdxError('Unexpected start of file, expected YAML frontmatter');
  let data: unknown;
  try {
    data = parseFrontmatterData(head.value);
  } catch (error) {
    throw new UnsafeMdxError(`Unexpected frontmatter (${(error as Error).message}), expected the notice line then JSON`);
  }
  if (!isDeepStrictEqual(data, frontmatterOf(page))) {
    throw new UnsafeMdxError('Unexpected frontmatter contents, expected the page data that was serialized');
  }
  if (body.length !== page.article.paragraphs.length) {
    throw new UnsafeMdxError(`Unexpected ${body.length} top-level nodes, expected ${page.article.paragraphs.length} paragraphs`);
  }
  const expectedClaims = [...page.claims].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  let claimIndex = 0;
  body.forEach((node, index) => {
    if (node.type !== 'paragraph') {
      throw new UnsafeMdxError(`Unexpected \`${node.type}\` at paragraph ${index + 1}, expected a paragraph`);
    }
    if (textOf(node) !== page.article.paragraphs[index]) {
      throw new UnsafeMdxError(`Unexpected text in paragraph ${index + 1}, expected the cleaned text unchanged`);
    }
    for (const child of node.children) {
      if (!MDX_TYPES.has(child.type)) {
        if ('children' in child && child.children.some((grandchild) => MDX_TYPES.has(grandchild.type))) {
          throw new UnsafeMdxError(`Unexpected MDX inside \`${child.type}\` in paragraph ${index + 1}, expected plain text`);
        }
        continue;
      }
      const expected = expectedClaims[claimIndex++];
      if (child.type !== 'mdxJsxTextElement' || child.name !== CLAIM_COMPONENT || !expected) {
        throw new UnsafeMdxError(`Unexpected \`${child.type}\` in paragraph ${index + 1}, expected only the generator's <${CLAIM_COMPONENT}> elements`);
      }
      const attributes = attributesOf(child);
      if (!isDeepStrictEqual(attributes, { id: expected.id, status: expected.status }) || textOf(child) !== expected.text) {
        throw new UnsafeMdxError(`Unexpected <${CLAIM_COMPONENT}> ${JSON.stringify(attributes)} in paragraph ${index + 1}, expected claim ${expected.id}`);
      }
      if (child.children.some((grandchild) => grandchild.type !== 'text')) {
        throw new UnsafeMdxError(`Unexpected markup inside claim ${expected.id}, expected plain text`);
      }
    }
  });
  if (claimIndex !== expectedClaims.length) {
    throw new UnsafeMdxError(`Unexpected ${claimIndex} claims in the MDX, expected ${expectedClaims.length}`);
  }
}
