#!/usr/bin/env node
/**
 * Freezes a labelled set: writes `<set>/FROZEN.sha256` (the SHA-256 of every
 * seed, label file and stories.json), once. `readLabelledSet` refuses the set
 * from then on if any of those files changes.
 *
 *   tsx scripts/evaluate/freeze-set.ts tests/evaluation/blind/blind-1
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestOf } from './labelled-set.ts';

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  process.stderr.write('Usage: tsx scripts/evaluate/freeze-set.ts <set folder>\n');
  process.exit(2);
}
const manifest = join(dir, 'FROZEN.sha256');
if (existsSync(manifest)) {
  process.stderr.write(`${manifest}: Unexpected existing manifest, expected a set that is not frozen yet (a frozen set stays as it is)\n`);
  process.exit(1);
}
writeFileSync(manifest, manifestOf(dir));
process.stdout.write(`froze ${dir}\n`);
