/**
 * Stage 2 of the ingest pipeline: split every paragraph into sentences.
 *
 * The base segmentation is ICU's, through `Intl.Segmenter` (locale `en`,
 * granularity `sentence`). ICU implements the Unicode sentence-break rules
 * (UAX #29), which know nothing about abbreviations or quotations, so a small
 * post-pass merges a break back into the sentence before it when:
 *
 * 1. `title`: the left part ends with a title or honorific that never ends a
 *    sentence ("Mr.", "Dr.", "Gen.", "St.", "vs.").
 * 2. `month-day`: the left part ends with an abbreviated month and the right
 *    part starts with a digit ("Nov. 27"; ICU already keeps "Nov. 27 said"
 *    together, but breaks "on Jan. 5.").
 * 3. `numero`: "No. 10", "Art. 5", "pp. 4" (abbreviation + digit).
 * 4. `initial`: the left part ends with a capital initial or a dotted acronym
 *    ("J.", "U.S.", "a.m.") or an ambiguous abbreviation ("Inc.", "Jr.") and
 *    the right part starts with a capitalised word that is not a usual
 *    sentence opener ("J. R. R. Tolkien", "the U.S. Senate"; but "in the U.S.
 *    The talks…" stays split).
 * 5. `lowercase-start`: the right part starts with a lowercase letter. ICU
 *    breaks after `?”`/`!”` even then (“Go!” he said.), and edited news
 *    text never starts a sentence in lowercase.
 * 6. `open-quote`: the break lands inside a quotation that closes later in
 *    the same paragraph (“A. B. C,” he said.). The quote stays one sentence
 *    with its attribution. A quotation that never closes in the paragraph
 *    (the multi-paragraph convention) does not merge anything.
 *
 * Each sentence is an exact, trimmed span of its paragraph, and the sentences
 * of a paragraph cover all of its non-whitespace text.
 */
import type { CleanArticle, SegmentedArticle, Sentence } from './types.ts';

/** Half-open UTF-16 range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A quotation: from its opening mark to just after its closing mark. */
export interface QuoteSpan extends Span {
  /** False when the paragraph ends before the quotation closes (`end` is then the paragraph length). */
  closed: boolean;
}

/** Abbreviations that never end a sentence: always glued to what follows. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Sr', 'Messrs', 'Mmes',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig', 'Gov',
  'Sen', 'Rep', 'Pres', 'Supt', 'Insp', 'Amb', 'Sec', 'Atty', 'St', 'Mt', 'Ft', 'vs', 'Vs', 'approx', 'cf', 'etc',
];

/** Month abbreviations: glued to a following day number. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Abbreviations glued to a following number ("No. 10"). */
export const NUMERO_ABBREVIATIONS: readonly string[] = ['No', 'Nos', 'no', 'Art', 'art', 'Fig', 'fig', 'p', 'pp', 'Vol', 'vol', 'Ch', 'ch'];

/** Abbreviations that may end a sentence: glued only when no sentence opener follows. */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = ['Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Bros', 'Plc', 'plc', 'LLC', 'Dept', 'Univ', 'Assn'];

/** Capitalised words that usually open a new sentence (checked after initials and ambiguous abbreviations). */
export const SENTENCE_STARTERS: readonly string[] = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'His', 'Her',
  'They', 'Their', 'We', 'Our', 'I', 'You', 'My', 'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'In', 'On', 'At',
  'As', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before', 'When', 'While', 'If', 'Although', 'Though',
  'Since', 'Because', 'Meanwhile', 'However', 'Still', 'Then', 'Now', 'Also', 'Both', 'All', 'Some', 'Many',
  'Most', 'No', 'Not', 'One', 'Two', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Earlier',
  'Later', 'Last', 'Next', 'Separately', 'Instead', 'Despite', 'During', 'Under', 'Over', 'According',
];

const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
const TOGGLE_QUOTES = new Set(['"']);

/**
 * Double quotations in `text`. Curly quotes open (“) and close (”); a straight
 * `"` closes an open quotation and opens one otherwise, so mixed pairs such as
 * `"…,” he said` are recognised. Single quotes are ignored: ’ is mostly an
 * apostrophe.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const isOpen = OPENING_QUOTES.has(ch);
    const isClose = CLOSING_QUOTES.has(ch);
    const isToggle = TOGGLE_QUOTES.has(ch);
    if (!isOpen && !isClose && !isToggle) continue;
    if (open >= 0 && (isClose || isToggle)) {
      spans.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else if (open < 0 && (isOpen || isToggle)) {
      open = i;
    } else if (open >= 0 && isOpen) {
      // A new opening mark while one is open: the earlier one was stray.
      open = i;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length, closed: false });
  return spans;
}

/** Share of the non-whitespace characters of `text[start, end)` that lie inside quotation marks (marks excluded). */
export function quotedShare(text: string, start: number, end: number, quotes: readonly QuoteSpan[] = quoteSpans(text)): number {
  let total = 0;
  let quoted = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? '';
    if (/\s/u.test(ch) || OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch) || TOGGLE_QUOTES.has(ch)) continue;
    total++;
    if (quotes.some((q) => i > q.start && i < q.end)) quoted++;
  }
  return total === 0 ? 0 : quoted / total;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function endsWithAbbreviation(list: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s(\\[“"'‘])(?:${list.map(escape).join('|')})\\.$`, 'u');
}

const TITLE_END = endsWithAbbreviation(TITLE_ABBREVIATIONS);
const MONTH_END = endsWithAbbreviation(MONTH_ABBREVIATIONS);
const NUMERO_END = endsWithAbbreviation(NUMERO_ABBREVIATIONS);
const AMBIGUOUS_END = endsWithAbbreviation(AMBIGUOUS_ABBREVIATIONS);
/** A capital initial ("J.") or a dotted acronym ("U.S.", "a.m."). */
const INITIAL_END = /(?:^|[\s(\[“"'‘])(?:[A-Z]\.|(?:[A-Za-z]\.){2,})$/u;
const STARTERS = new Set(SENTENCE_STARTERS);

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Why a break between `left` and `right` is merged, or null to keep it. */
export function mergeReason(paragraph: string, left: Span, right: Span, quotes: readonly QuoteSpan[]): string | null {
  const leftText = paragraph.slice(left.start, left.end);
  const rightText = paragraph.slice(right.start, right.end);
  if (quotes.some((q) => q.closed && q.start < left.end && q.end > right.start)) return 'open-quote';
  if (/^\p{Ll}/u.test(rightText)) return 'lowercase-start';
  if (TITLE_END.test(leftText)) return 'title';
  const startsWithDigit = /^\d/u.test(rightText);
  if (startsWithDigit && MONTH_END.test(leftText)) return 'month-day';
  if (startsWithDigit && NUMERO_END.test(leftText)) return 'numero';
  if (INITIAL_END.test(leftText) || AMBIGUOUS_END.test(leftText)) {
    const first = /^[A-Z][\p{L}'’-]*/u.exec(rightText)?.[0];
    if (first !== undefined && !STARTERS.has(first)) return 'initial';
  }
  return null;
}

/** Sentence spans of one paragraph, as UTF-16 offsets. */
export function segmentParagraph(paragraph: string): Span[] {
  const raw: Span[] = [];
  for (const { segment: piece, index } of segmenter.segment(paragraph)) {
    const span = trimSpan(paragraph, index, index + piece.length);
    if (span) raw.push(span);
  }
  const quotes = quoteSpans(paragraph);
  const out: Span[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    if (prev && mergeReason(paragraph, prev, span, quotes) !== null) {
      out[out.length - 1] = { start: prev.start, end: span.end };
    } else {
      out.push(span);
    }
  }
  return out;
}

export function segment(article: CleanArticle): SegmentedArticle {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const { start, end } of segmentParagraph(paragraph)) {
      sentences.push({ paragraph: p, start, end, text: paragraph.slice(start, end) });
    }
  });
  return { ...article, sentences };
}
