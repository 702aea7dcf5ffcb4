import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';

const LEDE = 'Russian forces struck the port of Odesa overnight, damaging two grain terminals and a warehouse, regional officials said on Thursday.';
const LAST = 'Grain exports from the port fell by a third last month, according to figures from the port authority.';

/** Cleans a page of a headline, the lede, `middle` lines and a last paragraph; gives the removals by rule. */
function around(...middle: string[]) {
  const article = clean({ name: 'r.txt', text: ['Port hit in overnight strike on grain terminals', LEDE, ...middle, LAST].join('\n\n') });
  return { article, rules: article.removed.map((r) => r.rule) };
}

describe('structural clutter rules', () => {
  it.each([
    ['agency-credit', '– Reuters'],
    ['agency-credit', 'With AFP'],
    ['image-notice', 'This image was generated with artificial intelligence'],
    ['image-notice', 'Photo illustration: Planet graphics desk'],
    ['graphic-label', 'Map: Where the front line runs'],
    ['graphic-label', 'Source: Institute for the Study of War'],
    ['follow-button', 'Follow this topic'],
    ['follow-button', '+ Follow Russia-Ukraine war'],
    ['newsletter-line', 'Get the Morning Brief newsletter in your inbox'],
    ['support-call', 'Support the Daily Planet today'],
    ['support-call', 'Back our reporters on the front line'],
    ['photo-credit-caption', 'Rescuers search the rubble of a warehouse. Jane Roe / AGENCY Photo'],
    ['photo-credit-caption', 'Dockers wait outside the terminal gate (Oleh Kiper)'],
    ['photo-credit-caption', 'REUTERS/John Smith'],
    ['photo-credit-caption', 'Photograph by Jane Roe for the Planet'],
  ])('%s: %s', (rule, line) => {
    const { article, rules } = around(line);
    expect(rules).toContain(rule);
    expect(article.paragraphs).toEqual([LEDE, LAST]);
  });

  it.each([
    ['newsletter-signup', "Sign up for the Herald's World Brief, delivered every weekday morning."],
    ['donation-appeal', 'Local reporting costs money. Subscribe for 3 euros a month and keep it going.'],
  ])('%s: %s', (rule, line) => {
    const { article, rules } = around(line);
    expect(rules).toContain(rule);
    expect(article.paragraphs).toEqual([LEDE, LAST]);
  });

  it('takes a row of other stories between separators, not a byline and date row', () => {
    const row = 'Also today: rail strike in the north enters its third day · central bank decision at noon · weather: dry and cold';
    const { article, rules } = around(row);
    expect(rules).toContain('teaser-row');
    expect(article.paragraphs).toEqual([LEDE, LAST]);
    const dated = clean({ name: 'r.txt', text: ['Port hit in overnight strike on grain terminals', 'By Ines Holm · Wednesday · 6 min read', LEDE, LAST].join('\n\n') });
    expect(dated.removed.some((r) => r.rule === 'teaser-row')).toBe(false);
  });

  it('keeps story sentences that share those words', () => {
    for (const line of [
      'Sign up for the free vaccine at any pharmacy, the health ministry told residents on Friday.',
      'Parking in the city centre costs money, and the council now charges 3 euros a month for a resident permit.',
      'Subscribers to the port’s cargo service pay 40 euros a month, the port authority said.',
      'The three terminals · north, south and east · were closed on Thursday, the port authority said.',
    ]) {
      const { article } = around(line);
      expect(article.paragraphs).toContain(line);
    }
  });

  it('takes a reading-list heading and the links under it', () => {
    const { article, rules } = around('Further reading', 'Ukraine grain deal: what we know', 'Odesa port reopens after strike');
    expect(rules).toEqual(expect.arrayContaining(['list-heading', 'link-list']));
    expect(article.paragraphs).toEqual([LEDE, LAST]);
  });

  it('takes the other half of a donation appeal', () => {
    const { article, rules } = around(
      'Our reporters stay in Ukraine because readers like you fund them. Your donation keeps our journalism free for everyone.',
      'Every contribution, however small, helps us stay independent. Please give what you can.',
    );
    expect(rules).toEqual(['headline', 'donation-appeal', 'donation-appeal-part']);
    expect(article.paragraphs).toEqual([LEDE, LAST]);
  });

  it('takes a one-word label between paragraphs, and the headline printed again in the body', () => {
    const { article, rules } = around('Analysis', 'Port hit in overnight strike on grain terminals');
    expect(rules).toEqual(['headline', 'label-line', 'headline-duplicate']);
    expect(article.paragraphs).toEqual([LEDE, LAST]);
  });

  it('takes a caption printed twice', () => {
    const { article } = around('Dockers wait outside the terminal gate (Oleh Kiper)', 'Dockers wait outside the terminal gate (Oleh Kiper)');
    expect(article.paragraphs).toEqual([LEDE, LAST]);
    expect(article.removed.map((r) => r.rule)).toContain('photo-credit-caption');
  });
});

describe('structural rules never take a sentence of the story', () => {
  it.each([
    'Support for the measure has grown among farmers in the south.',
    'The video was edited by the ministry before it was released, analysts said.',
    'Journalists will receive a briefing from the governor on Friday.',
    'Help arrived too late for the families in the two villages.',
    'Following the strike, the port authority closed two berths.',
    'Source: the ministry, which gave no further details.',
    'The talks will resume on Monday, Reuters said.',
  ])('%s', (line) => {
    expect(around(line).article.paragraphs).toEqual([LEDE, line, LAST]);
  });

  it('keeps a last paragraph that lost its full stop, and crossheads that lead into what follows', () => {
    const lost = 'The Kremlin did not respond to a request for comment on the strike';
    expect(clean({ name: 'r.txt', text: ['Port hit in overnight strike on grain terminals', LEDE, LAST, lost].join('\n\n') }).paragraphs).toEqual([LEDE, LAST, lost]);
    expect(around('The plan sets aside:').article.paragraphs).toContain('The plan sets aside:');
    expect(around('"We will rebuild"').article.paragraphs).toContain('"We will rebuild"');
  });

  it('reads long hostile lines in bounded time', () => {
    for (const line of [`Map: ${'x '.repeat(20_000)}`, `${'Follow '.repeat(20_000)}`, `(${'Jane Roe '.repeat(10_000)})`, `${'a. '.repeat(20_000)}Photo: Jane Roe`]) {
      expect(() => around(line)).not.toThrow();
    }
  });
});

describe('every rule on hostile lines', () => {
  const shapes = ['A ', 'Aa ', '( ', '/ ', '· ', '1 ', '1.', 'Nov ', 'by ', 'Photo: ', '– ', '"', 'the ', '@a ', 'x', 'Follow ', 'Map: ', 'Ü-'];
  it.each(shapes)('a line of 100,000 characters of %j, alone and between paragraphs', (shape) => {
    const line = shape.repeat(Math.ceil(100_000 / shape.length)).slice(0, 100_000);
    for (const text of [line, `${LEDE}\n\n${line}\n\n${LAST}`, `${line}\n${line}`]) {
      try {
        clean({ name: 'h.txt', text });
      } catch (error) {
        expect((error as Error).name).toBe('IngestError');
      }
    }
  });
});
