import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clutterShape, evaluateSet, plain, sameAgency, sameHeadline, samePublisher, scoreText, summarizeSet } from './extraction.ts';
import { renderExtractionSection } from './extraction-report.ts';
import { manifestOf, readLabelledSet } from './labelled-set.ts';

describe('comparisons', () => {
  it('forgive case, spacing, quotes, Markdown, a leading "The" and an agency\'s long name, nothing else', () => {
    expect(sameHeadline('Town ‘encircled’, ministry says', "town 'encircled',  ministry says")).toBe(true);
    expect(sameHeadline('**Town encircled**', 'Town encircled')).toBe(true);
    expect(sameHeadline('Town encircled', 'Town encircled, ministry says')).toBe(false);
    expect(samePublisher('Daily Planet', 'The Daily Planet')).toBe(true);
    expect(samePublisher('Daily Planet', 'Planet')).toBe(false);
    expect(sameAgency('AFP', 'Agence France-Presse')).toBe(true);
    expect(sameAgency('AP', 'Reuters')).toBe(false);
    expect(plain('See [the report](https://example.org) _here_')).toBe('See the report here');
  });

  it('tell the shape of a clutter line', () => {
    expect(clutterShape('Town encircled', 'Town encircled')).toBe('headline');
    expect(clutterShape('Photo: Jane Roe / AFP', null)).toBe('caption or credit');
    expect(clutterShape('Sign up for our newsletter', null)).toBe('prompt');
    expect(clutterShape('Politics', null)).toBe('label');
    expect(clutterShape('Mayor opens the new bridge over the river', null)).toBe('link or teaser');
  });
});

describe('scoreText', () => {
  const labels = {
    headline: 'Bridge reopens',
    body: ['The bridge reopened on Monday. Traffic was light.', 'The mayor cut a ribbon.'],
    clutter: ['Bridge reopens', 'Share', 'Most read'],
  };

  it('counts body sentences kept and clutter sentences left in', () => {
    const score = scoreText(labels, ['The bridge reopened on Monday. Traffic was light.', 'Share', 'The mayor cut a ribbon.']);
    expect(score.bodySentences).toBe(3);
    expect(score.bodyLost).toEqual([]);
    expect(score.clutterSentences).toBe(3);
    expect(score.clutterLeft).toEqual([{ text: 'share', shape: 'label' }]);
  });

  it('names the rule of a lost body sentence, and does not count clutter found inside body text', () => {
    const score = scoreText({ ...labels, clutter: ['Traffic'] }, ['The bridge reopened on Monday. Traffic was light.'], [{ rule: 'related-teaser', text: 'The mayor cut a ribbon.' }]);
    expect(score.bodyLost).toEqual([{ text: 'the mayor cut a ribbon.', rule: 'related-teaser' }]);
    expect(score.clutterLeft).toEqual([]);
  });

  it('sums a set: precision counts lost body sentences against what was removed', () => {
    const one = { id: 'a', file: 'a.txt', outlet: 'X', layout: 'tabloid', problem: null, ...fields(), ...scoreText(labels, ['Traffic was light.', 'Share']) };
    const sum = summarizeSet('s', 'dev', [one]);
    expect(sum.body).toEqual({ sentences: 3, lost: 2 });
    expect(sum.clutter).toMatchObject({ sentences: 3, removed: 2, left: 1, precision: 0.5, recall: 2 / 3 });
  });
});

function fields() {
  const f = { expected: null, got: null, right: true, miss: null };
  return { headline: { ...f, derived: true }, publisher: f, agency: f, published: f };
}

describe('evaluateSet', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('cleans a frozen set and scores every field', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'factline-extraction-')), 'dev', 'tiny');
    dirs.push(dir);
    mkdirSync(join(dir, 'seeds'), { recursive: true });
    mkdirSync(join(dir, 'labels'));
    const body = 'KARSK (AFP) – The ministry said on Tuesday that its troops had encircled the town after three days of fighting.';
    writeFileSync(join(dir, 'seeds', 'a01.txt'), `World\n\nTown encircled, ministry says\n\nPublished 14 March 2026\n\n${body}\n\nShare\n`);
    const label = {
      file: 'a01.txt', story: 'A', outlet: 'Daily Planet', layout: 'wire', headline: 'Town encircled, ministry says', publisher: null, agency: 'AFP',
      published: '2026-03-14', origin: { type: 'wire', source: 'AFP' }, body: [body], clutter: ['World', 'Town encircled, ministry says', 'Published 14 March 2026', 'Share'], claims: [],
    };
    writeFileSync(join(dir, 'labels', 'a01.json'), JSON.stringify(label));
    writeFileSync(join(dir, 'stories.json'), JSON.stringify({ set: 'tiny', stories: { A: { summary: 's' } }, outlets: { 'Daily Planet': { layout: 'wire', articles: ['a01'] } }, entities: {}, clusters: {} }));
    writeFileSync(join(dir, 'FROZEN.sha256'), manifestOf(dir));
    const result = evaluateSet(await readLabelledSet(dir, 'dev'));
    expect(result.articles[0]).toMatchObject({ headline: { right: true }, publisher: { right: true }, agency: { right: true, got: 'AFP' }, published: { right: true } });
    expect(result.clutter.recall).toBe(1);
    expect(result.body.lost).toBe(0);

    const blindSection = renderExtractionSection([{ ...result, role: 'blind' }], [{ set: 'tiny', note: 'read the figures' }]);
    expect(blindSection).toContain('read 1 time(s)');
    expect(blindSection).not.toContain('encircled');
    expect(renderExtractionSection([result])).toContain('### Dev set `tiny`');
  });
});
