/**
 * The fixture build's output files: claims.json follows its contract, every
 * seed that can be read has a page, and nothing from the bad seeds leaked in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STATUSES } from '../../scripts/status.ts';
import { CLEAN_FIXTURES, HUGE_SEED } from './support/build-fixture-site.ts';
import { fixtureContent, fixtureDist, root } from './support/paths.ts';

const contract = z
  .object({
    articles: z.array(
      z
        .object({
          slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
          seed: z.string(),
          title: z.string().min(1),
          publisher: z.string().nullable(),
          author: z.string().nullable(),
          published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
          url: z.string().startsWith('/'),
          claims: z.number().int().nonnegative(),
        })
        .strict(),
    ),
    claims: z.array(
      z
        .object({
          id: z.string().regex(/^c-[0-9a-f]{10,}$/),
          article: z.string(),
          text: z.string().min(1),
          summary: z.string().min(1),
          speaker: z.string().nullable(),
          status: z.enum(STATUSES),
          rationale: z.string().min(1),
          related: z.array(z.object({ claim: z.string(), relation: z.enum(['corroborates', 'contradicts']) }).strict()),
          reviewed: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

const claimsJson = contract.parse(JSON.parse(readFileSync(join(fixtureDist, 'claims.json'), 'utf8')));

describe('dist/claims.json', () => {
  it('has a page for each readable seed and none for the bad ones', () => {
    const seeds = claimsJson.articles.map((article) => article.seed).sort();
    const outlets = readdirSync(join(root, CLEAN_FIXTURES)).filter((name) => name.endsWith('.txt'));
    expect(outlets.length).toBeGreaterThanOrEqual(6);
    expect(seeds).toEqual(
      ['000_f77de8f682c93f7c.txt', '003_05d9444e538036f2.txt', 'harbour-courier-ferry.html', 'hostile-mdx.txt', 'northern-ledger-council.md', ...outlets].sort(),
    );
    for (const article of claimsJson.articles) {
      expect(existsSync(join(fixtureDist, article.url, 'index.html')), article.url).toBe(true);
    }
  });

  it('keeps ids unique, counts consistent and every relation pointing at a claim in another article', () => {
    const ids = new Set(claimsJson.claims.map((claim) => claim.id));
    expect(ids.size).toBe(claimsJson.claims.length);
    const byId = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
    for (const article of claimsJson.articles) {
      expect(claimsJson.claims.filter((claim) => claim.article === article.slug)).toHaveLength(article.claims);
    }
    for (const claim of claimsJson.claims) {
      for (const link of claim.related) {
        expect(byId.get(link.claim)?.article, `${claim.id} → ${link.claim}`).toBeDefined();
        expect(byId.get(link.claim)?.article).not.toBe(claim.article);
      }
    }
  });

  it('applies an editor’s verdict and marks only that claim reviewed', () => {
    const reviewed = claimsJson.claims.filter((claim) => claim.reviewed);
    expect(reviewed.map((claim) => [claim.id, claim.status])).toEqual([['c-1518e11b72', 'misleading']]);
    expect(reviewed[0]!.rationale).toContain('without the context');
    const verdictFile = readFileSync(join(fixtureContent, 'verdicts/hostile-mdx.yaml'), 'utf8');
    expect(verdictFile).toBe(readFileSync(new URL('../fixtures/verdicts/hostile-mdx.yaml', import.meta.url), 'utf8'));
  });

  it('keeps each claim text an exact span of its page', () => {
    for (const article of claimsJson.articles) {
      const html = readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8');
      for (const claim of claimsJson.claims.filter((entry) => entry.article === article.slug)) {
        expect(html).toContain(`id="${claim.id}"`);
      }
    }
  });

  it('marks the Pokrovsk claim in the Independent seed unverified, because the article says so', () => {
    const independent = claimsJson.articles.find((article) => article.seed === '000_f77de8f682c93f7c.txt')!;
    const pokrovsk = claimsJson.claims.filter((claim) => claim.article === independent.slug && /surrounded.*Pokrovsk/.test(claim.text));
    expect(pokrovsk).toHaveLength(1);
    expect(pokrovsk[0]!.status).toBe('unverified');
    expect(pokrovsk[0]!.rationale).toMatch(/independently verified|could not be verified/i);
  });

  it('renders each paragraph of the generated MDX as one <p> of the article body', () => {
    for (const article of claimsJson.articles) {
      const mdx = readFileSync(join(fixtureContent, 'articles', `${article.slug}.mdx`), 'utf8');
      const paragraphs = mdx.split(/^---$/m).slice(2).join('---').trim().split(/\n\n/).length;
      const html = readFileSync(join(fixtureDist, article.url, 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('class="claims"'));
      expect(body.match(/<p\b/g)?.length, article.slug).toBe(paragraphs);
    }
  });

  it('reports every bad seed in the build report with its reason, and builds the rest', () => {
    const report = JSON.parse(readFileSync(join(fixtureDist, 'build-report.json'), 'utf8')) as {
      skipped: { file: string; rule: string; reason: string }[];
    };
    const rules = Object.fromEntries(report.skipped.map((problem) => [problem.file, problem.rule]));
    expect(rules).toMatchObject({
      'empty.txt': 'empty-seed',
      'binary.txt': 'binary-file',
      'latin1.txt': 'invalid-utf8',
      [HUGE_SEED]: 'too-large',
      'only-clutter.txt': 'only-clutter',
      'scan.pdf': 'unsupported-type',
    });
    for (const problem of report.skipped) expect(problem.reason).toMatch(new RegExp(`^${problem.file.replace(/[.]/g, '\\.')}.*Unexpected .*, expected .*\\[${problem.rule}\\]$`));
    expect(claimsJson.articles.length).toBeGreaterThan(10);
  });

  it('indexes the site with Pagefind', () => {
    expect(existsSync(join(fixtureDist, 'pagefind/pagefind.js'))).toBe(true);
  });
});
