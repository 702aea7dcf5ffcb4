/**
 * The claim vocabulary: what a claim is (its kind) and how it stands against
 * the evidence in the collection (its status). The one module that both the
 * ingest pipeline and the Astro site use. Nothing here may import `astro:*`.
 *
 * Kind and status are separate questions. "Putin said the army has surrounded
 * Pokrovsk" is an attributed statement (kind) that only one party makes and
 * the other denies (status: disputed). "Troops must withdraw first" is a
 * demand (kind): there is nothing to check as a fact (status: not-checkable).
 */

/** What a claim is, apart from how it stands. */
export const CLAIM_KINDS = ['factual', 'attributed', 'denial', 'prediction', 'demand', 'position', 'value-judgement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface KindInfo {
  /** Written out next to the claim's status. */
  label: string;
  /** What the kind means, for readers (methodology page). */
  description: string;
  /**
   * Whether a claim of this kind states something that can be checked as a
   * fact. `plan`: only when it reports a plan or a scheduled event someone
   * announced (a visit, a vote on a date), not when it forecasts.
   */
  checkable: boolean | 'plan';
}

export const KIND_INFO: Readonly<Record<ClaimKind, KindInfo>> = {
  factual: {
    label: 'Factual statement',
    description: 'The outlet states it as a fact, in its own voice.',
    checkable: true,
  },
  attributed: {
    label: 'Attributed statement',
    description: 'Someone the article names or describes says it is a fact. Repeating it confirms only that the words were said.',
    checkable: true,
  },
  denial: {
    label: 'Denial',
    description: 'Someone denies or refutes a claim, or states its opposite in answer to it. It is linked to the claim it denies.',
    checkable: true,
  },
  prediction: {
    label: 'Prediction or plan',
    description:
      'About the future. A plan or a scheduled event that someone announced (a visit, a meeting, a vote on a date) is a report that can be checked; a forecast cannot.',
    checkable: 'plan',
  },
  demand: {
    label: 'Demand or threat',
    description: 'A demand, an ultimatum, a call on someone to act, or a threat: what someone wants, not what is.',
    checkable: false,
  },
  position: {
    label: 'Position',
    description: 'A stance: what a party supports, rejects, or will or will not accept. That the party takes it can be checked.',
    checkable: true,
  },
  'value-judgement': {
    label: 'Value judgement',
    description: 'An evaluation, a characterisation or an insult: an opinion, not a fact.',
    checkable: false,
  },
};

/** Statuses the pipeline may assign on its own. */
export const AUTOMATIC_STATUSES = ['unverified', 'corroborated', 'disputed', 'not-checkable'] as const;

/** Statuses only an editor may set, in `content/verdicts/<slug>.yaml`. */
export const EDITOR_STATUSES = ['verified', 'false', 'misleading'] as const;

export const STATUSES = [...AUTOMATIC_STATUSES, ...EDITOR_STATUSES] as const;

export type AutomaticStatus = (typeof AUTOMATIC_STATUSES)[number];
export type EditorStatus = (typeof EDITOR_STATUSES)[number];
export type Status = (typeof STATUSES)[number];

export interface StatusInfo {
  /** Written out next to every claim, so status is never shown by colour alone. */
  label: string;
  /** A one-glyph icon that goes with the label (decorative; the label carries the meaning). */
  icon: string;
  /** Who may set it. */
  setBy: 'pipeline' | 'editor';
  /** What the status means, for readers (methodology, tooltips). */
  description: string;
}

export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  unverified: {
    label: 'Unverified',
    icon: '?',
    setBy: 'pipeline',
    description:
      'Nobody independent confirms it in this collection: only the claimant or its own side says so, the outlet hedges it or says it could not be verified, or only one independent source has it. However many outlets repeat it, repetition is not confirmation.',
  },
  corroborated: {
    label: 'Corroborated',
    icon: '≡',
    setBy: 'pipeline',
    description:
      'At least two sources that are independent of each other and of the claimant state the same fact: outlets’ own reporting, or neutral bodies. Copies of one wire story count as one source; a party to the dispute, its government, army or state media, never counts.',
  },
  disputed: {
    label: 'Disputed',
    icon: '⇄',
    setBy: 'pipeline',
    description: 'Someone in this collection denies or contradicts it, in the same article or another, before or after it was made.',
  },
  'not-checkable': {
    label: 'Not a checkable fact',
    icon: '“',
    setBy: 'pipeline',
    description: 'A forecast, a demand or threat, or a value judgement: nothing in it can be checked as a fact. Its kind says which.',
  },
  verified: {
    label: 'Verified',
    icon: '✓',
    setBy: 'editor',
    description: 'An editor checked the claim against the evidence listed and found it accurate.',
  },
  false: {
    label: 'False',
    icon: '✗',
    setBy: 'editor',
    description: 'An editor checked the claim against the evidence listed and found it false.',
  },
  misleading: {
    label: 'Misleading',
    icon: '!',
    setBy: 'editor',
    description: 'An editor found the claim accurate in part but likely to leave a false impression.',
  },
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isAutomaticStatus(value: unknown): value is AutomaticStatus {
  return typeof value === 'string' && (AUTOMATIC_STATUSES as readonly string[]).includes(value);
}

export function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}

/**
 * The label a reader sees for a claim: the status, and for a claim that is
 * not a checkable fact, which kind of claim it is instead ("Demand or threat
 * · not a checkable fact"), so it is never presented as a fact.
 */
export function statusLabel(status: Status, kind: ClaimKind): string {
  if (status === 'not-checkable') return `${KIND_INFO[kind].label} · not a checkable fact`;
  return STATUS_INFO[status].label;
}

/** How the pipeline decides a claim's status, first rule that applies, in a reader's words (methodology page, README). */
export interface StatusRule {
  status: AutomaticStatus;
  when: string;
}

export const STATUS_RULES: readonly StatusRule[] = [
  {
    status: 'not-checkable',
    when: 'The claim is a forecast, a demand or threat, or a value judgement. Its kind is shown instead of a verdict, so it is never presented as a fact.',
  },
  {
    status: 'disputed',
    when: 'Someone in the collection denies or contradicts it, in the same article or in another one, before or after it was repeated; or the claim is itself a denial of a claim in the collection. A different figure for the same measure of the same thing (a turnout of 74 per cent against "fewer than half of voters") contradicts it too. The reason names who denies it, in which outlet and on what date.',
  },
  {
    status: 'corroborated',
    when: 'At least two sources that are independent of each other and of the claimant state the same fact.',
  },
  {
    status: 'unverified',
    when: 'Anything else. The reason says who stands behind it, e.g. “Only Vladimir Putin says so; reported by 9 outlets, none of them independent.”',
  },
];

/** What makes an appearance of a claim an independent source, in a reader's words. */
export const INDEPENDENCE_RULES: readonly string[] = [
  'The same claim is found in every article that reports it, under any wording; each report is an appearance of it.',
  'An appearance counts as an independent source only if the outlet states the fact itself: not hedged (“reportedly”, “allegedly”, “did not elaborate”), not with a note that it could not be verified, and not a forecast, a demand or a judgement.',
  'An outlet quoting the claimant confirms only that the words were said. The claimant, and anyone on its side of the dispute (its government, army, ministries, and its state media), is never independent of its own claim.',
  'Appearances that rest on the same reporting count once: every copy of one wire story (credited to AFP, Reuters, AP …, or a near-copy of another article in the collection), an outlet and those retelling it, one speaker quoted by many outlets.',
  'An outlet that states as plain fact a claim of one side that someone denies is taken to speak for that side.',
];
