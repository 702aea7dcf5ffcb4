import { describe, expect, it } from 'vitest';
import { deniedContent } from './denied-content.ts';

describe('deniedContent', () => {
  it.each([
    [
      'Residents said they had received no warning, contradicting the water authority’s assertion that every community downstream was evacuated in time.',
      'assertion-that',
      'every community downstream was evacuated in time',
    ],
    ['The ministry denied claims that troops had left the city, saying fighting continued.', 'assertion-that', 'troops had left the city'],
    ['Contrary to the commission’s statement that turnout reached 74 per cent, observers counted fewer voters.', 'assertion-that', 'turnout reached 74 per cent'],
    ['Reports that residents of Dravitsa received no warning are untrue.', 'reports-untrue', 'residents of Dravitsa received no warning'],
    ['Claims that the plant leaked chemicals into the river are completely baseless.', 'reports-untrue', 'the plant leaked chemicals into the river'],
    ['The engineer said the structure failed because maintenance had been neglected, not because of the rain.', 'corrective', 'the structure failed because of the rain'],
    ['Oskari told the paper that a jammed gate, not the rain, broke the dam.', 'corrective', 'the rain broke the dam'],
    ['This exceptional rainfall, and not any failure of maintenance, caused the collapse of the embankment.', 'corrective', 'any failure of maintenance caused the collapse of the embankment'],
    ['The polling stations closed at 8 pm, not 10 pm as the commission said.', 'corrective', 'The polling stations closed at 10 pm'],
    ['The station closed at 8 pm, not 10 pm as the commission said, and its doors were locked soon after.', 'corrective', 'The station closed at 10 pm'],
    ['The alliance said its count showed turnout of under 50%, not the three-quarters claimed by the commission.', 'corrective', 'its count showed turnout of the three-quarters'],
    ['She dismissed claims on opposition channels that fewer than half of voters had turned out.', 'assertion-that', 'fewer than half of voters had turned out'],
  ])('%s', (sentence, frame, text) => {
    expect(deniedContent(sentence)).toEqual([{ frame, text }]);
  });

  it.each([
    // A list of what did not happen, not a correction.
    '“Nobody came to Tamesh, not a car, not a phone call, not a siren,” he said.',
    // "not least", "not yet": no alternative is rejected.
    'The plan, not least its second part, was popular with voters.',
    'The figures, not yet published, will be released on Monday.',
    // Reports confirmed, not refuted.
    'Reports that the bridge had reopened were confirmed on Monday.',
    // A denial of nothing spelled out.
    'The ministry denied the report.',
  ])('no denied content: %s', (sentence) => {
    expect(deniedContent(sentence)).toEqual([]);
  });

  it('reads nothing from text longer than a sentence', () => {
    expect(deniedContent(`Reports that ${'the dam held and '.repeat(200)}it held are untrue.`)).toEqual([]);
  });
});
