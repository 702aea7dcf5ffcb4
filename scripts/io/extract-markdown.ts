/**
 * Turns a Markdown article into a seed: YAML frontmatter → metadata
 * (validated like a `.meta.yaml` sidecar; other tools' fields are ignored),
 * body → plain text with one paragraph per block (headings, paragraphs, list
 * items, block quotes), separated by a blank line, as `clean` expects.
 *
 * Inline markup is reduced to its text: a link to its text, emphasis to its
 * text, code to its content; images are dropped with their alt text. Raw HTML
 * stays as literal text: the seed is untrusted text and the pipeline escapes
 * it, so nothing here interprets it.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SeedMetadata } from '../pipeline/types.ts';
import { parseDocument } from 'yaml';
import { canonicalAgency } from '../pipeline/agency.ts';
import { IngestError } from '../pipeline/errors.ts';
import { isHttpUrl } from '../pipeline/field-checks.ts';
import { publisherName } from '../pipeline/publisher-names.ts';
import { collapseWhitespace, parseMetadataYaml, validateMetadata } from './read-sidecar.ts';

export interface ExtractedSeed {
  text: string;
  metadata: SeedMetadata;
  /** What of the page's own metadata could not be used (the article is still read). */
  warnings?: string[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

interface Block {
  text: string;
  heading: boolean;
}

/** The text of inline content. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => inlineText(child as Nodes)).join('') : 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}

/** One block per heading, paragraph, code block or raw HTML block, in reading order. */
function blocksOf(node: Nodes, out: Block[]): Block[] {
  const push = (text: string, heading = false) => {
    const collapsed = collapseWhitespace(text);
    if (collapsed) out.push({ text: collapsed, heading });
  };
  switch (node.type) {
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
      break;
    case 'heading':
      push(inlineText(node), true);
      break;
    case 'paragraph':
    case 'tableCell':
      push(inlineText(node));
      break;
    case 'code':
    case 'html':
      push(node.value);
      break;
    default:
      if ('children' in node) for (const child of node.children) blocksOf(child as Nodes, out);
      else if ('value' in node && typeof node.value === 'string') push(node.value);
  }
  return out;
}

const FRONTMATTER_OPTIONS = {
  ruleId: 'invalid-frontmatter',
  strict: false,
  aliases: {
    date: 'published',
    clipped: 'fetched',
    retrieved: 'fetched',
    accessed: 'fetched',
    saved: 'fetched',
    site_name: 'publisher',
    siteName: 'publisher',
    site: 'publisher',
    publication: 'publisher',
    outlet: 'publisher',
  },
} as const;

/**
 * A clipping tool's `source:` is the page's address (`url`) when it is one;
 * otherwise the name of where it came from: a wire agency (`agency`) or the
 * publisher. The page's own fields win.
 */
function sourceField(yamlText: string, metadata: SeedMetadata): SeedMetadata {
  let data: unknown;
  try {
    data = parseDocument(yamlText, { uniqueKeys: false }).toJS({ maxAliasCount: 50 });
  } catch {
    return metadata;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return metadata;
  const raw = (data as Record<string, unknown>).source;
  const source = typeof raw === 'string' ? collapseWhitespace(raw) : '';
  if (source === '' || source.length > 120 || CONTROL.test(source)) return metadata;
  if (isHttpUrl(source)) return metadata.url === undefined ? { ...metadata, url: source } : metadata;
  const agency = canonicalAgency(source);
  if (agency !== null) return metadata.agency === undefined ? { ...metadata, agency } : metadata;
  const publisher = publisherName(source, true);
  return metadata.publisher === undefined && publisher !== null && /^\p{Lu}/u.test(publisher) && !source.includes('/') ? { ...metadata, publisher } : metadata;
}
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/**
 * The metadata of a page's frontmatter. A scraped page's frontmatter was
 * written by a tool, not by the desk: a field with a value Factline cannot
 * use (`date: last Tuesday`, a list of authors) is left out with a warning,
 * and the rest of the page is still read, so no sentence is lost over it.
 * YAML that does not parse at all gives no metadata, with a warning.
 */
function frontmatterMetadata(name: string, yamlText: string, lineOffset: number, warnings: string[]): SeedMetadata {
  try {
    return parseMetadataYaml(name, yamlText, { ...FRONTMATTER_OPTIONS, lineOffset });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    warnings.push(`${error.message.replace(/ \[invalid-frontmatter\]$/u, '')}; the field was left out and the article read [invalid-frontmatter]`);
  }
  let data: unknown;
  try {
    data = parseDocument(yamlText, { uniqueKeys: false }).toJS({ maxAliasCount: 50 });
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const kept: SeedMetadata = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    try {
      Object.assign(kept, validateMetadata(name, { [key]: value }, FRONTMATTER_OPTIONS));
    } catch {
      // This field is the one (or one of those) the warning names.
    }
  }
  return kept;
}

/**
 * Extracts a Markdown article. Throws `IngestError(name, 'invalid-frontmatter', …)`
 * when the frontmatter is not valid YAML or a metadata field is invalid.
 */
export function extractMarkdown(name: string, markdown: string): ExtractedSeed {
  const tree: Root = parser.parse(markdown);
  const frontmatter = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const warnings: string[] = [];
  const metadata = frontmatter ? sourceField(frontmatter.value, frontmatterMetadata(name, frontmatter.value, frontmatter.position?.start.line ?? 1, warnings)) : {};
  const blocks = blocksOf(tree, []);
  const paragraphs = blocks.map((block) => block.text);
  // Scraped text starts with its headline; so does this one, unless the body already opens with a heading.
  const opening = blocks[0];
  if (metadata.title !== undefined && opening !== undefined && !opening.heading && opening.text.toLocaleLowerCase() !== metadata.title.toLocaleLowerCase()) {
    paragraphs.unshift(metadata.title);
  }
  return { text: paragraphs.join('\n\n'), metadata, ...(warnings.length > 0 ? { warnings } : {}) };
}
