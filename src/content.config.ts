import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { STATUSES } from '../scripts/status.ts';

/** The folder the ingest writes to (`content/` unless FACTLINE_CONTENT_DIR says otherwise). */
const contentDir = process.env.FACTLINE_CONTENT_DIR || './content';

const relatedClaim = z.object({
  claim: z.string(),
  relation: z.enum(['corroborates', 'contradicts']),
});

const status = z.enum(STATUSES, { error: () => `expected one of: ${STATUSES.join(', ')}` });

const verdict = z.object({
  status,
  note: z.string(),
  evidence: z.array(z.object({ url: z.string(), title: z.string() })),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reviewer: z.string().nullable(),
});

const claim = z.object({
  id: z.string().regex(/^c-[0-9a-f]{10,64}$/),
  text: z.string(),
  summary: z.string(),
  speaker: z.string().nullable(),
  kind: z.enum(['attributed', 'quote', 'factual']),
  status,
  rationale: z.string(),
  cue: z.string(),
  related: z.array(relatedClaim),
  reviewed: z.boolean(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  selector: z.object({ prefix: z.string(), exact: z.string(), suffix: z.string() }),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  verdict: verdict.nullable(),
  automatic: z.object({ status, rationale: z.string(), cue: z.string() }).nullable(),
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: z.object({
    title: z.string(),
    titleDerived: z.boolean(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    source: z.string().nullable(),
    language: z.string().nullable(),
    seed: z.string(),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    captions: z.array(z.string()),
    removed: z.array(z.object({ rule: z.string(), text: z.string() })),
    claims: z.array(claim),
  }),
});

export const collections = { articles };
