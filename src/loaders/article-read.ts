/**
 * Reading one page file into the store's summary and the detail file: the
 * work the loader does per article, in its own thread or in a worker
 * (`article-worker.ts`). No Astro APIs here: a worker runs it as plain Node.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { BODY_FORMAT, checkBodyClaims, parseArticleFile } from './article-body.ts';
import { writeDetail } from './article-details.ts';
import { articleDetail, articleSummary, summarize, validateDetail, type ArticleDetail, type ArticleSummary } from './article-schema.ts';

/**
 * What the stored entries and detail files were made by: the reading rules
 * (`BODY_FORMAT`, bumped by hand) and the two schemas. Entries of another
 * format are read again.
 */
export const DETAIL_FORMAT = `${BODY_FORMAT}:${createHash('sha256')
  .update(JSON.stringify([z.toJSONSchema(articleDetail), z.toJSONSchema(articleSummary)]))
  .digest('hex')
  .slice(0, 12)}`;

/** Reads one page file into validated details: parsed, checked against its name, validated, claims cross-checked. */
export function readArticle(contents: string, displayPath: string, id: string): ArticleDetail {
  const { frontmatter, body } = parseArticleFile(contents, displayPath);
  if (frontmatter.slug !== id) {
    throw new Error(`${displayPath}: Unexpected slug ${JSON.stringify(frontmatter.slug)} in the frontmatter, expected \`${id}\` (the file's name)`);
  }
  const detail = validateDetail(displayPath, { ...frontmatter, body });
  checkBodyClaims(displayPath, detail.body, detail.claims);
  return detail;
}

export interface ReadTask {
  id: string;
  contents: string;
  /** The page file: absolute, and as shown in messages. */
  file: string;
  displayPath: string;
  detailFile: string;
  /** The digest of `contents` (Astro's `generateDigest`). */
  digest: string;
}

export type ReadResult = { summary: ArticleSummary } | { error: string };

/** Reads the page, writes its detail file, returns its summary (or the message of why it was refused). */
export async function readAndStore(task: ReadTask): Promise<ReadResult> {
  try {
    const detail = readArticle(task.contents, task.displayPath, task.id);
    await writeDetail(task.detailFile, DETAIL_FORMAT, detail);
    return { summary: summarize(detail, { file: task.file, detailFile: task.detailFile }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
