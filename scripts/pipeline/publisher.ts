/**
 * The publisher of an article, from the page's own mentions of the outlet,
 * most explicit first:
 *
 * 1. the page furniture cleaning took out: a copyright line, the outlet's
 *    appeals, newsletter and support prompts ("Support the Daily Planet",
 *    "Sign up for the Planet Morning newsletter", "Got a story for …?"), an
 *    author's bio or card, "Follow X on Facebook";
 * 2. a dateline that names an outlet rather than a wire agency
 *    ("KYIV (Daily Planet) –");
 * 3. the article naming itself: "The Daily Planet could not independently
 *    verify …", "… has learned", "… , the Daily Planet reports",
 *    "This was reported by …", "told the Daily Planet". "Told X" and
 *    "X reports" also cite other outlets, so they count only for a name
 *    that looks like an outlet's, that no wire agency has, and that the page
 *    names twice or also prints in its furniture (a masthead).
 *
 * The name is returned as plain text (`plainName`). Null rather than a guess.
 */
import { canonicalAgency, creditedAtClose, CREDIT_RULES, datelineAgency, looksLikeAgency } from './agency.ts';
import { plainName } from './plain-text.ts';
import { copyrightHolder, fullerName, looksLikeOutlet, notAgency, OWN, publisherName, sameName, withoutCompanySuffix } from './publisher-names.ts';
import { titleSite } from './page-title.ts';
import { ROLE_WORDS } from './text-shape.ts';
import type { Removal } from './types.ts';


/** Where the outlet names itself in its furniture, by the rule that removed the line. */
const FURNITURE: readonly { rules: readonly string[]; patterns: readonly RegExp[]; singleWord?: boolean }[] = [
  // "© 2025 The Westmere Courier. All rights reserved."
  { rules: ['copyright'], singleWord: true, patterns: [new RegExp(`(?:©|\\([cC]\\)|[Cc]opyright)\\s*©?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?${OWN}`, 'gu')] },
  // "Thanks for reading the Valley Clarion!": a newsletter's sign-off names the publication itself
  { rules: ['sign-off'], singleWord: true, patterns: [new RegExp(`\\b[Tt]hanks?(?: you)?(?: so much)? for reading\\s+(?:the\\s+)?${OWN}`, 'gu')] },
  // The outlet naming itself in its appeals: "The X is trusted by …", "Got a story for The X?", "Support the X"
  {
    rules: ['donation-appeal', 'donation-appeal-sentence', 'paywall-notice', 'newsletter-signup', 'tip-line', 'support-button', 'support-call', 'newsletter-line'],
    patterns: [
      new RegExp(`(?:^|[.!?,;:—–]\\s+)${OWN}\\s+(?:is|relies|depends|remains|exists|needs|has|was|will|can|believes)\\b`, 'gu'),
      new RegExp(`\\b(?:story|stories|tips?|news)\\s+for\\s+(?:the\\s+)?${OWN}`, 'gu'),
      new RegExp(`\\b(?:[Ss]upport|[Dd]onate to|[Jj]oin|[Bb]ecome an? (?:member|supporter|subscriber|patron) of|[Ss]ubscribe to)\\s+(?:the\\s+)?${OWN}(?=\\s*(?:$|[.!,:;—–]|\\s+(?:today|now|from|for|and|with|by|on|in)\\b))`, 'gu'),
      new RegExp(`\\b(?:[Ss]ign(?:ing)? up|[Ss]ubscribe|[Rr]egister)\\s+(?:to|for)\\s+(?:the\\s+)?${OWN}['’]s\\s+`, 'gu'),
      // "Every pound you give keeps the Harbour Post independent."
      new RegExp(`\\b(?:keeps?|keeping|helps? keep)\\s+(?:the\\s+)?${OWN}\\s+(?:independent|fearless|free|going|alive|open|on air|online|reporting)\\b`, 'gu'),
    ],
  },
  // "X is a reporter for the Kyiv Independent"
  { rules: ['author-bio'], patterns: [new RegExp(`\\b(?:${ROLE_WORDS})s?\\s+(?:for|at|with)\\s+(?:the\\s+)?${OWN}`, 'gu')] },
  // Author card: "NBS News, Aberlyn"
  { rules: ['author-role'], patterns: [/^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}News)\b/gu] },
  // A byline naming the outlet after the author: "By Jane Roe, Harbour Post", "Jane Roe | The Daily Bugle"
  { rules: ['byline', 'author-name'], patterns: [new RegExp(`(?:,|\\||·|•|—|–|\\bfor|\\bat)\\s+(?:the\\s+)?${OWN}\\s*(?=$|[|·•,])`, 'gu')] },
  // "Follow The Daily Clarion on Facebook" (may name a sub-brand, hence late)
  { rules: ['social-follow'], patterns: [new RegExp(`\\b[Ff]ollow\\s+${OWN}\\s+on\\b`, 'gu')] },
];

/** The article naming itself: strong cues, then weak ones ("told X", "X reports") that also cite other outlets. */
const SELF_STRONG: readonly RegExp[] = [
  new RegExp(`${OWN}\\s+(?:could not|cannot|can ?not|was unable to|has not been able to|was not able to)\\s+(?:independently\\s+)?(?:verify|confirm)\\b`, 'gu'),
  new RegExp(`${OWN}\\s+(?:has learned|has learnt|understands|has seen|has obtained|has established|has contacted|reached out|has asked)\\b`, 'gu'),
  new RegExp(`\\b(?:[Tt]his|[Ii]t) was (?:first )?reported by (?:the\\s+)?${OWN}(?=\\s*[.,;]|$)`, 'gu'),
  new RegExp(`\\b(?:asked|contacted|approached|interviewed) by (?:the\\s+)?${OWN}(?=\\s*[.,;]|\\s+(?:on|about|for)\\b)`, 'gu'),
  new RegExp(`\\b(?:a |an )?(?:request|requests) for comment (?:from|by) (?:the\\s+)?${OWN}`, 'gu'),
  // "The Daily Bugle can reveal", "… has been told", "The Post approached the ministry for comment"
  new RegExp(`${OWN}\\s+(?:can (?:exclusively )?reveal|has been told|has been shown)\\b`, 'gu'),
  new RegExp(`${OWN}\\s+(?:has\\s+)?(?:approached|contacted|asked)\\s+[^.;]{1,60}?\\bfor (?:a )?(?:comment|response)\\b`, 'gu'),
];
const SELF_WEAK: readonly RegExp[] = [
  new RegExp(`\\b(?:told|telling|tells|speaking to|spoke to|in an interview with)\\s+(?:the\\s+)?${OWN}`, 'gu'),
  new RegExp(`,\\s+(?:the\\s+)?${OWN}\\s+reports?[.;]`, 'gu'),
];

/** Where the outlet names itself on any line cleaning took out, whatever the rule: the name must read as an outlet's. */
const ANY_FURNITURE: readonly RegExp[] = [
  ...(FURNITURE.find((source) => source.rules.includes('donation-appeal'))?.patterns ?? []),
  // "You're receiving this because you signed up for the Lakeshore Mirror."
  new RegExp(`\\b(?:signed up|subscribed)\\s+(?:to|for)\\s+(?:the\\s+)?${OWN}(?=\\s*(?:$|[.!,:;—–|·]))`, 'gu'),
  // "Get Ledger alerts on your phone", "Download the Daily Planet app" (not "Get the Tribune Today newsletter": a newsletter has its own name)
  new RegExp(`\\b(?:[Gg]et|[Dd]ownload)\\s+(?:the\\s+)?${OWN}\\s+(?:alerts?|app|notifications?)\\b`, 'gu'),
];
/** "Get the Evening Lantern in your inbox every day": the outlet by any name (a newsletter's own name, "… Briefing", is not the outlet's). */
const INBOX = [new RegExp(`\\b[Gg]et\\s+(?:the\\s+)?${OWN}\\s+(?:in|into|to|straight to|delivered to)\\s+your\\s+inbox\\b`, 'gu')];
/** The last word of a newsletter's own name: "The Morning Briefing" is a product, not the outlet. */
const NEWSLETTER_NAME = /\b(?:briefing|bulletin|digest|newsletter|roundup|round-up|brief|update|edition|letter|wrap)$/iu;
/** A job title ("Chief Reporter", "Europe Correspondent"): a byline's role, not its outlet. */
const ROLE = new RegExp(`\\b(?:${ROLE_WORDS})s?\\b`, 'iu');
/** Section names: a line of them above the headline is a section label, not the masthead. */
const SECTION_WORDS = new Set(
  ('world local national international regional politics business economy money sport sports opinion comment culture ' +
    'science tech technology environment health europe africa asia americas us uk news live latest breaking home top ' +
    'video videos war exclusive analysis features lifestyle travel weather').split(' '),
);

/** "THE DAILY PLANET" → "The Daily Planet"; an acronym ("KST") stays. */
const titleCased = (name: string): string =>
  name === name.toUpperCase() && !/^\p{Lu}{2,6}$/u.test(name)
    ? name.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase()).replace(/\b(Of|And)\b/gu, (w) => w.toLowerCase())
    : name;

/** Rules of captions and photo credits: a "©" there credits a photographer, not the page. */
const CAPTION_RULE = /caption|photo|credit|image|gallery/u;

function matches(texts: readonly string[], patterns: readonly RegExp[], singleWord = false): string[] {
  // A single capitalised word names an outlet only where the cue says so.
  const names: string[] = [];
  for (const text of texts) {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const name = publisherName(m[1], singleWord);
        if (name) names.push(name);
      }
    }
  }
  return names;
}

const COPYRIGHT_PATTERNS = FURNITURE.find((source) => source.rules.includes('copyright'))!.patterns;

/** How the publisher was found, most trusted first (after the seed's metadata, which `seed-metadata.ts` applies). */
export type PublisherCue = 'dateline' | 'self-reference' | 'furniture' | 'title' | 'masthead' | 'told';

export interface FoundPublisher {
  name: string;
  cue: PublisherCue;
}

/** The outlet's names in its furniture (copyright, prompts, bio, follow line), in the order of `FURNITURE`, then on any removed line. */
function furnitureNames(removals: readonly Removal[]): string[] {
  const names: string[] = [];
  for (const source of FURNITURE) {
    const texts = removals.filter((r) => source.rules.includes(r.rule)).map((r) => r.text);
    const found = matches(texts, source.patterns, source.singleWord);
    if (source.rules.includes('byline')) names.push(...found.filter((name) => looksLikeOutlet(name) && !ROLE.test(name)));
    else names.push(...(source.rules.includes('copyright') ? found.map(withoutCompanySuffix) : found));
  }
  const others = removals.filter((r) => !CAPTION_RULE.test(r.rule)).map((r) => r.text);
  names.push(...matches(others, ANY_FURNITURE, true).filter(looksLikeOutlet));
  names.push(...matches(others, INBOX).filter((name) => !NEWSLETTER_NAME.test(name)));
  for (const r of removals) {
    const name = r.rule === 'copyright' ? null : copyrightHolder(r.text);
    if (name) names.push(name);
  }
  return names.filter(notAgency);
}

/** The site's name a page-title line ends with ("Headline | Daily Planet"), when it reads as a name and not a wire's. */
function titleNames(removals: readonly Removal[]): string[] {
  return removals.flatMap((r) => {
    const name = r.rule === 'page-title' ? publisherName(titleSite(r.text) ?? undefined, true) : null;
    return name && notAgency(name) ? [name] : [];
  });
}

/**
 * Lines above the headline made of a name only ("Eastgate Tribune", "The
 * Lakeshore Mirror"): the masthead, or a section label. A masthead the
 * cleaning found above the navigation names the outlet when it reads as an
 * outlet's name; any of them confirms or completes a name found elsewhere.
 */
function headerNames(removals: readonly Removal[]): { masthead: string[]; all: string[] } {
  const end = removals.findIndex((r) => r.rule === 'headline');
  const header = removals.slice(0, end === -1 ? 8 : end);
  const nameOnly = new RegExp(`^${OWN}$`, 'u');
  const named = header.flatMap((r, at) => {
    const raw = nameOnly.exec(r.text.toUpperCase() === r.text ? titleCased(r.text) : r.text)?.[1];
    const name = publisherName(raw, true);
    return name && notAgency(name) ? [{ rule: r.rule, name, at }] : [];
  });
  // Section names only, or a row of four or more words two of which name sections ("News Sport Culture Money Puzzles"): navigation.
  const sectionOnly = (name: string) => {
    const words = name.split(/\s+/u);
    const sections = words.filter((w) => SECTION_WORDS.has(w.toLowerCase())).length;
    return words.every((w) => SECTION_WORDS.has(w.toLowerCase()) || w === 'The') || (words.length >= 4 && sections >= 2);
  };
  // The masthead: above the navigation, or the page's very first line when it reads as an outlet's name.
  const masthead = named.filter(
    (n) => (n.rule === 'masthead' || n.at === 0) && looksLikeOutlet(n.name) && n.name.split(/\s+/u).length >= 2 && !sectionOnly(n.name),
  );
  return { masthead: masthead.map((n) => n.name), all: named.map((n) => n.name) };
}

/**
 * Publisher, from the page's own mentions (see the module comment), with the
 * cue that gave it; null rather than a guess. `body` is the kept text,
 * `ledes` its first paragraphs. Where cues disagree, a dateline and the
 * article naming itself win over the furniture, and the furniture over a
 * "told X"; a short name the page also prints in full ("The Standard", "The
 * Meridian Standard" in the masthead or a prompt) is given in full.
 */
export function findPublisherCue(removals: readonly Removal[], body: readonly string[], ledes: readonly string[]): FoundPublisher | null {
  // A wire the dateline credits ("(Interwire) –") is not the outlet, wherever else the page names it
  // ("By Interwire staff", "Interwire could not independently verify …" in a wire copy).
  // On the agency's own site, its masthead or copyright line names the wire too ("OTA" above "/OTA/."): then it is the publisher.
  const dateline = ledes.map((lede) => datelineAgency(lede)).find((name) => name !== null);
  const credits = removals.filter((r) => CREDIT_RULES.has(r.rule)).map((r) => r.text);
  const wire = dateline && (canonicalAgency(dateline) !== null || looksLikeAgency(dateline) || creditedAtClose(dateline, credits)) ? dateline : null;
  const headerAll = headerNames(removals);
  const chrome = [...headerAll.all, ...matches(removals.filter((r) => r.rule === 'copyright').map((r) => r.text), COPYRIGHT_PATTERNS, true)];
  const agencySite = wire !== null && canonicalAgency(wire) === null && chrome.some((name) => oneOutlet(name, wire));
  const notWire = (name: string) => wire === null || agencySite || !oneOutlet(name, wire);
  const furniture = furnitureNames(removals).filter(notWire);
  const header = { masthead: headerAll.masthead.filter(notWire), all: headerAll.all.filter(notWire) };
  const own = [...furniture, ...header.all, ...(agencySite ? chrome : [])];
  const found = (name: string, cue: PublisherCue): FoundPublisher | null => {
    // The furniture's spelling of the same name ("© 2025 Lakeland Observer" for "The Lakeland Observer could not …").
    const spelt = own.find((o) => sameName(o, name)) ?? name;
    const plain = plainName(fullerName(spelt, own));
    return plain === null ? null : { name: plain, cue };
  };
  const text = body.slice(0, 200).map((p) => p.slice(0, 2000));
  const strong = matches(text, SELF_STRONG, true).find((name) => notAgency(name) && notWire(name));
  // "CITY (Outlet) –": the outlet's own dateline, unless the name reads as a wire agency ("(Interwire)",
  // "(MPA)"), or the page names another outlet as itself, whose wire the dateline then credits.
  const datelineOutlet = dateline && (agencySite || (wire === null && publisherName(dateline, true))) ? dateline : null;
  const itself = strong ?? furniture[0] ?? header.masthead[0];
  if (datelineOutlet && (itself === undefined || oneOutlet(itself, datelineOutlet))) return found(fullerName(datelineOutlet, [itself ?? '']), 'dateline');
  if (strong) return found(strong, 'self-reference');
  if (furniture[0]) return found(furniture[0], 'furniture');
  const titled = titleNames(removals).filter(notWire)[0];
  if (titled) return found(titled, 'title');
  if (header.masthead[0]) return found(header.masthead[0], 'masthead');
  const weak = matches(text, SELF_WEAK).filter((name) => notAgency(name) && notWire(name) && looksLikeOutlet(name));
  const lines = removals.map((r) => r.text);
  const confirmed = weak.find(
    (name) =>
      weak.filter((other) => sameName(other, name)).length >= 2 ||
      lines.some((line) => sameName(line, name)) ||
      own.some((o) => sameName(o, name)) ||
      shortFormUsed(name, text),
  );
  return confirmed ? found(confirmed, 'told') : null;
}

/**
 * The page calling itself by the last word of `name` elsewhere ("told the
 * Harbour Beacon" and "the Beacon spoke to residents"): the short form the
 * outlet uses of itself. Only for a name of two words or more.
 */
function shortFormUsed(name: string, texts: readonly string[]): boolean {
  const words = name.replace(/^The\s+/u, '').split(/\s+/u);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  const full = words.slice(0, -1).join(' ').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const short = new RegExp(`\\b[Tt]he\\s+(?!${full}\\s)${last}\\b(?!\\s+\\p{Lu})`, 'u');
  return texts.some((t) => short.test(t));
}

/** Two names of one outlet: the same name, one the end of the other ("The Observer", "Drovna Observer"), or an acronym of the other ("MPA", "Meridian Press Agency"). */
function oneOutlet(a: string, b: string): boolean {
  return sameName(a, b) || fullerName(a, [b]) === b || fullerName(b, [a]) === a;
}

/** The publisher's name alone (`findPublisherCue`). */
export function findPublisher(removals: readonly Removal[], body: readonly string[], ledes: readonly string[]): string | null {
  return findPublisherCue(removals, body, ledes)?.name ?? null;
}
