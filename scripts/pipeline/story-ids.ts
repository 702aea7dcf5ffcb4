/**
 * Stable story ids. A story (a cluster of appearances of one claim,
 * claim-clusters.ts) is published at `/claim/<story id>/`, so its id must not
 * move when the corpus changes. The clustering names each cluster after its
 * founding appearance (`k-` and the hex of the earliest claim's id), which
 * moves when an earlier article joins, when two clusters merge, or when the
 * founder's article goes. So the build keeps a registry of the ids it gave
 * (`content/story-ids.json`, scripts/io/story-registry.ts), and each build
 * names its clusters from it:
 *
 * 1. Each claim the registry knows votes for the story it was in (through
 *    an alias, for an id that was retired).
 * 2. Ids go out greedily, the most votes first: a cluster takes the id most
 *    of its known members had, and an id goes to one cluster only. Ties go
 *    to the older story: the one whose voting member appeared first (article
 *    date, slug, position), then the smaller id.
 *    - Merge: a cluster holding members of two stories keeps the id of the
 *      one with more of its members here (the older on a tie); the other id
 *      becomes an alias of it.
 *    - Split: the part holding most of the story's old members keeps its id;
 *      the other parts take another id they have votes for, or a fresh one.
 * 3. A cluster left without an id gets a fresh one: `k-` and its founder's
 *    hex, unless that id is given out or is an alias, then `k-` and 10 hex
 *    digits of a hash of the founder's id and a counter.
 * 4. An id that no cluster took, but some of whose members are still here,
 *    becomes an alias of the cluster holding most of them (the old page
 *    redirects there); an old alias follows its story. An id whose members
 *    are all gone is forgotten, and so are the aliases to it.
 *
 * With an empty registry every cluster gets its founder-based id, exactly
 * the clustering's. The same members and registry give the same ids and the
 * same new registry, and the registry a build writes gives that build's ids
 * back (a fixpoint). Pure.
 */
import { createHash } from 'node:crypto';
import { EMPTY_REGISTRY, type StoryRegistry } from '../story-registry-format.ts';

export { EMPTY_REGISTRY, STORY_ID_PATTERN, type StoryRegistry } from '../story-registry-format.ts';

export interface StoryMember {
  /** Claim id (`c-…`). */
  id: string;
  /** Its cluster in this build (any key: only the grouping counts). */
  group: string;
  /** Sort key of its article: date, then slug; ties go by input order (position). */
  order: string;
}

export interface StoryIds {
  /** The story id of each member, in input order. */
  ids: string[];
  /** The registry for the next build. */
  registry: StoryRegistry;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The founder-based id of a cluster whose earliest claim is `claimId`. */
export const founderStoryId = (claimId: string): string => `k-${claimId.slice(2)}`;

/** The n-th other id for a cluster whose founder-based id is taken. */
function alternativeId(claimId: string, n: number): string {
  return `k-${createHash('sha256').update(`${claimId}\u0000${n}`, 'utf8').digest('hex').slice(0, 10)}`;
}

interface Vote {
  group: number;
  story: string;
  count: number;
  /** Input index of its earliest voting member: the rank (order, then index) decides ties. */
  first: number;
}

export function assignStoryIds(members: readonly StoryMember[], registry: StoryRegistry = EMPTY_REGISTRY): StoryIds {
  const before = (i: number, j: number): number => compare(members[i]!.order, members[j]!.order) || i - j;
  // Groups, each with its members' input indices.
  const groupIndex = new Map<string, number>();
  const groups: number[][] = [];
  members.forEach((member, i) => {
    let g = groupIndex.get(member.group);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(member.group, g);
      groups.push([]);
    }
    groups[g]!.push(i);
  });
  const founders = groups.map((list) => list.reduce((best, i) => (before(i, best) < 0 ? i : best)));

  // 1. Votes: each known claim for its old story.
  const oldStoryOf = new Map<string, string>();
  for (const [story, claims] of registry.stories) for (const claim of claims) oldStoryOf.set(claim, story);
  const resolve = (story: string): string => registry.aliases.get(story) ?? story;
  const votes = new Map<string, Vote>();
  groups.forEach((list, g) => {
    for (const i of list) {
      const old = oldStoryOf.get(members[i]!.id);
      if (old === undefined) continue;
      const story = resolve(old);
      const key = `${g} ${story}`;
      const vote = votes.get(key);
      if (vote === undefined) votes.set(key, { group: g, story, count: 1, first: i });
      else {
        vote.count++;
        if (before(i, vote.first) < 0) vote.first = i;
      }
    }
  });
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count || before(a.first, b.first) || compare(a.story, b.story));

  // 2. Greedy: the most votes first; one id per cluster, one cluster per id.
  const idOf: (string | undefined)[] = new Array(groups.length);
  const holder = new Map<string, number>();
  for (const vote of ranked) {
    if (idOf[vote.group] !== undefined || holder.has(vote.story)) continue;
    idOf[vote.group] = vote.story;
    holder.set(vote.story, vote.group);
  }

  // 4, first half: the ids no cluster took whose members are still here will be aliases; reserve them.
  const aliasGroup = new Map<string, number>();
  for (const vote of ranked) if (!holder.has(vote.story) && !aliasGroup.has(vote.story)) aliasGroup.set(vote.story, vote.group);
  const reserved = new Set<string>([...holder.keys(), ...aliasGroup.keys()]);
  // Old aliases whose story lives on (as a story or an alias) stay, so their ids stay reserved too.
  for (const [alias, story] of registry.aliases) if (!holder.has(alias) && (holder.has(story) || aliasGroup.has(story))) reserved.add(alias);

  // 3. Fresh ids, in the clusters' founding order.
  const fresh = groups.map((_, g) => g).filter((g) => idOf[g] === undefined);
  fresh.sort((a, b) => before(founders[a]!, founders[b]!));
  for (const g of fresh) {
    const founder = members[founders[g]!]!.id;
    let id = founderStoryId(founder);
    for (let n = 1; reserved.has(id); n++) id = alternativeId(founder, n);
    idOf[g] = id;
    reserved.add(id);
  }

  // 4, second half: the aliases, each pointing at a story of this build.
  const aliases = new Map<string, string>();
  for (const [story, g] of aliasGroup) aliases.set(story, idOf[g]!);
  for (const [alias, story] of registry.aliases) {
    if (holder.has(alias) || aliases.has(alias)) continue;
    const target = holder.has(story) ? story : aliasGroup.has(story) ? idOf[aliasGroup.get(story)!]! : undefined;
    if (target !== undefined && target !== alias) aliases.set(alias, target);
  }

  const stories = new Map<string, string[]>();
  groups.forEach((list, g) => stories.set(idOf[g]!, list.map((i) => members[i]!.id).sort(compare)));
  return {
    ids: members.map((member) => idOf[groupIndex.get(member.group)!]!),
    registry: {
      stories: new Map([...stories].sort(([a], [b]) => compare(a, b))),
      aliases: new Map([...aliases].sort(([a], [b]) => compare(a, b))),
    },
  };
}

/** The articles with each claim's cluster named by `assignStoryIds`, and the registry for the next build. */
export function nameStories<A extends { slug: string; article: { published: string | null }; claims: readonly { id: string; cluster: string }[] }>(
  articles: readonly A[],
  registry: StoryRegistry = EMPTY_REGISTRY,
): { articles: A[]; registry: StoryRegistry } {
  // The clustering's founding order (weigh-evidence.ts): date (undated last), then slug, then position.
  const members = articles.flatMap((a) => a.claims.map((claim) => ({ id: claim.id, group: claim.cluster, order: `${a.article.published ?? '9999-99-99'} ${a.slug}` })));
  const { ids, registry: next } = assignStoryIds(members, registry);
  let i = 0;
  const named = articles.map((a) => ({ ...a, claims: a.claims.map((claim) => ({ ...claim, cluster: ids[i++]! })) }));
  return { articles: named, registry: next };
}
