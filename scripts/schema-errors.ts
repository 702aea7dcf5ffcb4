/**
 * Turns zod validation issues into messages of the project's one shape:
 * "Unexpected value `x` for `field`, expected …", naming the file. Shared by
 * the pipeline (verdict files, the ingest report) and the site (its article
 * loader), like `status.ts`.
 */
import type { z } from 'zod';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return 'no value';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

/** "Unexpected `x` for `claims.3.status`, expected one of: …" */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    return `Unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')} in \`${field}\`, ${issue.message}`;
  }
  // zod's own messages read "Invalid input: expected string, received number".
  const at = issue.message.indexOf('expected ');
  const expected = (at === -1 ? issue.message : issue.message.slice(at).replace(/, received .*$/, ''));
  return `Unexpected ${show(valueAt(input, issue.path))} for \`${field}\`, ${expected}`;
}

/** One line per issue, each naming the file. */
export function describeIssues(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => `${file}: ${describeIssue(issue, input)}`);
}
