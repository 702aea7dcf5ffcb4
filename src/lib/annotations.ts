/**
 * The W3C Web Annotation export (`/annotations.jsonld`): every claim of the
 * site as an `Annotation` that assesses a span of its article, in an
 * `AnnotationCollection` that points at its first and last `AnnotationPage`
 * (`/annotations/page-<n>.jsonld.gz`, gzip-compressed, each linked to the next and the previous;
 * where the pages split is src/lib/export-shards.ts).
 * See https://www.w3.org/TR/annotation-model/. Pure, unit tested.
 *
 * Anchors: the `TextQuoteSelector` (exact + prefix/suffix) and the
 * `TextPositionSelector` (start/end) both refer to the article's CLEANED
 * text, its paragraphs joined by one blank line ("\n\n"), with offsets in
 * UTF-16 code units as JavaScript and the DOM count them. The target's
 * `source` is the original article when its URL is known: there the quote
 * selector is what an annotation client should anchor with, as the original
 * page has clutter the cleaned text does not.
 */
import { STATUS_INFO, type Status } from '../../scripts/status.ts';
import type { SiteConfig } from '../site.config.ts';
import { safeHttpUrl } from './links.ts';
import { absoluteUrl, articleUrl, claimUrl, type SiteLocation } from './site-urls.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATIONS_PATH = 'annotations.jsonld';
/** The media type of the collection and its pages. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export interface AnnotatedArticle {
  slug: string;
  title: string;
  source: string | null;
  claims: readonly AnnotatedClaim[];
}

export interface AnnotatedClaim {
  id: string;
  text: string;
  status: Status;
  rationale: string;
  selector: { prefix: string; exact: string; suffix: string };
  position: { start: number; end: number };
  verdict: { reviewed: string } | null;
  /** The claim across outlets (`k-…`); its story page is linked when it has one. */
  cluster?: string;
}

/** A link from the annotation to the story of its claim across outlets (`/claim/k-…/`). */
export interface LinkingBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'classifying';
  value: string;
  format: 'text/plain';
  language: 'en';
}

export interface Agent {
  type: 'Organization';
  name: string;
  homepage: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  creator: Agent;
  /** When an editor's verdict was recorded (its `reviewed` date, as an xsd:dateTime at midnight UTC). */
  modified?: string;
  body: (TextualBody | LinkingBody)[];
  target: {
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
  };
}

/** The collection: how many annotations, and its first and last page (left out when there are none). */
export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: string;
  last?: string;
}

/** One page of the collection (W3C Web Annotation Protocol, section 4). */
export interface AnnotationPage<Items = Annotation[]> {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  prev?: string;
  next?: string;
  items: Items;
}

export type AnnotationContext = SiteLocation & Pick<SiteConfig, 'title' | 'organization'>;

/** Says what the anchors count in; part of the collection's label. */
export const ANCHOR_NOTE =
  'Quote and position selectors refer to each article’s cleaned text as published on this site: its paragraphs joined by one blank line, positions counted in UTF-16 code units.';

/** The position selector, only when it spans exactly the quoted text. */
function positionSelector(claim: AnnotatedClaim): TextPositionSelector[] {
  const { start, end } = claim.position;
  const consistent = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end - start === claim.selector.exact.length;
  return consistent ? [{ type: 'TextPositionSelector', start, end }] : [];
}

/** The absolute URL of a cluster's story page, or null when it has none. */
export type StoryUrl = (cluster: string) => string | null;

function annotationOf(article: AnnotatedArticle, claim: AnnotatedClaim, context: AnnotationContext, creator: Agent, storyUrl: StoryUrl): Annotation {
  const label = STATUS_INFO[claim.status].label;
  const story = claim.cluster === undefined ? null : storyUrl(claim.cluster);
  return {
    id: claimUrl(context, article.slug, claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    creator,
    ...(claim.verdict ? { modified: `${claim.verdict.reviewed}T00:00:00Z` } : {}),
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: `${label}: ${claim.rationale}`, format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'classifying', value: claim.status, format: 'text/plain', language: 'en' },
      ...(story ? [{ type: 'SpecificResource' as const, purpose: 'linking' as const, source: story }] : []),
    ],
    target: {
      source: safeHttpUrl(article.source) ?? articleUrl(context, article.slug),
      selector: [
        { type: 'TextQuoteSelector', exact: claim.selector.exact, prefix: claim.selector.prefix, suffix: claim.selector.suffix },
        ...positionSelector(claim),
      ],
    },
  };
}

/** The organisation that makes every annotation. */
export function annotationCreator(context: AnnotationContext): Agent {
  return { type: 'Organization', name: context.organization.name, homepage: context.organization.url };
}

/** The annotations of one article's claims, in reading order; `storyUrl` links each to its claim's story page where there is one. */
export function articleAnnotations(article: AnnotatedArticle, context: AnnotationContext, creator = annotationCreator(context), storyUrl: StoryUrl = () => null): Annotation[] {
  return article.claims.map((claim) => annotationOf(article, claim, context, creator, storyUrl));
}

/** Site path of AnnotationPage n (from 1), relative to the base path. */
export const annotationPagePath = (n: number) => `annotations/page-${n}.jsonld.gz`;

/** The collection of `total` annotations in `pages` pages. */
export function annotationCollectionOf(total: number, pages: number, context: AnnotationContext): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: absoluteUrl(context, ANNOTATIONS_PATH),
    type: 'AnnotationCollection',
    label: `${context.title}: claims in the news and their verification status. ${ANCHOR_NOTE}`,
    total,
    ...(pages > 0 ? { first: absoluteUrl(context, annotationPagePath(1)), last: absoluteUrl(context, annotationPagePath(pages)) } : {}),
  };
}

/**
 * Page `page` (from 1) of `pages`, around its items, given as they are (an
 * array, or a stand-in written out item by item: see `json-stream.ts`);
 * `startIndex` is the position of its first item in the whole collection.
 */
export function annotationPageOf<Items>(items: Items, where: { page: number; pages: number; startIndex: number }, context: AnnotationContext): AnnotationPage<Items> {
  const { page, pages, startIndex } = where;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: absoluteUrl(context, annotationPagePath(page)),
    type: 'AnnotationPage',
    partOf: absoluteUrl(context, ANNOTATIONS_PATH),
    startIndex,
    ...(page > 1 ? { prev: absoluteUrl(context, annotationPagePath(page - 1)) } : {}),
    ...(page < pages ? { next: absoluteUrl(context, annotationPagePath(page + 1)) } : {}),
    items,
  };
}

/** All claims of the articles, in the order given (articles, then reading order), in pages of the articles grouped as given. */
export function annotationExport(pages: readonly (readonly AnnotatedArticle[])[], context: AnnotationContext): { collection: AnnotationCollection; pages: AnnotationPage[] } {
  const creator = annotationCreator(context);
  const items = pages.map((articles) => articles.flatMap((article) => articleAnnotations(article, context, creator))).filter((list) => list.length > 0);
  let startIndex = 0;
  const built = items.map((list, index) => {
    const page = annotationPageOf(list, { page: index + 1, pages: items.length, startIndex }, context);
    startIndex += list.length;
    return page;
  });
  return { collection: annotationCollectionOf(startIndex, built.length, context), pages: built };
}
