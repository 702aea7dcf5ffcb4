/**
 * Types of the clutter rules (`clutter-rules.ts`) and the helpers rules use
 * to look at a unit's neighbours.
 */

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
  /** The index of the first unit with each text (lower-cased), as the phase starts. */
  readonly firstOf: ReadonlyMap<string, number>;
  /** Lines (`boilerplateKey`) the corpus-level step found the outlet printing in articles on other stories. */
  readonly boilerplate: ReadonlySet<string>;
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

export const prevText = (ctx: RuleContext): string => ctx.units[ctx.index - 1]?.text ?? '';
export const nextText = (ctx: RuleContext): string => ctx.units[ctx.index + 1]?.text ?? '';
export const sameBlock = (ctx: RuleContext, offset: number): boolean =>
  ctx.units[ctx.index + offset]?.block !== undefined && ctx.units[ctx.index + offset]?.block === ctx.units[ctx.index]?.block;
export const ANYWHERE: readonly Zone[] = ['header', 'body', 'footer'];
export const EDGES: readonly Zone[] = ['header', 'footer'];
