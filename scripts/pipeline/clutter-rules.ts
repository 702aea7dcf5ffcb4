/**
 * Clutter rules for the `clean` stage, kept as data: this module joins the
 * tables of `rules-anywhere.ts`, `rules-structure.ts`, `rules-sentence.ts` and
 * `rules-edges.ts` (the agency credit first, before any caption rule),
 * whose rules read a unit's shape with `text-shape.ts`, `appeal.ts`,
 * `credits.ts`, `dates.ts` and `ui-vocabulary.ts`.
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
import type { ClutterRule, PrefixRule, SentenceRule, UnitRule } from './clutter-types.ts';
import { ANYWHERE_RULES } from './rules-anywhere.ts';
import { EDGE_RULES } from './rules-edges.ts';
import { STRUCTURE_RULES } from './rules-structure.ts';
import { SENTENCE_RULE_TABLE } from './rules-sentence.ts';

export type { ClutterRule, PrefixRule, RuleContext, SentenceRule, Unit, UnitRule, Zone } from './clutter-types.ts';

/** Every rule, in table order: the first rule that matches a unit decides. */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  ...ANYWHERE_RULES.slice(0, 1),
  ...STRUCTURE_RULES.slice(0, 1),
  ...ANYWHERE_RULES.slice(1),
  ...STRUCTURE_RULES.slice(1),
  ...SENTENCE_RULE_TABLE,
  ...EDGE_RULES,
];

export const PREFIX_RULES = CLUTTER_RULES.filter((r): r is PrefixRule => r.kind === 'prefix');
export const SENTENCE_RULES = CLUTTER_RULES.filter((r): r is SentenceRule => r.kind === 'sentence');
export const unitRules = (phase: 1 | 2 | 3): UnitRule[] =>
  CLUTTER_RULES.filter((r): r is UnitRule => r.kind === 'unit' && r.phase === phase);
