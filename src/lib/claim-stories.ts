/**
 * The story of a claim across outlets: one entry per claim cluster (`k-…`,
 * the same claim in every article that reports it, see the pipeline's
 * evidence model), with every appearance in date order, who denies it, and
 * "as of" when the collection last had news on it. Pure: the pages render
 * what this returns.
 *
 * A cluster gets a page of its own (`/claim/k-…/`) when it has a story to
 * tell: it appears in more than one article, or something contradicts it.
 * A claim seen once, and never denied, is fully told by its anchor in its
 * article.
 */
import { KIND_INFO, type ClaimKind, type Status } from '../../scripts/status.ts';
import type { Article, ArticleClaim } from './articles.ts';

/** By default, an `unverified` or `disputed` claim with no article bearing on it for this many days (against the newest article of the collection) is stale (`staleAfterDays` in site.config.ts). */
export const STALE_AFTER_DAYS = 30;

/** How an appearance carries the claim, in a reader's words (`ui.appearanceRole`). */
export type AppearanceRole = 'asserts' | 'reports' | 'denies' | 'wire' | 'copy' | 'cites' | 'forecast';

export interface StoryAppearance {
  claim: ArticleClaim;
  article: Article;
  /** `YYYY-MM-DD` of the article, or null. */
  published: string | null;
  outlet: string | null;
  role: AppearanceRole;
  /** The wire agency, cited outlet or copied article, for `wire`, `cites`, `copy`. */
  via: string | null;
}

export interface ClaimStory {
  id: string;
  summary: string;
  kind: ClaimKind;
  status: Status;
  rationale: string;
  sources: { outlets: number; independent: number };
  /** Date order, undated last; then by outlet, then claim id. */
  appearances: StoryAppearance[];
  /** Clusters this claim contradicts or is contradicted by (ids), sorted. */
  contradicts: string[];
  /** The latest article date among its appearances and those of the claims that contradict it. */
  asOf: string | null;
  /** True when `asOf` is more than `staleAfterDays` before the newest article of the collection (only for unverified or disputed claims). */
  stale: boolean;
  /** The cluster's founding appearance: its words are the story's. */
  founder: ArticleClaim;
}

export function roleOf(claim: Pick<ArticleClaim, 'kind' | 'speaker' | 'appearance'>): { role: AppearanceRole; via: string | null } {
  const origin = claim.appearance.origin;
  if (claim.kind === 'denial') return { role: 'denies', via: null };
  if (origin.type === 'wire') return { role: 'wire', via: origin.source };
  if (origin.type === 'copy') return { role: 'copy', via: origin.source };
  if (origin.type === 'cites') return { role: 'cites', via: origin.source };
  if (!KIND_INFO[claim.kind].checkable) return { role: 'forecast', via: null };
  return { role: claim.speaker === null ? 'asserts' : 'reports', via: null };
}

const byDate = (a: StoryAppearance, b: StoryAppearance): number => {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  const oa = a.outlet ?? '';
  const ob = b.outlet ?? '';
  if (oa !== ob) return oa < ob ? -1 : 1;
  return a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
};

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * Every claim story of the collection, by cluster id. `contradictions` holds
 * each cluster's contradicting clusters (from the claims' `contradicts`
 * links, which only the articles' details carry).
 */
export function claimStories(
  articles: readonly Article[],
  contradictions: ReadonlyMap<string, ReadonlySet<string>>,
  staleAfterDays: number = STALE_AFTER_DAYS,
): Map<string, ClaimStory> {
  const groups = new Map<string, StoryAppearance[]>();
  let newest: string | null = null;
  for (const article of articles) {
    const published = article.data.published;
    if (published !== null && (newest === null || published > newest)) newest = published;
    for (const claim of article.data.claims) {
      const list = groups.get(claim.cluster) ?? [];
      list.push({ claim, article, published: claim.appearance.published ?? published, outlet: claim.appearance.outlet ?? article.data.publisher, ...roleOf(claim) });
      groups.set(claim.cluster, list);
    }
  }
  const latest = (id: string): string | null => {
    let date: string | null = null;
    for (const a of groups.get(id) ?? []) if (a.published !== null && (date === null || a.published > date)) date = a.published;
    return date;
  };
  const stories = new Map<string, ClaimStory>();
  for (const [id, appearances] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const contradicts = [...(contradictions.get(id) ?? [])].filter((other) => other !== id && groups.has(other)).sort();
    const articlesIn = new Set(appearances.map((a) => a.article.data.slug));
    if (articlesIn.size < 2 && contradicts.length === 0) continue;
    appearances.sort(byDate);
    const founder = appearances.find((a) => a.claim.id.slice(2) === id.slice(2))?.claim ?? appearances[0]!.claim;
    let asOf = latest(id);
    for (const other of contradicts) {
      const date = latest(other);
      if (date !== null && (asOf === null || date > asOf)) asOf = date;
    }
    const open = founder.status === 'unverified' || founder.status === 'disputed';
    stories.set(id, {
      id,
      summary: founder.summary,
      kind: founder.kind,
      status: founder.status,
      rationale: founder.rationale,
      sources: founder.sources,
      appearances,
      contradicts,
      asOf,
      stale: open && asOf !== null && newest !== null && daysBetween(asOf, newest) > staleAfterDays,
      founder,
    });
  }
  return stories;
}

/** Site path of a claim's story page. */
export function storyPath(id: string): string {
  return `claim/${id}/`;
}
