/**
 * Reads a labelled evaluation set (the format is tests/evaluation/FORMAT.md):
 * raw seeds as a scraper saved them, one label file per seed, and the set's
 * stories, outlets, speakers and claim clusters.
 *
 *   <set>/seeds/<id>.{txt,html,md}   raw articles
 *   <set>/labels/<id>.json           headline, publisher, agency, date, body, clutter, claims
 *   <set>/stories.json               stories, outlets, entities (speakers and aliases), clusters
 *   <set>/FROZEN.sha256              SHA-256 of every file above, written when the set was frozen
 *
 * The sets were written and labelled by helper sessions that never saw the
 * rules or the code. `readLabelledSet` refuses a set whose files do not match
 * its `FROZEN.sha256`, so a label cannot be changed quietly to make a rule
 * pass. The label vocabularies (kinds, statuses) are the ones the labellers
 * were given; they are checked here with zod, not imported from the pipeline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readSeeds } from '../io/read-seeds.ts';
import type { Problem } from '../pipeline/ingest.ts';
import type { Seed } from '../pipeline/types.ts';

export const LABEL_KINDS = ['factual', 'attributed', 'denial', 'prediction', 'demand', 'position', 'value-judgement'] as const;
export const LABEL_STATUSES = ['unverified', 'corroborated', 'disputed', 'not-checkable'] as const;
export const ENTITY_TYPES = ['person', 'government', 'military', 'ministry', 'agency', 'organisation', 'outlet', 'unnamed'] as const;

const nullableString = z.string().nullable();

const LabelledClaimSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(LABEL_KINDS),
  speaker: nullableString,
  cluster: nullableString,
  denies: z.array(z.string()),
  hedged: z.boolean(),
  status: z.enum(LABEL_STATUSES),
  why: z.string().optional(),
});

const ArticleLabelsSchema = z.object({
  file: z.string(),
  story: z.string(),
  outlet: z.string(),
  layout: z.string(),
  headline: nullableString,
  publisher: nullableString,
  agency: nullableString,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  origin: z.object({ type: z.enum(['own', 'wire', 'cites', 'copy']), source: nullableString.optional() }),
  body: z.array(z.string()).min(1),
  clutter: z.array(z.string()),
  claims: z.array(LabelledClaimSchema),
});

const StoriesSchema = z.object({
  set: z.string(),
  stories: z.record(z.string(), z.object({ summary: z.string(), sides: z.record(z.string(), z.array(z.string())).optional() })),
  outlets: z.record(z.string(), z.object({ layout: z.string(), stateMediaOf: nullableString.optional(), articles: z.array(z.string()) })),
  entities: z.record(
    z.string(),
    z.object({ name: z.string(), type: z.enum(ENTITY_TYPES), side: nullableString.optional(), aliases: z.array(z.string()) }),
  ),
  clusters: z.record(z.string(), z.object({ story: z.string(), fact: z.string(), claimant: nullableString.optional() })),
});

export type LabelledClaim = z.infer<typeof LabelledClaimSchema>;
export type ArticleLabels = z.infer<typeof ArticleLabelsSchema>;
export type SetStories = z.infer<typeof StoriesSchema>;

/** One article of a set: its raw file, the seed the ingest reads from it, and its labels. */
export interface SetArticle {
  /** The file name without extension: `a03`. */
  id: string;
  /** Raw file text. */
  raw: string;
  labels: ArticleLabels;
}

export interface LabelledSet {
  name: string;
  /** `blind` sets measure; `dev` sets may be tuned on. */
  role: 'blind' | 'dev';
  dir: string;
  articles: SetArticle[];
  stories: SetStories;
  /** The seeds as `factline ingest` reads them from `<set>/seeds/`, in file-name order. */
  seeds: Seed[];
  /** Seeds the reader refused (none, for a well-formed set). */
  unreadable: Problem[];
}

/** The files `FROZEN.sha256` covers, relative to the set folder, sorted. */
export function frozenFiles(dir: string): string[] {
  const list = (sub: string) => readdirSync(join(dir, sub)).filter((f) => !f.startsWith('.')).map((f) => `${sub}/${f}`);
  return [...list('seeds'), ...list('labels'), 'stories.json'].sort();
}

/** `FROZEN.sha256` contents for the set as it is on disk (`sha256sum` format). */
export function manifestOf(dir: string): string {
  return frozenFiles(dir)
    .map((file) => `${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}  ${file}\n`)
    .join('');
}

export class LabelledSetError extends Error {}

function parse<T>(schema: z.ZodType<T>, file: string, text: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LabelledSetError(`${file}: Unexpected invalid JSON (${(error as Error).message}), expected a label file`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LabelledSetError(`${file}: Unexpected value at \`${issue.path.join('.')}\` (${issue.message})`);
  }
  return result.data;
}

/** Reads and checks a set; throws `LabelledSetError` when it is not frozen or not well-formed. */
export async function readLabelledSet(dir: string, role: LabelledSet['role']): Promise<LabelledSet> {
  const manifest = join(dir, 'FROZEN.sha256');
  if (!existsSync(manifest)) throw new LabelledSetError(`${dir}: Unexpected set without FROZEN.sha256, expected a frozen set`);
  if (readFileSync(manifest, 'utf8') !== manifestOf(dir)) {
    throw new LabelledSetError(`${dir}: Unexpected change to a frozen file (FROZEN.sha256 does not match), expected the set as it was frozen`);
  }
  const stories = parse(StoriesSchema, join(dir, 'stories.json'), readFileSync(join(dir, 'stories.json'), 'utf8'));
  const seedFiles = readdirSync(join(dir, 'seeds')).filter((f) => !f.startsWith('.')).sort();
  const articles = seedFiles.map((file): SetArticle => {
    const id = file.replace(/\.[^.]+$/u, '');
    const labelFile = join(dir, 'labels', `${id}.json`);
    const labels = parse(ArticleLabelsSchema, labelFile, readFileSync(labelFile, 'utf8'));
    return { id, raw: readFileSync(join(dir, 'seeds', file), 'utf8'), labels };
  });
  const { seeds, skipped } = await readSeeds(join(dir, 'seeds'));
  return { name: stories.set, role, dir, articles, stories, seeds, unreadable: skipped };
}

/** Every set under `root` (`<root>/blind/<set>`, `<root>/dev/<set>`), blind first, by name. */
export async function readLabelledSets(root: string): Promise<LabelledSet[]> {
  const sets: LabelledSet[] = [];
  for (const role of ['blind', 'dev'] as const) {
    const base = join(root, role);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      if (existsSync(join(base, name, 'stories.json'))) sets.push(await readLabelledSet(join(base, name), role));
    }
  }
  return sets;
}

/** Whitespace-collapsed text, the form labels are compared in. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
