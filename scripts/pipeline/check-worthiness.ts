/**
 * Stage: check-worthiness. Each claim gets a score from 0 to 1 with its
 * reasons (scripts/worthiness.ts holds the weights and the threshold), from
 * what the pipeline already knows of it: its kind (claim-kind.ts; a forecast,
 * a demand or a value judgement is halved), whether a named speaker stands
 * behind it, and its text's signals (worthiness-signals.ts).
 *
 * It runs after the corpus stages, since they settle the claim's kind and its
 * speaker across the collection.
 */
import { KIND_INFO } from '../status.ts';
import { worthinessOf, type Worthiness } from '../worthiness.ts';
import type { DetectedClaim } from './types.ts';
import { textSignals } from './worthiness-signals.ts';

export type WorthinessInput = Pick<DetectedClaim, 'text' | 'kind' | 'plan' | 'speaker' | 'speakerKind'> & { speakerAs?: string | null };

export function checkWorthiness(claim: WorthinessInput): Worthiness {
  const signals = textSignals(claim.text, claim.speakerAs ?? claim.speaker);
  const { checkable } = KIND_INFO[claim.kind];
  const checkableFact = checkable === true || (checkable === 'plan' && claim.plan);
  if (checkableFact) signals.add('checkable-kind');
  if (claim.speaker !== null && (claim.speakerKind === 'person' || claim.speakerKind === 'org')) signals.add('named-actor');
  return worthinessOf(signals, checkableFact);
}
