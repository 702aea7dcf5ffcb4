/**
 * Reads the desk's outlet rules, `content/outlets.yaml` (validated by
 * `parseOutletRules`). Read only: the build never writes, moves or removes
 * the file. No file means no rules.
 */
import { readFile, stat } from 'node:fs/promises';
import { IngestError } from '../pipeline/errors.ts';
import { OUTLET_RULES_LIMITS, parseOutletRules } from '../pipeline/desk-rules.ts';
import type { Problem } from '../pipeline/ingest.ts';
import type { OutletRule } from '../pipeline/types.ts';

/** The file's name in the content folder. */
export const OUTLET_RULES_FILE = 'outlets.yaml';

export type ReadOutletRulesResult = { outlets: OutletRule[]; error: null } | { outlets: []; error: Problem };

export async function readOutletRules(file: string): Promise<ReadOutletRulesResult> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { outlets: [], error: null };
    throw error;
  }
  try {
    if (size > OUTLET_RULES_LIMITS.bytes) {
      throw new IngestError(file, 'invalid-outlet-rules', `Unexpected file of ${size} bytes, expected at most ${OUTLET_RULES_LIMITS.bytes}`);
    }
    return { outlets: parseOutletRules(file, await readFile(file, 'utf8')), error: null };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { outlets: [], error: { file, rule: error.ruleId, reason: error.message } };
  }
}
