import { describe, expect, it } from 'vitest';
import { learnBoilerplate } from './corpus-boilerplate.ts';
import { cleanCorpus, planCorpus } from './ingest.ts';
import type { Seed } from './types.ts';

/** The Velmar Post's standing paragraph, printed in every one of its war articles. */
const STANDING =
  'Velmar has been fighting a war with its northern neighbour Kaspia since March 2023, when Kaspian troops crossed the border at three points and seized the river port of Ostrenko.';
const PROMPT = 'Sign up for the Velmar Post morning briefing';

/** A wire story about a dam (story A), with its own names, as several outlets print it. */
const WIRE = [
  'DORVAL (AFP) – Kaspian forces said on Tuesday they had taken the Sarnow dam, a claim Velmar’s army denied within hours.',
  'The dam, which supplies water to about 300,000 people in the Dorval region, was hit by artillery on Monday night, the regional governor Anna Brell said.',
  'Brell said engineers from the Sarnow water company had been sent to inspect the spillway, but that they could not reach it because of shelling.',
  'The Kaspian defence ministry published a video it said showed its flag over the dam’s control building at Sarnow.',
];

/** A second story (B), about a grain convoy, with other names. */
const CONVOY = [
  'A convoy of 42 grain lorries reached the southern port of Mirel on Wednesday after a five-day detour around the Lutsa bridge, the port authority said.',
  'Drivers said the route through the Harnik hills had added more than 600 kilometres to the journey, and that fuel had run short at Telva.',
  'The port authority’s director, Piotr Lasko, said two berths had been set aside for the convoy and loading would start on Thursday.',
];

const seed = (name: string, lines: readonly string[]): Seed => ({ name, text: lines.join('\n\n') });

const corpus: Seed[] = [
  seed('a1-post.txt', ['Sarnow dam taken, Kaspia says', STANDING, ...WIRE, PROMPT]),
  seed('a2-herald.txt', ['Kaspia claims the Sarnow dam', ...WIRE.slice(0, 3), 'The Herald could not reach the dam’s operator.']),
  seed('a3-tribune.txt', ['Fighting at Sarnow dam', WIRE[0]!, WIRE[1]!, WIRE[3]!]),
  seed('b1-post.txt', ['Grain convoy reaches Mirel after detour', STANDING, ...CONVOY, PROMPT]),
  seed('b2-gazette.txt', ['Lorries reach Mirel', CONVOY[0]!, 'Local drivers at Mirel described a hard week on the Harnik road, where several lorries broke down near Telva and waited for spare parts.']),
];

describe('learnBoilerplate', () => {
  const learned = new Map(corpus.map((s, i) => [s.name, learnBoilerplate(corpus)[i]!]));

  it('finds the lines an outlet prints in its articles on other stories', () => {
    expect(learned.get('a1-post.txt')).toEqual([PROMPT.toLowerCase(), STANDING.toLowerCase()]);
    expect(learned.get('b1-post.txt')).toEqual([PROMPT.toLowerCase(), STANDING.toLowerCase()]);
  });

  it('never takes the sentences that copies of one wire story share, or one paragraph two outlets share on one story', () => {
    expect(learned.get('a2-herald.txt')).toEqual([]);
    expect(learned.get('a3-tribune.txt')).toEqual([]);
    expect(learned.get('b2-gazette.txt')).toEqual([]);
  });

  it('leaves short sentences of a story alone even when two stories print them', () => {
    const stock = 'The ministry did not respond to a request for comment.';
    const seeds = [seed('x.txt', [...WIRE, stock]), seed('y.txt', [...CONVOY, stock])];
    expect(learnBoilerplate(seeds)).toEqual([[], []]);
  });

  it('is deterministic and bounded on a hostile corpus', () => {
    const hostile = Array.from({ length: 30 }, (_, i) => seed(`h${i}.txt`, [`${'Kaspia '.repeat(5000)}`, STANDING, `Story ${i} ${'x'.repeat(3000)}`]));
    expect(learnBoilerplate(hostile)).toEqual(learnBoilerplate(hostile));
  });
});

describe('the corpus-level step in the ingest', () => {
  it('gives every planned seed its context, and clean drops the boilerplate with a named rule', () => {
    const plan = planCorpus(corpus);
    expect(plan.find((p) => p.seed.name === 'b1-post.txt')?.context.boilerplate).toContain(STANDING.toLowerCase());
    const post = cleanCorpus(corpus).find((o) => o.seed === 'b1-post.txt')!;
    if (!('article' in post)) throw new Error('expected an article');
    expect(post.article.paragraphs).toEqual(CONVOY);
    expect(post.article.removed).toContainEqual({ rule: 'outlet-boilerplate', text: STANDING });
    expect(post.article.title).toBe('Grain convoy reaches Mirel after detour');
  });

  it('cleans a seed alone as before: nothing to learn from', () => {
    const [alone] = cleanCorpus([corpus[0]!]);
    if (!alone || !('article' in alone)) throw new Error('expected an article');
    expect(alone.article.paragraphs).toContain(STANDING);
  });
});
