/**
 * Reads one generated article page (`content/articles/<slug>.mdx`) into
 * plain data: its frontmatter (YAML, not yet validated) and its body as a
 * small typed tree — paragraphs of text and claims — that one Astro component
 * renders (`src/components/ArticleBody.astro`), with Astro's escaping. No MDX
 * module is compiled and nothing in the file is ever run.
 *
 * The body is parsed with unified + remark-parse + remark-frontmatter +
 * remark-mdx, the parser family the ingest verifies every page with before it
 * writes it, so the site reads the same tree the ingest checked. The site only
 * reads the pipeline's output, never its code.
 *
 * The generator (scripts/pipeline/build-mdast.ts) emits YAML frontmatter, then
 * only paragraphs whose children are text and `<Claim id="…" status="…">`
 * elements holding text. Anything else — ESM `import`/`export`, `{expressions}`,
 * other elements or attributes, headings, lists, links, emphasis… — is refused
 * with an `ArticleBodyError` ("Unexpected X, expected Y") naming the file,
 * line and column; it is never rendered.
 *
 * Speed: the frontmatter is most of a page's bytes (the claims' data), and the
 * Markdown tokenizer reads a few MB/s; so the fence is located first, by
 * remark-frontmatter's rule, and the tokenizer is given the two fence lines
 * and the body (remark-frontmatter still recognises the fence; every position
 * reported is shifted back to the file's own line). The frontmatter is JSON
 * after a comment line (read with JSON.parse) or block YAML (read with
 * Astro's frontmatter parser, js-yaml, the one Astro's `glob()` loader read
 * these files with).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { STATUSES, type Status } from '../../scripts/status.ts';

/** Bump when the shape of `ArticleBlock` or the reading rules change: cached entries of another format are re-read. */
export const BODY_FORMAT = '1';

/** The element the generator wraps each claim in, and its only attributes. */
export const CLAIM_ELEMENT = 'Claim';
const CLAIM_ID = /^c-[0-9a-f]{10,64}$/;

export interface TextInline {
  type: 'text';
  value: string;
}

export interface ClaimInline {
  type: 'claim';
  id: string;
  status: Status;
  /** The claim's text, as written between the tags (character references decoded). */
  text: string;
}

export type ArticleInline = TextInline | ClaimInline;

export interface ParagraphBlock {
  type: 'paragraph';
  children: ArticleInline[];
}

/** One top-level block of the article text. Only paragraphs: the generator emits nothing else. */
export type ArticleBlock = ParagraphBlock;

export interface ArticleFile {
  /** The frontmatter as YAML data, not yet validated. */
  frontmatter: Record<string, unknown>;
  body: ArticleBlock[];
}

export interface Place {
  line: number;
  column: number;
}

export class ArticleBodyError extends Error {
  readonly file: string;
  readonly place: Place | undefined;
  constructor(file: string, place: Place | undefined, reason: string) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ''}: ${reason}`);
    this.name = 'ArticleBodyError';
    this.file = file;
    this.place = place;
  }
}

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** The opening fence with its line ending; a closing fence line (from a line's start). */
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /---[ \t]*(?:\r\n|\r|\n|$)/y;
const LINE_ENDING = /\r\n|\r|\n/g;

interface Fenced {
  /** The YAML between the fences, as written. */
  yaml: string;
  /**
   * The file with the YAML left out (`---` line, `---` line, body), for the
   * Markdown tokenizer: it reads a few MB/s, and the YAML is most of the file.
   */
  skeleton: string;
  /** Lines left out: add to a line of the skeleton's body to get the file's line. */
  lineOffset: number;
}

/** Locates the frontmatter by remark-frontmatter's rule: `---` on line 1, up to the next line that is `---` (trailing spaces allowed). */
function fenced(contents: string): Fenced | null {
  const opening = OPENING.exec(contents);
  if (!opening) return null;
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  let line = 2;
  let yamlEnd = yamlStart;
  for (;;) {
    CLOSING.lastIndex = lineStart;
    if (CLOSING.test(contents)) {
      return { yaml: contents.slice(yamlStart, yamlEnd), skeleton: contents.slice(0, yamlStart) + contents.slice(lineStart), lineOffset: line - 2 };
    }
    LINE_ENDING.lastIndex = lineStart;
    const ending = LINE_ENDING.exec(contents);
    if (!ending) return null;
    yamlEnd = ending.index;
    lineStart = ending.index + ending[0].length;
    line += 1;
  }
}

interface Reading {
  file: string;
  lineOffset: number;
}

/** Where a node of the skeleton is in the file. */
function placeOf(reading: Reading, node: { position?: { start: { line: number; column: number } } } | undefined): Place | undefined {
  const start = node?.position?.start;
  return start ? { line: start.line + reading.lineOffset, column: start.column } : undefined;
}

/** What a refused node is, for the message. */
function describe(node: Nodes): string {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = /^\s*(import|export)\b/.exec(node.value)?.[1];
      return keyword ? `ESM \`${keyword}\`` : 'ESM';
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'expression `{…}`';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name === null ? 'fragment `<>`' : `element \`<${node.name}>\``;
    case 'html':
      return 'raw HTML';
    default:
      return `\`${node.type}\``;
  }
}

function claimOf(reading: Reading, node: MdxJsxTextElement): ClaimInline {
  const { file } = reading;
  const place = placeOf(reading, node);
  const values = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      throw new ArticleBodyError(file, placeOf(reading, attribute) ?? place, `Unexpected attribute expression \`{…}\` on <${CLAIM_ELEMENT}>, expected only \`id\` and \`status\``);
    }
    if (attribute.name !== 'id' && attribute.name !== 'status') {
      throw new ArticleBodyError(file, placeOf(reading, attribute) ?? place, `Unexpected attribute \`${attribute.name}\` on <${CLAIM_ELEMENT}>, expected only \`id\` and \`status\``);
    }
    if (typeof attribute.value !== 'string') {
      const what = attribute.value === null || attribute.value === undefined ? 'no value' : 'an expression `{…}`';
      throw new ArticleBodyError(file, placeOf(reading, attribute) ?? place, `Unexpected ${what} for \`${attribute.name}\` on <${CLAIM_ELEMENT}>, expected a quoted string`);
    }
    if (values.has(attribute.name)) {
      throw new ArticleBodyError(file, placeOf(reading, attribute) ?? place, `Unexpected second \`${attribute.name}\` on <${CLAIM_ELEMENT}>, expected it once`);
    }
    values.set(attribute.name, attribute.value);
  }
  const id = values.get('id');
  const status = values.get('status');
  if (id === undefined || !CLAIM_ID.test(id)) {
    throw new ArticleBodyError(file, place, `Unexpected ${id === undefined ? 'missing `id`' : `id \`${id}\``} on <${CLAIM_ELEMENT}>, expected one matching ${CLAIM_ID}`);
  }
  if (status === undefined || !(STATUSES as readonly string[]).includes(status)) {
    throw new ArticleBodyError(
      file,
      place,
      `Unexpected ${status === undefined ? 'missing `status`' : `status \`${status}\``} on <${CLAIM_ELEMENT}>, expected one of: ${STATUSES.join(', ')}`,
    );
  }
  let text = '';
  for (const child of node.children) {
    if (child.type !== 'text') {
      throw new ArticleBodyError(file, placeOf(reading, child) ?? place, `Unexpected ${describe(child)} inside <${CLAIM_ELEMENT}>, expected plain text`);
    }
    text += child.value;
  }
  return { type: 'claim', id, status: status as Status, text };
}

function inlineOf(reading: Reading, node: PhrasingContent): ArticleInline {
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type === 'mdxJsxTextElement' && node.name === CLAIM_ELEMENT) return claimOf(reading, node);
  throw new ArticleBodyError(reading.file, placeOf(reading, node), `Unexpected ${describe(node)} in a paragraph, expected text or <${CLAIM_ELEMENT}> elements`);
}

function paragraphOf(reading: Reading, node: Paragraph): ParagraphBlock {
  return { type: 'paragraph', children: node.children.map((child) => inlineOf(reading, child)) };
}

/** The frontmatter after its leading comment lines, when it is a JSON object (as the ingest writes it); else null. */
function jsonBody(yaml: string): string | null {
  let start = 0;
  while (yaml.startsWith('#', start) || yaml.startsWith('\n', start) || yaml.startsWith('\r', start)) {
    const end = yaml.indexOf('\n', start);
    if (end === -1) return null;
    start = end + 1;
  }
  return yaml.startsWith('{', start) ? yaml.slice(start) : null;
}

/**
 * The frontmatter's data. The ingest writes it as JSON after a comment line
 * (JSON is YAML 1.2, and reads several times faster): read with JSON.parse,
 * which gives the same data as any YAML reader for a JSON text. Anything else
 * (older pages in block YAML) is read with Astro's own frontmatter reader
 * (js-yaml).
 */
function readYaml(file: string, yaml: string): unknown {
  if (yaml.trim() === '') return {};
  const json = jsonBody(yaml);
  if (json !== null) {
    try {
      return JSON.parse(json);
    } catch {
      // Not JSON after all: read it as YAML below, which reports where it fails.
    }
  }
  try {
    const parsed = parseFrontmatter(`---\n${yaml}\n---\n`);
    // The reader finds its own closing fence: make sure it read exactly the fenced lines.
    if (parsed.rawFrontmatter !== `\n${yaml}\n`) throw new Error('a line of the YAML starts with `---` or `+++`');
    return parsed.frontmatter;
  } catch (error) {
    // js-yaml counts lines from 0 at the empty line it is given first (the opening fence's line ending).
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 2, column: 1 };
    throw new ArticleBodyError(file, place, `Unexpected YAML (${(error as Error).message.split('\n')[0]}), expected the generator's frontmatter`);
  }
}

/** Parses a generated article page. Throws `ArticleBodyError` on anything the generator does not emit. */
export function parseArticleFile(contents: string, file: string): ArticleFile {
  const found = fenced(contents);
  if (!found) throw new ArticleBodyError(file, { line: 1, column: 1 }, 'Unexpected start of file, expected YAML frontmatter between `---` lines');
  const reading: Reading = { file, lineOffset: found.lineOffset };
  let tree: Root;
  try {
    tree = reader.parse(found.skeleton);
  } catch (error) {
    const message = error as Error & { reason?: string; line?: number; column?: number };
    const place = message.line ? { line: message.line + found.lineOffset, column: message.column ?? 1 } : undefined;
    // Positions inside the reason (`(6:6-6:48)`) are the skeleton's too.
    const reason = (message.reason ?? message.message).replace(
      /\((\d+):(\d+)-(\d+):(\d+)\)/g,
      (_, l1: string, c1: string, l2: string, c2: string) => `(${Number(l1) + found.lineOffset}:${c1}-${Number(l2) + found.lineOffset}:${c2})`,
    );
    throw new ArticleBodyError(file, place, /^Unexpected .*, expected /s.test(reason) ? reason : `Unexpected MDX syntax (${reason}), expected the generator's MDX`);
  }
  const [head, ...rest] = tree.children;
  if (head?.type !== 'yaml' || head.position?.end.line !== 2) {
    throw new ArticleBodyError(file, { line: 1, column: 1 }, 'Unexpected start of file, expected YAML frontmatter between `---` lines');
  }
  const frontmatter = readYaml(file, found.yaml);
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
    throw new ArticleBodyError(file, { line: 2, column: 1 }, 'Unexpected frontmatter that is not a mapping, expected `key: value` lines');
  }
  const body = rest.map((node) => {
    if (node.type !== 'paragraph') {
      throw new ArticleBodyError(file, placeOf(reading, node), `Unexpected ${describe(node)} at the top level, expected paragraphs of text and <${CLAIM_ELEMENT}> elements`);
    }
    return paragraphOf(reading, node);
  });
  return { frontmatter: frontmatter as Record<string, unknown>, body };
}

/** The plain text of a block: its text and its claims' text, as read. */
export function blockText(block: ArticleBlock): string {
  return block.children.map((inline) => (inline.type === 'text' ? inline.value : inline.text)).join('');
}

/** The first paragraph's text, or null when the body has none. */
export function firstParagraphText(body: readonly ArticleBlock[]): string | null {
  const first = body.find((block) => block.type === 'paragraph');
  return first ? blockText(first) : null;
}

/** The claims of the body, in reading order. */
export function bodyClaims(body: readonly ArticleBlock[]): ClaimInline[] {
  return body.flatMap((block) => block.children.filter((inline): inline is ClaimInline => inline.type === 'claim'));
}

/**
 * Checks that the body's claims are exactly the frontmatter's `claims`, each
 * once and with the same status (the ingest writes both from one list).
 */
export function checkBodyClaims(file: string, body: readonly ArticleBlock[], claims: readonly { id: string; status: string }[]): void {
  const expected = new Map(claims.map((claim) => [claim.id, claim.status]));
  const seen = new Set<string>();
  for (const claim of bodyClaims(body)) {
    const status = expected.get(claim.id);
    if (status === undefined || seen.has(claim.id)) {
      const why = status === undefined ? 'that is not in' : 'a second time, each claim once as in';
      throw new ArticleBodyError(file, undefined, `Unexpected <${CLAIM_ELEMENT} id="${claim.id}"> ${why} the frontmatter's \`claims\`, expected the same claims in the text and the frontmatter`);
    }
    if (status !== claim.status) {
      throw new ArticleBodyError(file, undefined, `Unexpected status \`${claim.status}\` on <${CLAIM_ELEMENT} id="${claim.id}">, expected \`${status}\` as in the frontmatter`);
    }
    seen.add(claim.id);
  }
  const missing = claims.find((claim) => !seen.has(claim.id));
  if (missing) {
    throw new ArticleBodyError(file, undefined, `Unexpected end of text without claim \`${missing.id}\`, expected every claim of the frontmatter in the text`);
  }
}
