import { describe, expect, it } from 'vitest';
import { detectClaims } from './detect-claims.ts';
import { segment } from './segment.ts';
import { articleFromParagraphs } from './test-support/article.ts';

/** The kind (and plan flag) of the only claim of a one-sentence article. */
function kindOf(sentence: string): string {
  const claims = detectClaims(segment(articleFromParagraphs([sentence])));
  expect(claims, sentence).toHaveLength(1);
  const claim = claims[0]!;
  return claim.kind === 'prediction' ? `prediction:${claim.plan ? 'plan' : 'forecast'}` : claim.kind;
}

describe('classifyKind: by structure, not by a word anywhere', () => {
  it.each([
    // Words that look like cues, meaning something else (the examples first).
    ['Ukraine insisted that its troops were still holding the railway station.', 'attributed'],
    ['"They are completely surrounded," the ministry said.', 'attributed'],
    ['A delegation is expected to arrive in Istanbul on Monday.', 'prediction:plan'],
    ['Russia declared the four regions its territory after sham referendums in September 2022.', 'factual'],
    ['The plan was cut to 19 points, but the new version has not been released, officials said.', 'attributed'],
    ['The political will of the people matters more than the 2024 treaty, the minister said.', 'attributed'],
    ['The crew must have left the ship before the fire reached the bridge, the coastguard said.', 'attributed'],
    ['The ministry said it will publish the casualty figures on Friday.', 'prediction:plan'],
    ['US special envoy Steve Witkoff will travel to Moscow next week.', 'prediction:plan'],
    // What the words do mean.
    ['Ukrainian troops must withdraw from the four regions first, Putin said.', 'demand'],
    ['The union called on the government to reopen the mines by March.', 'demand'],
    ['If they do not leave, we will achieve this by force, the general said.', 'demand'],
    ['The war will end by the spring, the analyst predicted.', 'prediction:forecast'],
    ['The deal could form the basis of a lasting settlement, Putin said.', 'prediction:forecast'],
    ['Such claims were ridiculous, Peskov said.', 'value-judgement'],
    ['Opposition leader Ana Vidu called the election result a farce.', 'value-judgement'],
    ['The company dismissed the reports of a second leak as fabrications.', 'denial'],
    // What a speaker calls something, in quotes, is a characterisation, whatever the words.
    ['A delegation of observers called the election “free, fair and exemplary in its organisation”.', 'value-judgement'],
    ['The party spokesman called the allegations “the excuses of sore losers”.', 'value-judgement'],
    ['The ministry called the reports “fabrications”.', 'denial'],
    ['The official dismissed the critics as people “with a grudge”.', 'value-judgement'],
    ['The minister called the prime minister on Monday to discuss the flood.', 'factual'],
    // Scheduled, whatever the tagger makes of the verb; a judgement reported by its verb; ultimatums and conditional stances.
    ['Foreign ministers of both countries are due to meet in Port Aldane next week.', 'prediction:plan'],
    ['Governor Dorota Kelmane praised the emergency services.', 'value-judgement'],
    ['The court condemned him to ten years in prison.', 'factual'],
    ['“If they do not publish their air data this week, we will see them in court,” she said.', 'demand'],
    ['If the rain continues, the river will burst its banks, the agency said.', 'prediction:forecast'],
    ['The foreign minister says her country will attend only if Marovia first admits it struck the market.', 'position'],
    ['The minister warned that any retaliation “will be answered with a force Oskarn has not seen before”.', 'demand'],
    ['Police arrived with a force of 200 officers.', 'factual'],
    ['The ministry denied that its troops had left the town of Velykyi Brid.', 'denial'],
    ['Kyiv has ruled out ceding any territory to Russia.', 'position'],
    ['The ministry rejected the plan put forward by the mediators in Geneva.', 'position'],
    ['Mr Zelensky would never allow Ukraine to cede land to Russia, Yermak told The Atlantic.', 'position'],
    ['Turkey said on Thursday it was ready to take part in such a force.', 'position'],
    ['At least 12 people were killed when a missile struck an apartment block in Dnipro on Tuesday.', 'factual'],
    ['The regional governor said 12 people were killed in the strike on Dnipro.', 'attributed'],
  ])('%s → %s', (sentence, kind) => {
    expect(kindOf(sentence)).toBe(kind);
  });
});
