/**
 * The registry of story ids, `content/story-ids.json`: which claims each
 * story id (`/claim/k-…/`) was given to, and which retired ids now lead to
 * which story (scripts/pipeline/story-ids.ts has the rules). The build
 * writes it, every build, and reads it back on the next one, so a story
 * keeps its URL across rebuilds. It lives beside the content, not in the
 * cache, because the cache can be deleted: a desk commits it with its
 * content.
 *
 *   {
 *     "generator": "Factline …",
 *     "version": 1,
 *     "stories": {
 *       "k-3fa29b1c0d": ["c-3fa29b1c0d", "c-81d0e2a4f7"],
 *       …
 *     },
 *     "aliases": {
 *       "k-5e0a7c1b2d": "k-3fa29b1c0d"
 *     }
 *   }
 *
 * One story per line, sorted, no timestamp: the same build writes the same
 * bytes, and a change shows in a diff as the lines of the stories it moved.
 *
 * The file is input like any other: at most `MAX_STORY_IDS_BYTES`, JSON,
 * validated whole. When it cannot be used (too large, unreadable, not JSON,
 * not ours, invalid), the build warns with the file and the reason and goes
 * on with fresh ids, and leaves the file as it is: it replaces only a file
 * it read as its own (the `generator` field), or writes one where there is
 * none, so a file a person made, or a registry with a merge conflict in it,
 * is never overwritten.
 */
import { lstat, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CLAIM_ID_PATTERN } from '../pipeline/claim-id.ts';
import type { Problem } from '../pipeline/ingest.ts';
import { EMPTY_REGISTRY, STORY_ID_PATTERN, type StoryRegistry } from '../pipeline/story-ids.ts';
import { describeIssues } from '../schema-errors.ts';
import { writeAtomic } from './write-content.ts';

/** Where the file is, in the content folder. */
export const STORY_IDS_FILE = 'story-ids.json';

/** About 2 million claims: far more than any collection the build can take. */
export const MAX_STORY_IDS_BYTES = 48 * 1024 * 1024;

/** The first field of the file: what it is, and that it is the build's. */
export const STORY_IDS_GENERATOR =
  'Factline: the story id of every claim cluster, kept from build to build so that /claim/<id>/ stays put. Written by the build; commit it with your content; do not edit.';

const RULE = 'invalid-story-ids';

const storyId = z.string().regex(STORY_ID_PATTERN, { error: 'expected a story id `k-` and 10–64 hex digits' });
const claimId = z.string().regex(CLAIM_ID_PATTERN, { error: 'expected a claim id `c-` and 10–64 hex digits' });

const RegistrySchema = z
  .object({
    generator: z.literal(STORY_IDS_GENERATOR, { error: 'expected the generator notice Factline writes' }),
    version: z.literal(1, { error: 'expected version 1' }),
    stories: z.record(z.string(), z.array(claimId, { error: 'expected a list of claim ids' }).min(1, { error: 'expected at least one claim id' })),
    aliases: z.record(z.string(), storyId),
  })
  .strict();

export type RegistryRead =
  | { registry: StoryRegistry; problem: null; /** The file was the build's own, or there was none: it may be replaced. */ writable: true }
  | { registry: StoryRegistry; problem: Problem; writable: false };

const unusable = (file: string, reason: string): RegistryRead => ({
  registry: EMPTY_REGISTRY,
  problem: {
    file,
    rule: RULE,
    reason: `${file}: ${reason}; every story got a fresh id in this build and the file was left as it is (fix it, or delete it to start again) [${RULE}]`,
  },
  writable: false,
});

/** The registry in `text` (the file's contents), or why it cannot be used. */
export function parseStoryRegistry(file: string, text: string): RegistryRead {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return unusable(file, `Unexpected text that is not JSON (${(error as Error).message.split('\n')[0]}), expected the registry Factline writes`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input) || (input as { generator?: unknown }).generator !== STORY_IDS_GENERATOR) {
    return unusable(file, 'Unexpected file without the generator notice Factline writes, expected the registry of story ids the build writes (a file of your own must have another name)');
  }
  // Keys first, on the parsed JSON itself: a key such as `__proto__` must be refused, not lost on the way.
  for (const field of ['stories', 'aliases'] as const) {
    const value = (input as Record<string, unknown>)[field];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const bad = Object.keys(value).find((id) => !STORY_ID_PATTERN.test(id));
    if (bad !== undefined) return unusable(file, `Unexpected key \`${bad.slice(0, 60)}\` in \`${field}\`, expected a story id \`k-\` and 10–64 hex digits`);
  }
  const result = RegistrySchema.safeParse(input);
  if (!result.success) {
    const issues = describeIssues(file, result.error, input).map((line) => line.slice(file.length + 2));
    return unusable(file, issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : ''));
  }
  const { stories, aliases } = result.data;
  const storyOf = new Map<string, string>();
  for (const [story, claims] of Object.entries(stories)) {
    for (const claim of claims) {
      const other = storyOf.get(claim);
      if (other !== undefined) return unusable(file, `Unexpected claim \`${claim}\` in both \`${other}\` and \`${story}\`, expected each claim in one story`);
      storyOf.set(claim, story);
    }
  }
  for (const [alias, story] of Object.entries(aliases)) {
    if (Object.hasOwn(stories, alias)) return unusable(file, `Unexpected alias \`${alias}\` that is also a story, expected a retired id`);
    if (!Object.hasOwn(stories, story)) return unusable(file, `Unexpected alias \`${alias}\` of \`${story}\`, expected the id of a story in \`stories\``);
  }
  return {
    registry: { stories: new Map(Object.entries(stories)), aliases: new Map(Object.entries(aliases)) },
    problem: null,
    writable: true,
  };
}

/** The registry file, or an empty registry when there is none; never throws. */
export async function readStoryRegistry(file: string, options: { maxBytes?: number } = {}): Promise<RegistryRead> {
  const maxBytes = options.maxBytes ?? MAX_STORY_IDS_BYTES;
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { registry: EMPTY_REGISTRY, problem: null, writable: true };
    return unusable(file, `Unexpected ${(error as Error).message}, expected a readable file`);
  }
  if (!info.isFile()) return unusable(file, `Unexpected ${info.isDirectory() ? 'folder' : info.isSymbolicLink() ? 'symbolic link' : 'special file'}, expected a file`);
  if (info.size > maxBytes) return unusable(file, `Unexpected file of ${info.size} bytes, expected at most ${maxBytes} bytes`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return unusable(file, `Unexpected ${(error as Error).message}, expected a readable file`);
  }
  return parseStoryRegistry(file, text);
}

/** The file's text: one story or alias per line, in id order. */
export function serializeStoryRegistry(registry: StoryRegistry): string {
  const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const block = (lines: string[]) => (lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`);
  const stories = sorted(registry.stories).map(([id, claims]) => `    ${JSON.stringify(id)}: ${JSON.stringify([...claims].sort())}`);
  const aliases = sorted(registry.aliases).map(([id, story]) => `    ${JSON.stringify(id)}: ${JSON.stringify(story)}`);
  return `{\n  "generator": ${JSON.stringify(STORY_IDS_GENERATOR)},\n  "version": 1,\n  "stories": ${block(stories)},\n  "aliases": ${block(aliases)}\n}\n`;
}

/** Writes the registry (atomically) unless the file already says exactly that; says whether it wrote. */
export async function writeStoryRegistry(file: string, registry: StoryRegistry): Promise<boolean> {
  const text = serializeStoryRegistry(registry);
  let existing: string | undefined;
  try {
    existing = await readFile(file, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === text) return false;
  await writeAtomic(file, text);
  return true;
}
