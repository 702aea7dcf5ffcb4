/**
 * Reads a seed's `seeds/<name>.meta.yaml` sidecar into `SeedMetadata`, and
 * holds the field checks shared with the Markdown frontmatter and the HTML
 * extractor: a non-empty text, a real calendar date as `YYYY-MM-DD`, an
 * http(s) URL, a BCP 47 language tag.
 *
 * Errors are `IngestError`s in the "Unexpected X, expected Y" shape, naming
 * the file, the field, the value given and what is allowed.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError, type Position } from '../pipeline/errors.ts';
import { isCalendarDate, isHttpUrl, isoDatePart } from '../pipeline/field-checks.ts';
import { parseFetchTime } from '../pipeline/relative-dates.ts';
import type { SeedMetadata } from '../pipeline/types.ts';

/** The fields a sidecar may set, in the order error messages list them. */
export const METADATA_FIELDS = ['title', 'publisher', 'agency', 'author', 'published', 'url', 'language', 'fetched'] as const;
type Field = (typeof METADATA_FIELDS)[number];

// ---------------------------------------------------------------------------
// Field checks, shared with the HTML and Markdown extractors
// ---------------------------------------------------------------------------

/** Whitespace collapsed to single spaces, trimmed. */
export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const LANGUAGE_TAG = /^([a-z]{2,3})(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?((?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*)$/i;

/**
 * A BCP 47-ish language tag in its conventional case (`EN-gb` → `en-GB`,
 * `zh-hant-tw` → `zh-Hant-TW`; `en_GB` is read as `en-GB`), or undefined
 * when it is not one: language, optional script, optional region, variants.
 */
export function normalizeLanguage(value: string): string | undefined {
  const match = LANGUAGE_TAG.exec(value.trim().replace(/_/g, '-'));
  if (!match) return undefined;
  const [, language = '', script, region, variants] = match;
  return (
    language.toLowerCase() +
    (script ? `-${script[1]!.toUpperCase()}${script.slice(2).toLowerCase()}` : '') +
    (region ? region.toUpperCase() : '') +
    (variants ? variants.toLowerCase() : '')
  );
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/** C0 and C1 control characters other than whitespace, DEL, and the non-characters U+FFFE/U+FFFF: not text, and not allowed in XML. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/u;

const text = z
  .string()
  .refine((value) => !CONTROL_CHARACTERS.test(value))
  .transform(collapseWhitespace)
  .pipe(z.string().min(1));

/** YAML 1.1 documents (`%YAML 1.1`) read an unquoted date as a timestamp: accept it. */
const dateToString = (value: unknown): unknown =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
/** The same for a fetch time, kept to the minute (in UTC, as YAML read it). */
const dateTimeToString = (value: unknown): unknown =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/:\d{2}\.\d{3}Z$/u, 'Z').replace(/T00:00Z$/u, '') : value;

const FIELD_SCHEMAS = {
  title: text,
  publisher: text,
  agency: text,
  author: text,
  published: z.preprocess(dateToString, z.string().trim().refine(isCalendarDate)),
  url: z.string().trim().refine(isHttpUrl),
  language: z.string().refine((value) => normalizeLanguage(value) !== undefined).transform((value) => normalizeLanguage(value)!),
  fetched: z.preprocess(dateTimeToString, z.string().trim().refine((value) => parseFetchTime(value) !== null)),
} satisfies Record<Field, z.ZodType>;

const EXPECTED: Record<Field, string> = {
  title: 'non-empty text',
  publisher: 'non-empty text',
  agency: 'non-empty text',
  author: 'non-empty text',
  published: 'a date as YYYY-MM-DD',
  url: 'an http or https URL',
  language: 'a BCP 47 language tag such as `en` or `en-GB`',
  fetched: 'a date as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM (with an optional offset)',
};

const shape = {
  title: FIELD_SCHEMAS.title.optional(),
  publisher: FIELD_SCHEMAS.publisher.optional(),
  agency: FIELD_SCHEMAS.agency.optional(),
  author: FIELD_SCHEMAS.author.optional(),
  published: FIELD_SCHEMAS.published.optional(),
  url: FIELD_SCHEMAS.url.optional(),
  language: FIELD_SCHEMAS.language.optional(),
  fetched: FIELD_SCHEMAS.fetched.optional(),
};
/** A sidecar: only the metadata fields. */
const strictSchema = z.strictObject(shape);
/** Frontmatter: other tools' fields (tags, draft…) are left alone. */
const looseSchema = z.object(shape);

/** A value as the message shows it: text as written, anything else as YAML would read back. */
function shown(value: unknown): string {
  let out: string;
  if (typeof value === 'string') out = value;
  else if (value instanceof Date) out = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  else if (value === null) out = 'null';
  else if (Array.isArray(value)) out = `[${value.map(shown).join(', ')}]`;
  else if (typeof value === 'object') out = JSON.stringify(value);
  else out = String(value);
  out = out.replace(/\s+/g, ' ');
  return out.length > 80 ? `${out.slice(0, 79)}…` : out;
}

function describeValue(field: Field, value: unknown): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return `Unexpected empty value for \`${field}\`, expected ${EXPECTED[field]}`;
  }
  if (typeof value === 'string' && CONTROL_CHARACTERS.test(value)) {
    return `Unexpected control character in the value for \`${field}\`, expected ${EXPECTED[field]} without control characters`;
  }
  const hint = typeof value === 'number' || typeof value === 'boolean' ? ' (quote it in YAML)' : '';
  return `Unexpected value \`${shown(value)}\` for \`${field}\`, expected ${EXPECTED[field]}${hint}`;
}

const ISO_DATE_TIME = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/u;

export interface MetadataOptions {
  /** Error rule id, e.g. `invalid-sidecar` or `invalid-frontmatter`. */
  ruleId: string;
  /** Refuse fields other than the metadata fields (a sidecar); otherwise they are ignored (frontmatter). */
  strict: boolean;
  /** Other names a field may be given under, e.g. `{ date: 'published' }`; the field's own name wins. */
  aliases?: Readonly<Record<string, Field>>;
}

/**
 * Validates an already parsed YAML value as seed metadata. Throws an
 * `IngestError` listing every problem found.
 */
export function validateMetadata(fileName: string, data: unknown, options: MetadataOptions): SeedMetadata {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    const kind = Array.isArray(data) ? 'YAML list' : `YAML value \`${shown(data)}\``;
    throw new IngestError(fileName, options.ruleId, `Unexpected ${kind}, expected a mapping of fields (${METADATA_FIELDS.join(', ')})`);
  }
  const record: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [alias, field] of Object.entries(options.aliases ?? {})) {
    if (Object.hasOwn(record, alias)) {
      if (!Object.hasOwn(record, field)) record[field] = record[alias];
      delete record[alias];
    }
  }
  // A scraped page's tool writes an ISO date-time ("2026-11-16T18:20:00Z"): its date, as the page wrote it,
  // in the page's own time zone. A desk's sidecar (strict) must give the date alone.
  if (!options.strict && typeof record.published === 'string' && ISO_DATE_TIME.test(record.published)) record.published = record.published.trim().slice(0, 10);
  const result = (options.strict ? strictSchema : looseSchema).safeParse(record);
  if (result.success) {
    return Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined)) as SeedMetadata;
  }
  const messages = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) messages.add(`Unexpected field \`${key}\`, expected one of: ${METADATA_FIELDS.join(', ')}`);
      continue;
    }
    const field = issue.path[0];
    if (typeof field === 'string' && (METADATA_FIELDS as readonly string[]).includes(field)) {
      messages.add(describeValue(field as Field, record[field]));
    } else {
      messages.add(`Unexpected ${issue.message}, expected a mapping of fields (${METADATA_FIELDS.join(', ')})`);
    }
  }
  throw new IngestError(fileName, options.ruleId, [...messages].join('; '));
}

/**
 * Parses YAML text as seed metadata. `lineOffset` shifts reported positions,
 * for YAML that starts below line 1 of its file (frontmatter).
 */
export function parseMetadataYaml(fileName: string, yamlText: string, options: MetadataOptions & { lineOffset?: number }): SeedMetadata {
  const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const position: Position | undefined = at ? { line: at.line + (options.lineOffset ?? 0), column: at.col } : undefined;
    const what = collapseWhitespace(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new IngestError(fileName, options.ruleId, `Unexpected invalid YAML (${what}), expected a mapping of fields (${METADATA_FIELDS.join(', ')})`, position);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    throw new IngestError(fileName, options.ruleId, `Unexpected invalid YAML (${cause instanceof Error ? cause.message : String(cause)}), expected a mapping of fields (${METADATA_FIELDS.join(', ')})`);
  }
  return validateMetadata(fileName, data, options);
}

/**
 * Reads a `.meta.yaml` sidecar: a mapping of exactly the metadata fields.
 * Throws `IngestError(fileName, 'invalid-sidecar', …)`.
 */
export function readSidecar(fileName: string, yamlText: string): SeedMetadata {
  return parseMetadataYaml(fileName, yamlText, { ruleId: 'invalid-sidecar', strict: true });
}
