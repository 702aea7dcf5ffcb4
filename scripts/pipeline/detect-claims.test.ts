import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKABLE_CUES, detectClaims, explainClaims, FLUFF_RULES, REPORTING_CUES } from './detect-claims.ts';
import { articleFromParagraphs } from './test-support/article.ts';
import { HARBOUR_STRIKE } from './fixtures/claims/harbour-strike.ts';
import { KANO_OUTBREAK } from './fixtures/claims/kano-outbreak.ts';
import { SEED_000, SEED_000_SEED } from './fixtures/claims/seed-000.ts';
import { SEED_003, SEED_003_SEED } from './fixtures/claims/seed-003.ts';
import type { ClaimFixture } from './fixtures/claims/types.ts';
import { segment } from './segment.ts';
import { SUMMARY_MAX, summarize } from './summarize.ts';
import type { CleanArticle, DetectedClaim } from './types.ts';

function claimsOf(article: CleanArticle): { claims: DetectedClaim[]; article: ReturnType<typeof segment> } {
  const seg = segment(article);
  return { claims: detectClaims(seg), article: seg };
}

function claimStartingWith(claims: readonly DetectedClaim[], prefix: string): DetectedClaim | undefined {
  const hits = claims.filter((c) => c.text.startsWith(prefix));
  expect(hits.length, `claims starting with ${JSON.stringify(prefix)}`).toBeLessThanOrEqual(1);
  return hits[0];
}

function expectInvariants(article: ReturnType<typeof segment>, claims: readonly DetectedClaim[]): void {
  let prev: DetectedClaim | undefined;
  for (const c of claims) {
    const paragraph = article.paragraphs[c.paragraph];
    expect(paragraph).toBeDefined();
    expect(paragraph?.slice(c.start, c.end)).toBe(c.text);
    // A claim is one whole sentence.
    expect(article.sentences.some((s) => s.paragraph === c.paragraph && s.start === c.start && s.end === c.end)).toBe(true);
    // In order and never overlapping.
    if (prev && prev.paragraph === c.paragraph) expect(c.start).toBeGreaterThanOrEqual(prev.end);
    if (prev) expect(c.paragraph).toBeGreaterThanOrEqual(prev.paragraph);
    expect(['attributed', 'quote', 'factual']).toContain(c.form);
    expect(c.speaker === null || c.speaker.trim().length > 0).toBe(true);
    expect(c.summary.length).toBeGreaterThan(0);
    expect(c.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(c.summary).not.toMatch(/[“”"]/u);
    expect(c.summary).toMatch(/^[\p{Lu}\p{N}]/u);
    prev = c;
  }
}

describe('fixtures are sound', () => {
  const collapse = (s: string) => s.replace(/\s+/gu, ' ');

  it.each([
    [SEED_000_SEED, SEED_000],
    [SEED_003_SEED, SEED_003],
  ])('every paragraph of %s occurs verbatim in the seed file', (name, article) => {
    const raw = collapse(readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8'));
    for (const p of article.paragraphs) expect(raw).toContain(p);
  });

  it.each([HARBOUR_STRIKE, KANO_OUTBREAK])('$name labels every sentence exactly once', (fixture: ClaimFixture) => {
    const texts = segment(fixture.article).sentences.map((s) => s.text);
    const labelled = [...fixture.claims.map((c) => c.text), ...fixture.nonClaims];
    expect([...labelled].sort()).toEqual([...texts].sort());
  });
});

describe('labelled fixtures', () => {
  it.each([HARBOUR_STRIKE, KANO_OUTBREAK])('$name: claims, kinds, speakers and spans', (fixture: ClaimFixture) => {
    const { claims, article } = claimsOf(fixture.article);
    expectInvariants(article, claims);
    const got = claims.map((c) => ({ paragraph: c.paragraph, text: c.text, kind: c.form, speaker: c.speaker }));
    expect(got).toEqual(fixture.claims);
    for (const text of fixture.nonClaims) expect(claims.map((c) => c.text)).not.toContain(text);
  });
});

describe('seed 000 (The Independent)', () => {
  const { claims, article } = claimsOf(SEED_000);

  it('keeps exact, non-overlapping sentence spans', () => {
    expectInvariants(article, claims);
  });

  it('Pokrovsk: Putin’s claim, summarised without speaker or hedge', () => {
    const text = 'Meanwhile, Putin on Thursday claimed the Russian army had surrounded the embattled city of Pokrovsk – although the claim could not be independently verified.';
    const c = claimStartingWith(claims, 'Meanwhile, Putin on Thursday claimed');
    expect(c).toMatchObject({ text, form: 'attributed', speaker: 'Vladimir Putin', paragraph: 9, start: 0, end: text.length });
    expect(c?.summary).toBe('Russian army surrounded Pokrovsk');
  });

  it('“Not a single sane person…,” he said → Andriy Yermak (last named speaker)', () => {
    const c = claimStartingWith(claims, '“Not a single sane person');
    expect(c).toMatchObject({ form: 'quote', speaker: 'Andriy Yermak', text: '“Not a single sane person today would sign a document to give up territory,” he said.' });
  });

  it('Yermak told The Atlantic → Andriy Yermak', () => {
    const c = claimStartingWith(claims, 'Ukraine’s top negotiator Andriy Yermak told The Atlantic');
    expect(c).toMatchObject({ form: 'attributed', speaker: 'Andriy Yermak', paragraph: 3, start: 0 });
    expect(c?.summary).toBe('Zelensky would never allow Ukraine to cede land to Russia');
  });

  it('Kyiv’s top general is an unnamed-role speaker label', () => {
    expect(claimStartingWith(claims, "Kyiv's top general said")).toMatchObject({ form: 'attributed', speaker: "Kyiv's top general", summary: 'Ukraine was pushing back hard' });
  });

  it('a multi-sentence quote is one claim with its attribution', () => {
    const c = claimStartingWith(claims, '"Ukrainian troops must withdraw');
    expect(c?.text).toBe(article.paragraphs[6]);
    expect(c).toMatchObject({ form: 'quote', speaker: 'Vladimir Putin' });
  });

  it('organisations speak', () => {
    expect(claimStartingWith(claims, 'Russia said the leaks')?.speaker).toBe('Russia');
    expect(claimStartingWith(claims, 'The Kremlin has resisted')?.speaker).toBe('Kremlin');
    expect(claimStartingWith(claims, '"The Turkish Armed Forces')).toMatchObject({ form: 'quote', speaker: 'defence ministry' });
  });

  it('leaves out fluff and commentary', () => {
    for (const prefix of ['Both sides will be desperately keen', 'The future of claimed territories remains', 'Scrutiny continues to fall']) {
      expect(claimStartingWith(claims, prefix), prefix).toBeUndefined();
    }
  });

  it('keeps factual statements with checkable content', () => {
    expect(claimStartingWith(claims, 'Separately, US special envoy Steve Witkoff will travel')).toMatchObject({ form: 'factual', speaker: null });
    expect(claimStartingWith(claims, 'The city is a key transport hub')).toMatchObject({ form: 'factual', speaker: null });
  });

  it('denials keep their polarity in the summary', () => {
    expect(claimStartingWith(claims, 'The Russian president also denied')?.summary).toMatch(/^Denies /u);
  });

  it('claims every sentence it should and no other', () => {
    expect(claims).toHaveLength(article.sentences.length - 3);
    expect(claims).toHaveLength(33);
    expect(explainClaims(article).filter((d) => d.form === null).map((d) => d.rule)).toEqual(['speculative-mood', 'abstract-subject', 'abstract-subject']);
  });
});

describe('seed 003 (The Kyiv Independent)', () => {
  const { claims, article } = claimsOf(SEED_003);

  it('keeps exact, non-overlapping sentence spans', () => {
    expectInvariants(article, claims);
  });

  it('the lede is one claim by Vladimir Putin; "Nov. 27" does not split it', () => {
    const lede = article.paragraphs[0] ?? '';
    const c = claimStartingWith(claims, 'Russian President Vladimir Putin on Nov. 27 reiterated');
    expect(c).toMatchObject({ paragraph: 0, start: 0, end: lede.length, text: lede, form: 'attributed', speaker: 'Vladimir Putin' });
    expect(c?.summary).toBe('Ukrainian forces withdraw from current positions');
  });

  it('role references resolve to Putin', () => {
    for (const prefix of ['The Russian leader confirmed', '"Ukrainian troops will withdraw', "The Kremlin's chief alleged", 'He added, "As', 'The Russian leader further declared']) {
      expect(claimStartingWith(claims, prefix)?.speaker, prefix).toBe('Vladimir Putin');
    }
  });

  it('a quote continuing the previous sentence keeps its speaker', () => {
    expect(claimStartingWith(claims, '"If they don\'t withdraw')).toMatchObject({ form: 'quote', speaker: 'Vladimir Putin' });
  });

  it('"came as the latest move" framing is left out, an event after "come after" is kept', () => {
    expect(claimStartingWith(claims, 'The plan came as the latest move')).toBeUndefined();
    expect(claimStartingWith(claims, 'The comments come after the Trump administration unveiled')).toMatchObject({
      form: 'factual',
      speaker: null,
      summary: 'Trump administration unveiled a 28-point peace plan',
    });
  });

  it('passive "was declared" is not an attribution', () => {
    expect(claimStartingWith(claims, "Ukraine's constitution prohibits")).toMatchObject({ form: 'factual', speaker: null });
  });

  it('claims every body sentence but the framing one', () => {
    expect(claims).toHaveLength(article.sentences.length - 1);
  });
});

describe('kinds', () => {
  it('quote / attributed / factual', () => {
    const { claims } = claimsOf(
      articleFromParagraphs([
        '“The reactor is safe and will reopen in March,” the operator said.',
        'Grid operator Elia said the reactor would reopen in March.',
        'The reactor in Doel produced 3 gigawatts in 2023.',
        'Everyone will be watching closely.',
      ]),
    );
    expect(claims.map((c) => [c.form, c.speaker])).toEqual([
      ['quote', null], // "the operator": a definite role nobody was introduced with
      ['attributed', 'Elia'],
      ['factual', null],
    ]);
  });

  it('a question is not a claim, even with named actors', () => {
    expect(detectClaims(segment(articleFromParagraphs(['Will Germany send more tanks to Ukraine in 2026?'])))).toEqual([]);
  });
});

describe('summaries', () => {
  const summary = (text: string, cueWord: string | null, form: DetectedClaim['form'] = 'attributed', headline?: string) => {
    const at = cueWord === null ? -1 : text.indexOf(cueWord);
    return summarize({ text, form, cue: at < 0 ? null : { id: 'x', start: at, end: at + (cueWord ?? '').length, headline }, mention: null, speaker: null });
  };

  it('takes the clause after the reporting verb, minus time words and "that"', () => {
    expect(summary('Officials said on Monday that 37 ferries had been cancelled.', 'said')).toBe('37 ferries had been cancelled');
  });

  it('takes the quotation of a quote', () => {
    expect(summary('“We will not back down,” she said.', 'said', 'quote')).toBe('We will not back down');
  });

  it('puts the headline verb before a noun-phrase object', () => {
    expect(summary('The ministry denied reports of a second outbreak.', 'denied', 'attributed', 'Denies')).toBe('Denies reports of a second outbreak');
  });

  it('stays under the limit and ends on a content word', () => {
    const s = summary('The council said the new bridge across the river would be finished and opened to traffic by the end of the decade at the latest.', 'said');
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(s).not.toMatch(/\b(?:the|of|to|by|and|at)$/u);
  });
});

describe('tables and determinism', () => {
  it('cue tables are data with unique ids', () => {
    for (const table of [REPORTING_CUES, CHECKABLE_CUES, FLUFF_RULES]) {
      const ids = table.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(REPORTING_CUES.flatMap((c) => c.forms)).toEqual(expect.arrayContaining(['said', 'told', 'claimed', 'according to', 'alleged', 'denied', 'announced', 'reiterated', 'stressed', 'confirmed', 'declared', 'warned', 'accused', 'rejected', 'insisted']));
  });

  it('returns the same claims on every run', () => {
    expect(detectClaims(segment(SEED_000))).toEqual(detectClaims(segment(SEED_000)));
  });
});
