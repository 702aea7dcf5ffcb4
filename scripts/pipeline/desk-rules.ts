/**
 * A desk's outlet rules (`OutletRule`, in `content/outlets.yaml`, read by
 * `scripts/io/read-outlet-rules.ts` and validated here): which outlet a seed
 * is, and what its rules say about a line. Matching is literal text only, case-insensitive on
 * the collapsed line: no pattern a desk writes can make a line slow to test.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describeIssues } from '../schema-errors.ts';
import { IngestError } from './errors.ts';
import type { LineMatcher, OutletRule, Seed } from './types.ts';

const folded = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
const bare = (name: string): string => folded(name).replace(/^the\s+/u, '');

/** Whether `matcher` matches the (collapsed) line. */
export function matchesLine(matcher: LineMatcher, line: string): boolean {
  const text = folded(line);
  if ('line' in matcher) return text === folded(matcher.line);
  if ('startsWith' in matcher) return text.startsWith(folded(matcher.startsWith));
  if ('endsWith' in matcher) return text.endsWith(folded(matcher.endsWith));
  return text.includes(folded(matcher.contains));
}

/** The outlet a name (a publisher) stands for, by its name or an alias ("The" aside). */
export function outletNamed(outlets: readonly OutletRule[], name: string | null | undefined): OutletRule | undefined {
  if (!name) return undefined;
  const key = bare(name);
  return outlets.find((outlet) => [outlet.name, ...outlet.aliases].some((n) => bare(n) === key));
}

/** The outlet a seed's own metadata names, or whose `recognise` text the seed holds, in file order. */
export function recogniseOutlet(outlets: readonly OutletRule[], seed: Seed): OutletRule | undefined {
  if (outlets.length === 0) return undefined;
  const named = outletNamed(outlets, seed.metadata?.publisher);
  if (named) return named;
  const text = folded(seed.text);
  return outlets.find((outlet) => outlet.recognise.some((needle) => needle.trim() !== '' && text.includes(folded(needle))));
}

/** What an outlet's rules say about a line: drop it, move it to the captions, keep it, or nothing. */
export function deskVerdict(outlet: OutletRule | undefined, line: string): 'drop' | 'caption' | 'keep' | null {
  if (!outlet) return null;
  if (outlet.keep.some((m) => matchesLine(m, line))) return 'keep';
  if (outlet.drop.some((m) => matchesLine(m, line))) return 'drop';
  if (outlet.caption.some((m) => matchesLine(m, line))) return 'caption';
  return null;
}

/** The rule id a desk removal is logged under. */
export const deskRuleId = (outlet: OutletRule): string => `desk-${outlet.id}`;

// ---------------------------------------------------------------------------
// The file: content/outlets.yaml

/** Limits of the file: a desk's rules are short lines, not documents. */
export const OUTLET_RULES_LIMITS = { bytes: 256 * 1024, outlets: 500, lines: 500, text: 500 } as const;

const text = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .transform((value) => value.replace(/\s+/gu, ' ').trim())
    .pipe(z.string().min(1, { error: `expected ${what}` }).max(OUTLET_RULES_LIMITS.text, { error: `expected ${what} of at most ${OUTLET_RULES_LIMITS.text} characters` }));

const MATCHER_KEYS = ['line', 'startsWith', 'endsWith', 'contains'] as const;
const matcher = z.union(
  MATCHER_KEYS.map((key) => z.strictObject({ [key]: text('the text to match') } as Record<typeof key, ReturnType<typeof text>>)),
  { error: `expected one of: ${MATCHER_KEYS.map((key) => `{ ${key}: text }`).join(', ')}` },
) as unknown as z.ZodType<LineMatcher>;
const matchers = z.array(matcher, { error: 'expected a list of line matchers' }).max(OUTLET_RULES_LIMITS.lines).default([]);
const texts = (what: string) => z.array(text(what), { error: `expected a list of ${what}` }).max(OUTLET_RULES_LIMITS.lines).default([]);

const outletSchema = z.strictObject(
  {
    name: text('the outlet\'s name'),
    aliases: texts('other names'),
    recognise: texts('texts that only this outlet\'s pages hold'),
    drop: matchers,
    caption: matchers,
    keep: matchers,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only: name, aliases, recognise, drop, caption, keep' : 'expected an outlet with a name') },
);

const OUTLET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Parses and validates a desk's outlet rules: a YAML map of outlet ids
 * (kebab-case) to `{ name, aliases, recognise, drop, caption, keep }`.
 * Throws an `IngestError` (`invalid-outlet-rules`) naming the file, the
 * field, the value and what is allowed.
 */
export function parseOutletRules(file: string, yamlText: string): OutletRule[] {
  const fail = (message: string): never => {
    throw new IngestError(file, 'invalid-outlet-rules', message);
  };
  if (Buffer.byteLength(yamlText) > OUTLET_RULES_LIMITS.bytes) fail(`Unexpected file of ${Buffer.byteLength(yamlText)} bytes, expected at most ${OUTLET_RULES_LIMITS.bytes}`);
  let data: unknown;
  try {
    data = parseYaml(yamlText, { uniqueKeys: true, maxAliasCount: 50 }) ?? {};
  } catch (error) {
    fail(`Unexpected YAML syntax (${(error as Error).message.split('\n')[0]}), expected a YAML map of outlet ids`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('Unexpected YAML value, expected a YAML map of outlet ids to outlets');
  const ids = Object.keys(data);
  if (ids.length > OUTLET_RULES_LIMITS.outlets) fail(`Unexpected ${ids.length} outlets, expected at most ${OUTLET_RULES_LIMITS.outlets}`);
  const badId = ids.find((id) => !OUTLET_ID.test(id));
  if (badId !== undefined) fail(`Unexpected outlet id \`${badId}\`, expected kebab-case such as daily-planet`);
  const result = z.record(z.string(), outletSchema).safeParse(data);
  if (!result.success) fail(describeIssues(file, result.error, data).map((line) => line.slice(file.length + 2)).join('; '));
  return Object.entries(result.data!).map(([id, outlet]) => ({ id, ...outlet }));
}
