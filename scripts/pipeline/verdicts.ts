/**
 * Editors' verdicts: `content/verdicts/<article-slug>.yaml`, one entry per
 * claim id. A verdict overrides the automatic status. The build reads these
 * files and never writes them.
 *
 *   c-3fa29b1c0d:
 *     status: false          # any status; verified / false / misleading need evidence
 *     note: "Shown to readers: why this verdict."
 *     evidence:
 *       - url: https://…
 *         title: …
 *     reviewed: 2025-11-29
 *     reviewer: optional name
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EDITOR_STATUSES, isAutomaticStatus, STATUSES } from '../status.ts';
import { CLAIM_ID_PATTERN } from './claim-id.ts';
import { IngestError } from './errors.ts';
import { isCalendarDate, isHttpUrl } from './field-checks.ts';
import type { Problem } from './ingest.ts';
import { describeIssues } from '../schema-errors.ts';
import type { AnalyzedArticle, Verdict } from './types.ts';

const date = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isCalendarDate, {
    error: 'expected a date as YYYY-MM-DD',
  });

const evidence = z.strictObject(
  {
    url: z.string().refine(isHttpUrl, { error: 'expected an http(s) URL' }),
    title: z.string({ error: 'expected the title of the source' }).min(1, { error: 'expected the title of the source' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'expected only: url, title' : 'expected an item with url and title') },
);

const verdictSchema = z
  .strictObject(
    {
      // `status: false` is the YAML boolean false unless quoted; read it as the status.
      // `opinion`, the name of `not-checkable` before claim kinds, is still read, so older verdict files keep working.
      status: z.preprocess(
        (value) => (value === false ? 'false' : value === 'opinion' ? 'not-checkable' : value),
        z.enum(STATUSES, { error: `expected one of: ${STATUSES.join(', ')}` }),
      ),
      note: z.string({ error: 'expected a note for readers' }).min(1, { error: 'expected a note for readers' }),
      evidence: z.array(evidence, { error: 'expected a list of sources with url and title' }).default([]),
      reviewed: date,
      reviewer: z.string({ error: 'expected a name' }).nullable().default(null),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'expected only: status, note, evidence, reviewed, reviewer'
          : 'expected a verdict with status, note and reviewed',
    },
  )
  .refine((verdict) => !(EDITOR_STATUSES as readonly string[]).includes(verdict.status) || verdict.evidence.length > 0, {
    path: ['evidence'],
    error: `expected at least one evidence link for ${EDITOR_STATUSES.join(' / ')}`,
  });

const fileSchema = z.record(z.string(), verdictSchema, { error: 'expected a YAML map of claim ids to verdicts' });

export type VerdictFile = Record<string, Verdict>;

/** Parses and validates one verdict file; throws an `IngestError` naming the file, field, value and what is allowed. */
export function parseVerdictFile(file: string, text: string): VerdictFile {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new IngestError(file, 'invalid-verdict', `Unexpected YAML syntax (${(error as Error).message.split('\n')[0]}), expected a YAML map of claim ids`);
  }
  const badKey = data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).find((key) => !CLAIM_ID_PATTERN.test(key)) : undefined;
  if (badKey !== undefined) {
    throw new IngestError(file, 'invalid-verdict', `Unexpected key \`${badKey}\`, expected a claim id such as c-3fa29b1c0d`);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const lines = describeIssues(file, result.error, data).map((line) => line.slice(file.length + 2));
    throw new IngestError(file, 'invalid-verdict', lines.join('; '));
  }
  return result.data;
}

/**
 * Applies the verdicts to the claims. A verdict whose claim id does not
 * exist (or whose article does not) is returned as an orphan, never dropped.
 */
export function applyVerdicts(
  articles: readonly AnalyzedArticle[],
  verdicts: ReadonlyMap<string, { file: string; verdicts: VerdictFile }>,
): { articles: AnalyzedArticle[]; orphans: Problem[] } {
  const orphans: Problem[] = [];
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const [slug, { file, verdicts: entries }] of [...verdicts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ids = new Set(bySlug.get(slug)?.claims.map((claim) => claim.id) ?? []);
    for (const id of Object.keys(entries).sort()) {
      if (ids.has(id)) continue;
      const where = bySlug.has(slug) ? `no claim ${id} in article ${slug}` : `no article ${slug}`;
      orphans.push({ file, rule: 'orphaned-verdict', reason: `${file}: Unexpected verdict for ${id}: ${where}; it is kept but not shown [orphaned-verdict]` });
    }
  }
  const updated = articles.map((article) => {
    const entries = verdicts.get(article.slug)?.verdicts;
    if (!entries) return article;
    return {
      ...article,
      claims: article.claims.map((claim) => {
        const verdict = entries[claim.id];
        if (!verdict) return claim;
        return {
          ...claim,
          status: verdict.status,
          rationale: verdict.note,
          cue: 'editor-verdict',
          reviewed: true,
          verdict,
          automatic: isAutomaticStatus(claim.status) ? { status: claim.status, rationale: claim.rationale, cue: claim.cue } : claim.automatic,
        };
      }),
    };
  });
  return { articles: updated, orphans };
}
