/**
 * Clutter rules of phase 1 (anywhere in the text, also between body
 * paragraphs, so they must be near-certain) and the prefix rules.
 */
import type { PrefixRule, UnitRule } from './clutter-types.ts';
import { ANYWHERE, nextText, prevText, sameBlock } from './clutter-types.ts';
import { appealStrength, isAppeal, QUOTED } from './appeal.ts';
import { endsWithCredit, isCreditOnly } from './credits.ts';
import { isDateLine } from './dates.ts';
import { isPersonName, isTerminal, parseByline, splitSentences, wordCount } from './text-shape.ts';
import { CAPTION_PREFIX, GALLERY_PREFIX, isUiLabel, SECTION_WORDS, segments, SOCIAL_WORDS } from './ui-vocabulary.ts';

const FRAME = new Set([...' \t-–—_*=~[](){}<>']);
/** A line without the frame of dashes, brackets, stars or rules around it ("-- advertisement --" → "advertisement"); linear time. */
function unframe(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && FRAME.has(text[a]!)) a++;
  while (b > a && FRAME.has(text[b - 1]!)) b--;
  return text.slice(a, b);
}

/** "Jane Doe · Mar 3, 2025": a person's name, a separator, and a line of dates only. */
function nameAndDate(text: string): boolean {
  const m = /^([^·|•—]{3,40}?)\s+[·|•—]\s+(.{4,60})$/u.exec(text);
  return m !== null && isPersonName(m[1] ?? '') && isDateLine(m[2] ?? '');
}

export const ANYWHERE_RULES: readonly (PrefixRule | UnitRule)[] = [
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
    description:
      'Copyright line: "© 2025 Some Outlet", "All rights reserved", "Reproduction prohibited", ' +
      '"When quoting …, a hyperlink to … is required".',
    match: (text) =>
      wordCount(text) <= 30 &&
      (/^(?:©|\(c\)|copyright\b)\s*©?\s*\d{4}/i.test(text) ||
        /\ball rights reserved\b|\b(?:any )?reproduction (?:is )?(?:prohibited|forbidden)\b|\b(?:a |an )?(?:hyper)?link to \S{2,60} is (?:required|mandatory|obligatory)\b/i.test(text)),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'caption',
    id: 'photo-credit-caption',
    description:
      'A caption ending in a photo credit — "… (Jane Doe/Agency via Getty Images)", "… Photograph: X/Y", ' +
      '"… on Tuesday. Jane Roe / AGENCY Photo", "… (Jane Roe)" — a "© Name/Agency" credit, or a credit alone ' +
      '("Photo: Jane Roe", "REUTERS/John Smith", "AFP Photo").',
    match: (text) => endsWithCredit(text) || isCreditOnly(text),
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
    description: 'Advertising slots: "Advertisement", "-- advertisement --", "[Ad]", "Story continues below advertisement", "Sponsored content".',
    match: (text) =>
      segments(text).every((framed) =>
        // The slot's label inside a frame of dashes, brackets or stars: "-- advertisement --", "[Ad]".
        unframe(framed).length > 0 &&
        /^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|partner content|promoted|(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|advert|ad))?|continue reading below|scroll to continue(?: with content)?)\s*:?$/i.test(unframe(framed)),
      ),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'ui-notice',
    description: 'Browser and cookie notices: "Please turn on JavaScript …", "We use cookies …", "… press Ctrl+Enter".',
    match: (text) =>
      wordCount(text) <= 40 &&
      /\b(?:enable|turn on|activate) javascript\b|\bwe use cookies\b|\b(?:press|hit) (?:ctrl|cmd|control)\s*\+\s*\w+\b|\byour browser (?:does not|doesn't) support\b|\bthis (?:video|content|embed) (?:is )?(?:not available|unavailable|can(?:not|'t) be (?:played|displayed))\b/i.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'share-bar',
    description: 'A row of sharing buttons: "Facebook Twitter Email", "[Share] [Post] [Copy link]", "You can share this story on social media:".',
    match: (text) => {
      const words = text.toLowerCase().replace(/[:|·•,[\]]/g, ' ').split(/\s+/).filter(Boolean);
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
    id: 'teaser-row',
    description:
      'A row of three or more other stories between separators, none of them a sentence: ' +
      '"Also today: rail strike enters its third day · central bank decision at noon · weather: dry and cold".',
    match: (text) => {
      const parts = segments(text);
      // Not a byline and date row ("By Ines Holm · Wednesday · 6 min read"): the date and byline rules read those.
      const dated = (p: string) => isDateLine(p) || parseByline(p) !== null || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bmin(?:ute)?s? read\b|\d{1,2}[:.]\d{2}\b/iu.test(p);
      return parts.length >= 3 && !QUOTED.test(text) && parts.every((p) => wordCount(p) <= 12 && !isTerminal(p)) && !parts.some(dated);
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'related-link',
    description: 'A labelled link to another article: "READ MORE: …", "Related: …", "Read also: …", or a link marked by an arrow ("› The dam, a timeline").',
    match: (text) =>
      (/^[›»▸►→]\s*\S/u.test(text) && wordCount(text) <= 25) ||
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
    description: 'A byline: "By Jane Doe", "By JANE DOE, Chief Reporter | March 3, 2025", a name and a date ("Jane Doe · Mar 3, 2025").',
    match: (text) => parseByline(text) !== null || nameAndDate(text),
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
];
