/**
 * Reporting cues of the speaker analysis (speakers.ts): where a sentence
 * says someone said something (`REPORTING_CUES` in speaker-lexicon.ts), with
 * the complement some cues need ("maintains that …", "put the toll at 19",
 * "called the vote “a farce”").
 */
import { REPORTING_CUES, type ReportingCue } from './speaker-lexicon.ts';
import { breakBetween, isCapitalized, isTimeToken, SET, type Token } from './speaker-tokens.ts';

// ---------------------------------------------------------------------------
// Reporting cues

export interface CueMatch {
  cue: ReportingCue;
  /** Token range `[first, last]` of the cue. */
  first: number;
  last: number;
  /** Offsets into the analysed text. */
  start: number;
  end: number;
}

export const CUE_FORMS: { cue: ReportingCue; words: string[] }[] = REPORTING_CUES.flatMap((cue) =>
  cue.forms.map((form) => ({ cue, words: form.split(' ') })),
);

/** CUE_FORMS by their first word, in CUE_FORMS order. */
export const CUE_FORMS_BY_FIRST_WORD = new Map<string, typeof CUE_FORMS>();
for (const form of CUE_FORMS) {
  const first = form.words[0] ?? '';
  CUE_FORMS_BY_FIRST_WORD.set(first, [...(CUE_FORMS_BY_FIRST_WORD.get(first) ?? []), form]);
}

export function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.tags.has('Adverb') ?? false) && !breakBetween(tokens[j], tokens[j + 1])) j--;
  const t = tokens[j];
  return t && !breakBetween(t, tokens[j + 1]) ? t : undefined;
}

/** Time and filler words allowed between a cue and its "that" ("stated on Monday that"). */
export const BEFORE_THAT = new Set(['on', 'in', 'at', 'last', 'this', 'again', 'also', 'repeatedly', 'publicly', 'firmly', 'earlier', 'later', 'today', 'yesterday']);

/** Does the cue ending at token `last` have the complement its meaning needs? */
export function hasComplement(tokens: readonly Token[], last: number, kind: 'clause' | 'at-number' | 'quoted-object'): boolean {
  const cueTok = tokens[last];
  if (kind === 'quoted-object') {
    // "called the allegations “the excuses of sore losers”": an object, then the words it was called, in quotes.
    for (let j = last + 1; j < Math.min(tokens.length, last + 8); j++) {
      const t = tokens[j];
      if (!t || (j > last + 1 && breakBetween(tokens[j - 1], t) && !t.quoted)) return false;
      if (t.quoted) return j > last + 1;
    }
    return false;
  }
  if (kind === 'at-number') {
    // "put the death toll at 19", "puts the number of displaced people at more than 11,000"
    for (let j = last + 1; j < Math.min(tokens.length - 1, last + 12); j++) {
      const t = tokens[j];
      if (!t || breakBetween(tokens[j - 1], t)) return false;
      if (t.norm === 'at') {
        const after = tokens.slice(j + 1, j + 5);
        return after.some((u) => /^\d/u.test(u.text) || u.tags.has('Value'));
      }
    }
    return false;
  }
  const next = tokens[last + 1];
  // End of the sentence or of a clause after a quote: "…,” the ministry stated."
  if (!next || /[:“"«]/u.test((cueTok?.post ?? '') + next.pre)) return true;
  if (breakBetween(cueTok, next) && /,/u.test(cueTok?.post ?? '') && tokens[last - 1] !== undefined) return tokens.slice(0, last).some((t) => t.quoted);
  for (let j = last + 1; j < Math.min(tokens.length, last + 6); j++) {
    const t = tokens[j];
    if (!t) return false;
    if (t.norm === 'that') return true;
    if (t.quoted) return true;
    if (!BEFORE_THAT.has(t.norm) && !isTimeToken(t)) return false;
  }
  return false;
}

/** Reporting cues outside quotation marks, used as verbs, in text order. */
export function findReportingCues(tokens: readonly Token[]): CueMatch[] {
  const matches: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.quoted) continue;
    for (const { cue, words } of CUE_FORMS_BY_FIRST_WORD.get(t.norm) ?? []) {
      if (i + words.length > tokens.length || !words.every((word, k) => tokens[i + k]?.norm === word)) continue;
      const multi = words.length > 1;
      if (!multi && (isCapitalized(t) || !t.tags.has('Verb'))) continue;
      // "made phone calls on Friday": a multi-word cue that starts with a verb needs it to be one.
      if (multi && cue.speaker !== 'after' && !t.tags.has('Verb')) continue;
      const immediate = tokens[i - 1];
      if (immediate && !breakBetween(immediate, t) && SET.nonVerb.has(immediate.norm)) continue;
      const prev = previousWord(tokens, i);
      if (!multi && prev && SET.passive.has(prev.norm)) continue;
      const next = tokens[i + words.length];
      if (next?.norm === 'by' && !breakBetween(tokens[i + words.length - 1], next)) continue;
      const last = i + words.length - 1;
      // "declared martial law", "declared the regions its territory": an act, not a report of speech.
      if (cue.id === 'declare' && next && next.norm !== 'that' && !next.quoted && !breakBetween(tokens[last], next)) continue;
      if (cue.complement && !hasComplement(tokens, last, cue.complement)) continue;
      matches.push({ cue, first: i, last, start: t.start, end: tokens[last]?.end ?? t.end });
      i = last;
      break;
    }
  }
  return matches;
}
