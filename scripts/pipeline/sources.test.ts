import { describe, expect, it } from 'vitest';
import { analyzeCleanArticle } from './ingest.ts';
import { agencyName, citedOutlet, nearCopies, originsOf } from './sources.ts';
import { articleFromParagraphs } from './test-support/article.ts';
import type { AnalyzedArticle } from './types.ts';

const STORY = [
  'Floodwater poured into the Valcorte rail tunnel on Tuesday, forcing operators to halt all freight traffic between Aldria and Kessmark and leaving more than 400 trucks queued at the northern portal, the operator said.',
  'The tunnel, which carries roughly a third of the freight moving between the two countries, will stay closed for at least five days while engineers pump out an estimated 90,000 cubic metres of water, spokesperson Lena Orsat told reporters.',
  'Aldria’s transport ministry said it was arranging temporary ferry capacity on the Lake Morrin crossing, but hauliers warned the detour would add up to 11 hours to each journey.',
];

function article(slug: string, publisher: string | null, paragraphs: string[], meta: { published?: string; agency?: string } = {}): AnalyzedArticle {
  const cleaned = { ...articleFromParagraphs(paragraphs, { seed: `${slug}.txt`, publisher, published: meta.published ?? null }), agency: meta.agency ?? null };
  return analyzeCleanArticle(cleaned, slug);
}

describe('nearCopies', () => {
  it('finds a lightly edited copy of an earlier article, and not a different story', () => {
    const original = article('a', 'Meridian Press', STORY, { published: '2025-03-04' });
    const copy = article('b', 'Valley Courier', [STORY[0]!.replace('Tuesday', 'Tuesday morning'), STORY[1]!], { published: '2025-03-05' });
    const other = article('c', 'Harbour Herald', ['A separate report about the harbour strike, which entered its third week on Monday as dockworkers rejected the latest offer from the port authority in a vote at the union hall.', 'The union said 1,200 members took part in the ballot, the largest turnout in a decade, and that pickets would continue at all three terminals.'], { published: '2025-03-05' });
    expect(nearCopies([original, copy, other])).toEqual([null, 0, null]);
  });
});

describe('originsOf', () => {
  it('tells own reporting, wire copy, citation and near-copy apart, and gives copies of one story one source key', () => {
    const articles = [
      article('own', 'Daily Planet', ['Police in Kresna arrested 14 protesters outside the parliament building on Saturday.'], { published: '2025-03-01' }),
      article('wire-1', 'Valley Courier', STORY, { published: '2025-03-04', agency: 'Agence France-Presse' }),
      article('wire-2', 'Harbour Herald', [STORY[2]!], { published: '2025-03-04', agency: 'AFP' }),
      article('cites', 'News Digest', ['The Valcorte tunnel will stay closed for five days, the Daily Planet reported on Wednesday.'], { published: '2025-03-05' }),
    ];
    const { origins, sourceKeys } = originsOf(articles);
    expect(origins[0]![0]).toEqual({ type: 'own', source: null });
    expect(origins[1]![0]).toEqual({ type: 'wire', source: 'AFP' });
    expect(origins[3]![0]).toEqual({ type: 'cites', source: 'Daily Planet' });
    expect(sourceKeys[1]![0]).toBe('agency:afp');
    expect(sourceKeys[2]![0]).toBe('agency:afp');
    expect(sourceKeys[3]![0]).toBe('outlet:daily planet');
  });
});

describe('citedOutlet', () => {
  it('names an outlet only when the name is one', () => {
    const publishers = new Set(['daily planet']);
    expect(citedOutlet('The strike killed 12, according to Reuters.', publishers)).toBe('Reuters');
    expect(citedOutlet('The strike killed 12, the Daily Planet reported.', publishers)).toBe('Daily Planet');
    expect(citedOutlet('The strike killed 12, the North Valley Gazette reported.', publishers)).toBe('North Valley Gazette');
    expect(citedOutlet('The strike killed 12, according to the regional governor.', publishers)).toBeNull();
    expect(citedOutlet('The ministry reported 12 deaths.', publishers)).toBeNull();
    expect(agencyName('Associated Press')).toBe('AP');
  });
});
