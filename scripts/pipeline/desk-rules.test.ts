import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { matchesLine, parseOutletRules, recogniseOutlet } from './desk-rules.ts';
import { IngestError } from './errors.ts';
import type { SeedContext } from './types.ts';

const FILE = 'content/outlets.yaml';
const YAML = `
daily-planet:
  name: Daily Planet
  aliases: [The Planet]
  recognise: [dailyplanet.example]
  drop:
    - startsWith: "The Daily Planet is an independent newsroom"
    - line: Planet Plus
  caption:
    - endsWith: "/ Planet Photo"
  keep:
    - line: What happens next
`;

function errorOf(text: string): IngestError {
  try {
    parseOutletRules(FILE, text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected parseOutletRules to throw');
}

describe('parseOutletRules', () => {
  it('reads outlets by id with defaults for the lists', () => {
    const [planet, other] = parseOutletRules(FILE, `${YAML}\nvalley-gazette:\n  name: Valley   Gazette\n`);
    expect(planet).toMatchObject({ id: 'daily-planet', name: 'Daily Planet', aliases: ['The Planet'], drop: [{ startsWith: 'The Daily Planet is an independent newsroom' }, { line: 'Planet Plus' }] });
    expect(other).toEqual({ id: 'valley-gazette', name: 'Valley Gazette', aliases: [], recognise: [], drop: [], caption: [], keep: [] });
    expect(parseOutletRules(FILE, '# no outlets yet\n')).toEqual([]);
  });

  it.each([
    ['Daily_Planet:\n  name: X\n', /Unexpected outlet id `Daily_Planet`, expected kebab-case/u],
    ['planet:\n  nam: X\n', /Unexpected field `nam` in `planet`, expected only: name, aliases, recognise, drop, caption, keep/u],
    ['planet:\n  name: X\n  drop:\n    - regex: ".*"\n', /`planet\.drop\.0`, expected one of: \{ line: text \}/u],
    ['planet:\n  name: X\n  drop:\n    - line: ""\n', /expected the text to match/u],
    ['- planet\n', /expected a YAML map of outlet ids/u],
    ['planet: [\n', /Unexpected YAML syntax/u],
    ['planet:\n  name: X\nplanet:\n  name: Y\n', /Unexpected YAML syntax/u],
  ])('refuses %j', (text, message) => {
    const error = errorOf(text);
    expect(error.ruleId).toBe('invalid-outlet-rules');
    expect(error.message).toMatch(/^content\/outlets\.yaml: Unexpected /u);
    expect(error.message).toMatch(message);
  });

  it('refuses a file over its size limit', () => {
    expect(errorOf(`planet:\n  name: X\n  recognise: [${'"x", '.repeat(60_000)}"y"]\n`).message).toMatch(/expected at most 262144/u);
  });
});

describe('desk rules in clean', () => {
  const outlets = parseOutletRules(FILE, YAML);
  const context: SeedContext = { boilerplate: [], outlets };
  const LEDE = 'Russian forces struck the port of Odesa overnight, damaging two grain terminals, regional officials said on Thursday.';
  const page = [
    'Port hit in overnight strike',
    LEDE,
    'Dockers at the gate. Jane Roe / Planet Photo',
    'What happens next',
    'The port will stay closed until the damage has been assessed by engineers from the port authority.',
    'The Daily Planet is an independent newsroom funded by its readers in twelve countries.',
    'Planet Plus',
  ].join('\n\n');

  it('recognises the outlet by its metadata, its recognise text, or the publisher the cleaning finds', () => {
    expect(recogniseOutlet(outlets, { name: 'a.txt', text: 'x', metadata: { publisher: 'the planet' } })?.id).toBe('daily-planet');
    expect(recogniseOutlet(outlets, { name: 'a.txt', text: 'See DAILYPLANET.example for more' })?.id).toBe('daily-planet');
    expect(recogniseOutlet(outlets, { name: 'a.txt', text: 'Nothing here' })).toBeUndefined();
  });

  it('drops, captions and keeps lines by the outlet\'s rules, logged as desk-<id>, and names the publisher', () => {
    const article = clean({ name: 'a.txt', text: `${page}\n\nSupport the Daily Planet` }, context);
    expect(article.publisher).toBe('Daily Planet');
    expect(article.paragraphs).toEqual([LEDE, 'What happens next', 'The port will stay closed until the damage has been assessed by engineers from the port authority.']);
    expect(article.captions).toEqual(['Dockers at the gate. Jane Roe / Planet Photo']);
    expect(article.removed).toContainEqual({ rule: 'desk-daily-planet', text: 'Planet Plus' });
    expect(article.removed).toContainEqual({ rule: 'desk-daily-planet', text: 'The Daily Planet is an independent newsroom funded by its readers in twelve countries.' });
  });

  it('does nothing for a page of another outlet', () => {
    const article = clean({ name: 'a.txt', text: page }, { boilerplate: [], outlets: parseOutletRules(FILE, 'other:\n  name: Other Times\n  drop: [{ line: Planet Plus }]\n') });
    expect(article.removed.some((r) => r.rule.startsWith('desk-'))).toBe(false);
  });

  it('matches lines literally, whatever their characters', () => {
    expect(matchesLine({ contains: '.*' }, 'A line with .* in it')).toBe(true);
    expect(matchesLine({ contains: '.*' }, 'A line without')).toBe(false);
    expect(matchesLine({ line: 'planet  plus' }, ' Planet Plus ')).toBe(true);
  });
});
