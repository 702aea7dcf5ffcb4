/**
 * Wire agencies: their canonical short names (a truly fixed list: the
 * agencies that exist), and the article's own agency read from where an
 * article is credited to one: a dateline ("GENEVA (AFP) –", "MOSCOW, May 2
 * /TASS/.", "REUTERS –"), a closing credit ("– Reuters", "(AP)"), a byline
 * ("By AFP") or a copyright line ("© 2025 The Associated Press").
 *
 * An agency quoted in the text ("…, Reuters reported") or credited for a
 * photo ("(AFP via Getty Images)") is not the article's agency.
 */

/** Canonical name → the other names the agency goes by (compared case-insensitively). */
const AGENCIES: Readonly<Record<string, readonly string[]>> = {
  AFP: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'],
  Reuters: ['Thomson Reuters'],
  AP: ['Associated Press', 'The Associated Press'],
  dpa: ['Deutsche Presse-Agentur'],
  EFE: ['Agencia EFE'],
  ANSA: [],
  Xinhua: ['Xinhua News Agency'],
  TASS: ['ITAR-TASS'],
  'RIA Novosti': ['RIA'],
  Interfax: [],
  Ukrinform: [],
  Anadolu: ['Anadolu Agency', 'Anadolu Ajansı'],
  PA: ['PA Media', 'Press Association', 'PA Wire'],
  Kyodo: ['Kyodo News'],
  Yonhap: ['Yonhap News Agency'],
  AAP: ['Australian Associated Press'],
  'Canadian Press': ['The Canadian Press', 'CP'],
  PTI: ['Press Trust of India'],
  IANS: [],
  ANI: ['Asian News International'],
  UPI: ['United Press International'],
  Bloomberg: ['Bloomberg News'],
  Bernama: [],
  Antara: [],
  IRNA: [],
  MENA: [],
  KCNA: [],
  Sputnik: [],
  'Europa Press': [],
  Lusa: [],
  APA: ['Austria Presse Agentur'],
  ANP: [],
  Belga: [],
  PAP: ['Polish Press Agency'],
  MTI: [],
  BTA: [],
  ČTK: ['CTK'],
  Agerpres: [],
  HINA: [],
  Tanjug: [],
  NTB: [],
  TT: [],
  STT: [],
  Ritzau: [],
};

const BY_NAME = new Map<string, string>(
  Object.entries(AGENCIES).flatMap(([canonical, others]) => [canonical, ...others].map((name) => [name.toLowerCase(), canonical] as const)),
);

/** The canonical short name of a known wire agency ("Agence France-Presse" → "AFP"), or null. */
export function canonicalAgency(name: string): string | null {
  return BY_NAME.get(name.replace(/\s+/gu, ' ').trim().toLowerCase()) ?? null;
}

/** An agency-like name that is not on the list: an acronym ("MPA", "OTA") or a "… Press"/"… Agency" name. */
export function looksLikeAgency(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name) || /\b(?:Press|Agency|Agencia|Agence|Presse|Wire|News Service)\b/u.test(name) || /^\p{Lu}\p{Ll}{2,}(?:wire|press)$/u.test(name);
}

/** Words of a dateline's place: capitals, spaces, dots, apostrophes, hyphens ("KYIV", "NEW YORK", "ST. PETERSBURG"). */
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}`;
/** What may follow the place before the agency: ", March 4, 2025", ", Ukraine, Nov 27". Bounded, no nesting. */
const PLACE_TAIL = String.raw`(?:,[^()/\n]{0,40}?)?`;

const DATELINE_PAREN = new RegExp(String.raw`^${PLACE}${PLACE_TAIL}\s*\(([^()]{2,40})\)\s*[-–—:]`, 'u');
const DATELINE_SLASH = new RegExp(String.raw`^${PLACE},[^/\n]{0,40}?\/(\p{Lu}[\p{L}-]{1,20})\/\.?`, 'u');
/** "REUTERS – …", "AFP — …" at the start of the lede. */
const LEADING_AGENCY = /^(\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}-]{1,20}){0,2})\s+[-–—]\s+\p{Lu}/u;

/** The agency a dateline at the start of the lede names, as written, or null. */
export function datelineAgency(lede: string): string | null {
  const head = lede.slice(0, 160);
  const found = DATELINE_PAREN.exec(head)?.[1] ?? DATELINE_SLASH.exec(head)?.[1];
  if (found) return found.trim();
  const leading = LEADING_AGENCY.exec(head)?.[1];
  return leading && canonicalAgency(leading) !== null ? leading : null;
}

/** A closing credit: "– Reuters", "(AFP)", "AP", "With AFP", "Source: dpa". */
const CLOSING_CREDIT = /^(?:[-–—]\s*|\(\s*|(?:with|source|via)\s*:?\s+)?([\p{L}][\p{L}. -]{0,40}?)\s*\)?\.?$/iu;
/** The same credit at the end of a paragraph: "… the ministry said. – Reuters". */
const TRAILING_CREDIT = /[.!?"”’]\s+(?:[-–—]\s*|\()(\p{Lu}[\p{L}. -]{0,40}?)\)?$/u;
/** "By AFP", "AFP | Updated …", "Reuters Staff". */
const BYLINE_CREDIT = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}-]{1,20}){0,2})(?:\s+(?:staff|reporters?|correspondents?))?(?:\s*[|,•·]\s*.{0,60})?$/u;
const COPYRIGHT_CREDIT = /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\s*,?\s*)?(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40}?)(?:\s+\d{4})?(?:[.,]|\s+all rights reserved|$)/iu;

/** The known agency a credit line names (canonical), or null. Lines over 120 characters are never credits. */
export function creditAgency(line: string): string | null {
  if (line.length > 120) return null;
  for (const re of [CLOSING_CREDIT, TRAILING_CREDIT, BYLINE_CREDIT, COPYRIGHT_CREDIT]) {
    const name = re.exec(line)?.[1];
    const agency = name ? canonicalAgency(name) : null;
    if (agency) return agency;
  }
  return null;
}

/** The agency a trailing credit at the end of a paragraph names ("… said. – Reuters"), or null. */
export function trailingCreditAgency(paragraph: string): string | null {
  const name = TRAILING_CREDIT.exec(paragraph.slice(-60))?.[1];
  return name ? canonicalAgency(name) : null;
}

/** An outlet's name for comparing two spellings: case, a leading "The" and punctuation aside. */
const outletKey = (name: string): string => name.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Rules whose removals may credit the article to an agency (never the caption and photo-credit rules). */
export const CREDIT_RULES: ReadonlySet<string> = new Set([
  'agency-credit', 'byline', 'contributor-credit', 'copyright', 'date-line', 'nav-label', 'section-label', 'author-role',
]);

/** A sign-off line crediting `name` ("— Meridian" under the copy): the dateline's name is the wire the copy comes from. */
export function creditedAtClose(name: string, credits: readonly string[]): boolean {
  return credits.some((line) => {
    const credited = /^[-–—]/u.test(line) ? CLOSING_CREDIT.exec(line)?.[1] : undefined;
    return credited !== undefined && outletKey(credited) === outletKey(name);
  });
}

/**
 * The article's agency: a dateline at the top of the body, else a credit
 * line the cleaning removed, else a trailing credit on the last paragraph.
 * An agency not on the list is kept as written only from a dateline, and
 * only when it looks like one ("(MPA)", "/OTA/").
 */
export function findAgency(ledes: readonly string[], credits: readonly string[], lastParagraph: string | undefined, publisher: string | null = null): string | null {
  for (const lede of ledes) {
    const found = datelineAgency(lede);
    // A name in the dateline that is not the page's own outlet is the wire it credits.
    if (found) return canonicalAgency(found) ?? (looksLikeAgency(found) || creditedAtClose(found, credits) || (publisher !== null && outletKey(publisher) !== outletKey(found)) ? found : null);
  }
  for (const line of credits) {
    const agency = creditAgency(line);
    if (agency) return agency;
  }
  return lastParagraph === undefined ? null : trailingCreditAgency(lastParagraph);
}
