/**
 * Typed inputs and outputs of the ingest stages. Each stage is a pure function
 * in its own module:
 *
 *   clean → segment → detectClaims → assignStatus → matchAcrossSources → buildMdast → serializeMdx
 */
import type { AutomaticStatus, ClaimKind, Status } from '../status.ts';
import type { Worthiness } from '../worthiness.ts';
import type { ClaimFeatures } from './claim-features.ts';
import type { ArticleSpeakers, SpeakerKind } from './resolve-speakers.ts';

/**
 * Metadata that overrides what `clean` recovers from the text: from the file
 * itself (an HTML page's `og:` tags or JSON-LD) and from its optional
 * `seeds/<name>.meta.yaml` sidecar, which wins.
 */
export interface SeedMetadata {
  title?: string;
  publisher?: string;
  /** The wire agency the article is credited to: "AFP", "Reuters", "AP", … */
  agency?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  /** The article's original address. */
  url?: string;
  /**
   * When the page was fetched (scraped): `YYYY-MM-DD` or an ISO date-time.
   * Only for reading dates like "yesterday" or "2 hours ago"; never the
   * published date itself.
   */
  fetched?: string;
  /** BCP 47 language tag, e.g. `en`. */
  language?: string;
}

/** A line matcher of a desk's outlet rule: exactly one of these, compared case-insensitively on the collapsed line. */
export type LineMatcher = { line: string } | { startsWith: string } | { endsWith: string } | { contains: string };

/**
 * A desk's rule for one outlet (`content/outlets.yaml`): how to recognise the
 * outlet's pages and what to do with some of their lines, without code.
 */
export interface OutletRule {
  /** kebab-case, unique in the file; removals are logged as `desk-<id>`. */
  id: string;
  /** The outlet's name: the publisher of its pages, unless their metadata names one. */
  name: string;
  /** Other names the outlet goes by (in metadata or in the text). */
  aliases: readonly string[];
  /** Text that only this outlet's pages hold (a domain, a footer line): any one recognises the outlet. */
  recognise: readonly string[];
  /** Lines to remove. */
  drop: readonly LineMatcher[];
  /** Lines to move to the captions. */
  caption: readonly LineMatcher[];
  /** Lines to keep in the body whatever the built-in rules say. */
  keep: readonly LineMatcher[];
}

/**
 * What the corpus-level step gives one seed's analysis. It is part of the
 * seed's cache key, so the analysis is redone whenever it changes.
 */
export interface SeedContext {
  /** Lines (`boilerplateKey`) of this seed that the outlet prints in articles on other stories too. */
  boilerplate: readonly string[];
  /** The desk's outlet rules, all of them, in file order. */
  outlets: readonly OutletRule[];
}

/** One file from `seeds/`, already decoded as text. */
export interface Seed {
  /** The file name inside `seeds/`, e.g. `000_f77de8f682c93f7c.txt`. */
  name: string;
  /** Plain text; an HTML or Markdown seed is already turned into plain paragraphs. */
  text: string;
  metadata?: SeedMetadata;
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
  /** The outlet that published the article: plain text, never markup or control characters. */
  publisher: string | null;
  /**
   * The wire agency the article is credited to or datelined from, by its
   * canonical short name ("AFP", "Reuters", "AP", "dpa", …), or null for the
   * outlet's own reporting. An agency only quoted in the text is not it.
   */
  agency: string | null;
  author: string | null;
  /** `YYYY-MM-DD` or null. Never guessed. */
  published: string | null;
  /** The article's original address, when a seed's metadata gives it. */
  url: string | null;
  /** BCP 47 language tag, when a seed's metadata gives it. */
  language: string | null;
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

/**
 * How a claim is written: mostly a direct quote, reported with a reporting
 * verb ("Putin said …"), or in the outlet's own voice. Not what it is: that
 * is its `kind`.
 */
export type ClaimForm = 'attributed' | 'quote' | 'factual';

export type { ClaimKind };

/** Output of `detectClaims`: a check-worthy span, who makes it, and what kind of claim it is. */
export interface DetectedClaim {
  paragraph: number;
  /** UTF-16 offsets into the paragraph; `paragraphs[p].slice(start, end) === text`. Claims never overlap. */
  start: number;
  end: number;
  text: string;
  form: ClaimForm;
  /** What the claim is (claim-kind.ts). */
  kind: ClaimKind;
  /** A prediction that reports an announced plan or scheduled event, which can be checked. False for other kinds. */
  plan: boolean;
  /** Normalized speaker name ("Vladimir Putin"), or null when unknown or ambiguous. */
  speaker: string | null;
  /** Whether the speaker is a named person, an unnamed role ("Kyiv's top general") or an organisation; null without a speaker. */
  speakerKind: SpeakerKind | null;
  /** Short headline-style label, e.g. "Pokrovsk surrounded". */
  summary: string;
}

/** A detected claim with the outlet's stance to it (outlet-stance.ts) and its status so far. */
export interface AssessedClaim extends DetectedClaim {
  /** The outlet's hedging words ("reportedly"), or null. */
  hedge: string | null;
  /** The outlet says it could not verify the claim: its words, or null. */
  caveat: string | null;
  status: AutomaticStatus;
  /** One sentence, in a reader's words, naming who stands behind the status. */
  rationale: string;
  /** Id of the rule that decided the status, e.g. `only-claimant`, `denied`. */
  cue: string;
}

/**
 * `same-claim`: the two claims state the same thing (repetition: it confirms
 * nothing by itself); `contradicts`: one denies or contradicts the other.
 */
export type Relation = 'same-claim' | 'contradicts';

/** W3C Web Annotation TextQuoteSelector: the claim and a little context either side. */
export interface QuoteSelector {
  prefix: string;
  exact: string;
  suffix: string;
}

/**
 * UTF-16 offsets of the claim in the article's plain text: its paragraphs
 * joined by a blank line (`paragraphs.join('\n\n')`).
 */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Evidence {
  url: string;
  title: string;
}

/** An editor's verdict on a claim, from `content/verdicts/<slug>.yaml`. */
export interface Verdict {
  status: Status;
  /** Shown to readers: why this verdict. */
  note: string;
  evidence: Evidence[];
  /** `YYYY-MM-DD`. */
  reviewed: string;
  reviewer: string | null;
}

/** What the pipeline said before an editor's verdict replaced it. */
export interface AutomaticAssessment {
  status: AutomaticStatus;
  rationale: string;
  cue: string;
}

export interface RelatedClaim {
  claim: string;
  relation: Relation;
}

/** Where an outlet got what it prints (sources.ts). */
export interface Origin {
  /**
   * `own`: its own reporting; `wire`: a wire agency named in a dateline or a
   * credit; `cites`: another outlet it names as its source; `copy`: a
   * near-copy of another article in the collection.
   */
  type: 'own' | 'wire' | 'cites' | 'copy';
  /** The agency, the cited outlet, or the slug of the article copied; null for own reporting. */
  source: string | null;
}

/** Who stands behind one appearance of a claim, and whether it confirms the claim independently. */
export interface Appearance {
  /** The outlet that printed it (the article's publisher), or null when unknown. */
  outlet: string | null;
  /** The article's date, `YYYY-MM-DD`, or null. */
  published: string | null;
  origin: Origin;
  /**
   * True when this appearance is a source independent of the claim's
   * claimant: it states the fact (not hedged, not a repetition of the
   * claimant's words) and rests on reporting that is not the claimant's,
   * its side's, or a copy of another appearance.
   */
  independent: boolean;
  /** Why it is not independent (`hedged`, `claimant`, `claimant-side`, `not-a-fact`, `same-source`), or null. */
  dependence: string | null;
}

/** A claim with its stable id, as it leaves the corpus stages (matching, evidence, status). */
export interface Claim extends Omit<AssessedClaim, 'status'> {
  id: string;
  /** Article slug. */
  article: string;
  status: Status;
  /** The speaker as this article names it, before speakers were resolved across the collection (`speaker` is the one name used site-wide). */
  speakerAs: string | null;
  /**
   * Id of the claim across outlets this appearance belongs to (`k-…`): the
   * same claim in every article that reports it, under any wording.
   */
  cluster: string;
  appearance: Appearance;
  /** How many outlets report the claim across the collection, and how many independent sources state it. */
  sources: { outlets: number; independent: number };
  related: RelatedClaim[];
  /** True only when an editor set the verdict. */
  reviewed: boolean;
  selector: QuoteSelector;
  position: TextPosition;
  /** The editor's verdict, when there is one; it decides `status` and `rationale`. */
  verdict: Verdict | null;
  /** The automatic status, kept when an editor's verdict overrides it. */
  automatic: AutomaticAssessment | null;
  /** Check-worthiness: a score from 0 to 1 and its reasons (check-worthiness.ts, scripts/worthiness.ts). */
  worthiness: Worthiness;
}

/** One article on its way through the corpus-level stages. */
export interface AnalyzedArticle {
  slug: string;
  article: SegmentedArticle;
  claims: Claim[];
  /**
   * `claimFeatures` of each claim, in the same order: the per-claim part of
   * matching, computed with the rest of the article's analysis. Optional:
   * `matchAcrossSources` computes what is missing.
   */
  features?: ClaimFeatures[];
  /** The article's person names and the roles it ties to them, for resolving speakers across the collection. */
  speakers?: ArticleSpeakers;
}
