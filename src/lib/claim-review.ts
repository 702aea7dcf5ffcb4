/**
 * schema.org `ClaimReview` JSON-LD for an article page: one ClaimReview per
 * claim, so search engines and fact-check aggregators can read each claim's
 * status; and for a claim's story page, one ClaimReview with every
 * appearance (`storyClaimReview`). Pure, unit tested; the page serializes the result with
 * `jsonLdScriptContent`.
 *
 * Rating scale (`reviewRating`): numbers only for the statuses that judge a
 * claim's accuracy, on a 1–5 scale where 5 is accurate:
 *
 *   status        ratingValue   why
 *   false         1             an editor found it false
 *   misleading    2             an editor found it accurate in part, misleading overall
 *   verified      5             an editor found it accurate
 *   unverified    (none)        not an accuracy judgement: nobody has checked it yet
 *   corroborated  (none)        several outlets report it; that is not a check
 *   disputed      (none)        someone contradicts it; that is not a check either
 *   not-checkable (none)        not a checkable fact
 *
 * The scale leaves 3 and 4 free for future in-between verdicts ("mixed",
 * "mostly accurate"). Every rating carries `alternateName` (the status label,
 * which is what fact-check readers show) and `ratingExplanation` (the stated
 * reason); only the numbered ones carry `ratingValue`, `bestRating` (5) and
 * `worstRating` (1), so no automatic status is ever presented as a verdict.
 */
import type { ClaimReview, Organization, Person, Rating, WithContext } from 'schema-dts';
import { STATUS_INFO, type Status } from '../../scripts/status.ts';
import type { SiteConfig } from '../site.config.ts';
import { shorten } from './shorten.ts';
import { storyPath } from './claim-stories.ts';
import { absoluteUrl, articleUrl, claimUrl, type SiteLocation } from './site-urls.ts';
import { safeHttpUrl } from './links.ts';

/** schema.org's (and Google's) limit for `claimReviewed`. */
export const CLAIM_REVIEWED_MAX = 75;

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** The rating of each status on the 1–5 scale, or null when the status is not an accuracy judgement. */
export const RATING_VALUES: Readonly<Record<Status, number | null>> = {
  false: 1,
  misleading: 2,
  verified: 5,
  unverified: null,
  corroborated: null,
  disputed: null,
  'not-checkable': null,
};

/** What a ClaimReview needs of an article (structurally, the collection's data). */
export interface ReviewArticle {
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
  source: string | null;
}

/** What a ClaimReview needs of a claim. */
export interface ReviewClaim {
  id: string;
  text: string;
  speaker: string | null;
  speakerKind: 'person' | 'role' | 'org' | null;
  status: Status;
  rationale: string;
  verdict: { reviewed: string } | null;
}

export type ReviewContext = SiteLocation & Pick<SiteConfig, 'organization'>;

/**
 * Whether a speaker is a person or an organisation: the pipeline says which
 * (`speakerKind`: a named person or an unnamed role such as "Kyiv's top
 * general" is a person; a government, army, ministry or company is an
 * organisation).
 */
export function speakerType(kind: ReviewClaim['speakerKind']): 'Person' | 'Organization' {
  return kind === 'org' ? 'Organization' : 'Person';
}

function speakerOf(name: string | null, kind: ReviewClaim['speakerKind']): Person | Organization | undefined {
  if (name === null || name.trim() === '') return undefined;
  return { '@type': speakerType(kind), name: name.trim() };
}

function ratingOf(claim: ReviewClaim): Rating {
  const value = RATING_VALUES[claim.status];
  return {
    '@type': 'Rating',
    alternateName: STATUS_INFO[claim.status].label,
    ratingExplanation: claim.rationale,
    ...(value === null ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
  };
}

/** An article as the claim's `appearance`: at its source URL when known and safe, else at `fallback` on this site. */
function appearanceOf(article: ReviewArticle, fallback: string) {
  return {
    '@type': 'CreativeWork' as const,
    url: safeHttpUrl(article.source) ?? fallback,
    ...(article.publisher ? { publisher: { '@type': 'Organization' as const, name: article.publisher } } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
  };
}

/** One ClaimReview per claim of the article, in the order given. */
export function claimReviews(
  article: ReviewArticle,
  claims: readonly ReviewClaim[],
  context: ReviewContext,
): WithContext<ClaimReview>[] {
  const appearance = appearanceOf(article, articleUrl(context, article.slug));
  return claims.map((claim) => {
    const author = speakerOf(claim.speaker, claim.speakerKind);
    const datePublished = claim.verdict?.reviewed ?? article.published;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: claimUrl(context, article.slug, claim.id),
      claimReviewed: shorten(claim.text, CLAIM_REVIEWED_MAX),
      reviewRating: ratingOf(claim),
      itemReviewed: {
        '@type': 'Claim',
        ...(author ? { author } : {}),
        appearance,
      },
      author: { '@type': 'Organization', name: context.organization.name, url: context.organization.url },
      ...(datePublished ? { datePublished } : {}),
    };
  });
}

/** One appearance of a claim for the story's ClaimReview: its article and its claim there. */
export interface ReviewAppearance {
  article: ReviewArticle;
  claimId: string;
}

/** What the story's ClaimReview needs of the claim across outlets (structurally, a `ClaimStory`). */
export interface ReviewStory {
  id: string;
  summary: string;
  status: Status;
  rationale: string;
  /** The latest article date that bears on it. */
  asOf: string | null;
}

/**
 * The one ClaimReview of a claim's story page (`/claim/k-…/`): the claim in
 * its normal form, its standing, every appearance (`itemReviewed.appearance`,
 * in the order given: date order) and the earliest dated one
 * (`firstAppearance`). The speaker is the founding appearance's; the date is
 * the editor's verdict, else the latest article that bears on it.
 */
export function storyClaimReview(
  story: ReviewStory,
  founder: ReviewClaim,
  appearances: readonly ReviewAppearance[],
  context: ReviewContext,
): WithContext<ClaimReview> {
  const works = appearances.map(({ article, claimId }) => appearanceOf(article, claimUrl(context, article.slug, claimId)));
  const first = works.find((work) => 'datePublished' in work) ?? works[0];
  const author = speakerOf(founder.speaker, founder.speakerKind);
  const datePublished = founder.verdict?.reviewed ?? story.asOf;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absoluteUrl(context, storyPath(story.id)),
    claimReviewed: shorten(story.summary, CLAIM_REVIEWED_MAX),
    reviewRating: ratingOf({ ...founder, status: story.status, rationale: story.rationale }),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: works,
      ...(first ? { firstAppearance: first } : {}),
    },
    author: { '@type': 'Organization', name: context.organization.name, url: context.organization.url },
    ...(datePublished ? { datePublished } : {}),
  };
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 as
 * escapes), so no text in the data, whatever it holds, can close the script
 * element or start a comment in it. JSON.parse reads it back unchanged.
 */
export function jsonLdScriptContent(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
