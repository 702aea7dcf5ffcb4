import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from './test-support/article.ts';
import { SEED_000 } from './fixtures/claims/seed-000.ts';
import { SEED_003 } from './fixtures/claims/seed-003.ts';
import { segment } from './segment.ts';
import { analyzeSpeakers, attributeSentences, findReportingCues, NameIndex, nameKey, stripTitles, tokenize } from './speakers.ts';
import type { CleanArticle } from './types.ts';

/** Speaker of every sentence, keyed by the exact sentence text. */
function speakers(article: CleanArticle): Map<string, string | null> {
  const seg = segment(article);
  const out = new Map<string, string | null>();
  attributeSentences(seg).forEach((a) => {
    const s = seg.sentences[a.sentence];
    if (s) out.set(s.text, a.speaker);
  });
  return out;
}

function speakerOf(paragraphs: string[], sentence: string): string | null | undefined {
  const map = speakers(articleFromParagraphs(paragraphs));
  expect([...map.keys()]).toContain(sentence);
  return map.get(sentence);
}

/** The speaker of the sentence of `article` that starts with `prefix`. */
function speakerStartingWith(map: Map<string, string | null>, prefix: string): string | null | undefined {
  const hits = [...map.keys()].filter((k) => k.startsWith(prefix));
  expect(hits, prefix).toHaveLength(1);
  return map.get(hits[0] ?? '');
}

describe('names', () => {
  it('strips titles and possessives', () => {
    expect(stripTitles('Mr Putin')).toBe('Putin');
    expect(stripTitles('Mr. Putin')).toBe('Putin');
    expect(stripTitles('President Vladimir Putin’s')).toBe('Vladimir Putin');
    expect(stripTitles('Dr. J. R. Bello')).toBe('J. R. Bello');
  });

  it('keys names by surname, generational suffix included', () => {
    expect(nameKey('Vladimir Putin')).toBe('putin');
    expect(nameKey('Mr. Putin')).toBe('putin');
    expect(nameKey('Donald Trump Jr')).toBe('trump jr');
    expect(nameKey('Donald Trump Jr.')).toBe('trump jr');
  });

  it('normalizes every form of a name to the longest full name', () => {
    const index = new NameIndex();
    for (const n of ['Putin', 'Mr Putin', 'Vladimir Putin', 'Mr. Putin']) index.add(n);
    for (const n of ['Putin', 'Mr Putin', 'Mr. Putin', 'Vladimir Putin', 'President Putin']) expect(index.canonical(n)).toBe('Vladimir Putin');
  });

  it('keeps a surname shared by two different people as written', () => {
    const index = new NameIndex();
    index.add('Amara Okafor');
    index.add('Yusuf Okafor');
    expect(index.canonical('Okafor')).toBe('Okafor');
    expect(index.canonical('Dr. Amara Okafor')).toBe('Amara Okafor');
  });

  it('does not merge "Trump" into "Donald Trump Jr"', () => {
    const index = new NameIndex();
    index.add('Donald Trump Jr');
    expect(index.canonical('Mr Trump')).toBe('Trump');
    expect(index.canonical('Trump Jr')).toBe('Donald Trump Jr');
  });
});

describe('reporting cues', () => {
  const cueIds = (text: string) => findReportingCues(tokenize(text)).map((c) => c.cue.id);

  it.each([
    ['Putin on Thursday claimed the army had advanced.', ['claim']],
    ['Yermak told The Atlantic that Kyiv would not yield.', ['tell']],
    ['According to the ministry, 37 ferries were cancelled.', ['according-to']],
    ['Kyiv has repeatedly ruled out handing over land.', ['rule-out']],
    ['“This is not over,” said Dufour.', ['say']],
  ])('%s', (text, expected) => {
    expect(cueIds(text)).toEqual(expected);
  });

  it.each([
    'The claim could not be independently verified.',
    'The future of claimed territories remains unclear.',
    'Troops must give up on territories claimed by Russia.',
    'Martial law was declared at the outbreak of the war.',
    '“They said it was over, and we agreed.”',
  ])('ignores non-attributive uses: %s', (text) => {
    expect(cueIds(text)).toEqual([]);
  });
});

describe('speaker patterns', () => {
  it.each([
    // A role opened by a possessive determiner, then the name in apposition.
    ['Its chair, Marta Veselinova, said on Monday that no violations had been recorded.', 'Marta Veselinova'],
    ['The commission’s chair, Marta Veselinova, insisted the count was clean.', 'Marta Veselinova'],
    // "a spokesman for X, NAME, said": the person, not the role.
    ['A spokesman for Karvenian Renewal, Oleg Demchak, said the party was confident the result would stand.', 'Oleg Demchak'],
    // An organisation whose name has "for" or "of" in it.
    ['The Forum for Free Elections, an independent monitoring group, said its observers had seen ballot stuffing.', 'Forum for Free Elections'],
    // Not a name: a sentence-initial common noun before "of" and a person.
    ['Supporters of Kostrova said the vote was stolen.', null],
    // A lone surname or organisation name the article never spells out in full, as the subject of a reporting verb.
    ['Kostrova said the ruling showed that the truth cannot be hidden.', 'Kostrova'],
    ['Orbisight also said that images showed a crane beside the gate.', 'Orbisight'],
    ['Oskari, the former senior engineer at the dam, said he had warned his superiors.', 'Oskari'],
    ['Vostanić has ruled out an outside inquiry.', 'Vostanić'],
    // A full name before an apposition naming a person's role, then a verb; an organisation's role does not make a person.
    ['Yana Kostrova, the opposition candidate, welcomed the ruling but said a recount was needed.', 'Yana Kostrova'],
    ['The authority’s director-general, Aurel Vostanić, said more rain had fallen than ever recorded.', 'Aurel Vostanić'],
    // Not names: indefinite pronouns and plural common nouns.
    ['Nobody said the gates had been tested.', null],
    ['Many said the vote was stolen.', null],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakerOf([sentence], sentence)).toBe(speaker);
  });

  it('"X said" and "X told Y"', () => {
    expect(speakerOf(['Dutch Prime Minister Dick Schoof said the talks had failed.'], 'Dutch Prime Minister Dick Schoof said the talks had failed.')).toBe('Dick Schoof');
    expect(speakerOf(['Anna Berg told The Guardian that the deal was dead.'], 'Anna Berg told The Guardian that the deal was dead.')).toBe('Anna Berg');
  });

  it('"according to X"', () => {
    expect(speakerOf(['Prices rose 4% in May, according to the statistics office.'], 'Prices rose 4% in May, according to the statistics office.')).toBe('statistics office');
  });

  it('"…,” said X" and "“…,” he said"', () => {
    const map = speakers(articleFromParagraphs(['Finance Minister Rachel Reeves announced a review on Monday.', '“We will not raise taxes,” she said.', '“Nothing is off the table,” said Reeves.']));
    expect(map.get('“We will not raise taxes,” she said.')).toBe('Rachel Reeves');
    expect(map.get('“Nothing is off the table,” said Reeves.')).toBe('Rachel Reeves');
  });

  it('skips time phrases and adverbs between speaker and cue', () => {
    expect(speakerOf(['Russian President Vladimir Putin on Nov. 27 reiterated his demand.'], 'Russian President Vladimir Putin on Nov. 27 reiterated his demand.')).toBe('Vladimir Putin');
  });

  it('does not take a prepositional object as the speaker', () => {
    expect(speakerOf(['A plan broadly supported by Russia suggested Washington could yield.'], 'A plan broadly supported by Russia suggested Washington could yield.')).toBeNull();
  });

  it('uses the main-clause subject for a later coordinated cue', () => {
    expect(speakerOf(['The Kremlin has resisted pressure for months, reiterating on Wednesday that it would not yield.'], 'The Kremlin has resisted pressure for months, reiterating on Wednesday that it would not yield.')).toBe('Kremlin');
  });

  it('reads an apposition subject ("X, a virologist at Y, said")', () => {
    expect(speakerOf(['Dr. Amara Okafor, a virologist at the University of Lagos, said cases rose.'], 'Dr. Amara Okafor, a virologist at the University of Lagos, said cases rose.')).toBe('Amara Okafor');
  });

  it('organisations and places speak without their article', () => {
    const map = speakers(articleFromParagraphs(['Russia said the leaks were fake.', '"We are ready," the defence ministry said.', 'The Kremlin denied the report.']));
    expect(map.get('Russia said the leaks were fake.')).toBe('Russia');
    expect(map.get('"We are ready," the defence ministry said.')).toBe('defence ministry');
    expect(map.get('The Kremlin denied the report.')).toBe('Kremlin');
  });

  it('labels a qualified unnamed source, drops a generic one', () => {
    const map = speakers(articleFromParagraphs(["Kyiv's top general said the line held.", 'Experts say the toll is higher.']));
    expect(map.get("Kyiv's top general said the line held.")).toBe("Kyiv's top general");
    expect(map.get('Experts say the toll is higher.')).toBeNull();
  });
});

describe('reference resolution', () => {
  it('"he" is the last named speaker', () => {
    const map = speakers(articleFromParagraphs(['Mayor Lena Holt said the bridge would reopen in May.', 'Engineer Tomas Ek said it was unsafe.', '“It will not stand,” he said.']));
    expect(map.get('“It will not stand,” he said.')).toBe('Tomas Ek');
  });

  it('"he" is null when another person became the subject after the last speaker', () => {
    const map = speakers(articleFromParagraphs(['Mayor Carl Holt said the bridge would reopen in May.', 'Engineer Tomas Ek inspected it on Friday.', 'He said it was unsafe.']));
    expect(map.get('He said it was unsafe.')).toBeNull();
  });

  it('"he" and "she" skip a person of the other gender (first names, titles, earlier pronouns)', () => {
    const map = speakers(articleFromParagraphs(['Mayor Lena Holt said the bridge would reopen in May.', 'Engineer Tomas Ek inspected it on Friday.', 'He said it was unsafe.']));
    expect(map.get('He said it was unsafe.')).toBe('Tomas Ek');
    const titled = speakers(articleFromParagraphs(['Ms Varga said the gates were tested.', 'Mr Dalen inspected them on Friday.', '“They were rusted shut,” he said.']));
    expect(titled.get('“They were rusted shut,” he said.')).toBe('Dalen');
    // Nothing tells the gender of either: still ambiguous.
    const unknown = speakers(articleFromParagraphs(['Kestrin Vao said the gates were tested.', 'Engineer Orlan Mesk inspected them on Friday.', '“They were rusted shut,” he said.']));
    expect(unknown.get('“They were rusted shut,” he said.')).toBeNull();
  });

  it('"it says" refers to the organisation of the sentence before, and only that one', () => {
    const map = speakers(articleFromParagraphs(['The National Water Authority has blamed record rainfall for the breach. It says all villages were cleared.', 'The river rose by two metres. It says nothing about the gates.']));
    expect(map.get('It says all villages were cleared.')).toBe('National Water Authority');
    expect(map.get('It says nothing about the gates.')).toBeNull();
  });

  it('"the official said" is the unnamed official introduced before, not the last named person', () => {
    const map = speakers(articleFromParagraphs(['Petar Oskari said he had warned his superiors.', 'A senior official at the authority insisted that the gates had been tested.', '“These are stories of people with a grudge,” the official said.']));
    expect(map.get('A senior official at the authority insisted that the gates had been tested.')).toBe('senior official at the authority');
    expect(map.get('“These are stories of people with a grudge,” the official said.')).toBe('senior official at the authority');
  });

  it('"he" with no speaker yet is null', () => {
    expect(speakerOf(['He said the plan was dead.'], 'He said the plan was dead.')).toBeNull();
  });

  it('a role maps to the person introduced with a compatible role', () => {
    const map = speakers(
      articleFromParagraphs([
        'Russian President Vladimir Putin said talks could resume.',
        'Ukrainian President Volodymyr Zelensky said they would not.',
        'The Russian leader later confirmed a visit.',
        'The Ukrainian president rejected it.',
        "The Kremlin's chief alleged sabotage.",
      ]),
    );
    expect(map.get('The Russian leader later confirmed a visit.')).toBe('Vladimir Putin');
    expect(map.get('The Ukrainian president rejected it.')).toBe('Volodymyr Zelensky');
    expect(map.get("The Kremlin's chief alleged sabotage.")).toBe('Vladimir Putin');
  });

  it('country groups: "the American envoy" is the "U.S. special envoy"', () => {
    const map = speakers(
      articleFromParagraphs(['U.S. special envoy Steve Witkoff said a deal was close.', 'Ukrainian President Volodymyr Zelensky said it was not.', 'The American envoy insisted on Friday that talks would go on.']),
    );
    expect(map.get('The American envoy insisted on Friday that talks would go on.')).toBe('Steve Witkoff');
  });

  it('a definite role does not map to a speaker introduced with an incompatible role', () => {
    const map = speakers(articleFromParagraphs(['Ukrainian President Volodymyr Zelensky said talks had failed.', 'The Russian president denied it.']));
    // Not Zelensky: the unnamed role stays a label, for the corpus stage to name.
    expect(map.get('The Russian president denied it.')).toBe('Russian president');
  });

  it('an unnamed qualified role is a label, and a later pronoun refers to it', () => {
    const map = speakers(
      articleFromParagraphs(['Judge Alina Morozan ordered a recount.', 'The commission’s chairwoman said the commission would comply. She said the errors were clerical.']),
    );
    expect(map.get('The commission’s chairwoman said the commission would comply.')).toBe('commission’s chairwoman');
    expect(map.get('She said the errors were clerical.')).toBe('commission’s chairwoman');
  });

  it('a group of people in a role is never the last person named, nor what a later "he" refers to', () => {
    const first = speakers(articleFromParagraphs(['Viktor Sushko, the party’s leader, said the count was rigged.', 'The opposition’s lawyers said they were confident.']));
    expect(first.get('The opposition’s lawyers said they were confident.')).toBe('opposition’s lawyers');
    const map = speakers(
      articleFromParagraphs(['Petar Oskari, the former engineer, is watching. The authority’s lawyers have threatened to sue him. "Nobody serviced the gates," he said.']),
    );
    expect(map.get('The authority’s lawyers have threatened to sue him.')).toBe('authority’s lawyers');
    expect(map.get('"Nobody serviced the gates," he said.')).toBe('Petar Oskari');
  });

  it('an ordinary word that opens a sentence is no speaker, unless the article writes it as a name', () => {
    const map = speakers(
      articleFromParagraphs(['Rain had threatened to keep older voters at home.', 'The verification group Pinpoint Collective studied the video.', 'Pinpoint said the booths were new.']),
    );
    expect(map.get('Rain had threatened to keep older voters at home.')).toBeNull();
    expect(map.get('Pinpoint said the booths were new.')).toBe('Pinpoint');
  });

  it('a group from an organisation speaks for it; a group somewhere is the group', () => {
    const map = speakers(
      articleFromParagraphs([
        'Observers from the Forum for Free Elections, who were at the station all day, said they had reached the same conclusion.',
        'Election observers in Karvenia said on Monday that ballots had been stuffed.',
      ]),
    );
    expect(map.get('Observers from the Forum for Free Elections, who were at the station all day, said they had reached the same conclusion.')).toBe('Forum for Free Elections');
    expect(map.get('Election observers in Karvenia said on Monday that ballots had been stuffed.')).toBe('Election observers');
  });

  it('"X called Y “…”" gives words to X; "called the police" or "called a meeting" reports nothing', () => {
    const map = speakers(
      articleFromParagraphs([
        'Oleg Demchak, a spokesman for the governing party, called the allegations “the excuses of sore losers”.',
        'Residents called the police on Sunday.',
        'The mayor called a meeting for Monday.',
      ]),
    );
    expect(map.get('Oleg Demchak, a spokesman for the governing party, called the allegations “the excuses of sore losers”.')).toBe('Oleg Demchak');
    expect(map.get('Residents called the police on Sunday.')).toBeNull();
    expect(map.get('The mayor called a meeting for Monday.')).toBeNull();
  });

  it('an organisation named after its kind, or after a known person, is named by its own name', () => {
    const map = speakers(
      articleFromParagraphs([
        'The video was filmed in Kordovets, the open-source verification group Pinpoint Collective said on Wednesday.',
        'Yana Kostrova, the opposition candidate, rejected the result.',
        'Kostrova’s Civic Alliance said its count showed a lower turnout.',
        'Russia’s Defence Ministry said the town had been taken.',
      ]),
    );
    expect(map.get('The video was filmed in Kordovets, the open-source verification group Pinpoint Collective said on Wednesday.')).toBe('Pinpoint Collective');
    expect(map.get('Kostrova’s Civic Alliance said its count showed a lower turnout.')).toBe('Civic Alliance');
    // A country's ministry keeps its country.
    expect(map.get('Russia’s Defence Ministry said the town had been taken.')).toBe('Russia’s Defence Ministry');
  });

  it('a name before an apposition whose head is a role is a person, even with an organisation inside it', () => {
    const map = speakers(articleFromParagraphs(['Yana Kostrova, the Civic Alliance candidate, has demanded a recount.']));
    expect(map.get('Yana Kostrova, the Civic Alliance candidate, has demanded a recount.')).toBe('Yana Kostrova');
  });

  it('a quote with no cue continues the previous speaker of its paragraph', () => {
    const map = speakers(articleFromParagraphs(['"We will withdraw," the minister said. "Then the fighting will stop."', '"Nobody believes it."']));
    expect(map.get('"Then the fighting will stop."')).toBeNull(); // "the minister" was never introduced
    const named = speakers(articleFromParagraphs(['Defence Minister Pal Jonson said troops were ready. "We will withdraw," Jonson said. "Then the fighting will stop."', '"Nobody believes it."']));
    expect(named.get('"Then the fighting will stop."')).toBe('Pal Jonson');
    expect(named.get('"Nobody believes it."')).toBeNull(); // a new paragraph does not inherit
  });
});

describe('seeds', () => {
  const s000 = speakers(SEED_000);
  const s003 = speakers(SEED_003);

  it.each([
    ['Vladimir Putin has said that Ukraine must give up territory', 'Vladimir Putin'],
    ['In a sign that Moscow remains unlikely to budge', 'Vladimir Putin'],
    ['His comments came as Ukrainian president Volodymyr Zelensky announced', 'Volodymyr Zelensky'],
    ['Ukraine’s top negotiator Andriy Yermak told The Atlantic', 'Andriy Yermak'],
    ['After a long week of discussions with US officials, Yermak said', 'Andriy Yermak'],
    ['“Not a single sane person today would sign a document to give up territory,” he said.', 'Andriy Yermak'],
    ['Speaking to reporters during a visit to Kyrgyzstan, Putin said', 'Vladimir Putin'],
    ['"Ukrainian troops must withdraw from the territories they hold', 'Vladimir Putin'],
    ['He said the 28-point peace plan', 'Vladimir Putin'],
    ['Meanwhile, Putin on Thursday claimed the Russian army had surrounded', 'Vladimir Putin'],
    ["Kyiv's top general said Ukraine was pushing back hard", "Kyiv's top general"],
    ['Kyiv has repeatedly ruled out', 'Kyiv'],
    ['It was therefore important, he said,', 'Vladimir Putin'],
    ['A draft of a plan floated by the US', null],
    ['"This is the point of our discussion', 'Vladimir Putin'],
    ['He framed Mr Trump’s plan', 'Vladimir Putin'],
    ['The Russian president also denied suggestions', 'Vladimir Putin'],
    ['The Kremlin has resisted months of American pressure', 'Kremlin'],
    ['Donald Trump Jr defended', 'Donald Trump Jr'],
    ['"It\'s almost like these media', 'Donald Trump Jr'],
    ['Russia said the leaks', 'Russia'],
    ['Turkey said on Thursday', 'Turkey'],
    ['"The Turkish Armed Forces are prepared', 'defence ministry'],
    ['On Tuesday, French president Emmanuel Macron said', 'Emmanuel Macron'],
    ['Both sides will be desperately keen', null],
  ])('000: %s → %s', (prefix, expected) => {
    expect(speakerStartingWith(s000, prefix)).toBe(expected);
  });

  it.each([
    ['Russian President Vladimir Putin on Nov. 27 reiterated', 'Vladimir Putin'],
    ['U.S. special envoy Steve Witkoff, who faces scrutiny', null],
    ['The Russian leader confirmed a visit', 'Vladimir Putin'],
    ['"Ukrainian troops will withdraw from the territories they occupy', 'Vladimir Putin'],
    ['"If they don\'t withdraw', 'Vladimir Putin'],
    ['Moscow has repeatedly rejected calls', 'Moscow'],
    ['Putin stressed that the recognition', 'Vladimir Putin'],
    ['Commenting on the leaked call between Witkoff and Kremlin aide Yuri Ushakov, Putin said', 'Vladimir Putin'],
    ["The Kremlin's chief alleged", 'Vladimir Putin'],
    ['He added, "As I\'ve already said publicly', 'Vladimir Putin'],
    ['The Russian leader further declared', 'Vladimir Putin'],
    ['Putin also ridiculed parts of the proposed peace plan', 'Vladimir Putin'],
    ['Tensions between European NATO members and Moscow', null],
  ])('003: %s → %s', (prefix, expected) => {
    expect(speakerStartingWith(s003, prefix)).toBe(expected);
  });

  it('collects the article’s people under their full names', () => {
    const { people } = analyzeSpeakers(segment(SEED_000));
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Volodymyr Zelensky', 'Andriy Yermak', 'Steve Witkoff', 'Donald Trump Jr', 'Emmanuel Macron']));
    expect(people).not.toContain('Putin');
    expect(people).not.toContain('Yermak');
  });
});

describe('an "and" inside one body’s name', () => {
  it('keeps "Fire and Rescue Service" whole, and two bodies apart', () => {
    const fire = 'The blaze was out by 5am, the Brenn Fire and Rescue Service said.';
    expect(speakerOf([fire], fire)).toBe('Brenn Fire and Rescue Service');
    const two = 'The figures were wrong, Oxfam and Amnesty said.';
    expect(speakerOf([two], two)).not.toBe('Oxfam and Amnesty');
  });
});

describe('an age between commas', () => {
  it('does not hide the person before it', () => {
    const s1 = 'Mum-of-two Jana Holub, 34, said her kitchen filled with a bleach smell.';
    expect(speakerOf([s1], s1)).toBe('Jana Holub');
    const s2 = 'Hana Vilko, 54, said the water came first.';
    expect(speakerOf([s2], s2)).toBe('Hana Vilko');
  });
});

describe('an inspector is a role', () => {
  it('names the inspector after the role', () => {
    const s = 'Its chief inspector, Pavel Drozd, told us by phone that his team would look at the hall.';
    expect(speakerOf([s], s)).toBe('Pavel Drozd');
  });
});

describe('bodies named by their function', () => {
  it('an inspectorate or a laboratory is an organisation, not a person named after its last words', () => {
    const s = 'The State Industrial Safety Inspectorate said it had opened an investigation into the fire.';
    expect(speakerOf([s], s)).toBe('State Industrial Safety Inspectorate');
  });
});
