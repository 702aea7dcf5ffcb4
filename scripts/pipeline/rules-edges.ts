/**
 * Clutter rules of phases 2 and 3: the header (before the first prose
 * paragraph) and the footer (after the last).
 */
import type { UnitRule } from './clutter-types.ts';
import { ANYWHERE, EDGES, nextText, prevText } from './clutter-types.ts';
import { IMPERATIVE } from './appeal.ts';
import { pageTitle } from './page-title.ts';
import { SOCIAL_WORDS } from './ui-vocabulary.ts';
import { isDateLine } from './dates.ts';
import { IN_PLACE, isAuthorBio, isContactLine, isPersonName, isRoleLine, isTerminal, readsAsProse, wordCount } from './text-shape.ts';

export const EDGE_RULES: readonly UnitRule[] = [
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
    kind: 'unit', phase: 3, zones: ANYWHERE, action: 'drop',
    id: 'headline',
    description: 'The headline itself: not clutter, it becomes `title`.',
    match: (_text, ctx) => ctx.index === ctx.headline,
  },
  {
    kind: 'unit', phase: 3, zones: ['header'], action: 'drop',
    id: 'page-title',
    description: 'The page\'s title line: the headline with the site\'s name after a bar or dash ("Dam taken, Kaspia says | Daily Planet").',
    match: (text, ctx) => {
      const headline = ctx.headline === undefined ? undefined : ctx.units[ctx.headline]?.text.toLowerCase();
      return headline !== undefined && pageTitle(text, new Set([headline])) !== null;
    },
  },
  {
    kind: 'unit', phase: 3, zones: ANYWHERE, action: 'drop',
    id: 'headline-duplicate',
    description:
      'The headline printed again, anywhere in the page (page title, article title), also inside a share line ' +
      '("Share: <headline> [Facebook] [X]").',
    match: (text, ctx) => {
      const headline = ctx.headline === undefined ? undefined : ctx.units[ctx.headline]?.text.toLowerCase();
      if (headline === undefined) return false;
      const line = text.toLowerCase();
      if (line === headline) return true;
      const at = line.indexOf(headline);
      if (at === -1 || wordCount(headline) < 3) return false;
      const rest = `${line.slice(0, at)} ${line.slice(at + headline.length)}`.replace(/[:|·•,[\]]/gu, ' ').split(/\s+/u).filter(Boolean);
      return rest.length > 0 && rest.every((w) => SOCIAL_WORDS.has(w) || w.length === 1) && rest.includes('share');
    },
  },
  {
    kind: 'unit', phase: 3, zones: ANYWHERE, action: 'drop',
    id: 'repeated-line',
    description: 'A line printed earlier in the same page (a caption printed twice, a pull quote): its first copy stays where it was.',
    match: (text, ctx) => (ctx.firstOf.get(text.toLowerCase()) ?? ctx.index) < ctx.index,
  },
  {
    kind: 'unit', phase: 3, zones: ['header'], action: 'drop',
    id: 'masthead',
    description: 'The masthead and its tagline: header lines without sentence punctuation above the navigation bar or crumbs.',
    match: (text, ctx) =>
      ctx.headline !== undefined &&
      ctx.index < ctx.headline &&
      wordCount(text) <= 12 &&
      !isTerminal(text) &&
      ctx.verdicts.slice(ctx.index + 1, ctx.headline).some((v) => v === 'nav-bar' || v === 'breadcrumb'),
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
    description:
      'A headline of another article below the body: no sentence punctuation, and headline-style (few articles and ' +
      'auxiliaries), so that a last paragraph that lost its full stop stays.',
    match: (text) => !isTerminal(text) && !/[:,;]$/u.test(text) && wordCount(text) >= 3 && wordCount(text) <= 30 && !readsAsProse(text),
  },
  {
    kind: 'unit', phase: 3, zones: ['body'], action: 'drop',
    id: 'label-line',
    description:
      'A capitalised label of up to four words without sentence punctuation between body paragraphs ("Analysis", "Ukraine"); ' +
      'not a quotation, an attribution ("— Jane Doe") or a line leading into what follows ("The plan sets aside:").',
    match: (text) => wordCount(text) <= 4 && !isTerminal(text) && /^[\p{Lu}\p{N}]/u.test(text) && !/[:,;]$/u.test(text),
  },
  {
    kind: 'unit', phase: 3, zones: EDGES, action: 'drop',
    id: 'nav-label',
    description: 'Any other short label of up to four words without sentence punctuation outside the body.',
    match: (text) => wordCount(text) <= 4 && !isTerminal(text),
  },
];
