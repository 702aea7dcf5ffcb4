/**
 * The two shapes of an article on the site:
 *
 * - `articleDetail`: everything the page file holds — its frontmatter (what
 *   scripts/pipeline/build-mdast.ts `frontmatterOf` writes) and its text (the
 *   typed body of `article-body.ts`). Only the article's own page and the
 *   whole-site exports read it, one article at a time, from the loader's
 *   per-article file (`article-details.ts`).
 * - `articleSummary`: the little every other page needs of every article
 *   (lists, speaker pages, related-claim links, search filters, feed,
 *   corrections). It is what the `articles` collection holds, so Astro's
 *   content store, which Astro serializes into one module and loads whole
 *   into every build, stays small: about a tenth of the pages' bytes.
 */
import { z } from 'astro/zod';
import { describeIssues } from '../../scripts/schema-errors.ts';
import { CLAIM_KINDS, STATUSES } from '../../scripts/status.ts';
import { WORTHINESS_SIGNALS } from '../../scripts/worthiness.ts';
import { firstParagraphText } from './article-body.ts';

const status = z.enum(STATUSES, { error: () => `expected one of: ${STATUSES.join(', ')}` });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => 'expected a date YYYY-MM-DD' });
const claimId = z.string().regex(/^c-[0-9a-f]{10,64}$/, { error: () => 'expected a claim id `c-` and 10–64 hex digits' });
const clusterId = z.string().regex(/^k-[0-9a-f]{10,64}$/, { error: () => 'expected a claim cluster id `k-` and 10–64 hex digits' });
const kind = z.enum(CLAIM_KINDS, { error: () => `expected one of: ${CLAIM_KINDS.join(', ')}` });

const worthinessReasons = [...WORTHINESS_SIGNALS, 'not-checkable'] as const;
const worthiness = z.object({
  score: z.number().min(0).max(1),
  reasons: z.array(z.enum(worthinessReasons, { error: () => `expected one of: ${worthinessReasons.join(', ')}` })),
});

const relatedClaim = z.object({
  claim: z.string(),
  relation: z.enum(['same-claim', 'contradicts']),
});

const appearance = z.object({
  outlet: z.string().nullable(),
  published: date.nullable(),
  origin: z.object({ type: z.enum(['own', 'wire', 'cites', 'copy']), source: z.string().nullable() }),
  independent: z.boolean(),
  dependence: z.string().nullable(),
});

const sources = z.object({ outlets: z.number().int().nonnegative(), independent: z.number().int().nonnegative() });

const verdict = z.object({
  status,
  note: z.string(),
  evidence: z.array(z.object({ url: z.string(), title: z.string() })),
  reviewed: date,
  reviewer: z.string().nullable(),
});

const claim = z.object({
  id: claimId,
  text: z.string(),
  summary: z.string(),
  speaker: z.string().nullable(),
  speakerAs: z.string().nullable(),
  speakerKind: z.enum(['person', 'role', 'org']).nullable(),
  form: z.enum(['attributed', 'quote', 'factual']),
  kind,
  plan: z.boolean(),
  hedge: z.string().nullable(),
  caveat: z.string().nullable(),
  status,
  rationale: z.string(),
  cue: z.string(),
  cluster: clusterId,
  appearance,
  sources,
  related: z.array(relatedClaim),
  reviewed: z.boolean(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  selector: z.object({ prefix: z.string(), exact: z.string(), suffix: z.string() }),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  verdict: verdict.nullable(),
  automatic: z.object({ status, rationale: z.string(), cue: z.string() }).nullable(),
  worthiness,
});

/** The article text: paragraphs of text and claims. */
const bodyBlock = z.object({
  type: z.literal('paragraph'),
  children: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('text'), value: z.string() }),
      z.object({ type: z.literal('claim'), id: claimId, status, text: z.string() }),
    ]),
  ),
});

/** What an article page and the exports need: the whole page file. */
export const articleDetail = z.object({
  title: z.string(),
  titleDerived: z.boolean(),
  publisher: z.string().nullable(),
  agency: z.string().nullable(),
  author: z.string().nullable(),
  published: date.nullable(),
  source: z.string().nullable(),
  language: z.string().nullable(),
  seed: z.string(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => 'expected a slug of a–z, 0–9 and single hyphens' }),
  captions: z.array(z.string()),
  removed: z.array(z.object({ rule: z.string(), text: z.string() })),
  claims: z.array(claim),
  body: z.array(bodyBlock),
});

/** What list pages need of a claim. */
const claimSummary = z.object({
  id: claimId,
  summary: z.string(),
  speaker: z.string().nullable(),
  speakerAs: z.string().nullable(),
  speakerKind: z.enum(['person', 'role', 'org']).nullable(),
  kind,
  cluster: clusterId,
  appearance,
  sources,
  status,
  rationale: z.string(),
  reviewed: z.boolean(),
  verdict: verdict.pick({ status: true, note: true, reviewed: true, reviewer: true }).nullable(),
  automatic: z.object({ status }).nullable(),
  worthiness: worthiness.pick({ score: true }),
  /** The length of its text (UTF-16 code units): what sizes the export shards (src/lib/export-shards.ts). */
  textLength: z.number().int().nonnegative(),
});

/** What every page but the article's own needs of an article: the `articles` collection's data. */
export const articleSummary = articleDetail
  .pick({ title: true, titleDerived: true, publisher: true, agency: true, author: true, published: true, source: true, seed: true, slug: true })
  .extend({
    /** The first paragraph's text, for descriptions (feed, meta tags). */
    firstParagraph: z.string().nullable(),
    claims: z.array(claimSummary),
    /** The absolute path of the page file, and of the loader's file with the article's details. */
    file: z.string(),
    detailFile: z.string(),
  });

export type ArticleDetail = z.infer<typeof articleDetail>;
export type DetailClaim = ArticleDetail['claims'][number];
export type ArticleSummary = z.infer<typeof articleSummary>;
export type SummaryClaim = ArticleSummary['claims'][number];

/** The summary of an article, from its (validated) details. */
export function summarize(detail: ArticleDetail, files: { file: string; detailFile: string }): ArticleSummary {
  return {
    title: detail.title,
    titleDerived: detail.titleDerived,
    publisher: detail.publisher,
    agency: detail.agency,
    author: detail.author,
    published: detail.published,
    source: detail.source,
    seed: detail.seed,
    slug: detail.slug,
    firstParagraph: firstParagraphText(detail.body),
    claims: detail.claims.map((claim) => ({
      id: claim.id,
      summary: claim.summary,
      speaker: claim.speaker,
      speakerAs: claim.speakerAs,
      speakerKind: claim.speakerKind,
      kind: claim.kind,
      cluster: claim.cluster,
      appearance: claim.appearance,
      sources: claim.sources,
      status: claim.status,
      rationale: claim.rationale,
      reviewed: claim.reviewed,
      verdict: claim.verdict && { status: claim.verdict.status, note: claim.verdict.note, reviewed: claim.verdict.reviewed, reviewer: claim.verdict.reviewer },
      automatic: claim.automatic && { status: claim.automatic.status },
      worthiness: { score: claim.worthiness.score },
      textLength: claim.text.length,
    })),
    file: files.file,
    detailFile: files.detailFile,
  };
}

/** The article's details, validated; throws one line per problem, each naming the file. */
export function validateDetail(file: string, input: unknown): ArticleDetail {
  const result = articleDetail.safeParse(input);
  if (result.success) return result.data;
  throw new Error(describeIssues(file, result.error, input).join('\n'));
}
