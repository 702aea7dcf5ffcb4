/**
 * Clutter rules for the `clean` stage, kept as data.
 *
 * `clean` cuts a seed into *units*: one line, or the hard-wrapped lines of one
 * paragraph joined together. Each unit is tested against the rules below in
 * table order; the first rule that matches decides, and what it took out is
 * recorded as a `Removal` with the rule id.
 *
 * Kinds of rule:
 * - `prefix`: takes a marker off the start of a unit (`date 2025-11-28 …`);
 *   the rest of the unit goes on to the other rules.
 * - `unit`: takes out a whole unit (`action: 'drop'`), or moves it to
 *   `captions` (`action: 'caption'`, the caption text is `caption(text)`).
 * - `sentence`: takes promotional sentences off the *edges* of a unit (leading
 *   or trailing sentences only, never from the middle of a paragraph).
 *
 * Unit rules run in phases, because some need to know where a unit sits:
 * 1. Anywhere, also between body paragraphs, so they must be near-certain.
 *    Sentence rules run right after phase 1.
 * 2. Header (before the first prose paragraph) and footer (after the last):
 *    author cards, bios, breadcrumbs.
 * 3. Header and footer leftovers, once the headline is known: the headline
 *    itself (moved to `title`), its duplicate, section labels, teasers,
 *    navigation labels.
 *
 * Rules match structure and vocabulary, never a sentence of a known seed:
 * they must hold for outlets never seen. When in doubt a rule does not fire:
 * keeping a line of clutter is cheaper than losing a sentence of the article.
 */
import { segmentParagraph } from './segment.ts';

export type Zone = 'header' | 'body' | 'footer';

/** A line of the seed, or several hard-wrapped lines of one paragraph. Whitespace collapsed. */
export interface Unit {
  text: string;
  /** 1-based line of the seed where the unit starts. */
  line: number;
  /** Index of the blank-line separated block the unit belongs to. */
  block: number;
}

export interface RuleContext {
  readonly units: readonly Unit[];
  readonly index: number;
  readonly zone: Zone;
  /** The rule that already took each unit, or undefined while it is kept. */
  readonly verdicts: readonly (string | undefined)[];
  /** Index of the headline unit; known in phase 3 only. */
  readonly headline: number | undefined;
}

interface RuleBase {
  /** kebab-case, recorded in `Removal.rule`. Unique within its kind. */
  id: string;
  description: string;
}

export interface PrefixRule extends RuleBase {
  kind: 'prefix';
  /** The prefix to take off, or null. */
  match(text: string): string | null;
}

export interface UnitRule extends RuleBase {
  kind: 'unit';
  phase: 1 | 2 | 3;
  /** Zones where the rule may fire. Phase 1 rules fire everywhere. */
  zones: readonly Zone[];
  action: 'drop' | 'caption';
  match(text: string, ctx: RuleContext): boolean;
  /** Caption text kept for `action: 'caption'` (default: the whole unit). */
  caption?(text: string): string;
}

export interface SentenceRule extends RuleBase {
  kind: 'sentence';
  match(sentence: string): boolean;
}

export type ClutterRule = PrefixRule | UnitRule | SentenceRule;

// ---------------------------------------------------------------------------
// Text helpers (also used by `clean.ts`)
// ---------------------------------------------------------------------------

export function wordCount(text: string): number {
  return text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets. */
export function isTerminal(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text);
}

/** Running text: a full sentence of some length. Decides where the body starts and ends. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 8 && isTerminal(text);
}

/**
 * Splits collapsed text into sentences with the pipeline's own segmenter
 * (`Intl.Segmenter` plus its fixes for abbreviations, initials and quotes),
 * so that cleaning and claim detection agree on what a sentence is.
 */
export function splitSentences(text: string): string[] {
  return segmentParagraph(text).map(({ start, end }) => text.slice(start, end));
}

const NAME_PARTICLES = 'de|da|del|della|der|den|van|von|bin|al|el|la|le|du|dos|ter|ibn';
const NOT_NAME_WORDS = new Set(
  ('the and of in on at for to a an with from by news live more read show share video ' +
    'reporter editor correspondent staff updated published comments advertisement').split(' '),
);

/** "Martin Fornusek", "Anna-Lena de Vries", "JANE DOE": 2–4 capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  if (text.length > 40) return false;
  const name = new RegExp(
    `^\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:${NAME_PARTICLES}) )?\\p{Lu}[\\p{L}'’.-]*){1,3}$`,
    'u',
  );
  if (!name.test(text)) return false;
  return !text.split(' ').some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
}

export const ROLE_WORDS =
  'reporter|correspondent|editor|journalist|writer|columnist|contributor|producer|presenter|' +
  'analyst|photographer|freelancer|freelance|intern|fellow|commentator|anchor|host|bureau chief|staff';

/** "Reporter", "Political correspondent", "NBS News, Aberlyn": the line under an author's name. */
export function isRoleLine(text: string): boolean {
  if (wordCount(text) > 8 || isTerminal(text)) return false;
  if (new RegExp(`\\b(?:${ROLE_WORDS})s?\\b`, 'i').test(text)) return true;
  return /^(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}News(?:,\s*\p{Lu}[\p{L} .'’-]*)?$/u.test(text);
}

/** "Jane Doe is a reporter for …": a short author biography. */
export function isAuthorBio(text: string): boolean {
  const bio = new RegExp(
    `^(?:About the author:?\\s*)?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3} ` +
      `(?:is|was|has been|works as|joined)\\b[^.]{0,120}?\\b(?:${ROLE_WORDS})s?\\b`,
    'u',
  );
  return bio.test(text) || /^About the author\b/i.test(text);
}

/** Author contact details: "Reach Jane Doe at jdoe@example.com", "Follow her @janedoe". */
export function isContactLine(text: string): boolean {
  return (
    wordCount(text) <= 30 &&
    /^(?:contact|reach|email|e-mail|write to|follow)\b.*(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,})/i.test(text)
  );
}

/** Author material that can look like prose but never belongs to the body: bios, contact lines. */
export function isEdgeMaterial(text: string): boolean {
  return isAuthorBio(text) || isContactLine(text);
}

/** Quotation or attribution: a sentence someone said is never the outlet's own promotion. */
const QUOTED = /["“”«»„]|\b(?:said|says|told|tells|according to|urged|added|wrote|stated|announced|claimed|asked|insisted)\b/i;
/** The outlet addressing its readers. */
const ADDRESS = /\b(?:you|your|yours|you're|we|we're|us|our|ours)\b/i;
const IMPERATIVE = /^(?:please\s+)?(?:support|donate|subscribe|join|become|give|help|sign up|chip in|consider|contribute|back|register)\b/i;

/** Appeal vocabulary with weights. Strong (2): rarely outside an appeal. Weak (1): common words. */
const APPEAL_TERMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bdonat\w*/gi, 2],
  [/\bpaywalls?\b/gi, 2],
  [/\bsubscri\w*/gi, 2],
  [/\bmembership\b/gi, 2],
  [/\b(?:your|our) support\b/gi, 2],
  [/\bsupport (?:us|our)\b/gi, 2],
  [/\bhelps? us\b/gi, 2],
  [/\bjoin us\b/gi, 2],
  [/\bchip in\b/gi, 2],
  [/\breader-(?:funded|supported|powered)\b/gi, 2],
  [/\bad-free\b/gi, 2],
  [/\bbecome an? (?:member|supporter|subscriber|patron|friend)\b/gi, 2],
  [/\bsupport\w*/gi, 1],
  [/\bjournalis\w*/gi, 1],
  [/\breport(?:ing|ers?)\b/gi, 1],
  [/\bnewsrooms?\b/gi, 1],
  [/\bindependen\w*/gi, 1],
  [/\bquality\b/gi, 1],
  [/\bafford\w*/gi, 1],
  [/\bfund\w*/gi, 1],
  [/\breaders?\b/gi, 1],
  [/\bfree\b/gi, 1],
  [/\btrust\w*/gi, 1],
  [/\bmembers?\b/gi, 1],
  [/\bcommunity\b/gi, 1],
  [/\bpremium\b/gi, 1],
  [/\bmission\b/gi, 1],
  [/\bcontribut\w*/gi, 1],
];

export type AppealStrength = 'strong' | 'weak' | 'none';

/** How much a sentence reads like a donation/membership appeal. */
export function appealStrength(sentence: string): AppealStrength {
  if (QUOTED.test(sentence)) return 'none';
  let score = 0;
  for (const [re, weight] of APPEAL_TERMS) score += (sentence.match(re)?.length ?? 0) * weight;
  const addressed = ADDRESS.test(sentence) || IMPERATIVE.test(sentence);
  if (addressed && score >= 3) return 'strong';
  if (score >= 2 || (addressed && score >= 1)) return 'weak';
  return 'none';
}

/**
 * A paragraph is an appeal when more than half its sentences use appeal
 * vocabulary and at least one addresses the reader with strong terms. (An
 * appeal glued to a news sentence is left to the sentence rules.)
 */
export function isAppeal(text: string): boolean {
  const strengths = splitSentences(text).map(appealStrength);
  const strong = strengths.filter((s) => s === 'strong').length;
  const weak = strengths.filter((s) => s === 'weak').length;
  return strong >= 1 && (strong + weak) / strengths.length > 0.5;
}

// ---------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------

/** Interface words of news sites, compared after lower-casing and dropping counts. */
const UI_LABELS = new Set(
  [
    'read more', 'show more', 'show less', 'load more', 'see more', 'see all', 'view all', 'more',
    'news feed', 'video thumbnail', 'avatar', 'author image', 'author photo', 'profile picture',
    'headshot', 'support now', 'support us', 'donate', 'donate now', 'subscribe', 'subscribe now',
    'sign in', 'log in', 'login', 'sign up', 'register', 'my account', 'share', 'share this',
    'share this article', 'share this story', 'share article', 'share page', 'copy link',
    'link copied', 'print', 'save', 'saved', 'save article', 'bookmark', 'comments', 'comment',
    'view comments', 'show comments', 'leave a comment', 'join the conversation', 'skip to content',
    'skip to main content', 'skip to navigation', 'menu', 'search', 'close', 'home', 'back to top',
    'listen', 'listen to this article', 'listen to article', 'play', 'pause', 'watch', 'watch live',
    'watch video', 'play video', 'replay', 'most read', 'most popular', 'most viewed', 'trending',
    'trending now', 'related', 'related articles', 'related stories', 'related content',
    'recommended', 'recommended stories', 'you may also like', 'you might also like', 'more from',
    'more stories', 'more news', 'top stories', 'latest', 'latest news', 'latest stories', 'follow',
    'following', 'gift article', 'gift this article', 'report an error', 'report a correction',
    'expand', 'collapse', 'toggle caption', 'hide caption', 'enlarge', 'enlarge this image',
    'fullscreen', 'view in fullscreen', 'view gallery', 'open gallery', 'image', 'images', 'photo',
    'photos', 'video', 'audio', 'gallery', 'next', 'previous', 'prev', 'continue reading',
    'key events', 'show key events only', 'pinned post', 'pinned', 'live', 'live updates',
    'breaking', 'breaking news', 'refresh', 'new posts', 'load new posts', 'more on this story',
    'accept cookies', 'cookie settings', 'by', 'written by', 'words by', 'read also', 'also read',
    'see also', 'read next', 'related news', 'more on this topic', 'recommended for you', 'editor\'s picks',
  ],
);

/** Section names of news sites; a line made only of these is a navigation bar. */
const SECTION_WORDS = new Set(
  ('home news world uk us europe africa asia americas australia politics business money tech ' +
    'technology science health sport sports football culture arts entertainment lifestyle life ' +
    'style travel food opinion comment weather video videos live local national international ' +
    'climate environment education economy markets region regions obituaries podcasts ' +
    'newsletters games puzzles more menu search latest').split(' '),
);

const SOCIAL_WORDS = new Set(
  ('facebook twitter x email e-mail whatsapp telegram linkedin reddit pinterest messenger ' +
    'flipboard vk sms threads bluesky mastodon copy link print share on via this article story ' +
    'you can social media the to').split(' '),
);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}\\s?[ap]\\.?m\\.?';
const TZ = '(?:gmt|bst|utc|cet|cest|msk|eet|eest|ist|aest|jst|[ecmp][sd]?t)';
const RELATIVE = '\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhdw])(?:\\s+ago)?|just now|yesterday|today|an? (?:minute|hour|day) ago|ago';
const DATE_LABEL = '(?:first published|last updated|last modified|published|updated|posted|modified|created|date|on|at|local time)';
const DATE_TOKEN = `(?:${DATE_LABEL}|${WEEKDAY}|${MONTH}|${TIME}|${TZ}|${RELATIVE}|\\d{1,4}(?:st|nd|rd|th)?)`;
const DATE_LINE = new RegExp(`^(?:${DATE_TOKEN}(?=[\\s,.:·•|/()–—-]|$)[\\s,.:·•|/()–—-]*)+$`, 'i');

/** Made only of dates, times, weekdays and "Published/Updated" labels. */
export function isDateLine(text: string): boolean {
  return text.length <= 90 && /\d|ago|today|yesterday|just now/i.test(text) && DATE_LINE.test(text);
}

/** A photo credit: agency, "via", "Photo", "Name/Agency". */
function isCredit(text: string): boolean {
  return (
    /\b(?:via|getty|images?|photo(?:graph)?s?|pictures?|credit|courtesy|handout|shutterstock|alamy|ap|afp|reuters|epa|efe|pa|wire|pool|sputnik|tass|xinhua|anadolu|file|supplied|screenshot|screengrab)\b/i.test(
      text,
    ) || /\p{Lu}[\p{L}.-]*\s*\/\s*\p{Lu}/u.test(text)
  );
}

/** A photo credit on its own: "© Jane Doe/Agency", "AFP via Getty Images", "Jane Doe/Reuters". */
export function isCreditOnly(text: string): boolean {
  return (
    (/^©\s*(?!\d{4})\S/.test(text) && wordCount(text) <= 12) ||
    /^(?:[^ ]+(?: [^ ]+){0,4} )?via Getty Images$/i.test(text) ||
    /^(?:Getty Images|AFP|AP|Reuters|EPA(?:-EFE)?|PA(?: Media| Wire)?|Shutterstock|Alamy)$/i.test(text) ||
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s?\/\s?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text)
  );
}

/** " in Moralta": the place after an author's name ("Lucía Ferrer in Moralta"). */
export const IN_PLACE = /\s+in\s+\p{Lu}[\p{L} -]*$/u;

/** Parses a byline ("By Jane Doe and John Roe, Political Editor | March 3, 2025"). */
export function parseByline(text: string): { names: string[]; rest: string } | null {
  const m = /^(?:by|written by|words by|reported by)\s*:?\s+(.+)$/i.exec(text);
  if (!m?.[1] || /[!?]$/.test(text) || wordCount(text) > 20) return null;
  const [first = '', ...rest] = m[1].split(/\s*(?:[|•·]|,|\s[–—-]\s)\s*/);
  const names = first
    .replace(IN_PLACE, '')
    .split(/\s+(?:and|&)\s+/i)
    .map((n) => n.trim());
  if (!names.every(isPersonName)) return null;
  return { names, rest: rest.join(' ') };
}

/** Splits a row of buttons or links: "Subscribe | Log in", "World · Business · Markets". */
const segments = (text: string): string[] => text.split(/\s+[|·•]\s+/).filter(Boolean);

/** One interface label, or a row of them. */
export function isUiLabel(text: string): boolean {
  return segments(text).every((part) => UI_LABELS.has(uiKey(part)));
}

function uiKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\d[\d,.]*k?\s+/, '')
    .replace(/\s*\(?\d[\d,.]*k?\)?$/, '')
    .replace(/[\s:›»→>…|·•]+$/, '')
    .trim();
}

const GALLERY_PREFIX = /^(?:open|view|expand|enlarge)\s+(?:this\s+)?image\s+in\s+(?:the\s+)?(?:gallery|full\s?screen)\b\s*/i;
const CAPTION_PREFIX = /^(?:image caption|media caption|video caption|caption)\s*[,:]\s*/i;

/** True when a line must stay a unit of its own, never joined to the line above. */
export function startsOwnUnit(text: string): boolean {
  return GALLERY_PREFIX.test(text) || CAPTION_PREFIX.test(text) || isUiLabel(text);
}

const prevText = (ctx: RuleContext): string => ctx.units[ctx.index - 1]?.text ?? '';
const nextText = (ctx: RuleContext): string => ctx.units[ctx.index + 1]?.text ?? '';
const sameBlock = (ctx: RuleContext, offset: number): boolean =>
  ctx.units[ctx.index + offset]?.block !== undefined && ctx.units[ctx.index + offset]?.block === ctx.units[ctx.index]?.block;
const ANYWHERE: readonly Zone[] = ['header', 'body', 'footer'];
const EDGES: readonly Zone[] = ['header', 'footer'];

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

export const CLUTTER_RULES: readonly ClutterRule[] = [
  {
    kind: 'prefix',
    id: 'date-marker',
    description: 'A scraper\'s "date YYYY-MM-DD" marker at the start of a line.',
    match: (text) => /^date\s*:?\s*\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?(?=\s|$)/i.exec(text)?.[0] ?? null,
  },

  // Phase 1: anywhere.
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'membership-counter',
    description: 'A membership/supporter counter: "0 out of 25,000", "12,431 members".',
    match: (text) =>
      /^\d[\d,. ]*\s*(?:out of|of|\/)\s*\d[\d,.]*(?:\s+(?:members|supporters|subscribers|readers|donors|backers))?$/i.test(text) ||
      /^\d[\d,.]*\s+(?:members|supporters|subscribers|donors|backers)(?:\s+(?:and counting|so far))?$/i.test(text) ||
      /^(?:goal|target)\s*:?\s*\d[\d,.]*(?:\s+(?:members|supporters|subscribers))?$/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'paywall-notice',
    description: 'Metering and paywall notices: "You have 2 free articles left", "Already a subscriber? Log in".',
    match: (text) =>
      wordCount(text) <= 40 &&
      !QUOTED.test(text) &&
      /\b(?:free articles?|articles? (?:left|remaining)|(?:for )?subscribers only|already an? (?:subscriber|member)|(?:log|sign) in to (?:continue|read)|unlock (?:this|unlimited|full)|continue reading with|to continue reading)\b/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'donation-appeal',
    description:
      'A donation/membership appeal, recognised by the density of appeal vocabulary ' +
      '(support, donation, journalism, paywall, members, subscribe …) addressed to the reader; ' +
      'tested on the paragraph, and on its blank-line block when every sentence of the paragraph uses that vocabulary.',
    match: (text, ctx) => {
      if (isAppeal(text)) return true;
      if (splitSentences(text).some((s) => appealStrength(s) === 'none')) return false;
      const block = ctx.units[ctx.index]?.block;
      const siblings = ctx.units.filter(
        (u, i) => u.block === block && (ctx.verdicts[i] === undefined || ctx.verdicts[i] === 'donation-appeal'),
      );
      return siblings.length > 1 && isAppeal(siblings.map((u) => u.text).join(' '));
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'read-time',
    description: 'Reading-time badge: "3 min read", "Reading time: 4 minutes".',
    match: (text) =>
      /^\d+\s*(?:min(?:ute)?s?|m)\.?\s+(?:read|listen|watch)$/i.test(text) ||
      /^(?:estimated\s+)?(?:reading|listening) time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?$/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'caption',
    id: 'image-gallery-caption',
    description: 'An image caption behind a gallery button: "open image in gallery Putin speaking … ( AP )".',
    match: (text) => GALLERY_PREFIX.test(text),
    caption: (text) => text.replace(GALLERY_PREFIX, ''),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'caption',
    id: 'caption-label',
    description: 'A labelled caption or credit: "Image caption, …", "Caption: …", "Image source, …".',
    match: (text) =>
      CAPTION_PREFIX.test(text) ||
      /^(?:image source|image credit|photo credit|picture credit|photograph|photo|picture|pictured)\s*[,:]\s*\S/i.test(text),
    caption: (text) => text.replace(CAPTION_PREFIX, ''),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'copyright',
    description: 'Copyright line: "© 2025 Some Outlet", "All rights reserved".',
    match: (text) =>
      wordCount(text) <= 30 &&
      (/^(?:©|\(c\)|copyright\b)\s*©?\s*\d{4}/i.test(text) || /\ball rights reserved\b/i.test(text)),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'caption',
    id: 'photo-credit-caption',
    description:
      'A caption ending in a photo credit — "… (Jane Doe/Agency via Getty Images)", "… Photograph: X/Y" — ' +
      'a "© Name/Agency" credit, or a credit alone.',
    match: (text) => {
      const paren = /\(\s*([^()]{1,80}?)\s*\)$/.exec(text);
      if (paren?.[1] && isCredit(paren[1])) return true;
      if (/(?:^|\s)(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?\s*:\s*[^.!?]{1,80}$/.test(text)) return true;
      return isCreditOnly(text);
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'ui-label',
    description: 'A lone interface label: "Read more", "Show More", "News Feed", "Video thumbnail", "Avatar", "Support Now", "Comments (12)".',
    match: (text) => isUiLabel(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'ad-marker',
    description: 'Advertising slots: "Advertisement", "Story continues below advertisement", "Sponsored content".',
    match: (text) =>
      segments(text).every((part) =>
        /^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|partner content|promoted|(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|advert|ad))?|continue reading below|scroll to continue(?: with content)?)\s*:?$/i.test(part),
      ),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'ui-notice',
    description: 'Browser and cookie notices: "Please turn on JavaScript …", "We use cookies …".',
    match: (text) =>
      wordCount(text) <= 40 &&
      /\b(?:enable|turn on|activate) javascript\b|\bwe use cookies\b|\byour browser (?:does not|doesn't) support\b|\bthis (?:video|content|embed) (?:is )?(?:not available|unavailable|can(?:not|'t) be (?:played|displayed))\b/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'share-bar',
    description: 'A row of sharing buttons: "Facebook Twitter Email", "You can share this story on social media:".',
    match: (text) => {
      const words = text.toLowerCase().replace(/[:|·•,]/g, ' ').split(/\s+/).filter(Boolean);
      return (
        words.length > 0 &&
        words.length <= 12 &&
        words.every((w) => SOCIAL_WORDS.has(w)) &&
        words.some((w) => /^(?:facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|vk|email|share)$/.test(w))
      );
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'nav-bar',
    description:
      'A navigation bar: a line made only of section names ("Home News Sport Weather"), ' +
      'or three or more short capitalised items between separators ("News | Showbiz | TV").',
    match: (text) => {
      const words = text.toLowerCase().split(/[\s|·•/]+/).filter(Boolean);
      if (words.length >= 2 && words.every((w) => SECTION_WORDS.has(w))) return true;
      const parts = segments(text);
      return parts.length >= 3 && parts.every((p) => wordCount(p) <= 3 && /^[\p{Lu}\p{N}]/u.test(p) && !isTerminal(p));
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'related-link',
    description: 'A labelled link to another article: "READ MORE: …", "Related: …", "Read also: …".',
    match: (text) =>
      /^(?:read more|more|read also|also read|see also|related|related article|related story|recommended|watch|listen|read next|up next|more on this|don['’]t miss|must read)\s*[:|–—>»›]\s*\S/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'related-after-label',
    description: 'A headline right below a "Read also"/"Related" label in the same block.',
    match: (text, ctx) =>
      ctx.verdicts[ctx.index - 1] === 'ui-label' &&
      /^(?:read (?:also|more|next)|also read|see also|related(?: \w+)?|recommended|more on this \w+|up next)$/i.test(prevText(ctx)) &&
      sameBlock(ctx, -1) &&
      !isTerminal(text) &&
      wordCount(text) >= 3 &&
      wordCount(text) <= 30,
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'caption',
    id: 'caption-beside-credit',
    description: 'A caption line next to a credit-only line in the same block ("© Jane Doe/Agency" then "The minister …").',
    match: (text, ctx) =>
      wordCount(text) <= 30 &&
      ((sameBlock(ctx, -1) && isCreditOnly(prevText(ctx))) || (sameBlock(ctx, 1) && isCreditOnly(nextText(ctx)))),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'comments-prompt',
    description: 'Invitations to comment: "Have your say: …", "Join the debate", "Comments (12)" after a question.',
    match: (text) =>
      wordCount(text) <= 30 &&
      /^(?:have your say|join the (?:debate|discussion|conversation)|tell us what you think|what do you think\?|comment below)\b/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'editor-note',
    description:
      'A production note about the article itself ("Editor\'s note: The story was updated …", ' +
      '"This article was amended on …"). Dropped but recorded; corrections labelled "Correction:" stay.',
    match: (text) =>
      /^(?:editor['’]?s['’]? note|note to readers|note from the editor)\s*[:.–—-]/i.test(text) ||
      /^this (?:article|story|piece|report) (?:was|has been) (?:updated|amended|edited)\b/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'byline',
    description: 'A byline: "By Jane Doe", "By JANE DOE, Chief Reporter | March 3, 2025".',
    match: (text) => parseByline(text) !== null,
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'date-line',
    description: 'A line of dates, times and labels only: "Published 12 March 2025", "Updated 2h ago", "14:32 GMT".',
    match: (text) => isDateLine(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'tag-list',
    description: 'Topic tags: "Topics: Flooding, Transport", "Tags", "Suggested topics", "Filed under …".',
    match: (text) =>
      wordCount(text) <= 25 &&
      !isTerminal(text) &&
      /^(?:(?:related|suggested|more|popular)\s+)?(?:tags|topics)\b|^(?:filed under|more about|categories|keywords|subjects)\b/i.test(text),
  },

  // Sentence rules: leading/trailing sentences of a unit.
  {
    kind: 'sentence',
    id: 'donation-appeal-sentence',
    description: 'A sentence of appeal at the edge of a paragraph ("Your support makes all the difference.").',
    match: (s) => wordCount(s) <= 40 && appealStrength(s) === 'strong',
  },
  {
    kind: 'sentence',
    id: 'newsletter-signup',
    description: 'Newsletter promotion: "Sign up to our free briefing, straight to your inbox."',
    match: (s) =>
      wordCount(s) <= 50 &&
      !QUOTED.test(s) &&
      (ADDRESS.test(s) || IMPERATIVE.test(s)) &&
      /\b(?:sign(?:ing)?[ -]up|subscribe|register|get|receive|delivered)\b/i.test(s) &&
      /\b(?:newsletters?|inbox|e-?mail alerts?|bulletins?|briefing)\b/i.test(s),
  },
  {
    kind: 'sentence',
    id: 'social-follow',
    description: 'Social-media promotion: "Follow us on Instagram", "Join our Telegram channel".',
    match: (s) =>
      /^(?:follow|like|join|find)\s+(?:us|@\S+|[^.!?]{1,60}?)\s+on\s+(?:facebook|x|twitter|instagram|tiktok|youtube|telegram|threads|bluesky|linkedin|whatsapp|mastodon|vk)\b/i.test(s) ||
      /^(?:subscribe to|join) (?:our|us on) (?:telegram|whatsapp|youtube|tiktok)\b/i.test(s),
  },
  {
    kind: 'sentence',
    id: 'tip-line',
    description: 'Requests for tips: "Got a story? Email …", "We pay for your stories", "Send us your pictures".',
    match: (s) =>
      !QUOTED.test(s) &&
      (/\b(?:got|have) an? (?:story|news tip|tip|video|picture)\b|\bwe pay for (?:your )?(?:stories|tips|videos)\b|\b(?:email|e-mail|contact|message|call|whatsapp) us (?:at|on)\b/i.test(s) ||
        /\b(?:send|share|email)\s+(?:us\s+)?your (?:story|stories|story ideas|news tips|tips|pictures|photos|videos)\b/i.test(s) ||
        /^(?:email|e-mail)\s+\S+@\S+/i.test(s)),
  },
  {
    kind: 'sentence',
    id: 'contributor-credit',
    description: 'Wire credits: "Reporting by X; Editing by Y", "Jane Doe contributed to this report."',
    match: (s) =>
      /\bcontributed(?: reporting)? to this (?:report|story|article)\b/i.test(s) ||
      /^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics|produced|translated)(?: and [a-z]+)? by\b/i.test(s),
  },

  // Phase 2: header and footer.
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'author-name',
    description:
      'An author\'s name on its own line: after an avatar/"By" line, above a role line, ' +
      'or as "Name in Place" above a date line.',
    match: (text, ctx) =>
      (isPersonName(text) &&
        ((ctx.verdicts[ctx.index - 1] === 'ui-label' &&
          /avatar|author|headshot|profile|^by$|written by|words by/i.test(prevText(ctx))) ||
          isRoleLine(nextText(ctx)))) ||
      (IN_PLACE.test(text) && isPersonName(text.replace(IN_PLACE, '')) && isDateLine(nextText(ctx))),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'author-role',
    description: 'The role line under an author\'s name: "Reporter", "Political correspondent", "NBS News, Aberlyn".',
    match: (text, ctx) => isRoleLine(text) && isPersonName(prevText(ctx)),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'author-bio',
    description: 'An author biography outside the body: "Jane Doe is a reporter for …".',
    match: (text) => isAuthorBio(text),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'breadcrumb',
    description: 'A breadcrumb trail: "News › World › Europe", "Local News > Transport".',
    match: (text) =>
      !isTerminal(text) &&
      /^[^›»>/|]{1,40}(?:\s*[›»>/|]\s*[^›»>/|]{1,40})+$/.test(text) &&
      text.split(/\s*[›»>/|]\s*/).every((part) => part !== '' && wordCount(part) <= 4),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'standards-notice',
    description: 'A pointer to the outlet\'s policies: "Our Standards: …", "Our editorial guidelines".',
    match: (text) =>
      wordCount(text) <= 20 &&
      /^our (?:standards|editorial (?:standards|guidelines|policy|policies|values)|ethics policy|principles|corrections policy)\b/i.test(text),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'support-button',
    description: 'A short call to action outside the body: "Support the Ledger", "Donate today", "Become a member".',
    match: (text) => wordCount(text) <= 5 && !isTerminal(text) && IMPERATIVE.test(text),
  },
  {
    kind: 'unit', phase: 2, zones: EDGES, action: 'drop',
    id: 'contact-line',
    description: 'Author contact details: "Reach Jane Doe at jdoe@example.com", "Follow her @janedoe".',
    match: (text) => isContactLine(text),
  },

  // Phase 3: header and footer leftovers, once the headline is known.
  {
    kind: 'unit', phase: 3, zones: ['header'], action: 'drop',
    id: 'headline',
    description: 'The headline itself: not clutter, it becomes `title`.',
    match: (_text, ctx) => ctx.index === ctx.headline,
  },
  {
    kind: 'unit', phase: 3, zones: ['header'], action: 'drop',
    id: 'headline-duplicate',
    description: 'The headline printed again (page title and article title).',
    match: (text, ctx) =>
      ctx.headline !== undefined && text.toLowerCase() === ctx.units[ctx.headline]?.text.toLowerCase(),
  },
  {
    kind: 'unit', phase: 3, zones: ['header'], action: 'drop',
    id: 'section-label',
    description: 'A short section or kicker label above the headline: "War", "EXCLUSIVE", "Local News".',
    match: (text, ctx) =>
      ctx.headline !== undefined && ctx.index < ctx.headline && wordCount(text) <= 4 && !isTerminal(text),
  },
  {
    kind: 'unit', phase: 3, zones: ['footer'], action: 'drop',
    id: 'related-teaser',
    description: 'A headline of another article below the body (no sentence punctuation).',
    match: (text) => !isTerminal(text) && wordCount(text) >= 3 && wordCount(text) <= 30,
  },
  {
    kind: 'unit', phase: 3, zones: EDGES, action: 'drop',
    id: 'nav-label',
    description: 'Any other short label of up to four words without sentence punctuation outside the body.',
    match: (text) => wordCount(text) <= 4 && !isTerminal(text),
  },
];

export const PREFIX_RULES = CLUTTER_RULES.filter((r): r is PrefixRule => r.kind === 'prefix');
export const SENTENCE_RULES = CLUTTER_RULES.filter((r): r is SentenceRule => r.kind === 'sentence');
export const unitRules = (phase: 1 | 2 | 3): UnitRule[] =>
  CLUTTER_RULES.filter((r): r is UnitRule => r.kind === 'unit' && r.phase === phase);
