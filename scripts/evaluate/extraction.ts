/**
 * What cleaning recovers from the articles of a labelled evaluation set
 * (`labelled-set.ts`): headline, publisher, wire agency and date against
 * their labels, and which labelled body sentences and clutter lines are
 * left in the cleaned paragraphs.
 *
 * Every seed goes through the ingest's own cleaning (`cleanCorpus`: the
 * corpus-level step over the whole set, then `clean` and the seed's
 * metadata), so the figures are those of a real build of the set.
 *
 * Comparisons (`sameHeadline`, `samePublisher`, `sameAgency`) forgive only
 * what does not change the value: case, spacing, straight or curly quotes,
 * Markdown markup, a leading "The" of an outlet's name, an agency's long or
 * short name. Dates must be equal.
 */
import { cleanCorpus } from '../pipeline/ingest.ts';
import { segmentParagraph } from '../pipeline/segment.ts';
import type { CleanArticle } from '../pipeline/types.ts';
import { canonicalAgency } from '../pipeline/agency.ts';
import type { LabelledSet, SetArticle } from './labelled-set.ts';

/** Markdown links and markup characters out (as the labellers' validator reads the raw file), spaces collapsed. */
export function plain(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`>#]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const quotesFolded = (text: string): string => text.replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″]/gu, '"');
const key = (text: string): string => quotesFolded(plain(text.normalize('NFC'))).toLowerCase();

export function sameHeadline(label: string, got: string): boolean {
  const strip = (t: string) => key(t).replace(/[.:;,\s]+$/u, '');
  return strip(label) === strip(got);
}

export function samePublisher(label: string, got: string): boolean {
  const strip = (t: string) => key(t).replace(/^the\s+/u, '').replace(/['’]s$/u, '').replace(/[.,;:]+$/u, '');
  return strip(label) === strip(got);
}

export function sameAgency(label: string, got: string): boolean {
  return (canonicalAgency(label) ?? label).toLowerCase() === (canonicalAgency(got) ?? got).toLowerCase();
}

export type FieldMiss = 'none found' | 'wrong value' | 'found where the page has none';

export interface FieldOutcome {
  expected: string | null;
  got: string | null;
  right: boolean;
  miss: FieldMiss | null;
}

function field(expected: string | null, got: string | null, same: (a: string, b: string) => boolean): FieldOutcome {
  const right = expected === null ? got === null : got !== null && same(expected, got);
  const miss: FieldMiss | null = right ? null : expected === null ? 'found where the page has none' : got === null ? 'none found' : 'wrong value';
  return { expected, got, right, miss };
}

/** A labelled sentence and what became of it. */
export interface SentenceOutcome {
  text: string;
  /** For lost body sentences: the cleaning rule whose removal holds it, if one does. */
  rule?: string;
  /** For clutter left in: the shape of the line it came from (`clutterShape`). */
  shape?: ClutterShape;
}

export interface ArticleExtraction {
  id: string;
  file: string;
  outlet: string;
  layout: string;
  /** Why the seed was not made into an article, when it was not (then all its body is lost). */
  problem: string | null;
  headline: FieldOutcome & { derived: boolean };
  publisher: FieldOutcome;
  agency: FieldOutcome;
  published: FieldOutcome;
  bodySentences: number;
  bodyLost: SentenceOutcome[];
  clutterSentences: number;
  clutterLeft: SentenceOutcome[];
}

export type ClutterShape = 'headline' | 'caption or credit' | 'prompt' | 'date or byline' | 'label' | 'link or teaser' | 'sentence';

/** What kind of line a clutter line is, by its shape alone: for the report's categories of misses. */
export function clutterShape(line: string, headline: string | null): ClutterShape {
  const text = plain(line);
  if (headline !== null && sameHeadline(headline, text)) return 'headline';
  if (/©|\b(?:photo|image|picture|illustration|credit|getty|afp|reuters|ap|epa|pool|handout)\b/iu.test(text)) return 'caption or credit';
  if (/\b(?:newsletter|subscribe|sign up|support|donat\w*|follow|download|app|member\w*|inbox)\b/iu.test(text)) return 'prompt';
  if (/^by\s|\b\d{1,2}:\d{2}\b|\b(?:published|updated|ago)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d/iu.test(text)) return 'date or byline';
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (/[.!?…]["”’')\]]*$/u.test(text)) return 'sentence';
  return words <= 4 ? 'label' : 'link or teaser';
}

interface Range {
  start: number;
  end: number;
}

const overlaps = (ranges: readonly Range[], start: number, end: number): boolean => ranges.some((r) => start < r.end && r.start < end);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The first occurrence of `needle` in `hay` at word boundaries from `from`, outside `taken`; -1 when none. */
function findFree(hay: string, needle: string, taken: readonly Range[], from = 0): number {
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const bounded = !(isWordChar(needle[0]) && isWordChar(hay[at - 1])) && !(isWordChar(needle[needle.length - 1]) && isWordChar(hay[end]));
    if (bounded && !overlaps(taken, at, end)) return at;
  }
  return -1;
}

/** The sentences of a labelled paragraph or line, each as a comparison key (segmented before lower-casing). */
const sentencesOf = (paragraph: string): string[] => {
  const text = plain(paragraph.normalize('NFC'));
  return segmentParagraph(text)
    .map(({ start, end }) => key(text.slice(start, end)))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
};

/**
 * Which labelled body sentences are kept and which labelled clutter sentences
 * are left in `paragraphs`. Body sentences are found first, in order; a
 * clutter sentence counts as left only where its text lies outside every
 * body sentence found (a headline echoed by the lede is not clutter left in).
 */
export function scoreText(
  labels: Pick<SetArticle['labels'], 'body' | 'clutter' | 'headline'>,
  paragraphs: readonly string[],
  removed: CleanArticle['removed'] = [],
): Pick<ArticleExtraction, 'bodySentences' | 'bodyLost' | 'clutterSentences' | 'clutterLeft'> {
  const out = paragraphs.map(key).join(' ');
  const taken: Range[] = [];
  const bodyLost: SentenceOutcome[] = [];
  let bodySentences = 0;
  let cursor = 0;
  for (const sentence of labels.body.flatMap(sentencesOf)) {
    bodySentences++;
    let at = findFree(out, sentence, taken, cursor);
    if (at < 0) at = findFree(out, sentence, taken);
    if (at < 0) {
      const rule = removed.find((r) => key(r.text).includes(sentence))?.rule;
      bodyLost.push({ text: sentence, ...(rule === undefined ? {} : { rule }) });
      continue;
    }
    taken.push({ start: at, end: at + sentence.length });
    cursor = at + sentence.length;
  }
  const clutterLeft: SentenceOutcome[] = [];
  let clutterSentences = 0;
  for (const line of labels.clutter) {
    for (const sentence of sentencesOf(line)) {
      clutterSentences++;
      const at = findFree(out, sentence, taken);
      if (at < 0) continue;
      taken.push({ start: at, end: at + sentence.length });
      clutterLeft.push({ text: sentence, shape: clutterShape(line, labels.headline) });
    }
  }
  return { bodySentences, bodyLost, clutterSentences, clutterLeft };
}

/** Scores one cleaned article (or the problem that stopped its seed) against its labels. */
export function scoreArticle(article: SetArticle, cleaned: CleanArticle | { problem: string }): ArticleExtraction {
  const { labels } = article;
  const base = { id: article.id, file: labels.file, outlet: labels.outlet, layout: labels.layout };
  if ('problem' in cleaned) {
    const text = scoreText(labels, []);
    const none = (expected: string | null) => field(expected, null, () => false);
    return {
      ...base,
      problem: cleaned.problem,
      headline: { ...none(labels.headline), derived: false },
      publisher: none(labels.publisher),
      agency: none(labels.agency),
      published: none(labels.published),
      ...text,
      bodyLost: text.bodyLost.map((s) => ({ ...s, rule: 'seed skipped' })),
    };
  }
  const headline =
    labels.headline === null
      ? { expected: null, got: cleaned.title, right: cleaned.titleDerived, miss: cleaned.titleDerived ? null : ('found where the page has none' as const) }
      : field(labels.headline, cleaned.titleDerived ? null : cleaned.title, sameHeadline);
  return {
    ...base,
    problem: null,
    headline: { ...headline, derived: cleaned.titleDerived },
    publisher: field(labels.publisher, cleaned.publisher, samePublisher),
    agency: field(labels.agency, cleaned.agency, sameAgency),
    published: field(labels.published, cleaned.published, (a, b) => a === b),
    ...scoreText(labels, cleaned.paragraphs, cleaned.removed),
  };
}

export interface FieldTotal {
  right: number;
  total: number;
  accuracy: number | null;
}

export interface SetExtraction {
  name: string;
  role: LabelledSet['role'];
  articles: ArticleExtraction[];
  outlets: number;
  headline: FieldTotal;
  publisher: FieldTotal;
  agency: FieldTotal;
  published: FieldTotal;
  clutter: { sentences: number; removed: number; left: number; precision: number | null; recall: number | null };
  body: { sentences: number; lost: number };
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function total(articles: readonly ArticleExtraction[], pick: (a: ArticleExtraction) => FieldOutcome): FieldTotal {
  const right = articles.filter((a) => pick(a).right).length;
  return { right, total: articles.length, accuracy: ratio(right, articles.length) };
}

/** Precision: removed clutter sentences / all removed labelled sentences (lost body ones included); recall: removed / all clutter. */
export function summarizeSet(name: string, role: LabelledSet['role'], articles: readonly ArticleExtraction[]): SetExtraction {
  const sum = (f: (a: ArticleExtraction) => number) => articles.reduce((n, a) => n + f(a), 0);
  const clutterSentences = sum((a) => a.clutterSentences);
  const left = sum((a) => a.clutterLeft.length);
  const lost = sum((a) => a.bodyLost.length);
  const removed = clutterSentences - left;
  return {
    name,
    role,
    articles: [...articles],
    outlets: new Set(articles.map((a) => a.outlet)).size,
    headline: total(articles, (a) => a.headline),
    publisher: total(articles, (a) => a.publisher),
    agency: total(articles, (a) => a.agency),
    published: total(articles, (a) => a.published),
    clutter: { sentences: clutterSentences, removed, left, precision: ratio(removed, removed + lost), recall: ratio(removed, clutterSentences) },
    body: { sentences: sum((a) => a.bodySentences), lost },
  };
}

/** Cleans every seed of the set as a build of the set would, and scores each against its labels. */
export function evaluateSet(set: LabelledSet): SetExtraction {
  const cleaned = new Map(cleanCorpus(set.seeds).map((outcome) => [outcome.seed, outcome]));
  const unreadable = new Map(set.unreadable.map((p) => [p.file, p.reason]));
  const articles = set.articles.map((article) => {
    const outcome = cleaned.get(article.labels.file);
    if (outcome === undefined) return scoreArticle(article, { problem: unreadable.get(article.labels.file) ?? 'not read' });
    return scoreArticle(article, 'problem' in outcome ? { problem: outcome.problem.reason } : outcome.article);
  });
  return summarizeSet(set.name, set.role, articles);
}
