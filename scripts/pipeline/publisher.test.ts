import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';

const LEDE = 'Russian forces struck the port of Odesa overnight, damaging two grain terminals and a warehouse, regional officials said on Thursday.';
const publisherOf = (...lines: string[]): string | null => clean({ name: 'p.txt', text: lines.join('\n\n') }).publisher;

describe('findPublisher: the outlet naming itself', () => {
  it.each([
    ['a dateline naming an outlet', ['ODESA (Daily Planet) – Russian forces struck the port overnight, damaging two grain terminals, officials said.'], 'Daily Planet'],
    ['"could not independently verify"', [LEDE, 'The Daily Planet could not independently verify the number of drones.'], 'The Daily Planet'],
    ['"has learned"', [LEDE, 'The Harbour Courier has learned that the terminal had been evacuated.'], 'The Harbour Courier'],
    ['"This was reported by"', [LEDE, 'This was reported by Kelvoria Today.'], 'Kelvoria Today'],
    ['a support prompt', [LEDE, 'Support the Northern Ledger'], 'Northern Ledger'],
    ['"told" twice', [LEDE, 'A port official told the Daily Planet that work would resume.', 'The mayor told the Daily Planet: "We will rebuild."'], 'Daily Planet'],
    ['"told" and a masthead', ['THE DAILY PLANET', 'Port hit in overnight strike', LEDE, 'A port official told the Daily Planet that work would resume.'], 'Daily Planet'],
  ])('%s', (_label, lines, publisher) => {
    expect(publisherOf(...lines)).toBe(publisher);
  });

  it('does not take an outlet the article only cites, or a wire agency', () => {
    expect(publisherOf(LEDE, 'The port chief told The Atlantic that exports would fall.')).toBeNull();
    expect(publisherOf(LEDE, 'A port official told Reuters that work would resume.', 'Another told Reuters the same.')).toBeNull();
    expect(publisherOf('KYIV (AFP) – Russian forces struck the port overnight, damaging two grain terminals, officials said.')).toBeNull();
    expect(publisherOf(LEDE, 'AFP could not independently verify the claim.')).toBeNull();
    expect(publisherOf(LEDE, 'The governor told Oleh Kiper that the port would reopen.', 'He told Oleh Kiper again.')).toBeNull();
  });

  it('reads a hostile line in bounded time', () => {
    expect(publisherOf(LEDE, `${'The Daily Planet '.repeat(3000)}could not independently verify it.`)).toBeNull();
  });
});
