/**
 * Old story URLs keep working. When two stories merge, the build keeps one
 * id and retires the other as an alias of it (the registry of story ids,
 * `content/story-ids.json`; rules in scripts/pipeline/story-ids.ts); the site
 * gives each alias a redirect page at `/claim/<alias>/` to the story it is
 * now part of (Astro writes it: a meta refresh, a canonical link to the
 * story and a plain link, marked noindex; no seed text, only ids). The
 * redirects stay out of the sitemap and the search index.
 *
 * The file is read again here as untrusted input (it is in the content
 * folder, which anyone may edit): bounded, and parsed by the same
 * validation as the ingest's. A file the ingest could not use (it warned)
 * gives no redirects.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_STORY_IDS_BYTES, parseStoryRegistry, STORY_IDS_FILE } from '../../scripts/story-registry-format.ts';

export interface StoryRedirect {
  /** The retired id. */
  from: string;
  /** The story it now belongs to. */
  to: string;
}

/** The redirects, in id order: each alias whose story has a page, unless the alias has a page of its own. */
export function storyRedirects(aliases: ReadonlyMap<string, string>, pages: ReadonlySet<string>): StoryRedirect[] {
  return [...aliases]
    .filter(([from, to]) => pages.has(to) && !pages.has(from))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => ({ from, to }));
}

/** The folder the ingest writes to (`content/` unless FACTLINE_CONTENT_DIR says otherwise), as content.config.ts has it. */
export const contentDir = (): string => process.env.FACTLINE_CONTENT_DIR || './content';

/** The aliases of the registry in `dir`; none when there is no file, or one that cannot be used. */
export function readStoryAliases(dir: string = contentDir()): Map<string, string> {
  const file = join(dir, STORY_IDS_FILE);
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_STORY_IDS_BYTES) return new Map();
    const parsed = parseStoryRegistry(readFileSync(file, 'utf8'));
    return 'reason' in parsed ? new Map() : new Map(parsed.registry.aliases);
  } catch {
    return new Map();
  }
}

/**
 * The sitemap's filter: every page but the redirects (`/claim/<alias>/`, under
 * any base path). The registry is read on the first call, after the build.
 */
export function notARedirect(dir?: string): (url: string) => boolean {
  let aliases: Map<string, string> | undefined;
  return (url) => {
    const match = /\/claim\/(k-[0-9a-f]+)\/?$/.exec(new URL(url).pathname);
    if (match === null) return true;
    aliases ??= readStoryAliases(dir);
    return !aliases.has(match[1]!);
  };
}
