/**
 * Evidence stage: the counts a claim states ("six people had died", "a death
 * toll of 19", "1,327 ballots cast"), what each counts, and the counts it
 * sets against its own ("against the six deaths acknowledged by the
 * authority", "well above the authority's toll of six", "not six"), so that
 * a correction is seen to dispute the claims that give the figure it rejects.
 *
 * Counts change over time: a toll of six on Friday and of 19 on Saturday do
 * not contradict each other, the toll rose. So two different counts alone
 * dispute nothing; only a claim that states one count AND sets another
 * against it ("19, against the six acknowledged") disputes the claims that
 * state the other. "Up from six" is a change, not a correction, and sets
 * nothing aside.
 *
 * What a count counts is its event: the verb after the counted noun ("people
 * had died", "families were evacuated"), or the noun itself where it names
 * one ("six deaths", "the death toll"), folded so that died, dead, killed,
 * deaths, a toll and lost lives are one event. A count of no event ("nine
 * hours", "Station 114", "Hana Vilko, 54") is not recorded.
 *
 * Bounds: only the first 2,000 characters are read, and only a text with a
 * cardinal number is looked at (the tagging is `claimFeatures`' own).
 */
import { tagText, type TaggedTerm } from './tag-text.ts';

export interface Count {
  low: number;
  high: number;
  /** What is counted happening: 'death', 'injury', 'evacuate', 'cast' … */
  event: string;
  /** The counted noun's lemma, people folded to 'person', or null ("six dead"). */
  noun: string | null;
  /** Set against the claim's own figure ("against the six acknowledged"): a figure the claim disputes. */
  aside: boolean;
  /**
   * The claim says this is the whole count: "only two workers", "no one else
   * was hurt", "the real figure is nine", and every zero ("no civilians were
   * killed"). A different count of the same event then disputes it.
   */
  exclusive: boolean;
}

const MAX_TEXT = 2000;
/** The top of an open interval ("at least 19"): a finite number, so that a cached analysis reads back the same from JSON. */
export const UNBOUNDED = Number.MAX_SAFE_INTEGER;
const QUICK = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/iu;

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1e6 };

/** One event under its many words: died, dead, killed, deaths, a toll, fatalities. */
const FOLD: Readonly<Record<string, string>> = {
  die: 'death', died: 'death', dies: 'death', dead: 'death', death: 'death', kill: 'death', killed: 'death', toll: 'death', fatality: 'death', perish: 'death',
  injure: 'injury', injured: 'injury', injury: 'injury', wound: 'injury', wounded: 'injury', hurt: 'injury', harm: 'injury',
  harmed: 'injury', treat: 'injury', treated: 'injury', hospitalise: 'injury', hospitalize: 'injury', hospitalised: 'injury',
  hospitalized: 'injury', casualty: 'casualty',
  evacuate: 'evacuate', evacuated: 'evacuate', evacuee: 'evacuate', evacuation: 'evacuate', flee: 'evacuate', fled: 'evacuate',
  displace: 'evacuate', displaced: 'evacuate', rescue: 'rescue', rescued: 'rescue',
  arrest: 'arrest', arrested: 'arrest', detain: 'arrest', detained: 'arrest', missing: 'missing',
};
/** Nouns that name an event themselves ("six deaths", "the toll"). */
const EVENT_NOUNS = new Set(['death', 'toll', 'fatality', 'injury', 'casualty', 'evacuee', 'evacuation', 'arrest']);
/** Nouns for people: "six people", "six residents" and "six villagers" count the same people. */
const PEOPLE = new Set([
  'person', 'people', 'resident', 'villager', 'civilian', 'man', 'woman', 'child', 'adult', 'victim', 'worker', 'inhabitant',
  'member', 'employee', 'colleague', 'passenger', 'patient', 'individual',
]);
/** Nouns for a figure of something the sentence counts elsewhere: "the administration's figure of 43". */
const FIGURE_NOUNS = new Set(['figure', 'number', 'count', 'tally', 'estimate', 'total']);
/** Verbs that say who reports a count, not what happened. */
const REPORTING = new Set(['say', 'acknowledge', 'report', 'claim', 'confirm', 'tell', 'state', 'announce', 'record', 'put', 'give', 'list', 'admit', 'cite']);
const AUXILIARY = /^(?:had|has|have|is|are|was|were|be|been|being|still|also|reportedly|later|then|all|who|that|which)$/u;

const QUALIFIERS: ReadonlyArray<[RegExp, (v: number) => [number, number]]> = [
  [/\bno (?:fewer|less) than\s*$/iu, (v) => [v, UNBOUNDED]],
  [/\bno more than\s*$/iu, (v) => [0, v]],
  [/\b(?:at least|more than|over|upwards of)\s*$/iu, (v) => [v, UNBOUNDED]],
  [/\b(?:at most|up to|fewer than|less than|under|no more than)\s*$/iu, (v) => [0, v]],
  [/\b(?:about|around|roughly|approximately|some|nearly|almost|close to)\s*$/iu, (v) => [v * 0.9, v * 1.1]],
];
/**
 * A figure set against the claim's own: "against the six …", "well above the
 * authority's toll of six", "not six", "rather than six", "contrary to the
 * official six". A comparative needs a determiner or an owner after it,
 * which a qualifier ("above 19") has not.
 */
const ASIDE = new RegExp(
  String.raw`(?:\b(?:against|versus|vs\.?|not|rather than|instead of|contrary to|compared (?:with|to))\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’]+\s+){0,3}(?:of\s+)?` +
    String.raw`|\b(?:above|below|higher than|lower than|more than|fewer than|less than|short of|beyond|times|twice|double|triple|half)\s+(?:the|its|their|his|her|[\p{L}]+['’]s)\s+(?:[\p{L}'’]+\s+){0,3}(?:of\s+|at\s+)?)$`,
  'iu',
);
/** "Up from six", "down from 19": a change over time, not a correction. */
const CHANGE = /\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}$/iu;

const lemma = (t: TaggedTerm) => (t.root || t.normal || t.text).toLowerCase();
const isCardinal = (t: TaggedTerm) => t.tags.includes('Cardinal') && !t.tags.includes('Date') && !t.tags.includes('Percent') && !/%/u.test(t.text);

/** The value of a run of cardinal words: "1,327", "twelve hundred", "1.2 thousand", "twenty-one". */
export function valueOfWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/,/gu, '');
    if (/^\d+(?:\.\d+)?$/u.test(w)) {
      current += Number(w);
      any = true;
    } else if (w in SCALES) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else {
      const parts = w.split('-');
      if (!parts.every((p) => p in UNITS)) return null;
      for (const p of parts) current += UNITS[p]!;
      any = true;
    }
  }
  return any ? total + current : null;
}

const eventOf = (word: string): string | null => FOLD[word] ?? null;

/** The counts `text` states or sets aside, with what each counts. */
export function countsOf(text: string, tagged?: readonly (readonly TaggedTerm[])[]): Count[] {
  const head = text.slice(0, MAX_TEXT);
  if (!QUICK.test(head)) return ZERO_QUICK.test(head) ? zeroCounts(head) : [];
  const out: Count[] = [];
  for (const sentence of tagged ?? tagText(head)) {
    for (let i = 0; i < sentence.length; i++) {
      if (!isCardinal(sentence[i]!) || (i > 0 && isCardinal(sentence[i - 1]!))) continue;
      let j = i;
      while (j + 1 < sentence.length && isCardinal(sentence[j + 1]!)) j++;
      const value = valueOfWords(sentence.slice(i, j + 1).map((t) => t.normal || t.text));
      const offset = sentence[i]!.offset;
      if (value === null || !offset) continue;
      const previous = sentence[i - 1];
      // "not one civilian died" is a zero (zeroCounts), not a count of one.
      if (value === 1 && previous && /^(?:not|single)$/iu.test(previous.text)) continue;
      // "Station 114", "No. 203", "Vilko, 54": a number that names or ages something, not a count.
      if (previous) {
        if (/^(?:no\.?|number|nr\.?|#)$/iu.test(previous.text)) continue;
        const punctuated = /[,;:]$/u.test(previous.text + previous.post.trim());
        if (previous.tags.includes('Noun') && !punctuated && !EVENT_NOUNS.has(lemma(previous))) continue;
        if (previous.tags.includes('ProperNoun') && punctuated) continue;
      }
      // What follows: up to two adjectives, then the counted noun; then the event's verb.
      let k = j + 1;
      // "nine of its members": the counted noun after "of" and a determiner.
      if (/^of$/iu.test(sentence[k]?.text ?? '') && /^(?:its|their|our|the|his|her|them)$/iu.test(sentence[k + 1]?.text ?? '')) k += 2;
      while (k < sentence.length && k <= j + 2 && sentence[k]!.tags.includes('Adjective') && !eventOf(lemma(sentence[k]!))) k++;
      let noun: string | null = null;
      let event: string | null = null;
      const next = sentence[k];
      if (next && next.tags.includes('Noun') && !next.tags.includes('ProperNoun') && !next.tags.includes('Pronoun') && !next.tags.includes('Date')) {
        noun = lemma(next);
        event = EVENT_NOUNS.has(noun) ? eventOf(noun) : null;
        k++;
      } else if (next && eventOf(lemma(next))) {
        // "six dead".
        event = eventOf(lemma(next));
      }
      // "the regional administration's figure of 43": a figure of what the sentence has counted before.
      let inherited = false;
      const figureNoun = [sentence[i - 1], sentence[i - 2]].find((u) => u && FIGURE_NOUNS.has(lemma(u)));
      const earlier = out.filter((c) => !c.aside).at(-1);
      if (event === null && noun === null && figureNoun && /^(?:of|at)$/iu.test(previous?.text ?? '') && earlier) {
        event = earlier.event;
        inherited = true;
      }
      // Over a phrase set off by commas: "14 people, including two children, were killed".
      if (next && /,/u.test(sentence[k - 1]?.post ?? '')) {
        const close = sentence.findIndex((u, x) => x >= k && /,/u.test(u.post));
        if (close >= 0 && close - k <= 6) k = close + 1;
      }
      if (event === null) {
        for (let v = k; v < sentence.length && v <= k + 3; v++) {
          const t = sentence[v]!;
          const l = lemma(t);
          if (AUXILIARY.test(t.text.toLowerCase()) && !eventOf(l)) continue;
          const object = lemma(sentence[v + 2] ?? sentence[v + 1] ?? t);
          if (l === 'lose' && /^(?:li(?:fe|ves)|live)$/u.test(object)) event = 'death';
          // Leaving one's home is being displaced: "120 families who left their homes".
          else if (l === 'leave' && /^homes?$/u.test(object)) event = 'evacuate';
          // "were taken to Kessary District Hospital", "needed treatment": hurt.
          else if (sentence.slice(v + 1, v + 5).some((u) => /^(?:hospital|treatment)$/u.test(lemma(u)))) event = 'injury';
          else if (eventOf(l)) event = eventOf(l);
          else if (t.tags.includes('Verb') && !REPORTING.has(l)) event = l;
          break;
        }
      }
      // What comes before: "the death toll at 19", "the authority's toll of six".
      // The count as the event verb's object: "the army evacuated 43 families", "killing 14 civilians".
      if (event === null && previous && previous.tags.includes('Verb')) event = eventOf(lemma(previous));
      if (event === null && (noun === null || PEOPLE.has(noun))) {
        for (let v = i - 1; v >= 0 && v >= i - 3; v--) {
          const l = lemma(sentence[v]!);
          if (EVENT_NOUNS.has(l)) {
            event = eventOf(l);
            break;
          }
          if (!/^(?:at|of|was|is|stood|to|reached|the)$/u.test(l)) break;
        }
      }
      if (event === null) continue;
      const before = head.slice(Math.max(0, offset.start - 60), offset.start).replace(/[’‘]/gu, "'");
      const aside = ASIDE.test(before) && !CHANGE.test(before);
      const qualifier = aside ? undefined : QUALIFIERS.find(([re]) => re.test(before));
      const [low, high] = qualifier ? qualifier[1](value) : [value, value];
      const counted = inherited ? (out.filter((c) => !c.aside).at(-1)?.noun ?? null) : noun !== null && PEOPLE.has(noun) ? 'person' : noun;
      out.push({ low, high, event, noun: counted, aside, exclusive: !aside && (ONLY.test(before) || REAL.test(before)) });
    }
  }
  // "Two workers were treated, and no one else was hurt": the count is the whole count.
  if (ELSE.test(head)) for (const c of out) if (!c.aside) c.exclusive = true;
  return [...out, ...zeroCounts(head)];
}

const ZERO_QUICK = /\b(?:no|not|nobody|none|denied)\b/iu;
const ONLY = /\b(?:only|just|no more than)\s+$/iu;
const REAL = /\b(?:real|true|actual)\s+(?:figure|number|toll|count|total)\s+(?:is|was|stands at|stood at)\s+$/iu;
const ELSE = /\b(?:no one|nobody|no-one)\s+else\b/iu;
const GAP = String.raw`["“”'‘’\s]+`;
const ZERO_EVENT = String.raw`(killed|died|dead|hurt|injured|wounded|harmed|evacuated|hospitali[sz]ed|arrested|detained)`;
/** "No civilians were killed", "not a single civilian was killed", "“not one civilian” died", "nobody was hurt". */
const ZERO = new RegExp(
  String.raw`\b(?:no|not a single|not one|nobody|no one|no-one|none of the|not any|denied that any)${GAP}((?:[\p{L}-]+${GAP}){0,2}?)(?:(?:was|were|had been|has been|have been|got|is|are)\s+)?${ZERO_EVENT}\b`,
  'giu',
);
/** "no civilian casualties", "no deaths". */
const ZERO_NOUN = /\bno\s+(?:[\p{L}-]+\s+)?(deaths|casualties|fatalities|injuries)\b/giu;

/** The zeros a claim states: every one of them is a whole count. */
function zeroCounts(text: string): Count[] {
  const out: Count[] = [];
  for (const m of text.matchAll(ZERO)) {
    const words = (m[1] ?? '').trim().toLowerCase().split(/[\s"“”'‘’]+/u).filter(Boolean);
    // "no one else was hurt" is the rest of a count, not a zero; "no fewer than" is a bound.
    if (words.includes('else') || words.some((w) => /^(?:fewer|less|more|longer)$/u.test(w))) continue;
    const head = words.at(-1);
    const noun = head === undefined ? 'person' : PEOPLE.has(head.replace(/s$/u, '')) || PEOPLE.has(head) ? 'person' : head.replace(/s$/u, '');
    out.push({ low: 0, high: 0, event: eventOf(m[2]!.toLowerCase()) ?? m[2]!.toLowerCase(), noun, aside: false, exclusive: true });
  }
  for (const m of text.matchAll(ZERO_NOUN)) {
    out.push({ low: 0, high: 0, event: eventOf(m[1]!.toLowerCase().replace(/ies$/u, 'y').replace(/s$/u, '')) ?? 'death', noun: null, aside: false, exclusive: true });
  }
  return out;
}

/** Two counts of the same event, of the same kind of thing where both name it. */
function comparable(x: Count, y: Count): boolean {
  const nx = x.noun !== null && !EVENT_NOUNS.has(x.noun) ? x.noun : null;
  const ny = y.noun !== null && !EVENT_NOUNS.has(y.noun) ? y.noun : null;
  return x.event === y.event && (nx === null || ny === null || nx === ny);
}

const meet = (x: Count, y: Count) => x.low <= y.high && y.low <= x.high;

/** The years a claim names, as one key ("2019"; "" for none): counts of different years are of different events. */
export function yearsOf(text: string): string {
  return [...new Set(text.slice(0, MAX_TEXT).match(/\b(?:19|20)\d{2}\b/gu) ?? [])].sort().join(',');
}

function selfConflicting(counts: readonly Count[]): boolean {
  return counts.some((x, i) => !x.aside && counts.some((y, j) => j > i && !y.aside && (x.exclusive || y.exclusive) && comparable(x, y) && !meet(x, y)));
}

/** What of a claim's text bears on its counts, read once per claim. */
export interface CountContext {
  provisional: boolean;
  years: string;
}

export function countContext(text: string): CountContext {
  return { provisional: PROVISIONAL.test(text.slice(0, MAX_TEXT)), years: yearsOf(text) };
}

/** A count the speaker gives as not yet final: "so far", "preliminary". */
const PROVISIONAL = /\b(?:so far|as yet|yet to|initial(?:ly)?|preliminary|provisional|at this stage|for now|still rising|expected to rise)\b/iu;

/**
 * Whether two claims give counts of one event that cannot both be true
 * because one of them says it is the whole count: "no civilians were
 * killed" / "14 people were killed"; "only two workers were hurt" / "nine
 * workers were taken to hospital". Not when either says its count is not
 * final ("so far"), nor when they name different years (another event).
 */
export function countsConflict(a: readonly Count[], b: readonly Count[], textA: string | CountContext = '', textB: string | CountContext = ''): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // A claim that gives both sides' counts reports the dispute and takes neither ("repeated that 'not one civilian'
  // died, a claim contradicted by Borderwatch's count of at least eleven dead").
  if (selfConflicting(a) || selfConflicting(b)) return false;
  const x = typeof textA === 'string' ? countContext(textA) : textA;
  const y = typeof textB === 'string' ? countContext(textB) : textB;
  if (x.provisional || y.provisional) return false;
  // Of another event: "an ammonia leak in 2019 sent 14 people to hospital" is not this fire's count.
  if (x.years !== y.years) return false;
  return a.some((x) => !x.aside && b.some((y) => !y.aside && (x.exclusive || y.exclusive) && comparable(x, y) && !meet(x, y)));
}

/**
 * Whether `corrector` sets a count against its own that `target` states:
 * "UNRCO put the toll at 19, against the six deaths acknowledged by the
 * authority" / "the authority said six people had died".
 */
export function countCorrects(corrector: readonly Count[], target: readonly Count[]): boolean {
  return corrector.some(
    (aside) =>
      aside.aside &&
      corrector.some((own) => !own.aside && comparable(own, aside) && !meet(own, aside)) &&
      target.some((stated) => !stated.aside && comparable(stated, aside) && meet(stated, aside)),
  );
}
