/**
 * The /methodology/ page's data: what a claim can be (its kinds), how it can
 * stand (its statuses), the rules the pipeline decides a status by, and the
 * ClaimReview rating scale. Read from scripts/status.ts, the one place the
 * vocabulary is defined, so the page cannot drift from what the pipeline
 * does. Pure, unit tested.
 */
import { CLAIM_KINDS, INDEPENDENCE_RULES, KIND_INFO, STATUS_INFO, STATUS_RULES, STATUSES, type ClaimKind, type Status } from '../../scripts/status.ts';
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
