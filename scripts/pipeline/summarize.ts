/**
 * Headline-style labels for claims ("Russian army surrounded Pokrovsk").
 *
 * 1. Pick the reported content:
 *    - a quote: the longest quotation;
 *    - an attribution: the clause after the cue ("Putin claimed [the Russian
 *      army had surrounded …]"), after the object of "told" and a leading
 *      "that"; for a cue taking a noun-phrase object ("denied suggestions…")
 *      the cue's headline verb is put in front ("Denies suggestions…"); when
 *      nothing follows the cue ("…,” he said.") the text before the speaker;
 *      a parenthetical ", he said," is cut out; "according to X" is cut out;
 *    - otherwise the sentence without its introductory phrase ("Meanwhile, ").
 * 2. Cut at the first clause boundary (`CLAUSE_BOUNDARIES`: dashes, ", but",
 *    ", although", ", which"…).
 * 3. Drop time phrases and hedges (`DROPPED_PHRASES`), "had/has/have" before a
 *    participle, titles, "the", "city of"; full names become surnames; a
 *    leading "he/she/it" becomes the speaker.
 * 4. Over `SUMMARY_MAX` characters: cut before the last conjunction that
 *    keeps at least `SUMMARY_MIN_CUT` characters, else at a word boundary, and
 *    drop dangling function words.
 */
import nlp from 'compromise/two';
import { quoteSpans } from './segment.ts';
import { REPORTING_CUES } from './speakers.ts';
import type { ClaimForm } from './types.ts';

export const SUMMARY_MAX = 60;
export const SUMMARY_MIN_CUT = 20;

/** Clause boundaries: the summary keeps what is before the first one (if at least 12 characters precede it). */
export const CLAUSE_BOUNDARIES: readonly RegExp[] = [
  /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs))[.!?]\s+(?=\p{Lu})/u,
  /\s[–—]\s/u,
  /\s-\s/u,
  /;\s/u,
  /\s\(/u,
  /,\s(?:but|although|though|while|whereas|which|who|even|as|in a sign|with|instead|according to|rather than|after|before|because|despite|amid|if|unless|so)\b/u,
  /,\s\p{Ll}+ing\b/u,
  /,?\s+and that\b/u,
  /,\s+and\s+(?:it|its|the|he|she|they|his|her|their|then|that)\b/u,
  /\s+but\s+(?:did|does|do|has|have|had|is|was|would|will|could|said|says)\b/u,
];

/** Time phrases and hedges removed from summaries. */
export const DROPPED_PHRASES: readonly RegExp[] = [
  /\b(?:only\s+)?(?:on|by|since|from|until|last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu,
  /\b(?:on|in|by|since|until)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\b/gu,
  /\b(?:earlier|later|early|late)\s+(?:this|next|last)\s+(?:week|month|year|weekend)\b/gu,
  /\b(?:last|next|this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night)\b/gu,
  /\bin\s+(?:recent|the\s+past|the\s+coming)\s+(?:days|weeks|months|years|week|month|year)\b/gu,
  /\bin\s+(?:the\s+)?future\b/gu,
  /\b(?:today|yesterday|tonight|now|currently)\b/gu,
  /\b(?:reportedly|allegedly|apparently|independently|therefore|still|also|further|meanwhile|repeatedly|broadly|however|publicly|again|already)\b/gu,
];

/** Words a truncated summary must not end with. */
export const DANGLING_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'that',
  'under', 'about', 'against', 'between', 'through', 'during', 'without', 'within', 'across', 'toward', 'towards',
  'via', 'per', 'upon', 'like', 'near', 'alongside', 'amid', 'among', 'never', 'very', 'more', 'most', 'less',
  'which', 'who', 'be', 'is', 'are', 'was', 'were', 'been', 'his', 'her', 'its', 'their', 'our', 'my', 'than',
  'into', 'over', 'would', 'could', 'will', 'can', 'may', 'must', 'should', 'has', 'have', 'had', 'not', 'no',
  'such', 'any', 'all', 'some', 'this', 'these', 'those', 'if', 'once', 'so', 'while', 'when', 'after', 'before',
];

/** Conjunctions a long summary may be cut before. */
export const SOFT_BOUNDARIES: readonly string[] = [
  ' once ', ' if ', ' because ', ' as ', ' after ', ' before ', ' while ', ' when ', ' until ', ' unless ',
  ' since ', ' so that ', ' even ', ' which ', ' rather than ', ' despite ', ' whereas ',
];

/** Framing openers of factual sentences, dropped from summaries ("The comments come after …"). */
export const FRAME_PREFIXES: readonly RegExp[] = [
  /^(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:comments?|remarks?|statements?|move|announcement|news|decision|talks|visit|call)\s+(?:came|come|comes)\s+(?:just\s+)?(?:(?:days|weeks|hours|months)\s+)?(?:after|as|amid|following)\s+/iu,
];

/** Introductory phrases dropped from the start of the content ("After the Geneva negotiations, …"). */
const LEADING_INTRO = /^(?:meanwhile|separately|however|earlier|later|after|before|during|following|amid|in|on|at|since|despite|with|under|over)\b[^,]{0,60},\s+/iu;
/** Conditional openers, dropped only when the summary is too long ("If they don't withdraw, …"). */
const LEADING_CONDITION = /^(?:if|unless|when|while|as|although|though|once)\b[^,]{0,60},\s+/iu;

/** Noun phrases introducing what a cue reports ("reiterated [his demand that] …"). */
const REPORTED_NOUN = /^(?:(?:his|her|its|their|the|a|an)\s+)?(?:\w+\s+)?(?:demand|call|claim|position|insistence|warning|view|belief|assertion|argument|stance|promise|pledge|threat)\s+that\s+/iu;

const TITLE_WORDS = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+(?=\p{Lu})/gu;
const INTRO_WORDS = /^(?:meanwhile|separately|however|speaking|commenting|responding|on|in|at|after|before|during|as|while|when|although|though|earlier|later|last|this|yesterday|today|since|despite|following|amid|with|under|but|and|also|instead|still|now|then|over|overnight|once)\b/iu;

export interface SummaryInput {
  /** The claim sentence. */
  text: string;
  form: ClaimForm;
  /** The reporting cue, offsets into `text`. */
  cue: { id: string; start: number; end: number; headline?: string | undefined } | null;
  /** The speaker phrase, offsets into `text`. */
  mention: { start: number; end: number } | null;
  /** Resolved speaker ("Vladimir Putin", "Turkey"). */
  speaker: string | null;
  /** True when the speaker is a person ("he"/"she" may stand for it), false for an organisation ("it"). */
  personal?: boolean;
  /** Canonical person names of the article (shortened to surnames). */
  people?: readonly string[];
  /** Lowercase words tagged as verbs in the sentence (helps telling "X and rejected Y" from "X and Y"). */
  verbs?: readonly string[];
}

function longestQuote(text: string): string | null {
  let best: string | null = null;
  for (const q of quoteSpans(text)) {
    const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end);
    if (best === null || inner.length > best.length) best = inner;
  }
  return best;
}

function words(s: string): number {
  return s.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

export type ContentSource = 'quote' | 'after-cue' | 'before-cue' | 'parenthetical' | 'sentence';

function dropTimeAndHedges(s: string): string {
  let out = s;
  for (const re of DROPPED_PHRASES) out = out.replace(re, ' ');
  return out.replace(/\s+/gu, ' ').replace(/\s+([,.;:])/gu, '$1').replace(/^[\s,]+/u, '');
}

function stripLeadingThat(s: string): { text: string; stripped: boolean } {
  const m = /^\s*(?:,\s*)?that\s+/iu.exec(s);
  if (m) return { text: s.slice(m[0].length), stripped: true };
  const r = REPORTED_NOUN.exec(s);
  if (r) return { text: s.slice(r[0].length), stripped: true };
  return { text: s, stripped: false };
}

/** The part of the sentence the summary is made from. */
export function reportedContent(input: SummaryInput): { text: string; source: ContentSource } {
  const { text, form, cue, mention } = input;
  if (form === 'quote') {
    const q = longestQuote(text);
    if (q !== null && words(q) >= 2) return { text: q, source: 'quote' };
  }
  if (cue) {
    if (cue.id === 'according-to') {
      const end = mention ? Math.max(mention.end, cue.end) : cue.end;
      const rest = `${text.slice(0, cue.start)} ${text.slice(end)}`.replace(/^[\s,]+|[\s,]+$/gu, '').replace(/,\s*,/gu, ',');
      return { text: rest, source: 'parenthetical' };
    }
    const afterStart = mention && mention.start > cue.end ? mention.end : cue.end;
    let after = text.slice(afterStart);
    if (cue.id === 'tell') {
      const obj = /^\s*(?:[\p{L}’'.-]+\s+){0,4}?(?=that\b)/u.exec(after);
      if (obj) after = after.slice(obj[0].length);
      else after = after.replace(/^\s*(?:reporters|journalists|the\s+press|media)\b/iu, '');
    }
    after = dropTimeAndHedges(after);
    const parenthetical = /^\s*,/u.test(text.slice(afterStart)) || /^\s*,/u.test(after);
    const beforeEnd = mention && mention.start < cue.start ? mention.start : cue.start;
    const before = text.slice(0, beforeEnd).replace(/[\s,“”"«»]+$/u, '');
    if (parenthetical && words(before) >= 2 && words(after) >= 2) {
      return { text: `${before} ${after.replace(/^\s*,\s*/u, '')}`, source: 'parenthetical' };
    }
    const { text: clause, stripped } = stripLeadingThat(after);
    const useClause = stripped && words(clause) >= 3;
    const body = (useClause ? clause : after).replace(/^[\s,:]+/u, '');
    if (words(body) >= (cue.headline ? 2 : 3) && !/^[.!?”"]/u.test(body)) {
      return { text: cue.headline && !useClause ? `${cue.headline} ${body}` : body, source: 'after-cue' };
    }
    if (words(before) >= 2) return { text: before, source: 'before-cue' };
  }
  const intro = INTRO_WORDS.test(text) ? text.indexOf(', ') : -1;
  let rest = intro > 0 && intro < text.length / 2 ? text.slice(intro + 2) : text;
  for (const re of FRAME_PREFIXES) rest = rest.replace(re, '');
  return { text: rest, source: 'sentence' };
}

/**
 * True when a verb follows "and" at character index `i` of `s` (a coordinated
 * clause, not a list). `verbs` are the words tagged as verbs in the whole
 * sentence (more reliable than tagging a fragment); reporting-cue forms
 * ("and rejected claims…") count too.
 */
const CUE_WORDS = new Set(REPORTING_CUES.flatMap((c) => c.forms.filter((f) => !f.includes(' '))));

function verbAfterAnd(s: string, i: number, verbs: ReadonlySet<string>): boolean {
  const word = /^and\s+([\p{L}’'-]+)/iu.exec(s.slice(i))?.[1]?.toLowerCase();
  if (word !== undefined && (verbs.has(word) || CUE_WORDS.has(word))) return true;
  const terms = (nlp(s.slice(i)).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((x) => x.terms);
  const next = terms[1];
  return terms[0]?.text.toLowerCase() === 'and' && next !== undefined && next.tags.includes('Verb');
}

/** Compressions applied, in order, while the summary is too long. */
const COMPRESSIONS: readonly ((s: string) => string)[] = [
  (s) => s.replace(LEADING_CONDITION, ''),
  // Participial phrases with an agent: "the plan drafted by Washington" → "the plan".
  (s) => s.replace(/\s\p{Ll}+ed\s+by\s+\p{Lu}[\p{L}.’']*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’']*)*(?:\s+in\s+\p{Lu}[\p{L}.’']*)?/gu, ''),
  // "showed that the US" → "showed the US".
  (s) => s.replace(/\b(\p{Ll}+(?:ed|s))\s+that\s+/gu, '$1 '),
  (s) => s.replace(/\b(?:their|its|his|her|our)\s+(?=\p{Ll})/gu, ''),
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Cut `s` to at most `max` characters, preferring a conjunction boundary, and drop dangling words. */
export function shorten(s: string, max: number = SUMMARY_MAX, verbs: ReadonlySet<string> = new Set()): string {
  let out = s;
  if (out.length <= max) return out;
  {
    let cut = -1;
    for (const b of SOFT_BOUNDARIES) {
      let i = out.indexOf(b);
      while (i >= 0) {
        if (i >= SUMMARY_MIN_CUT && i <= max && i > cut) cut = i;
        i = out.indexOf(b, i + 1);
      }
    }
    if (cut < 0) {
      let i = out.indexOf(' and ');
      while (i >= 0) {
        if (i >= SUMMARY_MIN_CUT && i <= max && verbAfterAnd(out, i + 1, verbs)) cut = i;
        i = out.indexOf(' and ', i + 1);
      }
    }
    if (cut > 0) out = out.slice(0, cut);
    else {
      const ws = out.split(' ');
      let acc = '';
      for (const w of ws) {
        const next = acc === '' ? w : `${acc} ${w}`;
        if (next.length > max) break;
        acc = next;
      }
      out = acc === '' ? out.slice(0, max) : acc;
    }
  }
  const dangling = new Set(DANGLING_WORDS);
  const ws = out.replace(/[\s,;:–—-]+$/u, '').split(' ');
  const isDangling = (w: string) => dangling.has(w.toLowerCase().replace(/[,;:]$/u, '')) || /\p{L}['’]s$/u.test(w);
  while (ws.length > 1 && isDangling(ws[ws.length - 1] ?? '')) ws.pop();
  return ws.join(' ').replace(/[\s,;:–—-]+$/u, '');
}

/** Short headline-style label of a claim. */
export function summarize(input: SummaryInput): string {
  const verbs = new Set(input.verbs ?? []);
  const content = reportedContent(input);
  let s = content.text.replace(/[“”"«»„]/gu, '');
  // Paired parentheticals: " — a demand Kyiv has ruled out — ", "(…)", ", alongside X,", ", who …,".
  s = s.replace(/\s[–—]\s[^–—]*?\s[–—]\s/gu, ' ');
  s = s.replace(/\s*\([^)]*\)/gu, '');
  s = s.replace(/,\s+(?:alongside|including|like|despite|according to|in|with|among|amid|for example|for instance)\b[^,]{0,40},\s*/gu, ' ');
  s = s.replace(/,\s+(?:who|which)\b[^,]*,\s*(?=\p{Ll})/gu, ' ');
  s = s.replace(LEADING_INTRO, '');
  for (const re of CLAUSE_BOUNDARIES) {
    const m = re.exec(s);
    if (m && m.index >= 12) s = s.slice(0, m.index);
  }
  // A coordinated predicate ("… parts of the plan and rejected claims …") starts a new clause.
  for (let i = s.indexOf(' and '); i >= 0; i = s.indexOf(' and ', i + 1)) {
    if (i >= 12 && verbAfterAnd(s, i + 1, verbs)) {
      s = s.slice(0, i);
      break;
    }
  }
  s = dropTimeAndHedges(s);
  s = s.replace(/\b(?:had|has|have)\s+(?=\p{Ll}+ed\b)/gu, '');
  s = s.replace(TITLE_WORDS, '');
  for (const name of [...(input.people ?? [])].sort((a, b) => b.length - a.length)) {
    const parts = name.split(' ');
    const surname = /^(?:Jr|Sr|II|III|IV)$/u.test(parts[parts.length - 1] ?? '') ? parts.slice(-2).join(' ') : parts[parts.length - 1];
    if (parts.length > 1 && surname) s = s.replace(new RegExp(`\\b${escapeRe(name)}\\b`, 'gu'), surname);
  }
  s = s.replace(/\b(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:city|town|village|port|region|province)\s+of\s+(?=\p{Lu})/gu, '');
  if (input.speaker && content.source === 'after-cue') {
    const personal = input.personal ?? /\s/u.test(input.speaker);
    const short = personal && /^\p{Lu}/u.test(input.speaker) ? (input.speaker.split(' ').filter((w) => !/^(?:Jr|Sr)$/u.test(w)).pop() ?? input.speaker) : input.speaker;
    const pronoun = personal ? /^\s*(?:he|she)\s+(?=\p{Ll})/iu : /^\s*(?:it|they)\s+(?=\p{Ll})/iu;
    s = s.replace(pronoun, `${short} `);
  }
  s = s.replace(/\bthe\s+/gu, '').replace(/^\s*(?:the|a|an)\s+/iu, '');
  s = s.replace(/^\s*(?:that|and|but|so|then)\s+/iu, '');
  s = tidy(s);
  for (const compress of COMPRESSIONS) {
    if (s.length <= SUMMARY_MAX) break;
    s = tidy(compress(s));
  }
  s = shorten(s, SUMMARY_MAX, verbs);
  if (s === '') s = shorten(tidy(input.text.replace(/[“”"«»„]/gu, '')), SUMMARY_MAX, verbs);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function tidy(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?’])/gu, '$1')
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s.,;:!?…]+$/u, '');
}
