/**
 * Typed inputs and outputs of the ingest stages. Each stage is a pure function
 * in its own module:
 *
 *   clean → segment → detectClaims → assignStatus → matchAcrossSources → buildMdast → serializeMdx
 */
import type { AutomaticStatus, Status } from '../status.ts';

/** One file from `seeds/`, already decoded as text. */
export interface Seed {
  /** The file name inside `seeds/`, e.g. `000_f77de8f682c93f7c.txt`. */
  name: string;
  text: string;
}

/** Something cleaning took out of the raw seed, with the rule that matched. */
export interface Removal {
  /** Rule id, kebab-case, e.g. `donation-appeal`, `image-gallery-caption`, `read-time`. */
  rule: string;
  text: string;
}

/** Output of `clean`. */
export interface CleanArticle {
  seed: string;
  /** Headline. Never empty: derived from the lede when the text has none. */
  title: string;
  /** True when `title` was derived from the lede instead of found in the text. */
  titleDerived: boolean;
  publisher: string | null;
  author: string | null;
  /** `YYYY-MM-DD` or null. Never guessed. */
  published: string | null;
  /** Body paragraphs in order: single-line, whitespace collapsed, trimmed, non-empty. */
  paragraphs: string[];
  /** Image captions and photo credits: kept, but not body text. */
  captions: string[];
  removed: Removal[];
}

/** A sentence: an exact span of one paragraph. */
export interface Sentence {
  /** Index into `CleanArticle.paragraphs`. */
  paragraph: number;
  /** UTF-16 offsets into that paragraph; `paragraphs[p].slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** Output of `segment`. */
export interface SegmentedArticle extends CleanArticle {
  sentences: Sentence[];
}

export type ClaimKind = 'attributed' | 'quote' | 'factual';

/** Output of `detectClaims`: a check-worthy span and who makes it. */
export interface DetectedClaim {
  paragraph: number;
  /** UTF-16 offsets into the paragraph; `paragraphs[p].slice(start, end) === text`. Claims never overlap. */
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** Normalized speaker name ("Vladimir Putin"), or null when unknown or ambiguous. */
  speaker: string | null;
  /** Short headline-style label, e.g. "Pokrovsk surrounded". */
  summary: string;
}

/** Output of `assignStatus`. */
export interface AssessedClaim extends DetectedClaim {
  status: AutomaticStatus;
  /** One sentence naming the cue the status rests on. */
  rationale: string;
  /** Id of the cue that decided the status, e.g. `article-says-unverifiable`. */
  cue: string;
}

export type Relation = 'corroborates' | 'contradicts';

export interface RelatedClaim {
  claim: string;
  relation: Relation;
}

/** A claim with its stable id, as it leaves `matchAcrossSources`. */
export interface Claim extends Omit<AssessedClaim, 'status'> {
  id: string;
  /** Article slug. */
  article: string;
  status: Status;
  related: RelatedClaim[];
  /** True only when an editor set the verdict. */
  reviewed: boolean;
}

/** One article on its way through the corpus-level stages. */
export interface AnalyzedArticle {
  slug: string;
  article: SegmentedArticle;
  claims: Claim[];
}
