import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions.ts';
import { analyzeCleanArticle } from './ingest.ts';
import { articleFromParagraphs } from './test-support/article.ts';
import type { AnalyzedArticle } from './types.ts';

function article(slug: string, paragraphs: string[]): AnalyzedArticle {
  return analyzeCleanArticle(articleFromParagraphs(paragraphs, { seed: `${slug}.txt`, publisher: slug, title: slug, titleDerived: true }), slug);
}

/** "denier → target" texts of every contradiction found in the articles. */
function contradictions(...articles: AnalyzedArticle[]): string[] {
  const all = articles.flatMap((a) => a.claims);
  return findContradictions(articles).map(({ denier, target }) => `${all[denier]!.text} → ${all[target]!.text}`);
}

describe('findContradictions: figures', () => {
  it('links two figures for the same measure that cannot both be true, both ways', () => {
    const official = 'Turnout in the Seltava governor election reached 74.2 per cent, the Central Election Commission said.';
    const count = 'Observers said their count at 40 stations in the Seltava election put turnout at 48 per cent.';
    const found = findContradictions([article('a', [official]), article('b', [count])]);
    expect(found.map((c) => c.rule)).toEqual(['figures', 'figures']);
    expect(contradictions(article('a', [official]), article('b', [count])).sort()).toEqual([`${count} → ${official}`, `${official} → ${count}`].sort());
  });

  it('links a denial to the claim that gives the figure it denies, in other words', () => {
    const claim = 'The Civic Alliance said its parallel count in the Seltava election showed that fewer than half of registered voters had cast a ballot.';
    const denial = 'The commission’s chair, Marta Veselinova, dismissed claims on opposition channels that fewer than half of Seltava voters had turned out.';
    const found = findContradictions([article('a', [claim]), article('b', [denial])]);
    expect(found.map((c) => c.rule)).toContain('denied-content:assertion-that');
    expect(contradictions(article('a', [claim]), article('b', [denial]))).toContain(`${denial} → ${claim}`);
  });

  it('links figures of one measure whose words are otherwise unlike, once a name ties them to one story', () => {
    const official = 'The Central Election Commission said Bortnik had won the Seltava governor election, and it put turnout at 74.2 per cent.';
    const count = 'Kostrova, the Seltava opposition leader, said her alliance’s own tally showed turnout under 50 percent.';
    expect(findContradictions([article('a', [official]), article('b', [count])]).map((c) => c.rule)).toEqual(['figures', 'figures']);
  });

  it('links a correction of a count to the claims that state the count it rejects, and no later count alone', () => {
    const official = 'The Sarvek water authority said on Friday that six people had died in the flood.';
    const correction = 'The UN office put the Sarvek flood death toll at 19 on Saturday, against the six deaths acknowledged by the authority.';
    const later = 'The UN office said on Saturday that 19 people had died in the Sarvek flood.';
    expect(contradictions(article('a', [official]), article('b', [correction]))).toContain(`${correction} → ${official}`);
    expect(contradictions(article('a', [official]), article('b', [later]))).toEqual([]);
    expect(contradictions(article('a', [official]), article('b', ['The Sarvek toll rose to 19 on Saturday, up from six on Friday, the UN office said.']))).toEqual([]);
  });

  it('does not link figures that can both be true, or that are of another place', () => {
    const official = 'Turnout in the Seltava governor election reached 74.2 per cent, the Central Election Commission said.';
    expect(contradictions(article('a', [official]), article('b', ['Almost three-quarters of voters took part in the Seltava election, observers said.']))).toEqual([]);
    expect(contradictions(article('a', [official]), article('b', ['In Kordovets, the Seltava region’s second city, turnout was 79 per cent, the commission said.']))).toEqual([]);
  });
});

describe('findContradictions', () => {
  it.each([
    ['Russian troops captured the town of Kurakhove on Monday, the ministry said.', 'Russian troops did not capture the town of Kurakhove, Ukraine’s army said.'],
    ['Iran’s foreign ministry confirmed its minister met Witkoff in Oman.', 'Iran’s foreign ministry denied that its minister met Witkoff in Oman.'],
    ['Vladimir Putin claimed the Russian army had surrounded Pokrovsk.', 'Ukrainian troops are still holding Pokrovsk, the army commander Ivan Petrenko said.'],
    ['Israel said the strike killed the commander Ali Karaki in Beirut.', 'Hezbollah said the commander Ali Karaki survived the strike in Beirut.'],
    ['The Velmar company said the chemical leak at its Kresna plant was contained on Sunday.', 'The Kresna fire brigade said chemicals were still leaking from the Velmar plant on Monday.'],
    // What the denial spells out as not so (denied-content.ts), in other words than the claim's.
    ['The ministry said all villages downstream were evacuated in time.', 'Villagers said they received no warning, contradicting the ministry’s assertion that every village downstream was evacuated in time.'],
    ['The fire brigade said the Velmar plant leaked chemicals into the river.', 'Reports that the Velmar plant leaked chemicals into the river are untrue, the company said.'],
    ['The Ostrava bridge collapsed because of the flood, the ministry said.', 'The Ostrava bridge collapsed because its piers were neglected, not because of the flood, an engineer said.'],
    // A negated list stays negated ("no officers and no sirens").
    ['Police officers and sirens reached Tamesh before the flood, the authority said.', 'No police officers and no sirens reached Tamesh before the flood, residents said.'],
    // What one says does not exist, the other has do something.
    ['Marovia said its drones struck a Red Ash weapons depot outside Kestrany.', '“There has never been any depot in Kestrany, no Red Ash, nothing of the kind,” the mayor said.'],
    // The subject before a phrase set off by commas is still the subject.
    ['The commission said Bortnik, of the ruling Renewal party, won the Seltava election.', '“Ilya Bortnik did not win the Seltava election,” Kostrova told supporters.'],
  ])('%s ⇄ %s', (claim, denial) => {
    const found = contradictions(article('a', [claim]), article('b', [denial]));
    expect(found).toEqual([`${denial} → ${claim}`]);
  });

  it.each([
    // The same thing said twice; a contrast clause; a denial of something else; two demands.
    ['Putin denied that Russia would attack Europe, the Kremlin said.', 'Putin rejected claims that Russia is preparing to attack Europe.'],
    ['Negotiators cut the peace plan to 19 points, but the new version has not been released.', 'The 19-point version of the peace plan has not been released.'],
    ['The minister did not deny that the talks in Geneva took place on Sunday.', 'The talks in Geneva took place on Sunday, officials said.'],
    ['Ukrainian troops must withdraw from the Donbas, Putin said.', 'No one should count on Ukraine giving up the Donbas, Andriy Yermak said.'],
    // Two claims that negate the same thing agree; the same verb said of two different people.
    ['Opposition candidate Iana Kostrova won 29.4 per cent, the commission said.', '“Ilya Bortnik did not win this election,” Kostrova told supporters.'],
    ['A jammed gate, not the rain, broke the Sarvek dam, the engineer said.', 'The rain did not break the Sarvek dam; a jammed gate did, the engineer told the paper.'],
    // One verb said of different things: other agents, other objects.
    ['Rescue teams from Korsk reached Tamesh by boat on Friday morning.', 'In Tamesh, village head Ruzhin Tamm said no civil protection officers and no sirens had reached its residents before the flood.'],
    ['The Halvoran company said on Monday it had released data from its monitoring stations at Kessary.', 'No hazardous substances were released from the Halvoran plant at Kessary, the inspectorate said.'],
    // Under a negation, an opposite's word says the opposite: "no toxic substances had escaped" is "contained".
    ['The chief executive said the chlorine tanks at the Kessary plant had remained sealed.', 'The Kessary plant’s owner insisted that no toxic substances had escaped.'],
    // A conditional asserts nothing.
    ['The court ordered Halvoran to hand over the Kessary monitoring records.', '“If the Kessary data shows what Halvoran says, they have nothing to fear from handing it over,” she said.'],
  ])('not a contradiction: %s / %s', (a, b) => {
    expect(contradictions(article('a', [a]), article('b', [b]))).toEqual([]);
  });

  it('links a correction of a figure that points back at it, and not a figure called unclear', () => {
    const official = 'The regional administration said 43 families were evacuated from Lipnica.';
    for (const correction of ['Residents of Lipnica put the number far higher.', 'Union leaders in Lipnica say the real figure is NINE.']) {
      expect(contradictions(article('a', [official, correction]))).toEqual([`${correction} → ${official}`]);
    }
    expect(contradictions(article('a', [official, 'Residents said the real figure was unclear.']))).toEqual([]);
  });

  it('links a denial that points back to the claim just before it in the same article', () => {
    const found = contradictions(
      article('a', [
        'The Russian Defence Ministry said its forces had taken the village of Andriivka near Bakhmut.',
        'This information was refuted by the General Staff of Ukraine’s armed forces.',
      ]),
    );
    expect(found).toEqual([
      'This information was refuted by the General Staff of Ukraine’s armed forces. → The Russian Defence Ministry said its forces had taken the village of Andriivka near Bakhmut.',
    ]);
  });

  it('does not let a speaker deny himself', () => {
    const found = contradictions(
      article('a', [
        'Putin said any agreement with Kyiv would be illegal because Russia does not recognise its government.',
        'Putin said it was important that any agreement was recognised by the international community.',
      ]),
    );
    expect(found).toEqual([]);
  });
});
