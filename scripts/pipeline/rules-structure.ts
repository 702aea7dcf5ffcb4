/**
 * Phase-1 clutter rules that read a line's structure rather than a phrase:
 * short calls to action and prompts without end punctuation, notices about
 * an image, map and graphic labels, follow buttons, lists of links under a
 * reading-list heading, and credit lines that name the article's agency.
 *
 * Each rule is bounded to short lines, and none takes a line that reads as a
 * complete sentence of a story (`readsAsSentence`) unless the line addresses
 * the reader and no one is quoted in it.
 */
import type { RuleContext, UnitRule } from './clutter-types.ts';
import { ANYWHERE, prevText } from './clutter-types.ts';
import { creditAgency } from './agency.ts';
import { boilerplateKey } from './corpus-boilerplate.ts';
import { ADDRESS, appealStrength, IMPERATIVE, isAppeal, QUOTED } from './appeal.ts';
import { isProse, isTerminal, readsAsProse, readsAsSentence, splitSentences, wordCount } from './text-shape.ts';

/** Words of a heading over a list of links to other articles: "Further reading", "More on the war", "Most read". */
const LIST_HEADING =
  /^(?:the\s+)?(?:read(?:ing)?|related|recommended|more|latest|popular|most|top|also|see|further|explore|trending|in depth|in case you missed)\b|\b(?:picks|coverage|stories|reads)$/iu;
/** A line of a list of links: a headline of 3 to 20 words, one sentence without end punctuation, not leading into a quote. */
const isLinkLine = (text: string): boolean =>
  !isTerminal(text) && !/[:,;]$/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && wordCount(text) >= 3 && wordCount(text) <= 20;
const SOCIAL_PLATFORM = /\b(?:facebook|twitter|instagram|tiktok|youtube|telegram|threads|bluesky|linkedin|whatsapp|mastodon)\b/iu;
/** Rules that make a line the head, or an item, of a list of links. */
const LIST_RULES = new Set(['ui-label', 'related-link', 'related-after-label', 'link-list', 'list-heading']);

function followsListHead(ctx: RuleContext): boolean {
  const rule = ctx.verdicts[ctx.index - 1];
  return rule !== undefined && LIST_RULES.has(rule) && (rule !== 'ui-label' || LIST_HEADING.test(prevText(ctx)));
}

/** What a notice about an image is about, and what it says was done to it. */
const PICTURE = '(?:image|photo(?:graph)?|picture|illustration|graphic|visual|video|footage)s?';
const MADE = '(?:generated|created|made|produced|edited|altered|enhanced|manipulated|modified|composited|cropped|blurred|retouched)\\b';

export const STRUCTURE_RULES: readonly UnitRule[] = [
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'agency-credit',
    description: 'A wire credit on its own line, closing the story: "– Reuters", "With AFP", "Source: dpa", "By AFP", "(AP)" after a paragraph.',
    match: (text, ctx) =>
      wordCount(text) <= 8 &&
      creditAgency(text) !== null &&
      (/^(?:[-–—]|with\b|source\b|by\b)/iu.test(text) || /\|/u.test(text) || (/^\(.*\)$/u.test(text) && isProse(prevText(ctx)))),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'image-notice',
    description:
      'A notice about how an image was made: "This image was generated with AI", "Photo illustration: …", ' +
      '"The picture has been digitally altered", "Image edited for clarity".',
    match: (text) =>
      wordCount(text) <= 30 &&
      !QUOTED.test(text) &&
      (new RegExp(`^(?:(?:this|main|top|header|lead)\\s+${PICTURE}|(?:the\\s+)?${PICTURE}\\s+(?:above|below|shown(?: here)?))\\s+(?:was|were|has been|have been|is|are)\\s+(?:\\w+\\s+){0,2}${MADE}`, 'iu').test(text) ||
        new RegExp(`^${PICTURE}\\s*:?\\s+(?:\\w+\\s+){0,2}${MADE}`, 'iu').test(text) ||
        /^(?:photo|image|picture) illustration\b|^(?:ai|computer)[- ]generated (?:image|illustration|picture)\b/iu.test(text)),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'graphic-label',
    description: 'The label or source line of a map, chart or graphic: "Map: Where the front line runs", "Source: ISW", "Click to enlarge".',
    match: (text) =>
      wordCount(text) <= 20 &&
      !isTerminal(text) &&
      (/^(?:map|graphic|chart|infographic|interactive(?: map| graphic)?|data|table|timeline)\s*[:|–—-]\s*\S/iu.test(text) ||
        /^(?:source|sources|data)\s*:\s*\S/iu.test(text) ||
        /^(?:click|tap)(?: (?:here|on the (?:map|image|graphic)))? to (?:enlarge|expand|zoom|explore|see)\b/iu.test(text)),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'follow-button',
    description: 'A follow or alert button\'s label: "Follow this topic", "+ Follow", "Follow Russia-Ukraine war", "Get alerts on …".',
    match: (text) =>
      wordCount(text) <= 6 &&
      !isTerminal(text) &&
      !/\s+on\s+(?:facebook|x|twitter|instagram|tiktok|youtube|telegram|threads|bluesky|linkedin|whatsapp)\b/iu.test(text) &&
      /^(?:\+\s*)?(?:follow(?:ing)?|unfollow|get (?:alerts|notifications|updates)|add (?:to|topic))\b/iu.test(text),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'newsletter-line',
    description: 'A newsletter prompt on its own line: "Get the Morning Brief in your inbox", "Newsletter sign-up", "Enter your email".',
    match: (text) =>
      wordCount(text) <= 30 &&
      !QUOTED.test(text) &&
      /\b(?:newsletters?|inbox|briefing|digest|e-?mail alerts?|enter your e-?mail|your e-?mail address)\b/iu.test(text) &&
      (!isTerminal(text) || ADDRESS.test(text) || IMPERATIVE.test(text)),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'support-call',
    description: 'A short call to support the outlet, often by name: "Support the Daily Planet today", "Become a member", "Help us keep reporting".',
    match: (text) =>
      wordCount(text) <= 15 &&
      !QUOTED.test(text) &&
      !SOCIAL_PLATFORM.test(text) &&
      (IMPERATIVE.test(text) || /^(?:please\s+)?(?:help|keep)\s+(?:us|our)\b/iu.test(text)) &&
      (!readsAsSentence(text) || ADDRESS.test(text)) &&
      splitSentences(text).every((s) => appealStrength(s) !== 'none'),
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'donation-appeal-part',
    description: 'The rest of a donation appeal split over two paragraphs: appeal vocabulary in every sentence, next to an appeal.',
    match: (text, ctx) => {
      if (wordCount(text) > 80 || QUOTED.test(text)) return false;
      const strengths = splitSentences(text).map((s) => ({ s, appeal: appealStrength(s) !== 'none' }));
      const asks = ({ s, appeal }: { s: string; appeal: boolean }) => appeal || (wordCount(s) <= 12 && (ADDRESS.test(s) || IMPERATIVE.test(s)));
      if (!strengths.some((x) => x.appeal) || !strengths.every(asks)) return false;
      if (readsAsSentence(text) && !ADDRESS.test(text) && !IMPERATIVE.test(text)) return false;
      const next = ctx.units[ctx.index + 1]?.text;
      return ctx.verdicts[ctx.index - 1] === 'donation-appeal' || (next !== undefined && isAppeal(next));
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'list-heading',
    description: 'The heading of a list of links to other articles: "Further reading", "More on this story", "Most read", when links follow.',
    match: (text, ctx) => {
      const next = ctx.units[ctx.index + 1]?.text;
      return wordCount(text) <= 6 && !isTerminal(text) && LIST_HEADING.test(text) && next !== undefined && isLinkLine(next) && !readsAsProse(next);
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'link-list',
    description: 'A line of a list of links under a reading-list heading: headlines without end punctuation, one after another.',
    match: (text, ctx) => {
      if (!isLinkLine(text) || !followsListHead(ctx)) return false;
      const rule = ctx.verdicts[ctx.index - 1];
      return !readsAsProse(text) || rule === 'list-heading' || rule === 'link-list';
    },
  },
  {
    kind: 'unit', phase: 1, zones: ANYWHERE, action: 'drop',
    id: 'outlet-boilerplate',
    description:
      'A line the outlet prints in its articles on other stories too: a standing background paragraph, a masthead, a prompt ' +
      '(learned from the collection by `corpus-boilerplate.ts`; lines that wire copies share are not boilerplate).',
    match: (text, ctx) => ctx.boilerplate.has(boilerplateKey(text)),
  },
];
