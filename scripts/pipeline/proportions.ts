/**
 * Evidence stage: the proportions a claim states, as intervals, and what
 * they measure, so that two claims giving incompatible figures for the same
 * measure are seen to contradict each other although they share no
 * predicate: "turnout was 74.2 per cent" / "fewer than half of registered
 * voters cast a ballot" / "the mission's count put turnout at 48 per cent".
 *
 * A proportion is a percentage ("48 per cent", "74.2%") or a fraction in
 * words ("half", "three-quarters", "three in four", "one in five"), with its
 * qualifier read as an interval: "under 50%" is [0, 0.5], "almost three in
 * four" is [0.69, 0.75], "about a third" is [0.29, 0.37], a bare "48%" is
 * [0.475, 0.485] (the rounding of its last digit).
 *
 * What it measures is the nouns around it (within a few words, in its
 * clause), lemmatized: "turnout", "voter", "village". Counting voters who
 * took part, cast a ballot or turned out is measuring turnout.
 *
 * A figure the claim itself sets aside ("under 50%, not the three-quarters
 * claimed by the commission") is not one it states.
 *
 * Bounds: only the first 2,000 characters are read, and only a text with a
 * proportion is tagged (`claimFeatures` passes its own tagging, so none is
 * repeated).
 */
import { deniedContent } from './denied-content.ts';
import { tagText, type TaggedTerm } from './tag-text.ts';

export interface Proportion {
  low: number;
  high: number;
  /** Lemmas of the common nouns around it: what it is a proportion of. */
  of: string[];
  /** Names around it (lowercased): whose ("Bortnik won 61.8%"). */
  names: string[];
  /** Places its clause puts it in (lowercased): "in Kordovets", "at Station 114". */
  scope: string[];
}

const MAX_TEXT = 2000;
/** Words on each side of the figure that can say what it measures. */
const WINDOW = 5;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};

const QUALIFIER = String.raw`(?:(just|slightly|well)\s+)?(under|below|less than|fewer than|over|above|more than|almost|nearly|about|around|roughly|approximately|some|at least|at most|up to)\s+`;
const PERCENT = String.raw`(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|per\s?cent\b|percent\b)`;
const IN_N = String.raw`\b(one|a|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b`;
const FRACTION = String.raw`\b(?:(one|a|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)\b`;
const FIGURE = new RegExp(String.raw`(?:\b${QUALIFIER})?(?:${PERCENT}|${IN_N}|${FRACTION})`, 'giu');
const QUICK = /%|per\s?cent|percent|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|\b(?:in|out of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)/iu;

const number = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** The value of a matched figure, and how far rounding may have moved it. */
function valueOf(m: RegExpExecArray): { value: number; slack: number } | null {
  const [, , , percent, inA, inB, fracN, fracWord] = m;
  if (percent !== undefined) {
    const digits = percent.replace(',', '.');
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    return { value: Number(digits) / 100, slack: 0.5 / 10 ** decimals / 100 };
  }
  if (inA !== undefined && inB !== undefined) {
    const a = number(inA);
    const b = number(inB);
    return b > 0 && a <= b ? { value: a / b, slack: 0.005 } : null;
  }
  if (fracWord !== undefined) {
    const word = fracWord.toLowerCase();
    // "a half", "two thirds"; "half" alone; a plural needs its count ("quarters of" alone is no figure).
    // "half"; "two thirds", "three-quarters"; "a third of", never an ordinal ("the third gate", "a third round").
    const count = fracN?.toLowerCase();
    const ofAfter = /^\s+of\b/iu.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (word !== 'half' && (count === undefined || ((count === 'a' || count === 'one') && !ofAfter))) return null;
    const n = fracN === undefined ? 1 : number(fracN);
    return { value: n * FRACTION_WORDS[word]!, slack: 0.005 };
  }
  return null;
}

function interval(qualifier: string | undefined, degree: string | undefined, value: number, slack: number): [number, number] {
  switch (qualifier?.toLowerCase().replace(/\s+/gu, ' ')) {
    case 'under': case 'below': case 'less than': case 'fewer than': case 'at most': case 'up to':
      return degree?.toLowerCase() === 'just' || degree?.toLowerCase() === 'slightly' ? [value - 0.05, value] : [0, value];
    case 'over': case 'above': case 'more than': case 'at least':
      return degree?.toLowerCase() === 'just' || degree?.toLowerCase() === 'slightly' ? [value, value + 0.05] : [value, 1];
    case 'almost': case 'nearly':
      return [value - 0.06, value];
    case 'about': case 'around': case 'roughly': case 'approximately': case 'some':
      return [value - 0.04, value + 0.04];
    default:
      return [value - slack, value + slack];
  }
}

/** Voters who took part, cast a ballot, turned out or voted: that share is turnout. */
/** Verbs of getting or holding a share: the figure after them is their subject's. */
const OBTAIN = /^(?:won|wins|win|took|takes|got|gets|received|receives|secured|secures|polled|polls|captured|garnered|gained|has|had|holds|held|owns|owned|controls|controlled)$/u;
const VOTER = 'voter';
const TURNOUT_KEY = 'turnout';
const TURNOUT = /\b(?:took part|turned out|cast (?:a |their )?(?:ballots?|votes?)|voted)\b/iu;

/** The proportions `text` states (not those it sets aside), with what each measures. */
export function proportionsOf(text: string, tagged?: readonly (readonly TaggedTerm[])[]): Proportion[] {
  const head = text.slice(0, MAX_TEXT);
  if (!QUICK.test(head)) return [];
  const nouns: Array<{ start: number; lemma: string; name: boolean }> = [];
  const verbs: number[] = [];
  for (const sentence of tagged ?? tagText(head)) {
    sentence.forEach((t, i) => {
      if (t.tags.includes('Verb') && t.offset) verbs.push(t.offset.start);
      if (!t.tags.includes('Noun') || t.tags.includes('Pronoun') || t.tags.includes('Value') || t.tags.includes('Date') || !t.offset) return;
      const name = t.tags.includes('ProperNoun') || (i > 0 && /^\p{Lu}/u.test(t.text));
      const lemma = (name ? t.normal || t.text.toLowerCase() : t.root || t.normal).toLowerCase().replace(/['’]s$/u, '');
      if (/^\p{L}{3,}$/u.test(lemma) && !/^(?:per|cent|percent|half|third|quarter|fifth|tenth)/u.test(lemma)) nouns.push({ start: t.offset.start, lemma, name });
    });
  }
  // What the claim says is not so ("contradicting the commission's assertion that almost three in four voters took part").
  const asideSpans = deniedContent(head).flatMap(({ text }) => {
    const at = head.replace(/[’‘]/gu, "'").indexOf(text);
    return at < 0 ? [] : [[at, at + text.length] as const];
  });
  const words = [...head.matchAll(/\S+/gu)].map((m) => m.index);
  /** The index of the word at `offset` (binary search over the word starts). */
  const wordAt = (offset: number): number => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (words[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return words[lo]! <= offset ? lo : -1;
  };
  // Each noun's and verb's word, once.
  const nounWords = nouns.map((n) => ({ ...n, word: wordAt(n.start) }));
  const verbWords = new Set(verbs.map(wordAt));
  const out: Proportion[] = [];
  for (const m of head.matchAll(FIGURE)) {
    const value = valueOf(m);
    if (!value) continue;
    const at = m.index;
    // Set aside by the claim itself: "not the three-quarters claimed by …", "rather than 70%".
    const before = head.slice(Math.max(0, at - 24), at);
    if (/\b(?:not|rather than|instead of)\s+(?:the\s+|a\s+|an\s+)?$/iu.test(before) || asideSpans.some(([a, b]) => at >= a && at < b)) continue;
    // A change, not a share: "rose 5%", "cut by a third".
    if (/\b(?:by|rose|fell|up|down|increased|decreased|grew|dropped|jumped|climbed|gained|lost|cut|raised|lowered|slid|surged|plunged)\s+$/iu.test(before)) continue;
    const [low, high] = interval(m[2], m[1], value.value, value.slack);
    const first = wordAt(at);
    const last = wordAt(at + m[0].length - 1);
    // The figure's clause: up to a semicolon or a contrast ("…, but …") on either side.
    const clauseStart = Math.max(head.lastIndexOf(';', at), head.slice(0, at).search(/,\s+(?:but|while|whereas|although)\s[^,;]*$/u));
    const nextBreak = head.slice(at).search(/;|,\s+(?:but|while|whereas|although|not)\s/u);
    const clauseEnd = nextBreak < 0 ? head.length : at + nextBreak;
    const nounAt = (w: number) => nounWords.find((n) => n.word === w && n.start >= clauseStart && n.start < clauseEnd);
    const of = new Set<string>();
    // What follows: "half of registered voters", "61.8 percent of the vote", "three in four voters".
    const closed = /^[,.;:!?)]/u.test(head.slice(at + m[0].length));
    for (let w = last + 1, skipped = 0; !closed && w < words.length && skipped <= 2; w++) {
      const n = nounAt(w);
      if (n && !n.name) {
        of.add(n.lemma);
        break;
      }
      const word = head.slice(words[w], words[w + 1] ?? head.length).trim().toLowerCase();
      if (/[.;:!?]$/u.test(word) || (skipped > 0 && /,$/u.test(word))) break;
      if (!/^(?:of|the|a|an|all|its|their|his|her|registered|eligible)$/u.test(word)) skipped++;
    }
    // What comes before, through a linking word: "turnout at 48 per cent", "a turnout of 74.2 percent", "turnout was 48%".
    for (let w = first - 1, links = 0; w >= 0 && links <= 2; w--) {
      const word = head.slice(words[w], words[w + 1]).trim().toLowerCase();
      if (/^(?:of|at|was|is|were|are|stood|reached|hit|put|to|be|been|showed|shows|show)$/u.test(word)) {
        links++;
        continue;
      }
      const n = nounAt(w);
      // Or right before a qualified figure: "turnout under 50 percent".
      if ((links > 0 || m[2] !== undefined) && n && !n.name && !/[,.;:]$/u.test(word)) {
        of.add(n.lemma);
        // The head of "turnout in the Seltava governor election": the noun before the preposition.
        for (let v = w - 1; v >= 0 && v >= w - 5; v--) {
          const before = head.slice(words[v], words[v + 1]).trim().toLowerCase();
          if (/[,.;:]$/u.test(before) || verbWords.has(v)) break;
          if (/^(?:in|of|at|for|across)$/u.test(before)) {
            const headNoun = nounAt(v - 1);
            if (headNoun && !headNoun.name) of.add(headNoun.lemma);
            break;
          }
        }
      }
      break;
    }
    const names = new Set(
      nounWords.filter((n) => n.name && n.start >= clauseStart && n.start < clauseEnd && Math.abs(n.word - first) <= WINDOW).map((n) => n.lemma),
    );
    // A share someone won or holds is theirs ("Bortnik won 61.8 percent of the vote"), whatever the capitals say.
    const verb = first > 0 ? head.slice(words[first - 1], words[first]).trim().toLowerCase() : '';
    if (OBTAIN.test(verb)) {
      for (let w = first - 2; w >= 0 && w >= first - 4; w--) {
        const word = head.slice(words[w], words[w + 1]).trim();
        if (/[,.;:]$/u.test(word) || !/^\p{L}/u.test(word)) break;
        if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase().replace(/['’]s$/u, ''));
      }
    }
    if (of.has(VOTER) && TURNOUT.test(head.slice(Math.max(0, clauseStart), clauseEnd))) of.add(TURNOUT_KEY);
    const sentenceStart = Math.max(0, head.slice(0, at).search(/[.!?]\s+[^.!?]*$/u) + 1);
    const sentenceEnd = at + Math.max(0, head.slice(at).search(/[.!?](?:\s|$)/u));
    const scope = [
      ...new Set(
        nouns
          .filter((n) => n.name && n.start >= sentenceStart && n.start < (sentenceEnd > at ? sentenceEnd : head.length))
          .filter((n) => /\b(?:in|at|across|for|of)\s+(?:the\s+)?$/iu.test(head.slice(Math.max(0, n.start - 12), n.start)))
          .map((n) => n.lemma),
      ),
    ].sort();
    if (of.size > 0) out.push({ low: Math.max(0, low), high: Math.min(1, high), of: [...of].sort(), names: [...names].sort(), scope });
  }
  return out;
}

/**
 * Whether two claims' figures cannot both be true: a proportion of the same
 * thing (a shared noun), of the same named people or places where both name
 * some, in intervals that do not meet.
 */
export function figuresDisagree(a: readonly Proportion[], b: readonly Proportion[]): boolean {
  return a.some((x) => b.some((y) => comparable(x, y) && (x.high < y.low || y.high < x.low)));
}

/**
 * Whether two claims give the same figure for the same measure: a
 * proportion of the same thing, owner and place, in intervals that meet
 * ("fewer than half of voters turned out" / "turnout of under 50%"). What a
 * denial spells out as not so is stated by the claims whose figures agree
 * with it.
 */
export function figuresAgree(a: readonly Proportion[], b: readonly Proportion[]): boolean {
  return a.some((x) => b.some((y) => comparable(x, y) && x.low <= y.high && y.low <= x.high));
}

/** A proportion of the same thing, of the same named people where both name some, in the same places. */
function comparable(x: Proportion, y: Proportion): boolean {
  return (
    x.of.some((n) => y.of.includes(n)) &&
    // Of different named people: "Bortnik won 61.8%" / "Kostrova won 29.4%".
    !(x.names.length > 0 && y.names.length > 0 && !x.names.some((n) => y.names.includes(n))) &&
    // In the same places: not "in Kordovets, turnout was 79 per cent" / "turnout reached 74.2 per cent".
    x.scope.length === y.scope.length &&
    x.scope.every((n) => y.scope.includes(n))
  );
}
