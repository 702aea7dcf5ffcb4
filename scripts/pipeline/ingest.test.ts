import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSeed, ingestCorpus, MAX_ARTICLE_CHARS } from './ingest.ts';
import { verifyMdx } from './serialize-mdx.ts';
import type { Seed } from './types.ts';

const seedsDir = new URL('../../seeds/', import.meta.url).pathname;
const seeds: Seed[] = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));

describe('ingestCorpus on the seeds', () => {
  const output = ingestCorpus(seeds);

  it('builds one verified page per seed', () => {
    expect(output.skipped).toEqual([]);
    expect(output.pages.map((page) => page.seed)).toEqual(seeds.map((seed) => seed.name).sort());
    for (const { mdx, page } of output.pages) verifyMdx(mdx, page);
  });

  it('is deterministic', () => {
    const again = ingestCorpus([...seeds].reverse());
    expect(again.pages.map((page) => page.mdx)).toEqual(output.pages.map((page) => page.mdx));
  });

  it('marks Putin’s Pokrovsk claim disputed, with the general’s counter-statement linked to it', () => {
    const independent = output.pages.find((page) => page.seed.startsWith('000_'))!;
    const pokrovsk = independent.page.claims.filter((claim) => claim.text.includes('surrounded the embattled city of Pokrovsk'));
    expect(pokrovsk).toHaveLength(1);
    expect(pokrovsk[0]).toMatchObject({ status: 'disputed', cue: 'denied', speaker: 'Vladimir Putin', caveat: 'could not be independently verified' });
    const general = independent.page.claims.find((claim) => claim.text.startsWith("Kyiv's top general said"))!;
    expect(pokrovsk[0]!.related).toContainEqual({ claim: general.id, relation: 'contradicts' });
    expect(pokrovsk[0]!.rationale).toBe("Denied by Kyiv's top general (The Independent, 28 Nov 2025).");
  });

  it('links a claim both outlets report', () => {
    const links = output.pages.flatMap((page) => page.page.claims.flatMap((claim) => claim.related));
    expect(links.length).toBeGreaterThan(0);
  });

  it('anchors every claim on its exact text', () => {
    for (const { page } of output.pages) {
      for (const claim of page.claims) {
        expect(page.article.paragraphs[claim.paragraph]!.slice(claim.start, claim.end)).toBe(claim.text);
      }
    }
  });
});

describe('ingestCorpus with bad seeds', () => {
  it('reports each bad seed by name and reason, and still builds the rest', () => {
    const output = ingestCorpus([
      ...seeds,
      { name: 'empty.txt', text: '' },
      { name: 'only-clutter.txt', text: 'Read more\n\nShow More\n\n3 min read\n' },
    ]);
    expect(output.pages).toHaveLength(seeds.length);
    expect(output.skipped.map((problem) => [problem.file, problem.rule])).toEqual([
      ['empty.txt', 'empty-seed'],
      ['only-clutter.txt', 'only-clutter'],
    ]);
    for (const problem of output.skipped) expect(problem.reason).toMatch(new RegExp(`^${problem.file}.*Unexpected .*, expected `));
  });

  it('keeps the other articles’ slugs and claim ids when a seed fails', () => {
    const alone = ingestCorpus(seeds);
    const withBad = ingestCorpus([...seeds, { name: 'zzz.txt', text: '' }]);
    const ids = (output: typeof alone) => output.pages.flatMap((page) => [page.slug, ...page.page.claims.map((claim) => claim.id)]);
    expect(ids(withBad)).toEqual(ids(alone));
  });
});

describe('a seed too long to be one article', () => {
  const sentence = 'The regional governor told reporters on Tuesday that the bridge had been closed for repairs. ';
  const paragraph = (n: number) => `${sentence.repeat(4)}About ${n} workers were sent home on day ${n}.`;
  const long = (chars: number) => Array.from({ length: Math.ceil(chars / (paragraph(0).length + 2)) }, (_, n) => paragraph(n + 1)).join('\n\n');

  it('is refused with too-long, before claim detection, whatever its size', () => {
    const outcome = analyzeSeed({ name: 'dump.txt', text: `Bridge closed\n\n${long(MAX_ARTICLE_CHARS + 1000)}` }, 'dump');
    expect('problem' in outcome && outcome.problem.rule).toBe('too-long');
    expect('problem' in outcome && outcome.problem.reason).toMatch(/^dump\.txt: Unexpected article text of \d+ characters, expected at most 400000/);
  });

  it('still builds a long article under the bound, with every claim anchored in one text', () => {
    const outcome = analyzeSeed({ name: 'long.txt', text: `Bridge closed\n\n${long(20_000)}` }, 'long');
    expect('analyzed' in outcome).toBe(true);
    if (!('analyzed' in outcome)) return;
    expect(outcome.analyzed.claims.length).toBeGreaterThan(100);
    const text = outcome.analyzed.article.paragraphs.join('\n\n');
    for (const claim of outcome.analyzed.claims) expect(text.slice(claim.position.start, claim.position.end)).toBe(claim.text);
  });
});

describe('claim ids across edits', () => {
  it('stay the same when another paragraph of the article changes', () => {
    const seed = seeds.find((entry) => entry.name.startsWith('003_'))!;
    const edited = { ...seed, text: seed.text.replace('The plan came as the latest move', 'The plan, drafted in secret, came as the latest move') };
    expect(edited.text).not.toBe(seed.text);
    const ids = (output: ReturnType<typeof ingestCorpus>) =>
      new Map(output.pages[0]!.page.claims.map((claim) => [claim.text, claim.id]));
    const before = ids(ingestCorpus([seed]));
    const after = ids(ingestCorpus([edited]));
    let unchanged = 0;
    for (const [text, id] of before) {
      if (after.has(text)) {
        expect(after.get(text)).toBe(id);
        unchanged++;
      }
    }
    expect(unchanged).toBeGreaterThan(before.size - 2);
  });
});
