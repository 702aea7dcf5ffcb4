/**
 * Sentence rules: promotional sentences taken off the edges of a unit.
 */
import type { SentenceRule } from './clutter-types.ts';
import { ADDRESS, appealStrength, IMPERATIVE, QUOTED } from './appeal.ts';
import { wordCount } from './text-shape.ts';

export const SENTENCE_RULE_TABLE: readonly SentenceRule[] = [
  {
    kind: 'sentence',
    id: 'donation-appeal-sentence',
    description: 'A sentence of appeal at the edge of a paragraph ("Your support makes all the difference.").',
    match: (s) => wordCount(s) <= 40 && appealStrength(s) === 'strong',
  },
  {
    kind: 'sentence',
    id: 'sign-off',
    description: 'The outlet\'s sign-off to its reader at the edge of a paragraph: "Thanks for reading the Valley Clarion!".',
    match: (s) => wordCount(s) <= 12 && !/["“”«»„]/u.test(s) && /^[*_]*thanks?(?: you)?(?: so much)? for reading\b[^.!?]{0,80}[.!]?[*_]*$/iu.test(s),
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
      (/\b(?:newsletters?|inbox|e-?mail alerts?|bulletins?|briefing)\b/i.test(s) ||
        // "Sign up for the Herald's World Brief, delivered every weekday morning": a product with a cadence.
        (/^(?:sign up|subscribe|register)\s+(?:for|to)\b/i.test(s) &&
          /\b(?:brief|digest|edition|alerts|updates|delivered|every (?:week|weekday|morning|evening|day)|daily|weekly)\b/i.test(s))),
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
        // "Call the newsdesk on 0441 …": the outlet's desk and a number or an address
        /^(?:call|phone|ring|text|email|e-mail|contact|message)\s+(?:the|our)\s+(?:news ?desk|newsroom|tips? ?line|desk)\s+(?:on|at)\s+(?:\+?\d|\S+@)/i.test(s) ||
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
];
