/**
 * Stage 3: find the check-worthy sentences of an article and who makes them.
 *
 * A sentence is a claim, in this order:
 *
 * 1. `quote`: at least `QUOTE_SHARE` of its text is inside quotation marks,
 *    or it opens with a quotation and at most `MAX_ATTRIBUTION_WORDS` words
 *    stand outside the marks (“…,” the minister told reporters in Paris.).
 * 2. `attributed`: it has a reporting cue (`REPORTING_CUES`, in
 *    `speakers.ts`) used as a verb outside the quotation marks.
 * 3. `factual`: it has checkable content (a `CHECKABLE_CUES` entry: a number,
 *    a date, a named person, place or organisation), a verb, at least
 *    `MIN_FACTUAL_WORDS` words, and no `FLUFF_RULES` match (speculation
 *    about moods, "came as the latest move" framing, open questions,
 *    commentary with an abstract subject, questions).
 *
 * Everything else (transitions, analysis without a checkable anchor: "Both
 * sides will be desperately keen…", "The future of claimed territories
 * remains a point of contention…") is left out. "The plan came as the latest
 * move in Trump's uneven strategy…" is borderline; it is left out by the
 * `framing-latest-move` rule because what it asserts is an editorial
 * characterisation, while "The comments come after the Trump administration
 * unveiled a 28-point peace plan…" stays (it reports an event).
 *
 * A claim is always one whole sentence (its exact span), so claims never
 * overlap. The speaker comes from `speakers.ts`, the summary from
 * `summarize.ts`. `explainClaims` returns the rule that decided each
 * sentence, for debugging.
 */
import { analyzeSpeakers, QUOTE_SHARE, REPORTING_CUES, type Attribution, type RoleIntro, type Token } from './speakers.ts';
import type { ArticleSpeakers } from './resolve-speakers.ts';
import { summarize } from './summarize.ts';
import { claimFeatures, type ClaimFeatures } from './claim-features.ts';
import { classifyKind } from './claim-kind.ts';
import type { ClaimForm, DetectedClaim, SegmentedArticle, Sentence } from './types.ts';

export { QUOTE_SHARE, REPORTING_CUES };

/** Fewest words a factual (unattributed) claim may have. */
export const MIN_FACTUAL_WORDS = 5;

export interface CheckableCue {
  id: string;
  description: string;
  test: (tokens: readonly Token[], text: string) => boolean;
}

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/u;
const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|first|second|third|fourth|fifth|tenth|percent|per cent)\b/iu;

/** Checkable content: a factual claim needs one of these. */
export const CHECKABLE_CUES: readonly CheckableCue[] = [
  { id: 'number', description: 'a figure or number word', test: (_t, text) => /\d/u.test(text) || NUMBER_WORDS.test(text) },
  {
    id: 'date',
    description: 'a date, weekday or relative time',
    test: (_t, text) => MONTHS.test(text) || /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:last|next|this) (?:week|month|year))\b/u.test(text),
  },
  {
    id: 'named-entity',
    description: 'a named person, place or organisation (compromise NER or a proper noun)',
    test: (tokens) => tokens.some((t) => !t.quoted && /^\p{Lu}/u.test(t.text) && ['Person', 'Place', 'Organization', 'ProperNoun', 'Acronym'].some((tag) => t.tags.has(tag)) && !t.tags.has('Pronoun')),
  },
];

export interface FluffRule {
  id: string;
  description: string;
  pattern: RegExp;
}

/** Factual-looking sentences that are commentary, transitions or speculation. */
export const FLUFF_RULES: readonly FluffRule[] = [
  {
    id: 'speculative-mood',
    description: 'speculation about how actors will feel ("will be desperately keen")',
    pattern: /\b(?:will|would|could|may|might)\s+be\s+(?:\p{L}+ly\s+)?(?:keen|eager|desperate|anxious|hoping|watching|wary|nervous|hopeful|determined)\b/iu,
  },
  {
    id: 'framing-latest-move',
    description: 'characterises something as "the latest move" instead of reporting an event',
    pattern: /\b(?:came|comes|come|coming)\s+as\s+(?:the|a|an)\s+(?:latest|new|further|fresh|next)\b/iu,
  },
  {
    id: 'open-question',
    description: 'says something is unknown',
    pattern: /\b(?:it\s+remains\s+to\s+be\s+seen|remains?\s+(?:unclear|uncertain)|time\s+will\s+tell|it\s+is\s+(?:unclear|not\s+clear))\b/iu,
  },
  {
    id: 'abstract-subject',
    description: 'commentary whose subject is an abstract noun ("Scrutiny continues to fall…", "The future of … remains …")',
    pattern: /^(?:the\s+)?(?:scrutiny|attention|focus|speculation|questions|pressure|uncertainty|concerns?|eyes|all\s+eyes|the\s+future|future)\b[^,.]*?\b(?:continues?|remains?|grows?|mounts?|turns?|will\s+be|are\s+growing|is\s+growing)\b/iu,
  },
  { id: 'generic-sides', description: 'vague collective subject ("Both sides …")', pattern: /^(?:both|all)\s+sides\b/iu },
  { id: 'question', description: 'a question asserts nothing', pattern: /\?\s*[”"’']?\s*$/u },
];

export interface ClaimDecision {
  sentence: Sentence;
  /** How the claim is written; null when the sentence is not a claim. */
  form: ClaimForm | null;
  /** Id of the rule that decided: `quote`, `reporting-cue:<id>`, `checkable:<id>`, a fluff rule id, or `no-checkable-content`. */
  rule: string;
  attribution: Attribution;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

/** Most words outside quotation marks in a sentence that opens with a quote and still counts as a quote ("“…,” the minister told reporters in Paris."). */
export const MAX_ATTRIBUTION_WORDS = 8;

/**
 * (Mostly) a direct quote: at least `QUOTE_SHARE` of the text is quoted, or
 * the sentence opens with a quotation and the rest is a short attribution.
 */
export function isQuote(attribution: Attribution): boolean {
  const wordsOf = (ts: readonly Token[]) => ts.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const quoted = wordsOf(attribution.tokens.filter((t) => t.quoted));
  const unquoted = wordsOf(attribution.tokens.filter((t) => !t.quoted));
  if (quoted.length < 3) return false;
  if (attribution.quoted >= QUOTE_SHARE) return true;
  return attribution.tokens[0]?.quoted === true && unquoted.length <= MAX_ATTRIBUTION_WORDS;
}

/** Decide, for one sentence with its attribution, whether it is a claim and of which kind. */
export function classify(sentence: Sentence, attribution: Attribution): ClaimDecision {
  const base = { sentence, attribution };
  if (isQuote(attribution)) return { ...base, form: 'quote', rule: 'quote' };
  if (attribution.cue) return { ...base, form: 'attributed', rule: `reporting-cue:${attribution.cue.cue.id}` };
  const text = sentence.text;
  for (const rule of FLUFF_RULES) if (rule.pattern.test(text)) return { ...base, form: null, rule: rule.id };
  if (wordCount(text) < MIN_FACTUAL_WORDS) return { ...base, form: null, rule: 'too-short' };
  if (!attribution.tokens.some((t) => t.tags.has('Verb'))) return { ...base, form: null, rule: 'no-verb' };
  const cue = CHECKABLE_CUES.find((c) => c.test(attribution.tokens, text));
  if (!cue) return { ...base, form: null, rule: 'no-checkable-content' };
  return { ...base, form: 'factual', rule: `checkable:${cue.id}` };
}

function decide(article: SegmentedArticle): { decisions: ClaimDecision[]; people: string[]; roles: RoleIntro[] } {
  const { attributions, people, roles } = analyzeSpeakers(article);
  const decisions = article.sentences.map((sentence, i) => {
    const attribution = attributions[i];
    if (!attribution) throw new Error(`no attribution for sentence ${i}`);
    return classify(sentence, attribution);
  });
  return { decisions, people, roles };
}

/** Every sentence with the decision taken on it (for debugging and tests). */
export function explainClaims(article: SegmentedArticle): ClaimDecision[] {
  return decide(article).decisions;
}

export function detectClaims(article: SegmentedArticle): DetectedClaim[] {
  return detectClaimsWithFeatures(article).claims;
}

/**
 * `detectClaims`, and the `claimFeatures` of each claim (for
 * `matchAcrossSources`), from the same compromise pass.
 */
export function detectClaimsWithFeatures(article: SegmentedArticle): {
  claims: DetectedClaim[];
  features: ClaimFeatures[];
  speakers: ArticleSpeakers;
} {
  const { decisions, people, roles } = decide(article);
  const claims: DetectedClaim[] = [];
  const features: ClaimFeatures[] = [];
  for (const { sentence, form, attribution } of decisions) {
    if (form === null) continue;
    const cue = attribution.cue;
    const kind = classifyKind({ form, tokens: attribution.tokens, cue, mention: attribution.mention, speaker: attribution.speaker });
    const summary = summarize({
      text: sentence.text,
      form,
      cue: cue ? { id: cue.cue.id, start: cue.start, end: cue.end, headline: cue.cue.headline } : null,
      mention: attribution.mention ? { start: attribution.mention.start, end: attribution.mention.end } : null,
      speaker: attribution.speaker,
      personal: attribution.personal,
      people,
      verbs: attribution.tokens.filter((t) => t.tags.has('Verb')).map((t) => t.norm),
    });
    claims.push({
      paragraph: sentence.paragraph,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      form,
      kind: kind.kind,
      plan: kind.plan,
      speaker: attribution.speaker,
      speakerKind: attribution.speaker === null ? null : people.includes(attribution.speaker) ? 'person' : attribution.personal ? 'role' : 'org',
      summary,
    });
    features.push(claimFeatures(sentence.text, attribution.speaker, attribution.tagged));
  }
  return { claims, features, speakers: { people, roles } };
}
