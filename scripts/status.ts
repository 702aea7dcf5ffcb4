/**
 * The status vocabulary: the one module that both the ingest pipeline and the
 * Astro site use. Nothing here may import `astro:*`.
 */

/** Statuses the pipeline may assign on its own. */
export const AUTOMATIC_STATUSES = ['unverified', 'corroborated', 'disputed', 'opinion'] as const;

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
      'The claim has not been independently confirmed: the article says it could not be verified, hedges it, or only an interested party makes it.',
  },
  corroborated: {
    label: 'Corroborated',
    icon: '≡',
    setBy: 'pipeline',
    description: 'At least two different publishers in this collection report the same claim.',
  },
  disputed: {
    label: 'Disputed',
    icon: '⇄',
    setBy: 'pipeline',
    description: 'Another party in this collection denies or contradicts the claim.',
  },
  opinion: {
    label: 'Opinion',
    icon: '“',
    setBy: 'pipeline',
    description: 'A demand, threat, prediction, value judgement or insult: not a checkable fact.',
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
