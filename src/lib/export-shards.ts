/**
 * Where the exports split: `claims.json` is an index of shard files, each
 * holding whole articles and their claims (`/claims/shard-<n>.json`), and of
 * cluster files (`/claims/clusters-<n>.json`); `annotations.jsonld` is an
 * AnnotationCollection of AnnotationPages, one per claim shard that has
 * claims. No file may pass 20 MB, even at 100,000 articles (Cloudflare Pages
 * refuses files over 25 MiB).
 *
 * Each shard is bounded twice: by a number of claims (or clusters), which
 * keeps shards of ordinary articles at a few MB (about 1.3 kB per claim in
 * claims.json, 1.4 kB per annotation, measured on the bench corpus), and by an
 * upper estimate of its bytes, which holds even for hostile seeds (a claim
 * may be a whole 400,000-character article). The estimate of an entry is a
 * fixed allowance for its structure (keys, ids, enums, indentation, at most
 * 16 related links) plus 6 bytes for every character of its free text (a
 * character is at most 3 bytes of UTF-8, or 6 as a JSON `\u` escape).
 *
 * Boundaries depend only on the entries, in site order, so they are the same
 * on every build of the same content. Pure, unit tested.
 */

/** At most this many claims, or this many estimated bytes, in one claim shard (and so in one AnnotationPage). */
export const CLAIM_SHARD_LIMITS: ShardLimits = { items: 2_000, bytes: 16_000_000 };
/** At most this many clusters, or this many estimated bytes, in one cluster shard. */
export const CLUSTER_SHARD_LIMITS: ShardLimits = { items: 5_000, bytes: 16_000_000 };

/** Bytes allowed for the structure of one claim in either export (at most 3.4 kB measured, with 16 related links and 64-digit ids: claims-export.test.ts). */
export const CLAIM_BASE_BYTES = 4_096;
/** Bytes allowed for the structure of one article entry. */
export const ARTICLE_BASE_BYTES = 1_024;
/** Bytes allowed for the structure of one cluster entry, besides its ids. */
export const CLUSTER_BASE_BYTES = 1_024;
/** Bytes allowed for one id in a list (quotes, comma, line break, indentation). */
export const LISTED_ID_BYTES = 16;
/** Bytes allowed per character of free text. */
export const BYTES_PER_CHAR = 6;

export interface ShardLimits {
  /** Claims (or clusters) per shard. */
  items: number;
  /** Estimated bytes per shard. */
  bytes: number;
}

const chars = (...texts: (string | null | undefined)[]) => texts.reduce((sum, text) => sum + (text?.length ?? 0), 0);

/** Upper estimate of an article entry's bytes in a shard. */
export function articleBytes(article: { slug: string; seed: string; title: string; publisher: string | null; agency: string | null; author: string | null; url: string }): number {
  return ARTICLE_BASE_BYTES + BYTES_PER_CHAR * chars(article.slug, article.seed, article.title, article.publisher, article.agency, article.author, article.url);
}

/**
 * Upper estimate of a claim's bytes in a claim shard or an AnnotationPage,
 * from its free text; `context` is every other text both entries repeat
 * (article slug and source URL, the site's URL and base path).
 */
export function claimBytes(claim: {
  textLength: number;
  summary: string;
  rationale: string;
  speaker: string | null;
  speakerAs: string | null;
  appearance: { outlet: string | null; origin: { source: string | null }; dependence: string | null };
}, context: number): number {
  const free = claim.textLength + chars(claim.summary, claim.rationale, claim.speaker, claim.speakerAs, claim.appearance.outlet, claim.appearance.origin.source, claim.appearance.dependence);
  return CLAIM_BASE_BYTES + BYTES_PER_CHAR * (free + 2 * context);
}

/** Upper estimate of a cluster entry's bytes. */
export function clusterBytes(cluster: { summary: string; rationale: string; appearances: readonly string[]; contradicts: Iterable<string>; aliases?: readonly string[] }): number {
  let ids = 0;
  for (const id of [...cluster.appearances, ...cluster.contradicts, ...(cluster.aliases ?? [])]) ids += id.length + LISTED_ID_BYTES;
  return CLUSTER_BASE_BYTES + BYTES_PER_CHAR * chars(cluster.summary, cluster.rationale) + ids;
}

/** One article as the packer sees it: its entry's estimated bytes, and each claim's, in reading order. */
export interface ShardArticle {
  bytes: number;
  claims: readonly number[];
}

/** Claims `from` (inclusive) to `to` (exclusive) of article `article` (an index into the list packed). */
export interface ShardSlice {
  article: number;
  from: number;
  to: number;
}

export interface ClaimShard {
  /** The articles (or parts of one) it holds, in order. */
  slices: ShardSlice[];
  /** The articles whose entry it holds: those whose first claim it holds (or, without claims, the article). */
  articles: number;
  claims: number;
  /** Its estimated bytes. */
  bytes: number;
}

/**
 * Claim shards for articles in site order. A shard holds whole articles and
 * is closed before an article that would take it past a limit; an article
 * too large for a shard of its own is split, claim by claim, over shards that
 * hold only it. So every shard keeps to both limits, except a shard of a
 * single claim larger than the byte limit (the estimate of a claim is at most
 * about 2.4 MB at the 400,000-character cap on an article's text). Every
 * article's entry is in exactly one shard, with its first claim; no shard is
 * empty unless there are no articles at all (then there is one, empty).
 */
export function packClaimShards(articles: readonly ShardArticle[], limits: ShardLimits = CLAIM_SHARD_LIMITS): ClaimShard[] {
  const shards: ClaimShard[] = [];
  let current: ClaimShard = { slices: [], articles: 0, claims: 0, bytes: 0 };
  const close = () => {
    if (current.slices.length) shards.push(current);
    current = { slices: [], articles: 0, claims: 0, bytes: 0 };
  };
  const fits = (claims: number, bytes: number) => current.claims + claims <= limits.items && current.bytes + bytes <= limits.bytes;
  articles.forEach((article, index) => {
    const bytes = article.bytes + article.claims.reduce((sum, claim) => sum + claim, 0);
    if (!fits(article.claims.length, bytes)) close();
    if (fits(article.claims.length, bytes)) {
      current.slices.push({ article: index, from: 0, to: article.claims.length });
      Object.assign(current, { articles: current.articles + 1, claims: current.claims + article.claims.length, bytes: current.bytes + bytes });
      return;
    }
    // Too large for a shard of its own: split it, claim by claim, the entry going with the first claim.
    let slice: ShardSlice = { article: index, from: 0, to: 0 };
    current.articles = 1;
    current.bytes = article.bytes;
    article.claims.forEach((claim, at) => {
      if (slice.to > slice.from && !fits(1, claim)) {
        current.slices.push(slice);
        close();
        slice = { article: index, from: at, to: at };
      }
      slice.to = at + 1;
      current.claims += 1;
      current.bytes += claim;
    });
    current.slices.push(slice);
    close();
  });
  close();
  return shards.length ? shards : [current];
}

/** Consecutive ranges `[from, to)` of items with these estimated bytes, each within the limits (an item larger than the byte limit alone). */
export function packRanges(bytes: readonly number[], limits: ShardLimits = CLUSTER_SHARD_LIMITS): { from: number; to: number; bytes: number }[] {
  const ranges: { from: number; to: number; bytes: number }[] = [];
  let current = { from: 0, to: 0, bytes: 0 };
  bytes.forEach((size, index) => {
    if (current.to > current.from && (current.to - current.from + 1 > limits.items || current.bytes + size > limits.bytes)) {
      ranges.push(current);
      current = { from: index, to: index, bytes: 0 };
    }
    current.to = index + 1;
    current.bytes += size;
  });
  if (current.to > current.from || !ranges.length) ranges.push(current);
  return ranges;
}
