/**
 * Part-of-speech and named-entity tags from compromise, in one pass per
 * sentence that both the speaker analysis (`speakers.ts`) and the claim
 * features for matching (`claim-features.ts`) use.
 *
 * `compromise/two` is compromise's tagger without its phrase chunker and
 * views (`compromise/three`), which nothing here uses: the same tags, about
 * a third faster.
 */
import nlp from 'compromise/two';

/** A term as compromise's `json()` gives it, after `compute('root')`. */
export interface TaggedTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string | null;
  tags: string[];
  offset?: { start: number; length: number };
}

/**
 * compromise's terms of `text`, by compromise sentence, with their lemmas
 * (`root`) and offsets. One tagging pass serves both the speaker analysis
 * and the claim features.
 */
export function tagText(text: string): TaggedTerm[][] {
  const doc = nlp(text);
  doc.compute('root');
  return (doc.json({ offset: true }) as Array<{ terms: TaggedTerm[] }>).map(({ terms }) => terms);
}


/** Tags of compromise's lexicon that make a word an ordinary word of English, not a name. */
const COMMON_TAGS = new Set([
  'Noun', 'Singular', 'Plural', 'Uncountable', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle',
  'Adjective', 'Comparative', 'Superlative', 'Modal', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Copula', 'Auxiliary', 'Negative', 'QuestionWord',
]);
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;

/**
 * Whether compromise's lexicon knows `word` as an ordinary word ("rain",
 * "storm", "king"), not as a name ("Putin", "Mark") or a place. Words it
 * does not know (most foreign names) are not common.
 */
export function isCommonWord(word: string): boolean {
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return false;
  return (Array.isArray(entry) ? entry : [entry]).every((tag) => COMMON_TAGS.has(tag));
}
