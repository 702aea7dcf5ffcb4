import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LabelledSetError, manifestOf, readLabelledSet, readLabelledSets } from './labelled-set.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const labels = {
  file: 'a01.txt',
  story: 'A',
  outlet: 'Daily Planet',
  layout: 'tabloid',
  headline: 'Town encircled, ministry says',
  publisher: 'Daily Planet',
  agency: null,
  published: '2026-03-14',
  origin: { type: 'own', source: null },
  body: ['The ministry said its troops had encircled the town.'],
  clutter: ['Town encircled, ministry says'],
  claims: [
    {
      text: 'The ministry said its troops had encircled the town.',
      kind: 'attributed',
      speaker: 'A:mod',
      cluster: 'A1',
      denies: [],
      hedged: false,
      status: 'unverified',
      why: 'Only the ministry says so.',
    },
  ],
};

const stories = {
  set: 'tiny',
  stories: { A: { summary: 'A town is said to be encircled.' } },
  outlets: { 'Daily Planet': { layout: 'tabloid', stateMediaOf: null, articles: ['a01'] } },
  entities: { 'A:mod': { name: 'North defence ministry', type: 'ministry', side: 'north', aliases: ['the ministry'] } },
  clusters: { A1: { story: 'A', fact: 'North troops encircled the town', claimant: 'A:mod' } },
};

function makeSet(label: object = labels): string {
  const root = mkdtempSync(join(tmpdir(), 'factline-set-'));
  dirs.push(root);
  const dir = join(root, 'blind', 'tiny');
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'labels'));
  writeFileSync(join(dir, 'seeds', 'a01.txt'), 'Town encircled, ministry says\n\nThe ministry said its troops had encircled the town.\n');
  writeFileSync(join(dir, 'labels', 'a01.json'), JSON.stringify(label));
  writeFileSync(join(dir, 'stories.json'), JSON.stringify(stories));
  return dir;
}

describe('readLabelledSet', () => {
  it('reads a frozen set: labels, stories, and the seeds as the ingest reads them', async () => {
    const dir = makeSet();
    writeFileSync(join(dir, 'FROZEN.sha256'), manifestOf(dir));
    const set = await readLabelledSet(dir, 'blind');
    expect(set.name).toBe('tiny');
    expect(set.articles.map((a) => a.id)).toEqual(['a01']);
    expect(set.articles[0]!.labels.claims[0]!.speaker).toBe('A:mod');
    expect(set.seeds.map((s) => s.name)).toEqual(['a01.txt']);
    expect(set.unreadable).toEqual([]);
    expect((await readLabelledSets(join(dir, '..', '..'))).map((s) => `${s.role}/${s.name}`)).toEqual(['blind/tiny']);
  });

  it('refuses a set that is not frozen, or whose labels changed after freezing', async () => {
    const dir = makeSet();
    await expect(readLabelledSet(dir, 'blind')).rejects.toThrow(/without FROZEN\.sha256/u);
    writeFileSync(join(dir, 'FROZEN.sha256'), manifestOf(dir));
    writeFileSync(join(dir, 'labels', 'a01.json'), JSON.stringify({ ...labels, publisher: 'Someone else' }));
    await expect(readLabelledSet(dir, 'blind')).rejects.toThrow(/change to a frozen file/u);
  });

  it('names the file and the field of a malformed label', async () => {
    const dir = makeSet({ ...labels, claims: [{ ...labels.claims[0], kind: 'rumour' }] });
    writeFileSync(join(dir, 'FROZEN.sha256'), manifestOf(dir));
    const error = await readLabelledSet(dir, 'blind').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabelledSetError);
    expect((error as Error).message).toMatch(/a01\.json: Unexpected value at `claims\.0\.kind`/u);
  });
});
