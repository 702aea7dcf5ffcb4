/**
 * Check-worthiness: how much a claim is worth a fact-checker's time, a score
 * from 0 to 1 with its reasons. The one table of signals, weights and the
 * threshold, shared by the pipeline (scripts/pipeline/check-worthiness.ts,
 * which computes the score) and the site (the methodology page explains it,
 * article pages mark the claims at or above the threshold).
 *
 * The score is the sum of the weights of the signals a claim has, halved when
 * its kind is not a checkable fact (a forecast, a demand, a value judgement):
 * no number or name makes an insult worth checking.
 */

export const WORTHINESS_SIGNALS = ['checkable-kind', 'number', 'date', 'place-or-name', 'named-actor', 'consequence'] as const;
export type WorthinessSignal = (typeof WORTHINESS_SIGNALS)[number];

/** A reason is a signal the claim has, or `not-checkable` (its kind halves the score). */
export type WorthinessReason = WorthinessSignal | 'not-checkable';

export interface WorthinessInfo {
  /** Added to the score when the claim has the signal. */
  weight: number;
  /** For readers (methodology page, the claim's details). */
  label: string;
  description: string;
}

export const WORTHINESS_INFO: Readonly<Record<WorthinessSignal, WorthinessInfo>> = {
  'checkable-kind': {
    weight: 0.3,
    label: 'Checkable kind',
    description: 'It states a fact, reports someone asserting or denying one, a position, or an announced plan (its kind, not its words).',
  },
  number: {
    weight: 0.2,
    label: 'Specific number',
    description: 'It gives a figure: a count, an amount, a percentage ("1,200 troops", "$4 billion", "three villages").',
  },
  date: {
    weight: 0.1,
    label: 'Date',
    description: 'It pins the fact to a date or a year ("on 12 March", "in 2022"); "may" the verb and "march" the verb are not dates.',
  },
  'place-or-name': {
    weight: 0.15,
    label: 'Place or proper name',
    description: 'It names a place, an organisation or a person inside the claim (a capitalised name that does not start the sentence).',
  },
  'named-actor': {
    weight: 0.15,
    label: 'Named actor',
    description: 'Someone named stands behind it (a person or an organisation the article names), not an unnamed source.',
  },
  consequence: {
    weight: 0.1,
    label: 'Consequence',
    description: 'It reports harm or a cost to people: deaths, injuries, damage, money, jobs, displacement. One signal among several, never enough alone.',
  },
};

/** Label of the `not-checkable` reason. */
export const NOT_CHECKABLE_REASON = {
  label: 'Not a checkable fact',
  description: 'A forecast, a demand or threat, or a value judgement: its score is halved.',
} as const;

/** A claim's score is multiplied by this when its kind is not a checkable fact. */
export const NOT_CHECKABLE_FACTOR = 0.5;

/** Claims at or above this score are check-worthy: highlighted on article pages. */
export const WORTHINESS_THRESHOLD = 0.6;

export interface Worthiness {
  /** 0 to 1, two decimals. */
  score: number;
  /** The signals it has (in `WORTHINESS_SIGNALS` order), then `not-checkable` when its kind halved the score. */
  reasons: WorthinessReason[];
}

export function isCheckWorthy(worthiness: Pick<Worthiness, 'score'>): boolean {
  return worthiness.score >= WORTHINESS_THRESHOLD;
}

export function reasonLabel(reason: WorthinessReason): string {
  return reason === 'not-checkable' ? NOT_CHECKABLE_REASON.label : WORTHINESS_INFO[reason].label;
}

/** The score from the signals a claim has and whether its kind is checkable. */
export function worthinessOf(signals: ReadonlySet<WorthinessSignal>, checkable: boolean): Worthiness {
  const reasons: WorthinessReason[] = WORTHINESS_SIGNALS.filter((signal) => signals.has(signal) && (signal !== 'checkable-kind' || checkable));
  let score = reasons.reduce((sum, signal) => sum + WORTHINESS_INFO[signal as WorthinessSignal].weight, 0);
  if (!checkable) {
    score *= NOT_CHECKABLE_FACTOR;
    reasons.push('not-checkable');
  }
  return { score: Math.round(Math.min(1, score) * 100) / 100, reasons };
}
