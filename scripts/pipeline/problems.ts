/**
 * A seed that the ingest skips, and why: one shape for every stage's
 * failure (`IngestError`'s rule id, `unsafe-mdx`, or `internal-error` for
 * anything unexpected).
 */
import { IngestError, UnsafeMdxError } from './errors.ts';

export interface Problem {
  /** The seed's file name. */
  file: string;
  /** Rule id, e.g. `empty-seed`, `unsafe-mdx`. */
  rule: string;
  reason: string;
}

/** The problem a stage's error gives for `seed`. */
export function problemOf(seed: string, error: unknown): Problem {
  if (error instanceof IngestError) return { file: seed, rule: error.ruleId, reason: error.message };
  if (error instanceof UnsafeMdxError) return { file: seed, rule: 'unsafe-mdx', reason: `${seed}: ${error.message} [unsafe-mdx]` };
  const message = error instanceof Error ? error.message : String(error);
  return { file: seed, rule: 'internal-error', reason: `${seed}: ${message} [internal-error]` };
}
