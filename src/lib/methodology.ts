/**
 * The /methodology/ page's data: the status vocabulary, the cue table the
 * pipeline assigns automatic statuses with (in precedence order), and the
 * ClaimReview rating scale. Read from the modules that define them, so the
 * page cannot drift from what the pipeline does. Pure, unit tested.
 */
import { CONTRADICTED_CUE, CORROBORATED_CUE, DEFAULT_MATCH_THRESHOLD } from '../../scripts/pipeline/match-across-sources.ts';
import { DEFAULT_CUE, STATUS_CUES, type CueScope, type StatusCue } from '../../scripts/pipeline/status-cues.ts';
import { STATUS_INFO, STATUSES, type Status } from '../../scripts/status.ts';
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

export interface CueExampleParts {
  /** The example sentence, split around the claim. */
  before: string;
  claim: string;
  after: string;
  /** The next sentence, when the cue looks at it. */
  next: string | null;
  speaker: string | null;
}

export interface CueRow {
  /** 1-based precedence: the first cue that matches decides; null for the default. */
  rank: number | null;
  id: string;
  status: Status;
  /** The rationale template, with its `{match}` / `{party}` fields shown as "…". */
  rationale: string;
  /** Where the cue looks, in the order of the table's scopes. */
  scopes: CueScope[];
  example: CueExampleParts | null;
}

export const RATING_SCALE = { best: BEST_RATING, worst: WORST_RATING } as const;

export function statusRows(): StatusRow[] {
  return STATUSES.map((status) => ({ status, ...STATUS_INFO[status], rating: RATING_VALUES[status] }));
}

const SCOPE_ORDER: readonly CueScope[] = ['claim', 'lead-in', 'sentence', 'follow-up', 'speaker'];

function exampleParts(cue: StatusCue): CueExampleParts | null {
  const example = cue.examples[0];
  if (!example) return null;
  const claim = example.claim ?? example.sentence;
  const start = example.sentence.indexOf(claim);
  const [before, after] = start < 0 ? ['', ''] : [example.sentence.slice(0, start), example.sentence.slice(start + claim.length)];
  return { before, claim: start < 0 ? example.sentence : claim, after, next: example.next ?? null, speaker: example.speaker ?? null };
}

function scopesOf(cue: StatusCue): CueScope[] {
  const used = new Set([...cue.match, ...(cue.require ?? [])].flatMap((matcher) => matcher.in));
  return SCOPE_ORDER.filter((scope) => used.has(scope));
}

/** The cue table in precedence order, then the default that applies when no cue matches. */
export function cueRows(cues: readonly StatusCue[] = STATUS_CUES): CueRow[] {
  const template = (text: string) => text.replace(/\{(?:match|party)\}/g, '…');
  return [
    ...cues.map((cue, index) => ({
      rank: index + 1,
      id: cue.id,
      status: cue.status,
      rationale: template(cue.rationale),
      scopes: scopesOf(cue),
      example: exampleParts(cue),
    })),
    { rank: null, id: DEFAULT_CUE.id, status: DEFAULT_CUE.status, rationale: DEFAULT_CUE.rationale, scopes: [], example: null },
  ];
}

/** The cross-outlet matching step's cue ids and threshold, as the pipeline defines them. */
export const MATCHING = {
  corroboratedCue: CORROBORATED_CUE,
  contradictedCue: CONTRADICTED_CUE,
  threshold: DEFAULT_MATCH_THRESHOLD,
} as const;
