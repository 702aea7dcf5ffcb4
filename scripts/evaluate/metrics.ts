/**
 * Quality figures of the ingest stages, measured on the labelled fixtures.
 *
 * Everything here is pure and deterministic: the datasets come in as values
 * (`scripts/evaluate.ts` reads them from disk), the pipeline stages they run
 * are pure, and `renderQualityReport` turns the figures into the Markdown of
 * `docs/quality.md`, with no timestamps.
 *
 * 1. Clutter removal (`clean`), at sentence level.
 * 2. Claim detection (`segment` + `detectClaims`): which sentences are claims,
 *    their speakers and kinds.
 * 3. Statuses (`assignStatus`), for labelled claims that carry a status.
 * 4. Cross-outlet linking (`matchAcrossSources`) over labelled claim pairs.
 */
import { clean } from '../pipeline/clean.ts';
import { detectClaims } from '../pipeline/detect-claims.ts';
import { analyzeCleanArticle, claimFrom } from '../pipeline/ingest.ts';
import { buildSimilarityModel, DEFAULT_MATCH_THRESHOLD } from '../pipeline/match-across-sources.ts';
import { weighEvidence } from '../pipeline/weigh-evidence.ts';
import { ArticleText } from '../pipeline/anchor.ts';
import { segment, segmentParagraph } from '../pipeline/segment.ts';
import { articleFromParagraphs } from '../pipeline/test-support/article.ts';
import type { AnalyzedArticle, AssessedClaim, CleanArticle, ClaimForm, DetectedClaim } from '../pipeline/types.ts';
import type { ExpectedClaim } from '../pipeline/fixtures/claims/types.ts';

// ---------------------------------------------------------------------------
// Shared arithmetic

/** `n / d`, or null when there is nothing to divide by. */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 from counts (null where undefined: nothing predicted, nothing to find). */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** A figure for the report: three decimals, or "n/a". */
export function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

// ---------------------------------------------------------------------------
// 1. Clutter removal

/** One raw article with its labelled body. */
export interface CleanCase {
  name: string;
  /** `fixture`: an invented outlet layout; `seed`: a real seed from `seeds/`. */
  source: 'fixture' | 'seed';
  raw: string;
  /** The real body, paragraph by paragraph, whitespace-collapsed (each occurs in the raw text). */
  paragraphs: readonly string[];
  /** Labelled headline and captions, when known: used only to say what kind of non-body text a sentence is. */
  title?: string;
  captions?: readonly string[];
}

export type SentenceOutcome = 'kept' | 'removed' | 'partly-kept';

/** A sentence of the raw text and what `clean` did with it. */
export interface RawSentence {
  text: string;
  /** Inside one of the labelled body paragraphs. */
  body: boolean;
  /** For non-body sentences: the labelled headline or a caption (clean moves these to metadata), or other page furniture. */
  role: 'body' | 'headline' | 'caption' | 'furniture';
  outcome: SentenceOutcome;
}

export interface ClutterScore {
  name: string;
  source: CleanCase['source'];
  sentences: number;
  body: number;
  clutter: number;
  /** Clutter sentences that are the headline or a caption. */
  headlineOrCaption: number;
  /** Sentences with none of their text left in the cleaned paragraphs. */
  removed: number;
  removedClutter: number;
  precision: number | null;
  recall: number | null;
  /** Body sentences not kept whole (removed, or cut). */
  bodyLost: RawSentence[];
  /** Clutter sentences with some of their text left in the cleaned paragraphs. */
  clutterLeft: RawSentence[];
  /** Cleaned paragraphs (or parts) that could not be found in the raw text, so were not scored. */
  unlocated: string[];
}

interface Range {
  start: number;
  end: number;
}

/** Finds `needles` in order in `hay`, from a moving cursor (then anywhere); null for a needle not found. */
function locateInOrder(hay: string, needles: readonly string[]): Array<Range | null> {
  let cursor = 0;
  return needles.map((needle) => {
    if (needle === '') return null;
    let at = hay.indexOf(needle, cursor);
    if (at < 0) at = hay.indexOf(needle);
    if (at < 0) return null;
    cursor = at + needle.length;
    return { start: at, end: at + needle.length };
  });
}

/**
 * Every sentence of a raw article, labelled body or clutter, with what `clean`
 * did with it.
 *
 * The raw text is normalised the way `clean` reads it (BOM dropped, each line
 * whitespace-collapsed, blank lines dropped). Its raw paragraphs are the
 * labelled body paragraphs, located in it (hard-wrapped lines joined), and,
 * outside them, each remaining line. Each raw paragraph is segmented with
 * `segmentParagraph`. A sentence is `kept` when all its non-space characters
 * lie in the cleaned paragraphs (located the same way), `removed` when none
 * do, `partly-kept` otherwise.
 */
export function rawSentences(c: CleanCase, cleaned: readonly string[]): { sentences: RawSentence[]; unlocated: string[] } {
  const lines = c.raw.replace(/^\uFEFF/u, '').split(/\r\n?|\n/u).map(collapse).filter(Boolean);
  const withBreaks = lines.join('\n');
  const flat = withBreaks.replace(/\n/gu, ' '); // same length: offsets agree

  const bodyRanges = locateInOrder(flat, c.paragraphs);
  bodyRanges.forEach((r, i) => {
    if (r === null) throw new Error(`${c.name}: labelled paragraph not in the raw text: ${c.paragraphs[i] ?? ''}`);
  });
  const body = new Uint8Array(flat.length);
  for (const r of bodyRanges) if (r) body.fill(1, r.start, r.end);

  const kept = new Uint8Array(flat.length);
  const unlocated: string[] = [];
  locateInOrder(flat, cleaned).forEach((r, i) => {
    if (r) {
      kept.fill(1, r.start, r.end);
      return;
    }
    // Not verbatim (e.g. text removed from its middle): locate it sentence by sentence.
    const paragraph = cleaned[i] ?? '';
    const parts = segmentParagraph(paragraph).map((s) => paragraph.slice(s.start, s.end));
    locateInOrder(flat, parts).forEach((pr, j) => {
      if (pr) kept.fill(1, pr.start, pr.end);
      else unlocated.push(parts[j] ?? '');
    });
  });

  // Raw paragraphs: body ranges, and each line of what lies between them.
  const pieces: Range[] = [];
  const sorted = bodyRanges.filter((r): r is Range => r !== null).sort((a, b) => a.start - b.start);
  let pos = 0;
  const addGap = (start: number, end: number): void => {
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || withBreaks[i] === '\n') {
        if (i > s) pieces.push({ start: s, end: i });
        s = i + 1;
      }
    }
  };
  for (const r of sorted) {
    if (r.start < pos) continue; // overlapping labels: the first one wins
    addGap(pos, r.start);
    pieces.push(r);
    pos = r.end;
  }
  addGap(pos, flat.length);

  const title = c.title === undefined ? '' : collapse(c.title);
  const captions = (c.captions ?? []).map(collapse);
  const sentences: RawSentence[] = [];
  for (const piece of pieces) {
    const text = flat.slice(piece.start, piece.end);
    for (const span of segmentParagraph(text)) {
      const start = piece.start + span.start;
      const end = piece.start + span.end;
      let chars = 0;
      let inBody = 0;
      let inKept = 0;
      for (let i = start; i < end; i++) {
        if (/\s/u.test(flat[i] ?? '')) continue;
        chars++;
        inBody += body[i] ?? 0;
        inKept += kept[i] ?? 0;
      }
      if (chars === 0) continue;
      const sentence = flat.slice(start, end);
      const isBody = inBody === chars;
      const role: RawSentence['role'] = isBody
        ? 'body'
        : title !== '' && title.includes(sentence)
          ? 'headline'
          : captions.some((cap) => cap.includes(sentence))
            ? 'caption'
            : 'furniture';
      sentences.push({
        text: sentence,
        body: isBody,
        role,
        outcome: inKept === chars ? 'kept' : inKept === 0 ? 'removed' : 'partly-kept',
      });
    }
  }
  return { sentences, unlocated };
}

/** Scores what `clean` kept of one raw article against its labelled body. */
export function scoreClutter(c: CleanCase, cleaned: readonly string[]): ClutterScore {
  const { sentences, unlocated } = rawSentences(c, cleaned);
  const clutter = sentences.filter((s) => !s.body);
  const removed = sentences.filter((s) => s.outcome === 'removed');
  const removedClutter = removed.filter((s) => !s.body).length;
  return {
    name: c.name,
    source: c.source,
    sentences: sentences.length,
    body: sentences.length - clutter.length,
    clutter: clutter.length,
    headlineOrCaption: clutter.filter((s) => s.role === 'headline' || s.role === 'caption').length,
    removed: removed.length,
    removedClutter,
    precision: ratio(removedClutter, removed.length),
    recall: ratio(removedClutter, clutter.length),
    bodyLost: sentences.filter((s) => s.body && s.outcome !== 'kept'),
    clutterLeft: clutter.filter((s) => s.outcome !== 'removed'),
    unlocated,
  };
}

/** Micro-averaged totals over several articles. */
export function sumClutter(name: string, scores: readonly ClutterScore[]): ClutterScore {
  const sum = (f: (s: ClutterScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const removed = sum((s) => s.removed);
  const removedClutter = sum((s) => s.removedClutter);
  const clutter = sum((s) => s.clutter);
  return {
    name,
    source: scores.every((s) => s.source === 'seed') ? 'seed' : 'fixture',
    sentences: sum((s) => s.sentences),
    body: sum((s) => s.body),
    clutter,
    headlineOrCaption: sum((s) => s.headlineOrCaption),
    removed,
    removedClutter,
    precision: ratio(removedClutter, removed),
    recall: ratio(removedClutter, clutter),
    bodyLost: scores.flatMap((s) => s.bodyLost),
    clutterLeft: scores.flatMap((s) => s.clutterLeft),
    unlocated: scores.flatMap((s) => s.unlocated),
  };
}

export interface CleanResults {
  cases: ClutterScore[];
  fixtures: ClutterScore;
  seeds: ClutterScore;
  all: ClutterScore;
}

export function evaluateClean(cases: readonly CleanCase[]): CleanResults {
  const scored = cases.map((c) => scoreClutter(c, clean({ name: c.name, text: c.raw }).paragraphs));
  return {
    cases: scored,
    fixtures: sumClutter('invented layouts', scored.filter((s) => s.source === 'fixture')),
    seeds: sumClutter('real seeds', scored.filter((s) => s.source === 'seed')),
    all: sumClutter('all', scored),
  };
}

// ---------------------------------------------------------------------------
// 2. Claim detection (and 3. statuses)

/** A labelled claim; `status` only where a fixture labels it. */
export type LabelledClaim = ExpectedClaim & { status?: string };

/** An article labelled sentence by sentence (`fixtures/claims/types.ts`). */
export interface LabelledArticle {
  name: string;
  article: CleanArticle;
  claims: readonly LabelledClaim[];
  nonClaims: readonly string[];
}

/** Speaker names compared case-, space- and apostrophe-insensitively; empty is null. */
export function normalizeSpeaker(speaker: string | null | undefined): string | null {
  const s = collapse((speaker ?? '').normalize('NFC').replace(/[‘’]/gu, "'")).toLowerCase();
  return s === '' ? null : s;
}

export interface DetectionMiss {
  fixture: string;
  type: 'missed' | 'false claim' | 'speaker' | 'kind' | 'unlabelled sentence' | 'label not a sentence';
  text: string;
  expected?: string;
  got?: string;
}

export interface DetectionScore extends PRF {
  name: string;
  sentences: number;
  labelledClaims: number;
  speakerRight: number;
  speakerAccuracy: number | null;
  kindRight: number;
  kindAccuracy: number | null;
  /** Labelled speakers among the true positives: named vs null. */
  speakersNamed: number;
  misses: DetectionMiss[];
}

type DetectedLike = Pick<DetectedClaim, 'paragraph' | 'text' | 'form' | 'speaker'>;

const keyOf = (paragraph: number, text: string): string => `${paragraph}\u0000${text}`;
const show = (x: string | null): string => (x === null ? 'null' : x);

/**
 * Scores detected claims against a labelled article. Units are the article's
 * sentences (`segment`); a claim is right when it is a labelled claim of the
 * same paragraph with the same text.
 */
export function scoreDetection(
  fixture: LabelledArticle,
  sentences: ReadonlyArray<{ paragraph: number; text: string }>,
  detected: readonly DetectedLike[],
): DetectionScore {
  const misses: DetectionMiss[] = [];
  const gold = new Map(fixture.claims.map((c) => [keyOf(c.paragraph, c.text), c]));
  const nonClaims = new Set(fixture.nonClaims);
  const sentenceKeys = new Set(sentences.map((s) => keyOf(s.paragraph, s.text)));
  const got = new Map(detected.map((c) => [keyOf(c.paragraph, c.text), c]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let speakerRight = 0;
  let kindRight = 0;
  let speakersNamed = 0;

  for (const s of sentences) {
    const key = keyOf(s.paragraph, s.text);
    const label = gold.get(key);
    const claim = got.get(key);
    if (!label && !nonClaims.has(s.text)) {
      misses.push({ fixture: fixture.name, type: 'unlabelled sentence', text: s.text, got: claim ? 'claim' : 'not a claim' });
      continue;
    }
    if (label && claim) {
      tp++;
      if (label.speaker !== null) speakersNamed++;
      if (normalizeSpeaker(label.speaker) === normalizeSpeaker(claim.speaker)) speakerRight++;
      else misses.push({ fixture: fixture.name, type: 'speaker', text: s.text, expected: show(label.speaker), got: show(claim.speaker) });
      if (label.kind === claim.form) kindRight++;
      else misses.push({ fixture: fixture.name, type: 'kind', text: s.text, expected: label.kind, got: claim.form });
    } else if (label) {
      fn++;
      misses.push({ fixture: fixture.name, type: 'missed', text: s.text, expected: label.kind });
    } else if (claim) {
      fp++;
      misses.push({ fixture: fixture.name, type: 'false claim', text: s.text, got: claim.form });
    }
  }
  // Labels and claims that are not sentences of the segmented article (segmentation disagrees with the labels).
  for (const c of fixture.claims) {
    if (sentenceKeys.has(keyOf(c.paragraph, c.text))) continue;
    fn++;
    misses.push({ fixture: fixture.name, type: 'label not a sentence', text: c.text, expected: c.kind });
  }
  for (const c of detected) {
    if (sentenceKeys.has(keyOf(c.paragraph, c.text))) continue;
    fp++;
    misses.push({ fixture: fixture.name, type: 'false claim', text: c.text, got: c.form });
  }
  return {
    name: fixture.name,
    sentences: sentences.length,
    labelledClaims: fixture.claims.length,
    ...prf(tp, fp, fn),
    speakerRight,
    speakerAccuracy: ratio(speakerRight, tp),
    kindRight,
    kindAccuracy: ratio(kindRight, tp),
    speakersNamed,
    misses,
  };
}

export function sumDetection(name: string, scores: readonly DetectionScore[]): DetectionScore {
  const sum = (f: (s: DetectionScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.tp);
  const speakerRight = sum((s) => s.speakerRight);
  const kindRight = sum((s) => s.kindRight);
  return {
    name,
    sentences: sum((s) => s.sentences),
    labelledClaims: sum((s) => s.labelledClaims),
    ...prf(tp, sum((s) => s.fp), sum((s) => s.fn)),
    speakerRight,
    speakerAccuracy: ratio(speakerRight, tp),
    kindRight,
    kindAccuracy: ratio(kindRight, tp),
    speakersNamed: sum((s) => s.speakersNamed),
    misses: scores.flatMap((s) => s.misses),
  };
}

export interface StatusScore {
  /** Labelled claims with a status that were also detected. */
  scored: number;
  right: number;
  accuracy: number | null;
  misses: Array<{ fixture: string; text: string; expected: string; got: string }>;
}

/** Status accuracy over detected claims whose label carries a status. */
export function scoreStatuses(
  fixture: string,
  labels: readonly LabelledClaim[],
  assessed: ReadonlyArray<{ paragraph: number; text: string; status: string }>,
): StatusScore {
  const got = new Map(assessed.map((c) => [keyOf(c.paragraph, c.text), c.status]));
  let scored = 0;
  let right = 0;
  const misses: StatusScore['misses'] = [];
  for (const label of labels) {
    if (label.status === undefined) continue;
    const status = got.get(keyOf(label.paragraph, label.text));
    if (status === undefined) continue; // not detected: counted by detection recall
    scored++;
    if (status === label.status) right++;
    else misses.push({ fixture, text: label.text, expected: label.status, got: status });
  }
  return { scored, right, accuracy: ratio(right, scored), misses };
}

export interface DetectionResults {
  fixtures: DetectionScore[];
  all: DetectionScore;
  /** Fixtures with at least one status label; when empty, statuses are not measured. */
  statusFixtures: string[];
  statuses: StatusScore | null;
}

export function evaluateDetection(fixtures: readonly LabelledArticle[]): DetectionResults {
  const scores: DetectionScore[] = [];
  const statusScores: StatusScore[] = [];
  const statusFixtures: string[] = [];
  for (const f of fixtures) {
    const article = segment(f.article);
    const detected = detectClaims(article);
    scores.push(scoreDetection(f, article.sentences, detected));
    if (f.claims.some((c) => c.status !== undefined)) {
      statusFixtures.push(f.name);
      const [weighed] = weighEvidence([analyzeCleanArticle(f.article, f.name)]);
      statusScores.push(scoreStatuses(f.name, f.claims, weighed!.claims));
    }
  }
  const scored = statusScores.reduce((n, s) => n + s.scored, 0);
  const right = statusScores.reduce((n, s) => n + s.right, 0);
  return {
    fixtures: scores,
    all: sumDetection('all', scores),
    statusFixtures,
    statuses: statusFixtures.length === 0 ? null : { scored, right, accuracy: ratio(right, scored), misses: statusScores.flatMap((s) => s.misses) },
  };
}

// ---------------------------------------------------------------------------
// 4. Cross-outlet linking

export interface LabelledPair {
  id: string;
  set: string;
  label: 'same' | 'different';
  /** As labelled: `corroborates` means the same claim (a `same-claim` link). */
  relation: 'corroborates' | 'contradicts' | null;
  a: { publisher: string; text: string };
  b: { publisher: string; text: string };
}

export interface PairOutcome {
  pair: LabelledPair;
  /** The link the corpus stages made between the two sides (`same-claim` reported as `corroborates`, as labelled), or null. */
  link: LabelledPair['relation'];
  /** The similarity score of the two sides (the corpus is all sides of all pairs). */
  score: number;
}

export interface LinkRun {
  threshold: number;
  outcomes: PairOutcome[];
  /** Links between sides of different pairs (unlabelled: neither right nor wrong), as "p01-a ↔ p12-b". */
  otherLinks: string[];
}

/** Every side of every pair is its own one-claim article; the whole set is the corpus (as in match-across-sources.test.ts). */
function pairArticles(pairs: readonly LabelledPair[]): AnalyzedArticle[] {
  return pairs.flatMap((p) =>
    (['a', 'b'] as const).map((side) => {
      const slug = `${p.id}-${side}`;
      const { publisher, text } = p[side];
      const article = segment(articleFromParagraphs([text], { seed: `${slug}.txt`, publisher, title: slug, titleDerived: true }));
      const detected: AssessedClaim = {
        paragraph: 0, start: 0, end: text.length, text, form: 'factual', kind: 'factual', plan: false, speaker: null, speakerKind: null, summary: text.slice(0, 30),
        hedge: null, caveat: null, status: 'unverified', cue: 'pending', rationale: '',
      };
      const claims = [claimFrom(detected, `${slug}-0`, slug, new ArticleText(article.paragraphs))];
      return { slug, article, claims };
    }),
  );
}

/** Runs `matchAcrossSources` over the pairs at `threshold`. */
export function linkPairs(pairs: readonly LabelledPair[], threshold: number): LinkRun {
  const articles = pairArticles(pairs);
  const out = weighEvidence(articles, { threshold });
  const claims = out.flatMap((a) => a.claims);
  const model = buildSimilarityModel(articles.flatMap((a) => a.claims.map((c) => ({ text: c.text, speaker: c.speaker }))));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const outcomes = pairs.map((pair, k) => {
    const relation = byId.get(`${pair.id}-a-0`)?.related.find((r) => r.claim === `${pair.id}-b-0`)?.relation ?? null;
    const link: LabelledPair['relation'] = relation === 'same-claim' ? 'corroborates' : relation;
    return { pair, link, score: model.similarity(2 * k, 2 * k + 1) };
  });
  const pairOf = (id: string): string => id.replace(/-[ab]-\d+$/u, '');
  const otherLinks = claims.flatMap((c) =>
    c.related
      .filter((r) => c.id < r.claim && pairOf(c.id) !== pairOf(r.claim))
      .map((r) => `${c.id.replace(/-\d+$/u, '')} ↔ ${r.claim.replace(/-\d+$/u, '')}`),
  );
  return { threshold, outcomes, otherLinks };
}

export interface LinkScore extends PRF {
  name: string;
  pairs: number;
  same: number;
  different: number;
  relationRight: number;
  relationAccuracy: number | null;
  misses: Array<{ outcome: PairOutcome; type: LinkMissType }>;
}

export type LinkMissType = 'missed' | 'false match' | 'wrong relation';

/** Precision/recall of "same claim" links, and relation accuracy on the true positives. */
export function scoreLinks(name: string, outcomes: readonly PairOutcome[]): LinkScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let relationRight = 0;
  const misses: LinkScore['misses'] = [];
  for (const o of outcomes) {
    const same = o.pair.label === 'same';
    if (o.link && same) {
      tp++;
      if (o.link === o.pair.relation) relationRight++;
      else misses.push({ outcome: o, type: 'wrong relation' });
    } else if (o.link) {
      fp++;
      misses.push({ outcome: o, type: 'false match' });
    } else if (same) {
      fn++;
      misses.push({ outcome: o, type: 'missed' });
    }
  }
  return {
    name,
    pairs: outcomes.length,
    same: outcomes.filter((o) => o.pair.label === 'same').length,
    different: outcomes.filter((o) => o.pair.label === 'different').length,
    ...prf(tp, fp, fn),
    relationRight,
    relationAccuracy: ratio(relationRight, tp),
    misses,
  };
}

/**
 * What a reader of the report should know about a particular miss, written by
 * looking at the pair. Shown only while the pair is still a miss of that type.
 */
export const PAIR_MISS_NOTES: Readonly<Record<string, { type: LinkMissType; note: string }>> = {
  p18: { type: 'missed', note: 'Paraphrase with almost no content word in common ("illegal … does not recognise the government" / "legally meaningless … considers it illegitimate").' },
  h02: { type: 'missed', note: 'Paraphrase ("arrested … clashed … outside" / "arrests … fought … in front of"), with a different source named (police / interior ministry).' },
  h08: { type: 'missed', note: 'Paraphrase throughout ("fired two" / "launched a pair of", "South Korea\'s military" / "Seoul\'s Joint Chiefs of Staff").' },
  h11: { type: 'missed', note: 'Same fact as "no plans to attend in person" / "will not travel", source Kremlin / its spokesman.' },
  p43: { type: 'false match', note: 'Mirror-image events (Israel strikes Hezbollah / Hezbollah fires at Israel): a bag of words does not see who did what to whom.' },
  p48: { type: 'false match', note: 'Same speaker and topic words (Putin, war, Ukrainian) but different statements (fight on / stop if troops withdraw).' },
  p50: { type: 'false match', note: 'Identical wording with different actors (Peskov, the Kremlin / Zelensky, Ukraine): the very example the `ENTITY_MISMATCH_FACTOR` comment gives, still linked.' },
  h07: { type: 'false match', note: 'Same predicate and figure, different company and day (Nvidia / Microsoft).' },
  h18: { type: 'false match', note: 'Mirror-image events on the same day (Hamas releases hostages / Israel releases prisoners).' },
};

/** A note for a linking miss: the pair's own note, and whether the score is close to the threshold. */
export function missNote(pairId: string, type: LinkMissType, score: number, threshold: number): string {
  const own = PAIR_MISS_NOTES[pairId];
  const parts = own && own.type === type ? [own.note] : [];
  if (Math.abs(score - threshold) < 0.03) parts.push(`Within 0.03 of the threshold.`);
  return parts.join(' ');
}

/** Thresholds of the sweep table: 0.25 to 0.55 in steps of 0.05. */
export const SWEEP_THRESHOLDS: readonly number[] = [25, 30, 35, 40, 45, 50, 55].map((x) => x / 100);

export interface LinkResults {
  threshold: number;
  all: LinkScore;
  /** One score per set (`tuning`, `holdout`), in order of first appearance. */
  sets: LinkScore[];
  otherLinks: string[];
  sweep: Array<{ threshold: number; all: LinkScore; sets: LinkScore[]; otherLinks: number }>;
}

function scoreRun(run: LinkRun): { all: LinkScore; sets: LinkScore[] } {
  const sets = [...new Set(run.outcomes.map((o) => o.pair.set))];
  return {
    all: scoreLinks('all', run.outcomes),
    sets: sets.map((s) => scoreLinks(s, run.outcomes.filter((o) => o.pair.set === s))),
  };
}

export function evaluateLinking(pairs: readonly LabelledPair[], threshold = DEFAULT_MATCH_THRESHOLD): LinkResults {
  const main = linkPairs(pairs, threshold);
  return {
    threshold,
    ...scoreRun(main),
    otherLinks: main.otherLinks,
    sweep: SWEEP_THRESHOLDS.map((t) => {
      const run = linkPairs(pairs, t);
      return { threshold: t, ...scoreRun(run), otherLinks: run.otherLinks.length };
    }),
  };
}

// ---------------------------------------------------------------------------
// The report

export interface Datasets {
  clean: CleanCase[];
  claims: LabelledArticle[];
  /** Claim fixture modules that hold only an article body, no sentence labels (file names). */
  unlabelledClaimModules: string[];
  pairs: LabelledPair[];
  /** `description` of pairs.json. */
  pairsDescription: string;
}

export interface QualityReport {
  clean: CleanResults;
  detection: DetectionResults;
  linking: LinkResults;
  floors: FloorResult[];
  datasets: Datasets;
}

export interface Floor {
  id: string;
  /** What is measured, for the report. */
  label: string;
  /** `min`: the figure must be at least `value`; `max`: at most. */
  kind: 'min' | 'max';
  value: number;
  /** A count (shown as an integer) rather than a ratio. */
  count?: boolean;
  measure: (r: Omit<QualityReport, 'floors'>) => number | null;
}

export interface FloorResult {
  floor: Floor;
  measured: number | null;
  ok: boolean;
}

/**
 * Sanity floors, set a little below what was measured when they were chosen.
 * `metrics.test.ts` fails when one is not met. A floor is a tripwire, not a
 * target: raise it when a stage improves, never lower it to make a change pass
 * without saying why in the commit.
 */
export const FLOORS: readonly Floor[] = [
  { id: 'clean-body-lost', label: 'clean: body sentences lost (all cleaning articles)', kind: 'max', value: 0, count: true, measure: (r) => r.clean.all.bodyLost.length },
  { id: 'clean-precision', label: 'clean: clutter precision (all cleaning articles)', kind: 'min', value: 0.95, measure: (r) => r.clean.all.precision },
  { id: 'clean-recall', label: 'clean: clutter recall (all cleaning articles)', kind: 'min', value: 0.95, measure: (r) => r.clean.all.recall },
  { id: 'detect-precision', label: 'detection: claim precision', kind: 'min', value: 0.9, measure: (r) => r.detection.all.precision },
  { id: 'detect-recall', label: 'detection: claim recall', kind: 'min', value: 0.9, measure: (r) => r.detection.all.recall },
  { id: 'detect-speaker', label: 'detection: speaker accuracy', kind: 'min', value: 0.9, measure: (r) => r.detection.all.speakerAccuracy },
  { id: 'detect-kind', label: 'detection: kind accuracy', kind: 'min', value: 0.9, measure: (r) => r.detection.all.kindAccuracy },
  { id: 'link-precision', label: 'linking: precision, all pairs', kind: 'min', value: 0.85, measure: (r) => r.linking.all.precision },
  { id: 'link-recall', label: 'linking: recall, all pairs', kind: 'min', value: 0.85, measure: (r) => r.linking.all.recall },
  { id: 'link-relation', label: 'linking: relation accuracy, all pairs', kind: 'min', value: 0.95, measure: (r) => r.linking.all.relationAccuracy },
  { id: 'link-holdout-precision', label: 'linking: precision, holdout pairs', kind: 'min', value: 0.75, measure: (r) => r.linking.sets.find((s) => s.name === 'holdout')?.precision ?? null },
  { id: 'link-holdout-recall', label: 'linking: recall, holdout pairs', kind: 'min', value: 0.7, measure: (r) => r.linking.sets.find((s) => s.name === 'holdout')?.recall ?? null },
];

export function checkFloors(r: Omit<QualityReport, 'floors'>, floors: readonly Floor[] = FLOORS): FloorResult[] {
  return floors.map((floor) => {
    const measured = floor.measure(r);
    const ok = measured !== null && (floor.kind === 'min' ? measured >= floor.value : measured <= floor.value);
    return { floor, measured, ok };
  });
}

export function evaluateAll(datasets: Datasets): QualityReport {
  const partial = {
    clean: evaluateClean(datasets.clean),
    detection: evaluateDetection(datasets.claims),
    linking: evaluateLinking(datasets.pairs),
    datasets,
  };
  return { ...partial, floors: checkFloors(partial) };
}

/** Text for a Markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');
}

/** A short quotation of a sentence for the report. */
export function quote(s: string, max = 140): string {
  const t = collapse(s);
  return `“${cell(t.length > max ? `${t.slice(0, max - 1)}…` : t)}”`;
}

export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const fx = (x: number): string => x.toFixed(2);

/** `docs/quality.md`; `sets` is the Markdown of the evaluation-set section (`extraction-report.ts`), placed before the regression figures. */
export function renderQualityReport(r: QualityReport, sets = ''): string {
  const { clean: c, detection: d, linking: l, datasets } = r;
  const holdout = l.sets.find((s) => s.name === 'holdout');
  const tuning = l.sets.find((s) => s.name === 'tuning');
  const floorsOk = r.floors.every((f) => f.ok);
  const out: string[] = [];
  const p = (...lines: string[]): void => {
    out.push(...lines);
  };

  p(
    '# Quality figures',
    '',
    '<!-- Generated by scripts/evaluate.ts: do not edit by hand. Regenerate with `npm run evaluate`. -->',
    '',
    'How well each ingest stage does: first on the evaluation sets in `tests/evaluation/`,',
    'written and labelled by sessions that never saw the rules, then on the labelled data in',
    '`scripts/pipeline/fixtures/` (regression figures).',
    'This file is written by `npm run evaluate` (`scripts/evaluate.ts`, measures in',
    '`scripts/evaluate/metrics.ts` and `scripts/evaluate/extraction.ts`). It has no timestamp: the same code and data give',
    'the same file, and `scripts/evaluate/metrics.test.ts` fails when the file on disk',
    'differs from what the code computes, so after changing a stage or a fixture run',
    '`npm run evaluate` and commit the result (`npx tsx scripts/evaluate.ts --check` only compares).',
    '',
    ...(sets === '' ? [] : [sets, '']),
    '## Regression figures: summary',
    '',
    table(
      ['stage', 'data', 'measure', 'value'],
      [
        ['clean', `${c.all.sentences} raw sentences, ${datasets.clean.length} articles`, 'clutter precision / recall', `${fmt(c.all.precision)} / ${fmt(c.all.recall)}`],
        ['clean', '', 'body sentences lost', String(c.all.bodyLost.length)],
        ['detectClaims', `${d.all.sentences} sentences, ${d.fixtures.length} articles`, 'claim precision / recall / F1', `${fmt(d.all.precision)} / ${fmt(d.all.recall)} / ${fmt(d.all.f1)}`],
        ['detectClaims', '', 'speaker / kind accuracy (true positives)', `${fmt(d.all.speakerAccuracy)} / ${fmt(d.all.kindAccuracy)}`],
        ['assignStatus', '', 'status accuracy', d.statuses === null ? 'not measured: no status labels' : fmt(d.statuses.accuracy)],
        ['matchAcrossSources', `${l.all.pairs} pairs`, `precision / recall at ${fx(l.threshold)}`, `${fmt(l.all.precision)} / ${fmt(l.all.recall)}`],
        ...(holdout ? [['matchAcrossSources', `${holdout.pairs} holdout pairs`, 'precision / recall (holdout only)', `${fmt(holdout.precision)} / ${fmt(holdout.recall)}`]] : []),
        ['matchAcrossSources', '', 'relation accuracy (true positives)', fmt(l.all.relationAccuracy)],
      ],
    ),
    '',
    '**Read these as regression figures, not as accuracy on new articles.** The cleaning',
    'fixtures and the labelled claim articles were written together with the rules they',
    'measure, and their unit tests (`clean.test.ts`, `detect-claims.test.ts`) demand exact',
    'agreement, so a perfect score there is the expected state, not evidence that the rules',
    'generalise. The datasets are small (see each section). Only the claim pairs have a',
    'holdout set written after the method was frozen; its figures are the most honest',
    'estimate here, and they are lower.',
    '',
  );

  // 1. Clean
  const fixtureCount = c.cases.filter((s) => s.source === 'fixture').length;
  const seedCount = c.cases.length - fixtureCount;
  p(
    '## 1. Clutter removal (`clean`)',
    '',
    '**Data.** ' +
      `${fixtureCount} invented articles in different outlet layouts (\`scripts/pipeline/fixtures/articles/*.txt\`), ` +
      'each with a hand-written `*.expected.json` whose `paragraphs` are the real body' +
      (seedCount > 0
        ? `, and ${seedCount} real seeds from \`seeds/\` whose body paragraphs are written out in ` +
          `\`scripts/pipeline/fixtures/claims/\` (${datasets.clean.filter((x) => x.source === 'seed').map((x) => `\`${x.name}\``).join(', ')}).`
        : '.'),
    '',
    '**Measure.** The raw text is read as `clean` reads it (each line whitespace-collapsed, blank',
    'lines dropped). Its raw paragraphs are the labelled body paragraphs (hard-wrapped lines',
    'joined) and, outside them, every other line; each is split into sentences with',
    '`segmentParagraph` (`scripts/pipeline/segment.ts`). A sentence is **body** when it lies',
    'inside a labelled body paragraph, otherwise **clutter** (this includes the headline and',
    'captions, which `clean` moves to the title and `captions` rather than dropping). A',
    'sentence is **removed** when none of its text is in the cleaned `paragraphs`.',
    '',
    '- precision = removed clutter / all removed sentences (how much of what was taken out was clutter);',
    '- recall = removed clutter / all clutter sentences (how much of the clutter was taken out);',
    '- body lost = body sentences not kept whole (removed, or cut); must be 0.',
    '',
    'Totals are summed over sentences (micro-averaged).',
    '',
    table(
      ['article', 'source', 'sentences', 'body', 'clutter (headline/caption)', 'removed', 'precision', 'recall', 'body lost'],
      [...c.cases, c.fixtures, ...(seedCount > 0 ? [c.seeds, c.all] : [])].map((s, i) => [
        i < c.cases.length ? `\`${s.name}\`` : `**${s.name}**`,
        i < c.cases.length ? s.source : '',
        String(s.sentences),
        String(s.body),
        `${s.clutter} (${s.headlineOrCaption})`,
        String(s.removed),
        fmt(s.precision),
        fmt(s.recall),
        String(s.bodyLost.length),
      ]),
    ),
    '',
    '**Misses.**',
    '',
  );
  if (c.all.bodyLost.length === 0 && c.all.clutterLeft.length === 0 && c.all.unlocated.length === 0) p('None: every clutter sentence was removed and every body sentence kept whole.', '');
  for (const s of c.cases) {
    for (const b of s.bodyLost) p(`- \`${s.name}\`: body sentence ${b.outcome === 'removed' ? 'removed' : 'cut'}: ${quote(b.text)}`);
    for (const b of s.clutterLeft) p(`- \`${s.name}\`: ${b.role} ${b.outcome === 'kept' ? 'left in' : 'partly left in'}: ${quote(b.text)}`);
    for (const u of s.unlocated) p(`- \`${s.name}\`: cleaned text not found in the raw text (not scored): ${quote(u)}`);
  }
  if (c.all.bodyLost.length + c.all.clutterLeft.length + c.all.unlocated.length > 0) p('');

  // 2. Detection
  p(
    '## 2. Claim detection (`segment` + `detectClaims`)',
    '',
    `**Data.** ${d.fixtures.length} invented articles labelled sentence by sentence ` +
      `(${d.fixtures.map((f) => `\`${f.name}\``).join(', ')}; \`scripts/pipeline/fixtures/claims/\`): ` +
      `${d.all.sentences} sentences, of which ${d.all.labelledClaims} are labelled claims, each with its kind ` +
      `(attributed, quote, factual) and speaker (${d.all.speakersNamed} of the ${d.all.tp} correctly detected claims have a named speaker, the rest null).` +
      (datasets.unlabelledClaimModules.length > 0
        ? ` ${datasets.unlabelledClaimModules.map((m) => `\`${m}\``).join(' and ')} hold only an article body (used for cleaning above); ` +
          '`detect-claims.test.ts` spot-checks a few of their sentences, but they carry no sentence labels, so they are not scored here.'
        : ''),
    '',
    '**Measure.** The unit is a sentence of the segmented article. A detected claim is a true',
    'positive when a labelled claim has the same paragraph and text.',
    '',
    '- precision = true positives / detected claims; recall = true positives / labelled claims; F1 their harmonic mean;',
    '- speaker accuracy = true positives whose speaker equals the labelled one (compared',
    '  case-, space- and apostrophe-insensitively; a labelled `null`, "no identifiable speaker", must be detected as `null`) / true positives;',
    '- kind accuracy = true positives of the labelled kind / true positives.',
    '',
    table(
      ['article', 'sentences', 'claims', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'speaker acc.', 'kind acc.'],
      [...d.fixtures, d.all].map((s, i) => [
        i < d.fixtures.length ? `\`${s.name}\`` : '**all**',
        String(s.sentences),
        String(s.labelledClaims),
        String(s.tp),
        String(s.fp),
        String(s.fn),
        fmt(s.precision),
        fmt(s.recall),
        fmt(s.f1),
        fmt(s.speakerAccuracy),
        fmt(s.kindAccuracy),
      ]),
    ),
    '',
    '**Misses.**',
    '',
  );
  if (d.all.misses.length === 0) p('None.', '');
  else {
    for (const m of d.all.misses) {
      const detail = m.expected !== undefined || m.got !== undefined ? ` (expected ${m.expected ?? '–'}, got ${m.got ?? '–'})` : '';
      p(`- \`${m.fixture}\`: ${m.type}${detail}: ${quote(m.text)}`);
    }
    p('');
  }

  // 3. Statuses
  p('## 3. Statuses (`assignStatus`)', '');
  if (d.statuses === null) {
    p(
      '**Not measured.** No labelled fixture carries expected statuses, and none were invented',
      'for this report. `assign-status.test.ts` and `status-cues.test.ts` check hand-picked',
      'sentences and each cue’s own examples, which specify the rules rather than sample real',
      'text, so they are not an evaluation set. To measure statuses, add a `status` to the',
      'claims of a labelled fixture in `scripts/pipeline/fixtures/claims/`; this section then',
      'reports the accuracy of `assignStatus` on the detected ones.',
      '',
    );
  } else {
    p(
      `**Data.** ${d.statusFixtures.map((f) => `\`${f}\``).join(', ')}: ${d.statuses.scored} detected claims with a labelled status.`,
      '',
      '**Measure.** accuracy = detected claims given their labelled status by `assignStatus` (per article, before cross-outlet linking) / detected claims with a status label.',
      '',
      `Accuracy: **${fmt(d.statuses.accuracy)}** (${d.statuses.right} of ${d.statuses.scored}).`,
      '',
    );
    for (const m of d.statuses.misses) p(`- \`${m.fixture}\`: expected ${m.expected}, got ${m.got}: ${quote(m.text)}`);
    if (d.statuses.misses.length > 0) p('');
  }

  // 4. Linking
  p(
    '## 4. Cross-outlet linking (`matchAcrossSources`)',
    '',
    `**Data.** \`scripts/pipeline/fixtures/pairs.json\`: ${l.all.pairs} hand-labelled pairs of claims from different outlets, ` +
      `${l.all.same} labelled *same* (${l.all.pairs === 0 ? 0 : datasets.pairs.filter((x) => x.relation === 'corroborates').length} corroborate, ` +
      `${datasets.pairs.filter((x) => x.relation === 'contradicts').length} contradict) and ${l.all.different} *different* ` +
      '(same topic, actors or wording, but not the same claim). Its own description:',
    '',
    `> ${cell(datasets.pairsDescription)}`,
    '',
    `So the ${tuning?.pairs ?? 0} tuning pairs are in-sample: the method and the default threshold were chosen on them. ` +
      `Only the ${holdout?.pairs ?? 0} holdout pairs estimate how linking does on unseen claims, and ${holdout?.pairs ?? 0} pairs is few: one pair moves a figure by several points.`,
    '',
    '**Measure.** As in `match-across-sources.test.ts`: every side of every pair is its own',
    'one-claim article, all sides together are the corpus (so TF-IDF weights come from all',
    `${2 * l.all.pairs} claims, also when scoring one set), and \`matchAcrossSources\` runs once per threshold.`,
    '',
    '- precision = *same* pairs linked / pairs linked; recall = *same* pairs linked / *same* pairs;',
    '- relation accuracy = linked *same* pairs with the labelled relation (corroborates / contradicts) / linked *same* pairs.',
    '',
    `At the default threshold (\`DEFAULT_MATCH_THRESHOLD\` = ${fx(l.threshold)}):`,
    '',
    table(
      ['set', 'pairs', 'same', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'relation acc.'],
      [...l.sets, l.all].map((s) => [
        s.name === 'all' ? '**all**' : s.name,
        String(s.pairs),
        String(s.same),
        String(s.tp),
        String(s.fp),
        String(s.fn),
        fmt(s.precision),
        fmt(s.recall),
        fmt(s.f1),
        fmt(s.relationAccuracy),
      ]),
    ),
    '',
    '**Threshold sweep.** Raising the threshold trades recall for precision. "Other links" counts',
    'links between claims of *different* pairs. Those are not labelled and not scored: some',
    'are right (the set reuses events and even sentences across pairs), others join different',
    'claims about the same actors. They show how quickly links multiply in a corpus where',
    'many claims share a topic.',
    '',
    table(
      ['threshold', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'relation acc.', 'holdout precision', 'holdout recall', 'other links'],
      l.sweep.map((row) => {
        const h = row.sets.find((s) => s.name === 'holdout');
        const t = Math.abs(row.threshold - l.threshold) < 1e-9 ? `**${fx(row.threshold)}**` : fx(row.threshold);
        return [t, String(row.all.tp), String(row.all.fp), String(row.all.fn), fmt(row.all.precision), fmt(row.all.recall), fmt(row.all.f1), fmt(row.all.relationAccuracy), fmt(h?.precision ?? null), fmt(h?.recall ?? null), String(row.otherLinks)];
      }),
    ),
    '',
  );
  if (!l.sweep.some((row) => Math.abs(row.threshold - l.threshold) < 1e-9)) {
    p(`(The default ${fx(l.threshold)} lies between two rows of the sweep; its own figures are in the table above.)`, '');
  }
  p(`**Misses at ${fx(l.threshold)}** (score = the pair's similarity; linked when score ≥ threshold):`, '');
  if (l.all.misses.length === 0) p('None.', '');
  else {
    p(
      table(
        ['pair', 'set', 'miss', 'score', 'relation (labelled → linked)', 'claim A', 'claim B', 'note'],
        l.all.misses.map(({ outcome: o, type }) => [
          o.pair.id,
          o.pair.set,
          type,
          o.score.toFixed(3),
          `${o.pair.relation ?? '–'} → ${o.link ?? '–'}`,
          `${cell(o.pair.a.publisher)}: ${quote(o.pair.a.text, 160)}`,
          `${cell(o.pair.b.publisher)}: ${quote(o.pair.b.text, 160)}`,
          cell(missNote(o.pair.id, type, o.score, l.threshold)),
        ]),
      ),
      '',
    );
  }
  p(
    `Links between different pairs at ${fx(l.threshold)}: ${l.otherLinks.length === 0 ? 'none' : `${l.otherLinks.length} (${l.otherLinks.join(', ')})`}.`,
    '',
  );

  // Weaknesses
  p('## Weaknesses', '', ...weaknesses(r).map((w) => `- ${w}`), '');

  // Floors
  p(
    '## Floors',
    '',
    '`scripts/evaluate/metrics.test.ts` fails when a figure falls below its floor. Floors were',
    'set a little below the figures measured when they were chosen; they catch regressions,',
    'they do not certify quality.',
    '',
    table(
      ['figure', 'floor', 'measured', 'met'],
      r.floors.map((f) => [f.floor.label, `${f.floor.kind === 'min' ? '≥' : '≤'} ${f.floor.count ? f.floor.value : f.floor.value.toFixed(2)}`, f.measured === null ? 'n/a' : f.floor.count ? String(f.measured) : fmt(f.measured), f.ok ? 'yes' : '**no**']),
    ),
    '',
    floorsOk ? 'All floors are met.' : '**Some floors are not met.**',
    '',
  );
  return out.join('\n');
}

/** Notes on what the misses and the data show, derived from the figures so that they cannot go stale. */
function weaknesses(r: QualityReport): string[] {
  const { clean: c, detection: d, linking: l } = r;
  const notes: string[] = [];
  const holdout = l.sets.find((s) => s.name === 'holdout');
  const tuning = l.sets.find((s) => s.name === 'tuning');
  if (c.all.bodyLost.length === 0 && c.all.clutterLeft.length === 0) {
    notes.push(
      `Cleaning is perfect on all ${c.cases.length} articles, but these are the articles its rules were written against. ` +
        `${c.cases.filter((x) => x.source === 'fixture').length} invented layouts and ${c.cases.filter((x) => x.source === 'seed').length} real seeds say little about an outlet layout not yet seen; ` +
        'a new outlet should come with a new labelled fixture.',
    );
  } else {
    notes.push(`Cleaning misses ${c.all.clutterLeft.length} clutter sentence(s) and loses ${c.all.bodyLost.length} body sentence(s); see section 1.`);
  }
  notes.push(
    'Clutter is counted in sentences, so a one-word menu item weighs as much as a long donation appeal, ' +
      'and sentence-splitting menu lines is itself approximate. The headline and captions count as clutter here although `clean` keeps them as metadata.',
  );
  if (d.all.misses.length === 0) {
    notes.push(
      `Claim detection agrees with every label, on ${d.all.sentences} sentences in ${d.fixtures.length} invented articles that were written to exercise its rules ` +
        `(only ${d.all.sentences - d.all.labelledClaims} labelled non-claims). The test suite requires this exact agreement, so the figure cannot drop without a failing test; ` +
        'it is not an estimate for real articles. The hard speaker cases the fixtures exercise (pronouns, roles, two people with one surname, "according to") rest on one or two sentences each.',
    );
  } else {
    const byType = new Map<string, number>();
    for (const m of d.all.misses) byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    notes.push(`Claim detection misses: ${[...byType].map(([t, n]) => `${n} ${t}`).join(', ')}; see section 2.`);
  }
  if (d.statuses === null) notes.push('Statuses are not measured at all: there are no status labels.');
  if (holdout && tuning && holdout.precision !== null && holdout.recall !== null && tuning.precision !== null && tuning.recall !== null) {
    notes.push(
      `Linking does worse on the holdout pairs (precision ${fmt(holdout.precision)}, recall ${fmt(holdout.recall)}) than on the tuning pairs ` +
        `(${fmt(tuning.precision)}, ${fmt(tuning.recall)}): the tuning figures are optimistic.`,
    );
  }
  const missed = l.all.misses.filter((m) => m.type === 'missed');
  const falseMatches = l.all.misses.filter((m) => m.type === 'false match');
  if (missed.length > 0) {
    notes.push(
      `Missed links (${missed.map((m) => m.outcome.pair.id).join(', ')}): see the notes above. The similarity is word overlap after lemmas, ` +
        'stems and a small synonym table, so a full paraphrase of the same fact scores low.',
    );
  }
  if (falseMatches.length > 0) {
    notes.push(
      `False links (${falseMatches.map((m) => m.outcome.pair.id).join(', ')}): see the notes above. Word overlap cannot tell who did what to whom, ` +
        'or which of two actors said an otherwise identical sentence. In the site each false link marks a claim corroborated (or disputed) wrongly.',
    );
  }
  const wrongRelation = l.all.misses.filter((m) => m.type === 'wrong relation');
  if (wrongRelation.length === 0) {
    notes.push(
      `Relation accuracy is perfect on the ${l.all.tp} linked pairs, but only ${r.datasets.pairs.filter((x) => x.relation === 'contradicts').length} pairs contradict each other; ` +
        'a link is read as a contradiction only when a shared word is negated on one side or a fixed cue (`CONTRADICTION_CUES`) fires, so a contradiction put another way would count as corroboration.',
    );
  }
  if (l.otherLinks.length > 0) {
    notes.push(
      `At the default threshold ${l.otherLinks.length} links join claims of different pairs (${l.all.pairs} pairs, ${2 * l.all.pairs} claims). ` +
        'They are not scored, so the precision above covers only the labelled pairs; in a corpus of many articles on one story, unlabelled links like these are where wrong statuses would come from.',
    );
  }
  return notes;
}
