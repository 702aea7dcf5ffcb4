/**
 * The site's data as the pipeline builds it, for tests of `src/lib`: the
 * seeds plus the hostile fixture seed (with its editor's verdicts), ingested
 * in memory, each page as the collection would read it (frontmatter data and
 * MDX body). No Astro involved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontmatterOf, type ArticleFrontmatter } from '../../../scripts/pipeline/build-mdast.ts';
import { ingestCorpus } from '../../../scripts/pipeline/ingest.ts';
import type { Seed } from '../../../scripts/pipeline/types.ts';
import { parseVerdictFile } from '../../../scripts/pipeline/verdicts.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface CorpusPage {
  data: ArticleFrontmatter;
  /** The generated MDX (frontmatter and body). */
  mdx: string;
}

export function builtCorpus(extra: readonly Seed[] = []): CorpusPage[] {
  const seedsDir = join(root, 'seeds');
  const seeds: Seed[] = [
    ...readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') })),
    { name: 'hostile-mdx.txt', text: readFileSync(join(root, 'tests/fixtures/seeds/hostile-mdx.txt'), 'utf8') },
    ...extra,
  ];
  const verdictFile = 'tests/fixtures/verdicts/hostile-mdx.yaml';
  const verdicts = new Map([
    ['hostile-mdx', { file: verdictFile, verdicts: parseVerdictFile(verdictFile, readFileSync(join(root, verdictFile), 'utf8')) }],
  ]);
  const { pages } = ingestCorpus(seeds, { verdicts });
  return pages.map(({ page, mdx }) => ({ data: frontmatterOf(page), mdx }));
}
