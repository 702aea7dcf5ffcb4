/**
 * Per-claim stage of the evidence model: what a claim says is NOT so, when it
 * spells it out. A denial often restates what it denies, in a frame of its
 * own:
 *
 * - `assertion-that`: "…, contradicting the authority's assertion that every
 *   village was evacuated", "denied claims that the troops had left", "contrary
 *   to the ministry's statement that …" — the denied content is the clause
 *   after "that";
 * - `reports-untrue`: "Reports that residents received no warning are untrue."
 *   — the clause between "that" and the verdict;
 * - `corrective`: "the dam failed because maintenance was neglected, not
 *   because of the rain"; "a jammed gate, not the rain, broke the dam" — the
 *   clause with the rejected alternative put back in place of the one the
 *   speaker asserts ("the dam failed because of the rain", "the rain broke
 *   the dam").
 *
 * The contradiction stage matches the denied content against the other claims
 * by meaning-bearing words (contradictions.ts), so a denial is linked to a
 * claim it shares few words with as a whole sentence.
 *
 * Only frames, never a single word: "not" alone negates (claim-features.ts
 * handles that), and "reports that" without a verdict of falsehood reports.
 * Input is one sentence (bounded by the segmenter); every pattern is linear.
 */

export type DeniedFrame = 'assertion-that' | 'reports-untrue' | 'corrective';

export interface DeniedContent {
  frame: DeniedFrame;
  /** The content denied, as a clause ("every village was evacuated"). */
  text: string;
}

/** Longest sentence read for frames; longer text is not a sentence. */
const MAX_SENTENCE = 2_000;

/** What a statement is called when it is contradicted (shared with the contradiction stage's points-back rule). */
export const STATEMENT_NOUN = String.raw`(?:assertions?|claims?|statements?|accounts?|insistence|version|assurances?|suggestions?|reports?|allegations?|accusations?|contention|narrative|rumou?rs?|information|figures?)`;

/** Verbs and phrases that set a statement aside: "contradicting", "contrary to", "denied". */
const SETS_ASIDE = String.raw`(?:contradict(?:s|ed|ing)?|contrary\s+to|disput(?:es|ed|ing)|refut(?:es|ed|ing)|reject(?:s|ed|ing)|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)|counter(?:s|ed|ing)|belie(?:s|d)?|belying|at\s+odds\s+with|in\s+contradiction\s+(?:to|with))`;

const ASSERTION_THAT = new RegExp(String.raw`\b${SETS_ASIDE}\s+(?:[^,;.:"“”]{0,80}?\s)?${STATEMENT_NOUN}\s+(?:(?:on|in|by|from|of|at)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?)?that\s+([^;:"“”]{8,400}?)(?=\s*(?:[;:"“”]|[.!?](?:\s|$)|$|,\s+(?:but|and|while|which|who|said|according|\p{L}+ing)\b))`, 'iu');

const REPORTS_UNTRUE = new RegExp(
  String.raw`^(?:the\s+|such\s+)?(?:reports?|claims?|allegations?|suggestions?|accounts?|assertions?|rumou?rs?)\s+that\s+(.{8,400}?)\s+(?:are|is|were|was)\s+(?:(?:completely|entirely|simply|totally|wholly|utterly)\s+)?(?:untrue|false|baseless|groundless|unfounded|fabricat\w+|wrong|incorrect|lies|a\s+lie|fake|nonsense|not\s+true)\b`,
  'iu',
);

/** ", not Y," or ", and not Y," (Y a phrase without commas), the corrected alternative. */
const CORRECTIVE = /,\s+(?:and\s+)?not\s+([^,;:.!?"“”]{2,120}?)\s*(?=[,;:.!?"“”]|$)/iu;

/** Words that open a phrase whose parallel the corrected one is ("because …, not because …"). */
const PHRASE_OPENERS = new Set(['because', 'by', 'in', 'at', 'on', 'from', 'to', 'for', 'with', 'after', 'before', 'during', 'since', 'due', 'over', 'through', 'under']);

/** Where a clause starts: punctuation, a complementiser, a reporting verb. */
const CLAUSE_START = /[,;:"“”—–]\s*|\b(?:that|said|says|insisted|added|stated|argued|maintained|told\s+(?:the\s+)?\S+)\s+/giu;

/** A negated clause before ", not …" lists what did not happen ("Nobody came, not a car, not a call"): no correction. */
const NEGATED = /\b(?:no|not|never|nobody|none|nothing|neither|nor|without|n't)\b/iu;

/** Where the clause that ends `text` starts: after the last boundary. */
function clauseStartOf(text: string): number {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return start;
}

function assertionThat(text: string): DeniedContent | null {
  const m = ASSERTION_THAT.exec(text);
  if (!m) return null;
  // Fronted ("Contrary to the claim that X, observers …"): the content ends at the comma.
  const content = m.index === 0 ? m[1]!.split(',')[0]! : m[1]!;
  return { frame: 'assertion-that', text: content.trim() };
}

function reportsUntrue(text: string): DeniedContent | null {
  const m = REPORTS_UNTRUE.exec(text);
  return m ? { frame: 'reports-untrue', text: m[1]!.trim() } : null;
}

function corrective(text: string): DeniedContent | null {
  const m = CORRECTIVE.exec(text);
  if (!m) return null;
  // "not 10 pm as the commission said": the rejected alternative, without who put it forward.
  const rejected = m[1]!
    .trim()
    .replace(/\s+(?:(?:as|like)\s+(?:\S+\s+){0,4}(?:said|says|claimed|claims|stated|reported|announced|suggested)|(?:claimed|stated|reported|announced|given|cited)\s+by\s+(?:\S+\s*){1,5})$/iu, '');
  // A determiner-less "not only" / "not least" / "not yet" is not a correction.
  if (/^(?:only|least|yet|just|even|always|necessarily|quite|long|far|much|all|so|too|to|be|been|being)\b/iu.test(rejected)) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length).replace(/^[,;:]\s*/u, '');
  const opener = rejected.split(/\s+/u)[0]!.toLowerCase();
  let start: number;
  let clauseStart = clauseStartOf(before);
  if (NEGATED.test(before.slice(clauseStart))) return null;
  if (PHRASE_OPENERS.has(opener)) {
    // "failed because maintenance was neglected, not because of the rain": the asserted phrase opens with the same word.
    const at = before.toLowerCase().lastIndexOf(`${opener} `);
    if (at < clauseStart) return null;
    start = at;
  } else if (after.replace(/[.!?"“”\s]+$/u, '') === '' || /^(?:and|but|while|which|who|when|whereas)\b/iu.test(after)) {
    // "closed at 8 pm, not 10 pm": at the end of the sentence, the asserted phrase is as long as the rejected one (a figure: from the last figure).
    const words = before.slice(clauseStart).split(/\s+/u).filter(Boolean);
    const figure = /^\d/u.test(rejected) ? words.findLastIndex((w) => /^\d/u.test(w)) : -1;
    const length = figure >= 0 ? words.length - figure : rejected.split(/\s+/u).length;
    if (length >= words.length) return null;
    start = before.length - words.slice(-length).join(' ').length;
  } else {
    // "a jammed gate, not the rain, broke the dam": the asserted phrase is the clause so far.
    start = clauseStart;
  }
  const head = before.slice(clauseStart, start);
  // The rejected alternative takes the asserted one's place; what follows a mid-clause correction completes it.
  const rest = start === clauseStart ? after.replace(/[.!?"“”]+\s*$/u, '') : '';
  const clause = `${head}${rejected}${rest ? ` ${rest}` : ''}`.replace(/\s+/gu, ' ').trim();
  if (clause.split(' ').length < 3) return null;
  return { frame: 'corrective', text: clause };
}

/** The contents a sentence explicitly denies, by frame (none for most sentences). */
export function deniedContent(sentence: string): DeniedContent[] {
  if (sentence.length > MAX_SENTENCE) return [];
  const text = sentence.replace(/[’‘]/gu, "'");
  const out: DeniedContent[] = [];
  for (const frame of [reportsUntrue, assertionThat, corrective]) {
    const found = frame(text);
    if (found && !out.some((o) => o.text === found.text)) out.push(found);
  }
  return out;
}
