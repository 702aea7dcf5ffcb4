import { describe, expect, it } from 'vitest';
import { assignSpeakerSlugs, groupBySpeaker, groupInOrder, slugifySpeaker, speakerKey } from './speakers.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugifySpeaker', () => {
  it('lowercases, folds accents and joins words with dashes', () => {
    expect(slugifySpeaker('Vladimir Putin')).toBe('vladimir-putin');
    expect(slugifySpeaker('Emmanuel Macron')).toBe('emmanuel-macron');
    expect(slugifySpeaker('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugifySpeaker('Łukasz Øster-Großmann')).toBe('lukasz-oster-grossmann');
    expect(slugifySpeaker('Donald Trump Jr.')).toBe('donald-trump-jr');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(slugifySpeaker("Kyiv's top general")).toBe('kyivs-top-general');
    expect(slugifySpeaker('Kyiv’s top general')).toBe('kyivs-top-general');
  });

  it('never returns an empty or unsafe slug', () => {
    expect(slugifySpeaker('Владимир Путин')).toMatch(/^speaker-[0-9a-f]{6}$/);
    expect(slugifySpeaker('../../etc/passwd')).toBe('etc-passwd');
    expect(slugifySpeaker('<script>alert(1)</script>')).toBe('script-alert-1-script');
    for (const name of ['', '   ', '!!!', 'a'.repeat(300), 'x/y?z#w']) expect(slugifySpeaker(name)).toMatch(SLUG);
    expect(slugifySpeaker('a'.repeat(300)).length).toBeLessThanOrEqual(60);
  });
});

describe('speakerKey', () => {
  it('treats case, spacing and apostrophe variants as one speaker', () => {
    expect(speakerKey('  Kyiv’s   Top general ')).toBe(speakerKey("kyiv's top general"));
    expect(speakerKey('Vladimir Putin')).not.toBe(speakerKey('Putin'));
  });
});

describe('assignSpeakerSlugs', () => {
  it('gives different speakers with the same slug distinct slugs, whatever the order', () => {
    const names = ['Kyivs top general', "Kyiv's top general", 'Kyiv-s top general', 'Vladimir Putin'];
    const a = assignSpeakerSlugs(names);
    const b = assignSpeakerSlugs([...names].reverse());
    expect(a.size).toBe(4);
    expect(new Set(a.values()).size).toBe(4);
    for (const [key, slug] of a) expect(b.get(key)).toBe(slug);
    expect(a.get(speakerKey('Vladimir Putin'))).toBe('vladimir-putin');
    for (const name of names.slice(0, 2)) expect(a.get(speakerKey(name))).toMatch(/^kyivs-top-general-[0-9a-f]{6,}$/);
    expect(a.get(speakerKey('Kyiv-s top general'))).toBe('kyiv-s-top-general');
  });

  it('gives spelling variants of one speaker one slug', () => {
    const slugs = assignSpeakerSlugs(['Vladimir Putin', 'vladimir  putin', 'VLADIMIR PUTIN']);
    expect([...slugs.values()]).toEqual(['vladimir-putin']);
  });

  it('only produces URL-safe slugs', () => {
    for (const slug of assignSpeakerSlugs(['Путин', 'Зеленський', '?', 'a b', 'A  B']).values()) expect(slug).toMatch(SLUG);
  });
});

describe('groupBySpeaker', () => {
  const claims = [
    { id: 1, speaker: 'Vladimir Putin' },
    { id: 2, speaker: null },
    { id: 3, speaker: 'Andriy Yermak' },
    { id: 4, speaker: 'vladimir putin' },
    { id: 5, speaker: 'Vladimir Putin' },
    { id: 6, speaker: '  ' },
    { id: 7, speaker: 'Emmanuel Macron' },
  ];

  it('leaves out claims with no speaker, puts the most quoted first, keeps reading order', () => {
    const groups = groupBySpeaker(claims, (claim) => claim.speaker);
    expect(groups.map((group) => [group.name, group.slug, group.items.map((claim) => claim.id)])).toEqual([
      ['Vladimir Putin', 'vladimir-putin', [1, 4, 5]],
      ['Andriy Yermak', 'andriy-yermak', [3]],
      ['Emmanuel Macron', 'emmanuel-macron', [7]],
    ]);
  });
});

describe('groupInOrder', () => {
  it('keeps groups in order of first appearance', () => {
    expect(groupInOrder(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0])).toEqual([
      { key: 'b', items: ['b1', 'b2'] },
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'c', items: ['c1'] },
    ]);
  });
});
