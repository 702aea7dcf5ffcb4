/**
 * Injection tests: seed text must never run code, inject markup or forge a
 * claim. Every case is checked three ways: the MDX reads back as exactly the
 * page (verifyMdx), it compiles with @mdx-js/mdx, and running the compiled
 * module yields only text and the generator's own <Claim> elements.
 */
import { compile, run } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import remarkFrontmatter from 'remark-frontmatter';
import { buildMdast, type ArticlePage } from './build-mdast.ts';
import { serializeMdx, UnsafeMdxError, verifyMdx } from './serialize-mdx.ts';
import { claimAt, pageOf } from './test-support/page.ts';

type Rendered = string | { tag: string; props: Record<string, unknown>; children: Rendered[] };

/** A stand-in JSX runtime that records what the MDX module renders. */
const Fragment = Symbol('Fragment');
function jsx(tag: unknown, props: Record<string, unknown>): Rendered {
  const { children, ...rest } = props;
  const list = (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Rendered[];
  const name = tag === Fragment ? '#fragment' : typeof tag === 'string' ? tag : (tag as { displayName?: string }).displayName ?? 'component';
  return { tag: name, props: rest, children: list.flat() };
}
const Claim = Object.assign(() => null, { displayName: 'Claim' });

async function render(mdx: string): Promise<Rendered> {
  const code = String(await compile(mdx, { outputFormat: 'function-body', remarkPlugins: [remarkFrontmatter] }));
  const module = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  return (module.default as (props: unknown) => Rendered)({ components: { Claim } });
}

/** Every element in the rendered output, and the text it shows. */
function walk(node: Rendered, tags: string[] = []): { tags: string[]; text: string } {
  if (typeof node === 'string') return { tags, text: node };
  tags.push(node.tag);
  const text = node.children.map((child) => walk(child, tags).text).join('');
  return { tags, text };
}

async function assertSafe(page: ArticlePage): Promise<void> {
  const mdx = serializeMdx(buildMdast(page));
  verifyMdx(mdx, page);
  const marker = globalThis as { pwned?: unknown };
  delete marker.pwned;
  const rendered = await render(mdx);
  expect(marker.pwned).toBeUndefined();
  const { tags, text } = walk(rendered);
  for (const tag of tags) expect(['#fragment', 'p', 'Claim']).toContain(tag);
  expect(tags.filter((tag) => tag === 'Claim')).toHaveLength(page.claims.length);
  expect(tags.filter((tag) => tag === 'p')).toHaveLength(page.article.paragraphs.length);
  expect(text.replace(/\n/g, '')).toBe(page.article.paragraphs.join(''));
}

const HOSTILE = [
  'export const pwned = (globalThis.pwned = "export ran")',
  'import fs from "node:fs"; globalThis.pwned = fs',
  'export default function Layout() { globalThis.pwned = 1 }',
  'import("node:child_process").then((cp) => cp.execSync("touch /tmp/pwned"))',
  'Totals were {globalThis.pwned = 1} and {process.exit(1)}',
  '{/* a comment */} {...props}',
  '<Claim id="c-0000000000" status="verified">Pokrovsk was liberated</Claim>',
  '<Claim status="false">forged verdict</Claim> and </Claim> unbalanced',
  '<script>globalThis.pwned = 1</script>',
  '<img src=x onerror="globalThis.pwned = 1">',
  '<style>body{display:none}</style><iframe src="javascript:alert(1)"></iframe>',
  '<!-- comment --> <!doctype html> <?php echo 1 ?>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;b&#x3E; &#0;',
  '# Not a heading > not a quote - not a list 1. not a list',
  '*not emphasis* **not strong** `not code` [not a link](javascript:alert(1)) ![x](y)',
  '---',
  '***',
  'Tabs\texport const tabbed = 1 \t\timport x from "y"',
  'https://example.com/<script> and www.example.com',
  '\\export const backslash = 1 \\{ \\< \\\\',
  '| a | b |',
  '<>fragment</> <a.b> <x:y> <Claim/> < Claim>',
];

describe('serializeMdx: hostile paragraphs stay literal text', () => {
  it.each(HOSTILE)('%s', async (hostile) => {
    await assertSafe(pageOf([hostile]));
  });

  it('keeps hostile text literal inside and around a claim', async () => {
    for (const hostile of HOSTILE) {
      const paragraph = `Putin claimed ${hostile} on Thursday.`;
      const start = 'Putin claimed '.length;
      await assertSafe(pageOf([paragraph], [claimAt([paragraph], 0, start, start + hostile.length, 'c-0123456789')]));
    }
  });

  it('starts a claim at the very start of a paragraph without turning it into ESM', async () => {
    const paragraph = 'export const pwned = (globalThis.pwned = 1)';
    await assertSafe(pageOf([paragraph], [claimAt([paragraph], 0, 0, 6, 'c-0123456789')]));
    await assertSafe(pageOf([paragraph], [claimAt([paragraph], 0, 7, paragraph.length, 'c-0123456789')]));
  });

  it('writes `import`/`export` at a line start as a character reference', () => {
    const mdx = serializeMdx(buildMdast(pageOf(['export const a = 1', 'import a from "b"'])));
    expect(mdx).toContain('&#x65;xport const a = 1');
    expect(mdx).toContain('&#x69;mport a from');
  });

  it('keeps hostile metadata inside the frontmatter', async () => {
    const page = pageOf(['Body.'], [], {
      title: '---\nimport x from "y"\n---\n<script>',
      author: '"quoted" \\ \u2028 --- # not a comment',
      publisher: 'export const x = 1',
      captions: ['---', '{1}'],
    });
    await assertSafe(page);
  });
});

describe('verifyMdx', () => {
  it('rejects MDX that carries an extra component', () => {
    const page = pageOf(['Plain text.']);
    const forged = serializeMdx(buildMdast(page)).replace('Plain text.', '<Claim id="c-0000000000" status="verified">Plain text.</Claim>');
    expect(() => verifyMdx(forged, page)).toThrow(UnsafeMdxError);
  });

  it('rejects MDX with ESM or an expression', () => {
    const page = pageOf(['Plain text.']);
    const mdx = serializeMdx(buildMdast(page));
    expect(() => verifyMdx(mdx.replace('Plain text.', 'export const a = 1'), page)).toThrow(UnsafeMdxError);
    expect(() => verifyMdx(mdx.replace('Plain text.', 'Plain {1} text.'), page)).toThrow(UnsafeMdxError);
  });

  it('rejects a forged status on a real claim', () => {
    const page = pageOf(['Putin claimed X.'], [claimAt(['Putin claimed X.'], 0, 0, 16, 'c-0123456789')]);
    const mdx = serializeMdx(buildMdast(page)).replace('status="unverified">', 'status="verified">');
    expect(() => verifyMdx(mdx, page)).toThrow(/expected claim c-0123456789/);
  });

  it('rejects text the parser would change, such as a NUL byte', () => {
    const page = pageOf(['a\u0000b']);
    expect(() => verifyMdx(serializeMdx(buildMdast(page)), page)).toThrow(UnsafeMdxError);
  });
});

describe('buildMdast', () => {
  it('refuses an anchor that drifted from its text', () => {
    const claim = { ...claimAt(['Putin claimed X.'], 0, 0, 16, 'c-0123456789'), text: 'Putin claimed Y.' };
    expect(() => buildMdast(pageOf(['Putin claimed X.'], [claim]))).toThrow(/anchor drifted/);
  });

  it('refuses a claim id or status the generator does not make', () => {
    const base = claimAt(['Putin claimed X.'], 0, 0, 16, 'c-0123456789');
    expect(() => buildMdast(pageOf(['Putin claimed X.'], [{ ...base, id: 'x" onmouseover="a' }]))).toThrow(/claim id/);
    expect(() => buildMdast(pageOf(['Putin claimed X.'], [{ ...base, status: 'pwned' as never }]))).toThrow(/status/);
  });
});

/** Text dense in characters that mean something to MDX, Markdown or HTML. */
const SIGNIFICANT = [...'{}<>/\\`*_#-+=!&;:"\'[]()|~^$%@. \t0123456789aeimoprstxACZ', '\u00a0', '\u2028', '\u200b', '\u202e', 'é', '😀', 'import ', 'export ', '<Claim', '</Claim>', '&#x65;', '&amp;', '{/*', '*/}', '<!--', '-->', '<script>', 'onerror='];
const significantText = fc
  .array(fc.constantFrom(...SIGNIFICANT), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join('').trim())
  .filter((text) => text.length > 0);

describe('property: any text full of MDX-significant characters round-trips as text', () => {
  it('holds for 1,000 random pages (fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(significantText, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 3 }),
        async (paragraphs, spans) => {
          const claims = [];
          const used = new Set<number>();
          for (const [index, [p, a, b]] of spans.entries()) {
            const paragraph = p % paragraphs.length;
            if (used.has(paragraph)) continue;
            const text = paragraphs[paragraph]!;
            const start = a % text.length;
            const end = start + 1 + (b % (text.length - start));
            used.add(paragraph);
            claims.push(claimAt(paragraphs, paragraph, start, end, `c-${String(index).padStart(10, '0')}`));
          }
          const page = pageOf(paragraphs, claims);
          const mdx = serializeMdx(buildMdast(page));
          verifyMdx(mdx, page);
          const { tags, text } = walk(await render(mdx));
          for (const tag of tags) expect(['#fragment', 'p', 'Claim']).toContain(tag);
          expect(tags.filter((tag) => tag === 'Claim')).toHaveLength(claims.length);
          expect(text.replace(/\n/g, '')).toBe(paragraphs.join(''));
        },
      ),
      { seed: 20251128, numRuns: 1000 },
    );
  }, 120_000);
});

describe('buildMdast contract', () => {
  it('refuses paragraphs that are not one trimmed line', () => {
    for (const bad of ['    export const indented = 1', 'a\n\nexport const b = 1', 'trailing ', '']) {
      expect(() => buildMdast(pageOf([bad]))).toThrow(/one trimmed line/);
    }
  });
});
