import { describe, expect, it } from 'vitest';
import { canonicalAgency, creditAgency, datelineAgency, findAgency, trailingCreditAgency } from './agency.ts';
import { clean } from './clean.ts';

describe('canonicalAgency', () => {
  it('gives the short name of a known agency under any of its names', () => {
    expect(canonicalAgency('Agence France-Presse')).toBe('AFP');
    expect(canonicalAgency('the associated press')).toBe('AP');
    expect(canonicalAgency('REUTERS')).toBe('Reuters');
    expect(canonicalAgency('Deutsche Presse-Agentur')).toBe('dpa');
    expect(canonicalAgency('Daily Planet')).toBeNull();
  });
});

describe('datelineAgency', () => {
  it.each([
    ['KYIV (AFP) – Russian forces struck the city overnight.', 'AFP'],
    ['GENEVA, March 4, 2025 (Reuters) - Floodwater poured into the tunnel.', 'Reuters'],
    ['MOSCOW, November 27. /TASS/. The ministry said on Thursday.', 'TASS'],
    ['NEW YORK (AP) — The city council voted on Tuesday.', 'AP'],
    ['REUTERS – The ministry said on Tuesday that talks would resume.', 'REUTERS'],
    ['ODESA (Daily Planet) – The port was hit again.', 'Daily Planet'],
  ])('%s', (lede, agency) => {
    expect(datelineAgency(lede)).toBe(agency);
  });

  it('finds none in a plain lede or a quoted agency', () => {
    expect(datelineAgency('The ministry told Reuters (AFP) that it would not comment.')).toBeNull();
    expect(datelineAgency('Officials said on Tuesday – Reuters reported – that the port was shut.')).toBeNull();
  });

  it('reads a hostile lede of any length in bounded time', () => {
    expect(datelineAgency(`${'A'.repeat(50_000)} (`)).toBeNull();
    expect(datelineAgency(`KYIV,${' x'.repeat(50_000)}`)).toBeNull();
  });
});

describe('creditAgency', () => {
  it.each([
    ['– Reuters', 'Reuters'],
    ['(AFP)', 'AFP'],
    ['With AFP', 'AFP'],
    ['By Associated Press', 'AP'],
    ['AFP | Updated 27 November 2025', 'AFP'],
    ['© 2025 The Associated Press. All rights reserved.', 'AP'],
    ['Copyright AFP 2025', 'AFP'],
  ])('%s', (line, agency) => {
    expect(creditAgency(line)).toBe(agency);
  });

  it('finds none in an ordinary line, or one too long to be a credit', () => {
    expect(creditAgency('Share this article')).toBeNull();
    expect(creditAgency(`– Reuters ${'x'.repeat(200)}`)).toBeNull();
  });

  it('reads a trailing credit at the end of a paragraph', () => {
    expect(trailingCreditAgency('The talks will resume on Monday, the ministry said. – Reuters')).toBe('Reuters');
    expect(trailingCreditAgency('The talks will resume on Monday, Reuters said.')).toBeNull();
  });
});

describe('findAgency', () => {
  it('prefers the dateline, then a credit, then a trailing credit; keeps an unknown agency only from a dateline', () => {
    expect(findAgency(['KARSK, September 2. /OTA/. Orvenia will double its quota.'], ['– Reuters'], undefined)).toBe('OTA');
    expect(findAgency(['Orvenia will double its quota.'], ['Editing by Mark Soller', '– Reuters'], undefined)).toBe('Reuters');
    expect(findAgency(['Orvenia will double its quota.'], [], 'It takes effect in October. (AP)')).toBe('AP');
    expect(findAgency(['ODESA (Daily Planet) – The port was hit again.'], [], undefined)).toBeNull();
  });
});

describe('findAgency: a dateline name signed off under the copy', () => {
  it('is the wire the copy comes from, and not the publisher', () => {
    const article = clean({
      name: 'w.txt',
      text: ['LORVAN (Beaconline) – The port authority said on Monday that the northern terminal would reopen within a week after repairs.', 'Officials said two cranes had been replaced and that the quay had been inspected.', '— Beaconline'].join('\n\n'),
    });
    expect(article.agency).toBe('Beaconline');
    expect(article.publisher).toBeNull();
  });
  it("is the wire when the page's metadata names another outlet", () => {
    const article = clean({
      name: 'm.txt',
      text: ['LORVAN (Beaconline) – The port authority said on Monday that the northern terminal would reopen within a week after repairs.', 'Officials said two cranes had been replaced.'].join('\n\n'),
      metadata: { publisher: 'Valley Clarion' },
    });
    expect(article.agency).toBe('Beaconline');
  });
});
