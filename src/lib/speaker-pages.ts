/**
 * The speaker pages and the speaker links on other pages, computed from the
 * collection with the pure helpers of `speakers.ts`.
 */
import { allClaims, countByStatus, href, type Article, type ClaimRef } from './articles.ts';
import { groupBySpeaker, groupInOrder, speakerKey, type SpeakerGroup } from './speakers.ts';

export type Speaker = SpeakerGroup<ClaimRef>;

export interface SpeakerDirectory {
  /** Every named speaker on the site, the most quoted first. */
  speakers: Speaker[];
  /** The speaker with this name (any spelling variant), if the name is a speaker's. */
  speakerOf(name: string | null): Speaker | undefined;
}

export function speakerPath(slug: string): string {
  return `speakers/${slug}/`;
}

/** Site URL of a speaker's page. */
export function speakerHref(speaker: Speaker): string {
  return href(speakerPath(speaker.slug));
}

const directories = new WeakMap<readonly Article[], SpeakerDirectory>();

/** The speakers of the articles; computed once per array of articles (the build's is the same array throughout). */
export function speakerDirectory(articles: readonly Article[]): SpeakerDirectory {
  let directory = directories.get(articles);
  if (!directory) {
    directory = computeSpeakerDirectory(articles);
    directories.set(articles, directory);
  }
  return directory;
}

function computeSpeakerDirectory(articles: readonly Article[]): SpeakerDirectory {
  const speakers = groupBySpeaker(allClaims(articles), ({ claim }) => claim.speaker);
  const byKey = new Map(speakers.map((speaker) => [speakerKey(speaker.name), speaker]));
  return {
    speakers,
    speakerOf: (name) => (name === null ? undefined : byKey.get(speakerKey(name))),
  };
}

/** A speaker's claims by article, articles in site order (newest first). */
export function claimsByArticle(speaker: Speaker): { article: Article; claims: ClaimRef['claim'][] }[] {
  return groupInOrder(speaker.items, ({ article }) => article).map(({ key, items }) => ({
    article: key,
    claims: items.map(({ claim }) => claim),
  }));
}

/** How many claims a speaker makes, in how many articles, and by status. */
export function speakerStats(speaker: Speaker): { claims: number; articles: number; byStatus: ReturnType<typeof countByStatus> } {
  return {
    claims: speaker.items.length,
    articles: new Set(speaker.items.map(({ article }) => article.data.slug)).size,
    byStatus: countByStatus(speaker.items.map(({ claim }) => claim)),
  };
}
