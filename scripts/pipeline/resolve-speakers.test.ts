import { describe, expect, it } from 'vitest';
import { affiliationOf, foldName, orgKey, resolveSpeakers, type ArticleSpeakers, type SpeakerMention } from './resolve-speakers.ts';

const person = (name: string, article = 0): SpeakerMention => ({ name, kind: 'person', article });
const none: ArticleSpeakers = { people: [], roles: [] };

describe('foldName', () => {
  it('folds transliteration variants together, and keeps different names apart', () => {
    expect(foldName('Syrskyi')).toBe(foldName('Syrsky'));
    expect(foldName('Sirsky')).toBe(foldName('Syrskyi'));
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'));
    expect(foldName('Kharkiv')).toBe(foldName('Harkiv'));
    expect(foldName('Petrenko')).not.toBe(foldName('Petrov'));
  });
});

describe('orgKey', () => {
  it('is the same for word-order and country-form variants', () => {
    expect(orgKey('Russian Defence Ministry')).toBe(orgKey("Russia's defence ministry"));
    expect(orgKey('the Russian Defense Ministry')).toBe(orgKey('Russian Defence Ministry'));
    expect(orgKey("Ukraine's General Staff")).toBe(orgKey('the Ukrainian General Staff'));
    expect(orgKey('Russian Defence Ministry')).not.toBe(orgKey('Ukrainian Defence Ministry'));
  });
});

describe('resolveSpeakers', () => {
  it('gives a person one name across spellings, full and short names', () => {
    const articles: ArticleSpeakers[] = [
      { people: ['Oleksandr Syrskyi'], roles: [] },
      { people: ['Alexander Syrsky'], roles: [] },
      { people: ['Syrsky'], roles: [] },
    ];
    const mentions = [person('Oleksandr Syrskyi', 0), person('Oleksandr Syrskyi', 0), person('Alexander Syrsky', 1), person('Syrsky', 2)];
    const r = resolveSpeakers(articles, mentions);
    expect(new Set(mentions.map((m) => r.canonical(m)))).toEqual(new Set(['Oleksandr Syrskyi']));
    expect(r.aliases.get('Oleksandr Syrskyi')).toEqual(['Oleksandr Syrskyi', 'Alexander Syrsky', 'Syrsky']);
  });

  it('keeps two people with one surname apart, and leaves a surname alone when it could be either', () => {
    const articles: ArticleSpeakers[] = [{ people: ['Joe Biden', 'Hunter Biden'], roles: [] }];
    const r = resolveSpeakers(articles, [person('Joe Biden'), person('Hunter Biden'), person('Biden')]);
    expect(r.canonical(person('Joe Biden'))).toBe('Joe Biden');
    expect(r.canonical(person('Hunter Biden'))).toBe('Hunter Biden');
    expect(r.canonical(person('Biden'))).toBe('Biden');
  });

  it('gives an unnamed role the person the collection ties it to, in any article', () => {
    const articles: ArticleSpeakers[] = [
      { people: ['Ivan Petrenko'], roles: [{ name: 'Ivan Petrenko', role: "army's commander", cls: 'military', country: null }] },
      none,
    ];
    const r = resolveSpeakers(articles, [person('Ivan Petrenko', 0), { name: "army's commander", kind: 'role', article: 1 }]);
    expect(r.canonical({ name: "army's commander", kind: 'role', article: 1 })).toBe('Ivan Petrenko');
    expect(r.canonical({ name: "navy's commander", kind: 'role', article: 1 })).toBe("navy's commander");
  });

  it('matches a role by its words whatever the holder’s gender, hyphens or extra qualifiers, but not a former or deputy holder', () => {
    const role = (name: string): SpeakerMention => ({ name, kind: 'role', article: 1 });
    const articles: ArticleSpeakers[] = [
      {
        people: ['Marta Veselinova', 'Aurel Vostanic', 'Dmitry Medvedev'],
        roles: [
          { name: 'Marta Veselinova', role: 'chair of the Central Election Commission', cls: 'executive', country: null },
          { name: 'Aurel Vostanic', role: "authority's director general", cls: 'executive', country: null },
          { name: 'Dmitry Medvedev', role: 'former Russian president', cls: 'leader', country: 'russia' },
        ],
      },
      none,
    ];
    const r = resolveSpeakers(articles, [person('Marta Veselinova', 0)]);
    expect(r.canonical(role('commission’s chairwoman'))).toBe('Marta Veselinova');
    expect(r.canonical(role("authority's director-general"))).toBe('Aurel Vostanic');
    expect(r.canonical(role('Russian president'))).toBe('Russian president');
    // One word is too little to go on.
    expect(r.canonical(role('chairwoman'))).toBe('chairwoman');
  });

  it('gives a lone surname read as an organisation the one person with that surname', () => {
    const articles: ArticleSpeakers[] = [{ people: ['Ruzhin Tamm'], roles: [] }, none];
    const tamm: SpeakerMention = { name: 'Tamm', kind: 'org', article: 1 };
    const r = resolveSpeakers(articles, [person('Ruzhin Tamm', 0), tamm]);
    expect(r.canonical(tamm)).toBe('Ruzhin Tamm');
    expect(r.canonical({ name: 'Reuters', kind: 'org', article: 1 })).toBe('Reuters');
    const two = resolveSpeakers([{ people: ['Joe Biden', 'Hunter Biden'], roles: [] }], [{ name: 'Biden', kind: 'org', article: 0 }]);
    expect(two.canonical({ name: 'Biden', kind: 'org', article: 0 })).toBe('Biden');
  });

  it('gives organisations one name, capitalised where any article capitalises it', () => {
    const mentions: SpeakerMention[] = [
      { name: "Russia's defence ministry", kind: 'org', article: 0 },
      { name: 'Russian Defence Ministry', kind: 'org', article: 1 },
      { name: 'Russian Defence Ministry', kind: 'org', article: 2 },
    ];
    const r = resolveSpeakers([none, none, none], mentions);
    expect(new Set(mentions.map((m) => r.canonical(m)))).toEqual(new Set(['Russian Defence Ministry']));
  });

  it('lets a desk name a speaker, over any inference', () => {
    const r = resolveSpeakers([none], [person('Sasha Petrov'), { name: "Kyiv's top general", kind: 'role', article: 0 }], new Map([['Oleksandr Petrov', ['Sasha Petrov', "Kyiv's top general"]]]));
    expect(r.canonical(person('Sasha Petrov'))).toBe('Oleksandr Petrov');
    expect(r.canonical({ name: "Kyiv's top general", kind: 'role', article: 0 })).toBe('Oleksandr Petrov');
  });
});

describe('affiliationOf', () => {
  it('takes a person’s side from the role the collection introduces them with, an organisation’s from its name', () => {
    const articles: ArticleSpeakers[] = [{ people: ['Vladimir Putin'], roles: [{ name: 'Vladimir Putin', role: 'Russian President', cls: 'leader', country: 'russia' }] }];
    const r = resolveSpeakers(articles, [person('Vladimir Putin')]);
    const side = affiliationOf(articles, r);
    expect(side('Vladimir Putin')).toBe('russia');
    expect(side('Russian Defence Ministry')).toBe('russia');
    expect(side("Kyiv's top general")).toBe('ukraine');
    expect(side('Velmorian army')).toBe(side('Velmoria’s government'));
    expect(side('Ivan Petrenko')).toBeNull();
  });
});
