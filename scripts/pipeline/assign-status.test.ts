/**
 * Statuses over a collection: what "corroborated" and "disputed" mean to a
 * fact-checker. Each article is a few sentences in a made-up outlet's voice,
 * run through the real per-article stages and the corpus stages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCleanArticle } from './ingest.ts';
import { articleFromParagraphs } from './test-support/article.ts';
import type { Claim } from './types.ts';
import { weighEvidence } from './weigh-evidence.ts';

interface Source {
  slug: string;
  publisher: string | null;
  published?: string;
  agency?: string;
  paragraphs: string[];
}

function weigh(sources: readonly Source[]): Claim[] {
  const analysed = sources.map((s) =>
    analyzeCleanArticle(
      { ...articleFromParagraphs(s.paragraphs, { seed: `${s.slug}.txt`, publisher: s.publisher, published: s.published ?? null }), agency: s.agency ?? null },
      s.slug,
    ),
  );
  return weighEvidence(analysed).flatMap((a) => a.claims);
}

const find = (claims: readonly Claim[], start: string, article?: string): Claim => {
  const claim = claims.find((c) => c.text.startsWith(start) && (article === undefined || c.article === article));
  if (!claim) throw new Error(`no claim starting "${start}"${article ? ` in ${article}` : ''}: ${claims.map((c) => c.text).join(' | ')}`);
  return claim;
};

const OUTLETS = ['Daily Planet', 'Valley Courier', 'Harbour Herald', 'Morning Star', 'North Gazette', 'Capital Times', 'River Post', 'Evening Standard', 'Coast Tribune'];

describe('repetition is not corroboration', () => {
  it('nine outlets quoting one party: unverified, reported by nine outlets, none of them independent', () => {
    const claims = weigh(
      OUTLETS.map((publisher, i) => ({
        slug: `o${i}`,
        publisher,
        published: '2026-03-14',
        paragraphs: [
          i % 2 === 0
            ? 'The Russian Defence Ministry said its forces had encircled the town of Velykyi Brid on Friday.'
            : 'Russian forces have encircled the town of Velykyi Brid, the Russian Defence Ministry said on Friday.',
        ],
      })),
    );
    expect(claims).toHaveLength(9);
    expect(new Set(claims.map((c) => c.cluster)).size).toBe(1);
    for (const claim of claims) {
      expect(claim.status).toBe('unverified');
      expect(claim.appearance.independent).toBe(false);
      expect(claim.rationale).toMatch(/^Only Russian Defence Ministry says so; reported by 9 outlets, none of them independent\.$/u);
    }
  });

  it('two outlets with their own reporting: corroborated; three copies of one wire story: one source', () => {
    const fact = 'A bridge over the Morava river collapsed in Kraljevo on Tuesday, killing three people.';
    const own = weigh([
      { slug: 'a', publisher: 'Daily Planet', paragraphs: [fact] },
      { slug: 'b', publisher: 'Valley Courier', paragraphs: ['Three people were killed on Tuesday when a bridge over the Morava river collapsed in Kraljevo.'] },
    ]);
    expect(own.map((c) => c.status)).toEqual(['corroborated', 'corroborated']);
    expect(own[0]!.rationale).toContain('Confirmed by 2 independent sources');

    const wire = weigh(
      ['Daily Planet', 'Valley Courier', 'Harbour Herald'].map((publisher, i) => ({ slug: `w${i}`, publisher, agency: 'AFP', paragraphs: [fact] })),
    );
    expect(wire.map((c) => c.status)).toEqual(['unverified', 'unverified', 'unverified']);
    expect(wire[0]!.sources).toEqual({ outlets: 3, independent: 1 });
  });

  it('a hedged claim stays unverified, even where two outlets carry the same hedge', () => {
    const claims = weigh([
      { slug: 'a', publisher: 'Daily Planet', paragraphs: ['The plant manager allegedly ordered workers to vent the tank into the Sava river on Monday.'] },
      { slug: 'b', publisher: 'Valley Courier', paragraphs: ['The plant manager reportedly ordered workers to vent the tank into the Sava river on Monday.'] },
    ]);
    expect(claims.map((c) => c.status)).toEqual(['unverified', 'unverified']);
    expect(claims.map((c) => c.appearance.dependence)).toEqual(['hedged', 'hedged']);
  });
});

describe('disputed means somebody denies it', () => {
  it('a denial in another article, made before the claim was repeated, disputes it, and the reason says who, where and when', () => {
    const claims = weigh([
      { slug: 'denial', publisher: 'Daily Planet', published: '2025-11-13', paragraphs: ['There is no encirclement of Pokrovsk, the army commander Ivan Petrenko said.'] },
      { slug: 'claim', publisher: 'Valley Courier', published: '2025-11-27', paragraphs: ['Vladimir Putin claimed on Thursday that the Russian army had surrounded Pokrovsk.'] },
    ]);
    const claim = find(claims, 'Vladimir Putin claimed');
    const denial = find(claims, 'There is no encirclement');
    expect(claim.status).toBe('disputed');
    expect(claim.rationale).toBe('Denied by Ivan Petrenko (Daily Planet, 13 Nov 2025).');
    expect(claim.related).toContainEqual({ claim: denial.id, relation: 'contradicts' });
    expect(denial.kind).toBe('denial');
    expect(denial.status).toBe('disputed');
  });

  it('a contrast clause is not a contradiction', () => {
    const claims = weigh([
      { slug: 'a', publisher: 'Daily Planet', paragraphs: ['Negotiators in Geneva cut the peace plan to 19 points, but the new version has not been released.'] },
      { slug: 'b', publisher: 'Valley Courier', paragraphs: ['The revised 19-point version of the peace plan agreed in Geneva has not been released.'] },
    ]);
    for (const claim of claims) {
      expect(claim.status).not.toBe('disputed');
      expect(claim.related.filter((r) => r.relation === 'contradicts')).toEqual([]);
    }
  });
});

describe('not a checkable fact', () => {
  it('demands, forecasts and value judgements say which they are; a plan is a report', () => {
    const claims = weigh([
      {
        slug: 'a',
        publisher: 'Daily Planet',
        paragraphs: [
          'Ukrainian troops must withdraw from the Donbas before any ceasefire, Vladimir Putin said.',
          'The war will end by the spring, the analyst Maria Novak predicted.',
          'Such claims were ridiculous, Dmitry Peskov said.',
          'A Ukrainian delegation is expected to arrive in Istanbul on Monday.',
        ],
      },
    ]);
    expect(find(claims, 'Ukrainian troops must')).toMatchObject({ kind: 'demand', status: 'not-checkable', rationale: 'A demand or threat, not a checkable fact.' });
    expect(find(claims, 'The war will end')).toMatchObject({ kind: 'prediction', status: 'not-checkable', rationale: 'A forecast, not a checkable fact.' });
    expect(find(claims, 'Such claims')).toMatchObject({ kind: 'value-judgement', status: 'not-checkable' });
    expect(find(claims, 'A Ukrainian delegation')).toMatchObject({ kind: 'prediction', plan: true, status: 'unverified' });
  });
});

describe('a neutral source of record', () => {
  it('is one independent source: a fire service and an outlet’s own reporter corroborate, nine outlets quoting the fire service do not', () => {
    const quote = 'Firefighters put out the blaze at the Kessary warehouse at about 5am on Wednesday, the Brenn Fire and Rescue Service said.';
    const own = 'Firefighters put out the blaze at the Kessary warehouse at about 5am on Wednesday.';
    const quoted = weigh(OUTLETS.slice(0, 3).map((publisher, i) => ({ slug: `q${i}`, publisher, published: '2026-11-25', paragraphs: [quote] })));
    for (const claim of quoted) expect(claim.status, claim.rationale).toBe('unverified');
    const both = weigh([
      { slug: 'q0', publisher: 'Daily Planet', published: '2026-11-25', paragraphs: [quote] },
      { slug: 'r0', publisher: 'Valley Courier', published: '2026-11-25', paragraphs: [own] },
    ]);
    expect(both.map((c) => c.status)).toEqual(['corroborated', 'corroborated']);
  });
});
