/**
 * Verdicts reach the site only from `content/verdicts/`. A generated page
 * carries its claims' verdicts in its frontmatter, and a person can edit a
 * page: `status: verified`, `reviewed: true`, a `verdict` of their own. So
 * the loader checks every claim that a page says an editor reviewed (or that
 * has an editor's status) against the verdict files themselves, and refuses
 * the page when there is no such verdict, or it says something else:
 * "run `npm run ingest`" rebuilds the page from the real verdicts.
 *
 * The verdict files are read here as plain YAML (the site does not import the
 * pipeline), bounded in size like the ingest's reader, and only the fields a
 * page shows are compared: status, note, reviewed date, reviewer.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EDITOR_STATUSES } from '../../scripts/status.ts';

/** As the ingest's reader: a larger file is not a verdict file. */
const MAX_VERDICT_BYTES = 1024 * 1024;

interface ShownVerdict {
  status: string;
  note: string;
  reviewed: string;
  reviewer: string | null;
}

export interface ReviewedClaim {
  id: string;
  status: string;
  reviewed: boolean;
  verdict: ShownVerdict | null;
}

/** `opinion`, the old name of `not-checkable`, as the ingest reads it. */
const statusName = (value: unknown) => (value === false ? 'false' : value === 'opinion' ? 'not-checkable' : String(value));
const dateOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));

/** The verdicts of one article's file, by claim id; an empty map when it has none. */
export function verdictsOf(folder: string, slug: string): Map<string, ShownVerdict> {
  const found = new Map<string, ShownVerdict>();
  for (const extension of ['.yaml', '.yml', '.YAML', '.YML']) {
    const file = join(folder, `${slug}${extension}`);
    let text: string;
    try {
      const info = lstatSync(file);
      if (!info.isFile() || info.size > MAX_VERDICT_BYTES) continue;
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    let data: unknown;
    try {
      data = parse(text, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!data || typeof data !== 'object') continue;
    for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
      if (!value || typeof value !== 'object') continue;
      const v = value as Record<string, unknown>;
      found.set(id, { status: statusName(v.status), note: String(v.note ?? ''), reviewed: dateOf(v.reviewed), reviewer: v.reviewer == null ? null : String(v.reviewer) });
    }
  }
  return found;
}

/** Why the page's reviewed claims do not match the verdict files, or null when they do. */
export function forgedVerdict(displayPath: string, slug: string, claims: readonly ReviewedClaim[], verdictsFolder: string): string | null {
  const reviewed = claims.filter((claim) => claim.reviewed || claim.verdict !== null || (EDITOR_STATUSES as readonly string[]).includes(claim.status));
  if (reviewed.length === 0) return null;
  const verdicts = verdictsOf(verdictsFolder, slug);
  for (const claim of reviewed) {
    const real = verdicts.get(claim.id);
    const shown = claim.verdict;
    const same =
      real !== undefined &&
      shown !== null &&
      claim.reviewed &&
      claim.status === real.status &&
      shown.status === real.status &&
      shown.note.trim() === real.note.trim() &&
      shown.reviewed === real.reviewed &&
      (shown.reviewer ?? null) === real.reviewer;
    if (!same) {
      return `${displayPath}: Unexpected editor's verdict on claim ${claim.id} (status ${claim.status}) that ${real ? 'differs from' : 'is not in'} ${join(verdictsFolder, `${slug}.yaml`)}, expected verdicts only from content/verdicts/ (a page edited by hand?); run \`npm run ingest\` to rebuild the page`;
    }
  }
  return null;
}
