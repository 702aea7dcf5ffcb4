import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { findPublisherCue } from './publisher.ts';

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
    ['a masthead in capitals, on the first line', ['THE DAILY PLANET', 'Port hit in overnight strike', LEDE, 'A port official told the Daily Planet that work would resume.'], 'The Daily Planet'],
    ['"can reveal"', [LEDE, 'The Harbour Post can reveal that the terminal had been evacuated.'], 'The Harbour Post'],
    ['"approached … for comment"', [LEDE, 'The Harbour Post approached the port authority for comment.'], 'The Harbour Post'],
    ['a byline naming the outlet', ['Port hit in overnight strike on Odesa', 'By Jane Roe, Harbour Post', LEDE], 'Harbour Post'],
  ])('%s', (_label, lines, publisher) => {
    expect(publisherOf(...lines)).toBe(publisher);
  });

  it('tells a wire in the dateline from the outlet that runs its copy', () => {
    const wired = 'ZHELVANY, Karvenia (Interwire) – Election observers said ballots had been stuffed at three polling stations.';
    const ingest = (...lines: string[]) => {
      const article = clean({ name: 'p.txt', text: lines.join('\n\n') });
      return { publisher: article.publisher, agency: article.agency };
    };
    // A wire's own copy names the wire ("Interwire could not independently verify"): not the outlet.
    expect(ingest(wired, 'Interwire could not independently verify the video.', '© 2026 Continental Herald. All rights reserved.')).toEqual({ publisher: 'Continental Herald', agency: 'Interwire' });
    expect(ingest(wired, 'Interwire could not independently verify the video.')).toEqual({ publisher: null, agency: 'Interwire' });
    // An outlet's own dateline, with its short name in the text.
    const own = 'ZHELVANY (Drovna Observer) – A court ordered a recount at three polling stations on Thursday.';
    expect(ingest(own, 'The Observer has obtained a copy of the protocol.')).toEqual({ publisher: 'Drovna Observer', agency: null });
    // Another outlet's name in the dateline of a page that names itself: the dateline credits that outlet.
    expect(ingest(own, '© 2026 Harbour Post. All rights reserved.')).toEqual({ publisher: 'Harbour Post', agency: 'Drovna Observer' });
  });

  it('does not take an outlet the article only cites, or a wire agency', () => {
    expect(publisherOf(LEDE, 'The port chief told The Atlantic that exports would fall.')).toBeNull();
    expect(publisherOf(LEDE, 'A port official told Reuters that work would resume.', 'Another told Reuters the same.')).toBeNull();
    expect(publisherOf('KYIV (AFP) – Russian forces struck the port overnight, damaging two grain terminals, officials said.')).toBeNull();
    expect(publisherOf(LEDE, 'AFP could not independently verify the claim.')).toBeNull();
    expect(publisherOf(LEDE, 'The governor told Oleh Kiper that the port would reopen.', 'He told Oleh Kiper again.')).toBeNull();
  });

  it('takes no job title in a byline and no section label on the first line', () => {
    expect(publisherOf('Port hit in overnight strike on Odesa', 'By Jane Roe, Chief Reporter', LEDE)).toBeNull();
    expect(publisherOf('World News', 'Port hit in overnight strike on Odesa', LEDE)).toBeNull();
  });

  it('reads a hostile line in bounded time', () => {
    expect(publisherOf(LEDE, `${'The Daily Planet '.repeat(3000)}could not independently verify it.`)).toBeNull();
  });
});

describe('findPublisher: the furniture, the masthead, and cues that disagree', () => {
  const cueOf = (...lines: string[]) => {
    const article = clean({ name: 'p.txt', text: lines.join('\n\n') });
    return findPublisherCue(article.removed, article.paragraphs, article.paragraphs.slice(0, 3));
  };
  const HEAD = ['Skip to main content', 'Eastgate Tribune', 'News | Local | World | Sport', 'Port hit in overnight strike', 'Fri 3 Apr 2026 17:48'];

  it('reads the masthead above the navigation', () => {
    expect(cueOf(...HEAD, LEDE, 'The harbour master said repairs would take a week.')).toEqual({ name: 'Eastgate Tribune', cue: 'masthead' });
  });

  it('takes a copyright line whatever rule removed it, without the company suffix', () => {
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', '© Eastgate Tribune Media Group 2026 | Terms | Privacy')).toBe('Eastgate Tribune');
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', '© 2026 Harbour Post Ltd. All rights reserved.')).toBe('Harbour Post');
  });

  it('reads newsletter receipts and app prompts that name the outlet, not a newsletter of its own name', () => {
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', "You're receiving this because you signed up for the Lakeshore Mirror. Unsubscribe")).toBe('Lakeshore Mirror');
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', 'Get Ledger alerts on your phone: download our app')).toBe('Ledger');
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', 'Get the Tribune Today newsletter in your inbox every morning. Sign up')).toBeNull();
  });

  it('never takes a photographer credited with a ©, or a wire agency in the footer', () => {
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', 'The terminal on Thursday. © Jane Roe / AFP')).toBeNull();
    expect(publisherOf(LEDE, 'The harbour master said repairs would take a week.', '© 2026 Reuters. All rights reserved.')).toBeNull();
  });

  it('prefers the article naming itself over its prompts, and gives a short name in full', () => {
    expect(cueOf(LEDE, 'The Standard could not independently verify the figures.', 'Support the Harbour Post')).toEqual({ name: 'The Standard', cue: 'self-reference' });
    expect(cueOf('The Meridian Standard', 'Home | World | Politics', 'Port hit in overnight strike', LEDE, 'The Standard could not independently verify the figures.')).toEqual({
      name: 'The Meridian Standard',
      cue: 'self-reference',
    });
    expect(cueOf('ODESA (MPA) – Russian forces struck the port overnight, damaging two grain terminals, officials said.', '© 2025 Meridian Press Agency')).toEqual({
      name: 'Meridian Press Agency',
      cue: 'dateline',
    });
  });

  it('spells the name as the furniture does', () => {
    expect(publisherOf(LEDE, 'The Lakeland Observer could not independently verify the video.', '© 2025 Lakeland Observer')).toBe('Lakeland Observer');
  });

  it('takes "told X" only when nothing else names the publisher', () => {
    // The page is the Mirror's; the Courier is the outlet it retells.
    const retold = [LEDE, 'Residents told the Continental Courier that no one warned them.', 'The harbour master said repairs would take a week.'];
    expect(publisherOf(...retold, 'Also this week', 'Why insurers are redrawing flood maps', "You're receiving this because you signed up for the Lakeshore Mirror. Unsubscribe")).toBe('Lakeshore Mirror');
    expect(publisherOf('The Lakeshore Mirror', 'Home | World | Letters', 'The village the evacuation forgot', ...retold)).toBe('The Lakeshore Mirror');
    expect(publisherOf(LEDE, 'Residents told the Continental Courier that no one warned them.')).toBeNull();
  });
});

describe('findPublisher: prompts and appeals that name the outlet, never a navigation row', () => {
  it('reads the outlet a reader is asked to keep going', () => {
    expect(publisherOf('Port hit in overnight strike on Odesa', LEDE, 'Every euro you give keeps the Harbour Beacon independent. Support us from just €2 >')).toBe('Harbour Beacon');
  });
  it('reads the outlet in an inbox prompt, not a newsletter product', () => {
    expect(publisherOf('Port hit in overnight strike on Odesa', LEDE, 'Get the Evening Lantern in your inbox every day – sign up free')).toBe('Evening Lantern');
    expect(publisherOf('Port hit in overnight strike on Odesa', LEDE, 'Get the Harbour Briefing in your inbox every day – sign up free')).toBeNull();
  });
  it('never takes a row of section names for the masthead', () => {
    expect(publisherOf('HOME   NEWS   SPORT   CELEBRITY   MONEY   TRAVEL', 'News › Ukraine', 'Port hit in overnight strike on Odesa', LEDE)).toBeNull();
  });
});

describe('findPublisher: "told X" confirmed by the short form the page uses of itself', () => {
  it('reads "told the Harbour Chronicle" with "the Chronicle" elsewhere', () => {
    expect(publisherOf(LEDE, 'A port official told the Harbour Chronicle that work would resume.', 'Dockers the Chronicle spoke to on Friday were less sure.')).toBe('Harbour Chronicle');
  });
  it('reads nothing from one "told X" alone', () => {
    expect(publisherOf(LEDE, 'A port official told the Harbour Chronicle that work would resume.', 'Dockers were less sure.')).toBeNull();
  });
});
