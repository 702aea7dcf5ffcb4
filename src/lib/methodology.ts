/**
 * The /methodology/ page's data: what a claim can be (its kinds), how it can
 * stand (its statuses), the rules the pipeline decides a status by, and the
 * ClaimReview rating scale. Read from scripts/status.ts, the one place the
 * vocabulary is defined, so the page cannot drift from what the pipeline
 * does. Pure, unit tested.
 */
import { CLAIM_KINDS, INDEPENDENCE_RULES, KIND_INFO, STATUS_INFO, STATUS_RULES, STATUSES, type ClaimKind, type Status } from '../../scripts/status.ts';
import { NOT_CHECKABLE_FACTOR, NOT_CHECKABLE_REASON, WORTHINESS_INFO, WORTHINESS_SIGNALS, WORTHINESS_THRESHOLD, type WorthinessSignal } from '../../scripts/worthiness.ts';
import { BEST_RATING, RATING_VALUES, WORST_RATING } from './claim-review.ts';

export interface StatusRow {
  status: Status;
  label: string;
  icon: string;
  description: string;
  setBy: 'pipeline' | 'editor';
  /** The ClaimReview `ratingValue`, or null when the status is not an accuracy judgement. */
  rating: number | null;
}

export interface KindRow {
  kind: ClaimKind;
  label: string;
  description: string;
  checkable: boolean | 'plan';
}

export const RATING_SCALE = { best: BEST_RATING, worst: WORST_RATING } as const;

export function statusRows(): StatusRow[] {
  return STATUSES.map((status) => ({ status, ...STATUS_INFO[status], rating: RATING_VALUES[status] }));
}

export function kindRows(): KindRow[] {
  return CLAIM_KINDS.map((kind) => ({ kind, ...KIND_INFO[kind] }));
}

/** The status rules in the order they apply, and what makes a source independent. */
export const EVIDENCE = { rules: STATUS_RULES, independence: INDEPENDENCE_RULES } as const;

export interface WorthinessRow {
  signal: WorthinessSignal;
  label: string;
  description: string;
  weight: number;
}

/** The check-worthiness signals with their weights, the threshold, and what a kind that is not a checkable fact does to the score. */
export function worthinessRows(): WorthinessRow[] {
  return WORTHINESS_SIGNALS.map((signal) => ({ signal, ...WORTHINESS_INFO[signal] }));
}

export const WORTHINESS = { threshold: WORTHINESS_THRESHOLD, notCheckable: { ...NOT_CHECKABLE_REASON, factor: NOT_CHECKABLE_FACTOR } } as const;
