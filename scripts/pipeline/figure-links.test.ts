import { describe, expect, it } from 'vitest';
import { claimFeatures } from './claim-features.ts';
import { figureKeys, matchByFigures, type FigureClaim } from './figure-links.ts';

const claim = (text: string, article: number, denial = false, names: string[] = ['kestrany']): FigureClaim => ({
  features: claimFeatures(text, null),
  article,
  denial,
  entities: new Set(names),
});

describe('figureKeys', () => {
  it('keys the figures a claim states, not bounds, small counts or figures set aside', () => {
    expect(figureKeys(claimFeatures('The health ministry puts the toll at 14 dead.', null))).toEqual(['count:death:14']);
    expect(figureKeys(claimFeatures('Not a single civilian was killed.', null))).toEqual(['count:death:0']);
    expect(figureKeys(claimFeatures('Turnout reached 74.2 per cent.', null))).toEqual(['share:turnout:0.742']);
    expect(figureKeys(claimFeatures('Turnout was under 50 per cent.', null))).toEqual([]);
    expect(figureKeys(claimFeatures('Two children were killed.', null))).toEqual([]);
    expect(figureKeys(claimFeatures('A leak in 2019 sent 14 people to hospital.', null))).toEqual(['count:injury:14@2019']);
    expect(figureKeys(claimFeatures('The toll was 19, against the six deaths acknowledged by the authority.', null))).toEqual(['count:death:19']);
  });
});

describe('matchByFigures', () => {
  it('pairs the same figure for the same event in other words, in one story', () => {
    const pairs = matchByFigures([
      claim('Fourteen people were killed when the drone hit the market.', 0),
      claim('The health ministry puts the toll at 14 dead and 31 wounded.', 1),
      claim('The ministry said no civilians were killed.', 2),
      claim('Not a single civilian was killed, the spokesman said.', 3),
    ]);
    expect(pairs).toEqual([[0, 1], [2, 3]]);
  });
  it('keeps apart other stories, one article, and a denial from what it denies', () => {
    expect(matchByFigures([claim('Fourteen people were killed.', 0), claim('The toll stood at 14 dead.', 1, false, ['velmar'])])).toEqual([]);
    expect(matchByFigures([claim('Fourteen people were killed.', 0), claim('The toll stood at 14 dead.', 0)])).toEqual([]);
    expect(matchByFigures([claim('Fourteen people were killed.', 0), claim('The ministry denied that 14 people were killed.', 1, true)])).toEqual([]);
  });
});
