/**
 * Reads and writes the registry of story ids, `content/story-ids.json`
 * (its format: scripts/story-registry-format.ts; its rules:
 * scripts/pipeline/story-ids.ts). The build writes it, every build, and
 * reads it back on the next one, so a story keeps its URL across rebuilds.
 * It lives beside the content, not in the cache, because the cache can be
 * deleted: a desk commits it with its content.
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
import type { Problem } from '../pipeline/ingest.ts';
import { EMPTY_REGISTRY, MAX_STORY_IDS_BYTES, parseStoryRegistry, serializeStoryRegistry, type StoryRegistry } from '../story-registry-format.ts';
import { writeAtomic } from './write-content.ts';

export { MAX_STORY_IDS_BYTES, serializeStoryRegistry, STORY_IDS_FILE, STORY_IDS_GENERATOR } from '../story-registry-format.ts';

const RULE = 'invalid-story-ids';

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

/** The registry in `text`, the contents of `file`, or why it cannot be used. */
export function parseStoryRegistryFile(file: string, text: string): RegistryRead {
  const parsed = parseStoryRegistry(text);
  return 'reason' in parsed ? unusable(file, parsed.reason) : { registry: parsed.registry, problem: null, writable: true };
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
  return parseStoryRegistryFile(file, text);
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
