import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';

const LEDE = 'Russian forces struck the port of Odesa overnight, damaging two grain terminals and a warehouse, regional officials said on Thursday.';
const MORE = 'The harbour master said repairs to the terminals would take at least a week, and that ships were being sent to Izmail.';
const dateOf = (...lines: string[]): string | null => clean({ name: 'd.txt', text: lines.join('\n\n') }).published;

describe('findPublished', () => {
  it('reads a date line beside an issue number, and a byline line with a date', () => {
    expect(dateOf('The Lakeshore Mirror', 'Sunday 5 April 2026 · Issue 214 · 5 min read', 'Port hit in overnight strike on Odesa', LEDE, MORE)).toBe('2026-04-05');
    expect(dateOf('Port hit in overnight strike on Odesa', 'Jane Roe · Odesa · 27 November 2025', LEDE, MORE)).toBe('2025-11-27');
  });

  it('prefers the published date to the updated one', () => {
    expect(dateOf('Port hit in overnight strike on Odesa', 'Updated 29 November 2025', 'Published 27 November 2025', LEDE, MORE)).toBe('2025-11-27');
  });

  it('reads a dateline with the place in ordinary case, only with a full date', () => {
    expect(dateOf('Veloran, 6 April 2026 — The water authority sets out below the facts of the events at the dam.', MORE)).toBe('2026-04-06');
    expect(dateOf('Veloran, Thursday — The water authority sets out below the facts of the events at the dam.', MORE)).toBeNull();
    expect(dateOf('On Thursday, 27 November 2025 — the port was struck again by drones, officials said.', MORE)).toBeNull();
  });

  it('never takes a date from a body sentence or another article\'s link', () => {
    expect(dateOf(LEDE, 'The terminal was first hit on 3 March 2024, the harbour master said.', MORE)).toBeNull();
    expect(dateOf(LEDE, MORE, 'Further reading', 'Odesa port struck again – 3 March 2024')).toBeNull();
  });

  it('resolves a weekday against a full date beside it, and "2 hours ago" only with a fetch time', () => {
    expect(dateOf('Port hit in overnight strike on Odesa', 'Published Thursday 14:05 · Updated Fri 28 Nov 2025', LEDE, MORE)).toBe('2025-11-27');
    expect(dateOf('Port hit in overnight strike on Odesa', '2 hours ago', LEDE, MORE)).toBeNull();
    expect(clean({ name: 'd.txt', text: ['Port hit in overnight strike on Odesa', '2 hours ago', LEDE, MORE].join('\n\n'), metadata: { fetched: '2025-11-28T09:30' } }).published).toBe('2025-11-28');
  });
});

describe('findPublished: a labelled weekday', () => {
  it('reads "Published Friday" against a full date line further down the page', () => {
    // 2026-03-13 is a Friday.
    expect(dateOf('Port hit in overnight strike on Odesa', 'By Jane Roe', 'Posted Friday', LEDE, 'Last updated: 13th March 2026, 8:10 pm', MORE)).toBe('2026-03-13');
  });
  it('guesses nothing from a weekday alone', () => {
    expect(dateOf('Port hit in overnight strike on Odesa', 'By Jane Roe', 'Posted Friday', LEDE, MORE)).toBeNull();
  });
});
