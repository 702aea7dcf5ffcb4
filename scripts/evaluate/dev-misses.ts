#!/usr/bin/env node
/**
 * Prints every miss of the evidence model on a DEVELOPMENT set, to tune on:
 *
 *   tsx scripts/evaluate/dev-misses.ts tests/evaluation/dev/dev-1 [--what kind|status|speaker|not found|contradiction|denial]
 *
 * It refuses a blind set: a blind set's misses are not for reading.
 */
import { basename, dirname } from 'node:path';
import { readLabelledSet } from './labelled-set.ts';
import { evaluateEvidence } from './set-evidence.ts';

const [dir, flag, what] = process.argv.slice(2);
if (!dir || (flag !== undefined && flag !== '--what')) {
  process.stderr.write('Usage: tsx scripts/evaluate/dev-misses.ts <dev set folder> [--what kind|status|speaker|not found|contradiction|denial]\n');
  process.exit(2);
}
if (basename(dirname(dir)) !== 'dev') {
  process.stderr.write(`${dir}: Unexpected set outside tests/evaluation/dev/, expected a development set (blind sets' misses are not for reading)\n`);
  process.exit(2);
}
const score = evaluateEvidence(await readLabelledSet(dir, 'dev'));
for (const m of score.misses.filter((x) => what === undefined || x.what === what)) {
  process.stdout.write(`${m.article} [${m.what}] expected ${m.expected}, got ${m.got}\n    ${m.text}\n`);
}
const { misses: _misses, ...figures } = score;
process.stdout.write(`${JSON.stringify(figures, null, 1)}\n`);
