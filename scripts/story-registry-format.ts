/**
 * The format of the registry of story ids, `content/story-ids.json` (the
 * pipeline's story-ids.ts has the rules, scripts/io/story-registry.ts reads
 * and writes the file): which claims each story id (`/claim/k-…/`) was given
 * to, and which retired ids now lead to which story. Shared by the ingest,
 * which reads and writes it, and the site, which makes a redirect page for
 * each alias, like status.ts. Imports nothing but zod.
 *
 *   {
 *     "generator": "Factline: …",
 *     "version": 1,
 *     "stories": {
 *       "k-3fa29b1c0d": ["c-3fa29b1c0d","c-81d0e2a4f7"],
 *       …
 *     },
 *     "aliases": {
 *       "k-5e0a7c1b2d": "k-3fa29b1c0d"
 *     }
 *   }
 *
 * One story per line, sorted, no timestamp: the same build writes the same
 * bytes, and a change shows in a diff as the lines of the stories it moved.
 * Parsing treats the file as hostile: JSON, validated whole (ids, claim in
 * one story only, aliases of retired ids to stories of the file).
 */
import { z } from 'zod';
import { describeIssues } from './schema-errors.ts';

/** Where the file is, in the content folder. */
export const STORY_IDS_FILE = 'story-ids.json';

/** Over a million claims (23–38 bytes each): far more than any collection the build can take. */
export const MAX_STORY_IDS_BYTES = 48 * 1024 * 1024;

/** The first field of the file: what it is, and that it is the build's. */
export const STORY_IDS_GENERATOR =
  'Factline: the story id of every claim cluster, kept from build to build so that /claim/<id>/ stays put. Written by the build; commit it with your content; do not edit.';

export const STORY_ID_PATTERN = /^k-[0-9a-f]{10,64}$/;
const CLAIM_ID = /^c-[0-9a-f]{10,64}$/;

export interface StoryRegistry {
  /** Story id → the claim ids of its appearances. */
  stories: ReadonlyMap<string, readonly string[]>;
  /** A retired story id → the story it is now part of. */
  aliases: ReadonlyMap<string, string>;
}

export const EMPTY_REGISTRY: StoryRegistry = { stories: new Map(), aliases: new Map() };

const storyId = z.string().regex(STORY_ID_PATTERN, { error: 'expected a story id `k-` and 10–64 hex digits' });
const claimId = z.string().regex(CLAIM_ID, { error: 'expected a claim id `c-` and 10–64 hex digits' });

const RegistrySchema = z
  .object({
    generator: z.literal(STORY_IDS_GENERATOR, { error: 'expected the generator notice Factline writes' }),
    version: z.literal(1, { error: 'expected version 1' }),
    stories: z.record(z.string(), z.array(claimId, { error: 'expected a list of claim ids' }).min(1, { error: 'expected at least one claim id' })),
    aliases: z.record(z.string(), storyId),
  })
  .strict();

/** The registry in `text` (the file's contents), or why it cannot be used ("Unexpected …, expected …", without the file name). */
export function parseStoryRegistry(text: string): { registry: StoryRegistry } | { reason: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { reason: `Unexpected text that is not JSON (${(error as Error).message.split('\n')[0]}), expected the registry Factline writes` };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input) || (input as { generator?: unknown }).generator !== STORY_IDS_GENERATOR) {
    return { reason: 'Unexpected file without the generator notice Factline writes, expected the registry of story ids the build writes (a file of your own must have another name)' };
  }
  // Keys first, on the parsed JSON itself: a key such as `__proto__` must be refused, not lost on the way.
  for (const field of ['stories', 'aliases'] as const) {
    const value = (input as Record<string, unknown>)[field];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const bad = Object.keys(value).find((id) => !STORY_ID_PATTERN.test(id));
    if (bad !== undefined) return { reason: `Unexpected key \`${bad.slice(0, 60)}\` in \`${field}\`, expected a story id \`k-\` and 10–64 hex digits` };
  }
  const result = RegistrySchema.safeParse(input);
  if (!result.success) {
    const issues = describeIssues('', result.error, input).map((line) => line.slice(2));
    return { reason: issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '') };
  }
  const { stories, aliases } = result.data;
  const storyOf = new Map<string, string>();
  for (const [story, claims] of Object.entries(stories)) {
    for (const claim of claims) {
      const other = storyOf.get(claim);
      if (other !== undefined) return { reason: `Unexpected claim \`${claim}\` in both \`${other}\` and \`${story}\`, expected each claim in one story` };
      storyOf.set(claim, story);
    }
  }
  for (const [alias, story] of Object.entries(aliases)) {
    if (Object.hasOwn(stories, alias)) return { reason: `Unexpected alias \`${alias}\` that is also a story, expected a retired id` };
    if (!Object.hasOwn(stories, story)) return { reason: `Unexpected alias \`${alias}\` of \`${story}\`, expected the id of a story in \`stories\`` };
  }
  return { registry: { stories: new Map(Object.entries(stories)), aliases: new Map(Object.entries(aliases)) } };
}

/** The file's text: one story or alias per line, in id order. */
export function serializeStoryRegistry(registry: StoryRegistry): string {
  const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const block = (lines: string[]) => (lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`);
  const stories = sorted(registry.stories).map(([id, claims]) => `    ${JSON.stringify(id)}: ${JSON.stringify([...claims].sort())}`);
  const aliases = sorted(registry.aliases).map(([id, story]) => `    ${JSON.stringify(id)}: ${JSON.stringify(story)}`);
  return `{\n  "generator": ${JSON.stringify(STORY_IDS_GENERATOR)},\n  "version": 1,\n  "stories": ${block(stories)},\n  "aliases": ${block(aliases)}\n}\n`;
}
