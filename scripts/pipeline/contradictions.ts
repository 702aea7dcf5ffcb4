/**
 * Corpus stage: which claims deny or contradict which, in the same article
 * or across the collection, whatever their dates.
 *
 * A claim COUNTERS another when both are about the same thing and one says
 * the opposite:
 *
 * - polarity: a predicate of the other's main clause is negated in it ("had
 *   surrounded" / "there is no encirclement": `surround`, the synonym table
 *   folding encircle and encirclement into it), a denial's reporting verb
 *   counting as negation ("denied that the troops had left");
 * - opposites (`OPPOSITES`): one asserts what the other's words exclude ("the
 *   town has fallen" / "our troops still hold the town"; "killed" /
 *   "survived");
 * - a denial that points back ("This information was refuted by the General
 *   Staff.") counters the claim just before it in the same article;
 * - figures: proportions of the same measure that cannot both be true
 *   ("turnout was 74.2 per cent" / "fewer than half of voters cast a
 *   ballot", proportions.ts), or counts of one event, one of them given as
 *   the whole count ("no civilians were killed" / "14 people were killed";
 *   "only two workers were hurt" / "nine were taken to hospital",
 *   counts.ts); each claim then disputes the other;
 * - counts: a count the claim sets against its own that the other states
 *   ("a toll of 19, against the six deaths acknowledged" / "six people had
 *   died"): the correction denies it.
 *
 * About the same thing: they share a named place, person or organisation,
 * counting the names in the sentences around each claim (a denial often
 * leaves out what it denies: "There is no encirclement," the commander
 * said, after a paragraph about Pokrovsk), and their words are alike
 * (similarity at least `TOPIC_THRESHOLD`) or the denial is in the same
 * article, at most `NEARBY` claims after.
 *
 * Only a main clause counts: "the plan was cut to 19 points, but the new
 * version has not been released" denies nothing (the contrast clause's
 * polarity is not recorded, claim-features.ts).
 */
import { claimFeatures, stem, type ClaimFeatures } from './claim-features.ts';
import { deniedContent, STATEMENT_NOUN, type DeniedFrame } from './denied-content.ts';
import { buildSimilarityModel, corpusClaims } from './match-across-sources.ts';
import { countContext, countCorrects, countsConflict, type CountContext } from './counts.ts';
import { deniedExistence } from './existence.ts';
import { figuresAgree, figuresDisagree } from './proportions.ts';
import type { AnalyzedArticle } from './types.ts';

/** A denier and the claim it counters, by corpus index, with the rule that linked them. */
export interface Contradiction {
  denier: number;
  target: number;
  rule: 'polarity' | 'opposite' | 'points-back' | 'figures' | 'counts' | 'existence' | `opposite:${string}` | `denied-content:${DeniedFrame}`;
}

/** Least similarity for two claims of different articles to be about the same thing. */
export const TOPIC_THRESHOLD = 0.12;
/** Least similarity between what a denial spells out as not so and a claim, for the claim to be what it denies. */
export const DENIED_MATCH = 0.3;
/** A denial in the same article counters a claim at most this many claims before it. */
export const NEARBY = 3;
/** Most targets one claim is linked to as their denier. */
export const MAX_TARGETS = 24;
/** Kinds that state a fact; a plan counts too. A demand or a position answers a demand, it does not deny a fact. */
const FACT_KINDS = new Set(['factual', 'attributed', 'denial']);

/** Entities shared by more claims than this are too common to tie two claims to one topic. */
const COMMON_ENTITY = 400;

/** Opposite predicates for one event: `assert` is countered by `counter`. */
export interface Opposite {
  id: string;
  assert: RegExp;
  counter: RegExp;
}

export const OPPOSITES: readonly Opposite[] = [
  {
    id: 'taken-vs-held',
    assert: /\b(?:surround(?:ed|s)?|encircl(?:ed|es|ement)|besieged|captur(?:ed|es)|seized|took control|taken control|fell to|has fallen|have fallen|overran|liberated)\b/iu,
    counter: /\b(?:still (?:hold|holds|holding|held|control|controls|in control|defending|fighting)|(?:fighting|battles?|clashes) (?:is |was |are |were )?(?:still )?(?:raging|ongoing|continu\w*)|pushing back|pushed back|repel(?:led|ling|s)?|remains? (?:in|under) (?:\w+ ){0,2}control|not (?:been )?(?:surrounded|encircled|captured))\b/iu,
  },
  { id: 'killed-vs-survived', assert: /\b(?:killed|dead|died|death of)\b/iu, counter: /\b(?:survived|alive|unharmed|unhurt|no (?:one|casualties|deaths|victims)|nobody (?:was )?(?:hurt|injured|killed))\b/iu },
  { id: 'hurt-vs-unharmed', assert: /\b(?:injur(?:ed|ies)|hurt|wounded|hospitali[sz]ed|poisoned)\b/iu, counter: /\b(?:no (?:one|injuries|casualties)|nobody (?:was )?(?:hurt|injured)|unharmed|unhurt)\b/iu },
  { id: 'intercepted-vs-hit', assert: /\b(?:shot down|intercepted|downed|neutrali[sz]ed)\b/iu, counter: /\b(?:reached (?:its|their) targets?|hit (?:its|their) targets?|evaded)\b/iu },
  { id: 'confirmed-vs-denied', assert: /\b(?:confirm(?:ed|s)?|acknowledged|admitted)\b/iu, counter: /\b(?:den(?:ied|ies|y)|refuted|dismissed)\b/iu },
  { id: 'accepted-vs-rejected', assert: /\b(?:accept(?:ed|s)?|agreed to|approved|signed)\b/iu, counter: /\b(?:reject(?:ed|s)?|refused|turned down|vetoed)\b/iu },
  { id: 'rose-vs-fell', assert: /\b(?:rose|risen|increased|grew|climbed|jumped)\b/iu, counter: /\b(?:fell|fallen|decreased|dropped|shrank|slumped)\b/iu },
  { id: 'contained-vs-spread', assert: /\b(?:contained|under control|no leak|sealed)\b/iu, counter: /\b(?:spread|spreading|leaking|escaped|out of control)\b/iu },
];

/**
 * A correction of someone's figure that points back at it: "Residents put the number far higher", "the real
 * number was far higher", "the real figure is NINE".
 */
const FIGURE_BACK = new RegExp(
  String.raw`\b(?:put|puts|putting|estimated?|estimates)\s+(?:the|that|this|their|its)\s+(?:number|figure|toll|count|total|tally)\s+(?:at\s+)?(?:far|much|considerably|significantly|well)?\s*(?:higher|lower)\b` +
    String.raw`|\b(?:real|true|actual)\s+(?:number|figure|toll|count|total)\s+(?:is|was|stands|stood)\s+(?:at\s+)?(?:(?:far|much|considerably|well)\s+)?(?:higher|lower|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?)\b)`,
  'iu',
);

/** "The real figure is NINE": a number in capitals, which the case-blind pattern above cannot tell from a word. */
const FIGURE_BACK_CAPS = /\b(?:[Rr]eal|[Tt]rue|[Aa]ctual)\s+(?:number|figure|toll|count|total)\s+(?:is|was)\s+\p{Lu}{3,}\b/u;

/** A denial that points back at what came before ("This information was refuted", "The ministry denied the report"). */
const POINTS_BACK = new RegExp(
  String.raw`^(?:(?:this|that|these|those|the|such)\s+(?:\w+\s+){0,2}${STATEMENT_NOUN}\b[^.]{0,60}\b(?:refuted|denied|dismissed|rejected|false|untrue|fake|fabricat\w+)|[^.]{0,80}\b(?:denied|refuted|dismissed|rejected)\s+(?:the|this|that|these|those|such)\s+(?:\w+\s+){0,2}${STATEMENT_NOUN}\b(?!\s+that))`,
  'iu',
);

/** A negator shortly before, in the same phrase: "no toxic substances had escaped" says nothing escaped. */
const NEGATED_BEFORE = /\b(?:no|not|never|nothing|none|nobody|no one|neither|nor|without)\b[^,;:.!?"“”]{0,40}$/iu;

/** Whether `re` matches `text` other than under a negation. */
const globals = new WeakMap<RegExp, RegExp>();
function affirms(re: RegExp, text: string): boolean {
  if (!re.test(text)) return false;
  let global = globals.get(re);
  if (!global) globals.set(re, (global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  for (const m of text.matchAll(global)) if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

function sideOf(op: Opposite, text: string): number {
  return (affirms(op.assert, text) ? 1 : 0) - (affirms(op.counter, text) ? 1 : 0);
}

/** Whether `t` affirms what `x` names: a name in its text, or a noun it does not negate. */
function mentions(t: Prepared, x: string): boolean {
  if (x.includes(' ') || !/^[\p{Ll}\p{N}'’-]+$/u.test(x)) return new RegExp(String.raw`\b${x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\b`, 'u').test(t.lower);
  return t.polarity.get(stem(x)) === 1;
}

/** A conditional asserts nothing ("If the data shows what the company says, they have nothing to fear"). */
const CONDITIONAL = /^[\s"“'‘(]*(?:if|unless|whether)\b/iu;

/**
 * Whether two claims use a predicate of different things: each names what
 * the predicate is said of, and they share none of it ("no civil protection
 * officers had reached its residents" / "rescue teams reached Dravitsa by
 * boat"). A claim that names nothing around it ("There is no encirclement")
 * is not apart from anything.
 */
function saidOfOtherThings(d: Prepared, t: Prepared, term: string): boolean {
  const a = d.arguments.get(term);
  const b = t.arguments.get(term);
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

interface Prepared {
  /** A statement of fact (not a demand, a position, a forecast or a judgement): only these can deny or be denied. */
  factual: boolean;
  features: ClaimFeatures;
  polarity: Map<string, number>;
  predicates: Set<string>;
  entities: Set<string>;
  /** Names the claim's text states something about: its entities, without the speaker's own name. */
  named: Set<string>;
  /** Entities of the claim and of the claims around it in its article. */
  context: Set<string>;
  sides: Int8Array;
  denial: boolean;
  pointsBack: boolean;
  /** A correction of the figure just before, with no number of its own to compare: "Residents put the number far higher." */
  figureBack: boolean;
  /** Per predicate term, the terms around it (claim-features.ts). */
  arguments: Map<string, Set<string>>;
  conditional: boolean;
  /** Read once: whether its counts are provisional, and the years it names (counts.ts). */
  counts: CountContext | null;
  /** What it says does not exist: names, or a head noun (existence.ts). */
  nonexistent: string[];
  /** Its text, lowercased, for the names it mentions. */
  lower: string;
  hedged: boolean;
}

/**
 * Whether claim `t` states `content` rather than merely naming the same
 * places and people: it shares a word of it that is not a name, and negates
 * none of the words the content affirms (then it denies it too: "the rain
 * did not break the dam" does not state "the rain broke the dam").
 */
function states(content: ClaimFeatures, t: Prepared): boolean {
  const names = new Set(content.entities);
  let shared = 0;
  for (const [term, p] of content.polarity) {
    const q = t.polarity.get(term);
    if (q === undefined) continue;
    if (p === 1 && q === -1) return false;
    if (!names.has(term) && !t.entities.has(term)) shared++;
  }
  return shared > 0;
}

export function findContradictions(articles: readonly AnalyzedArticle[]): Contradiction[] {
  const all = corpusClaims(articles);
  const features = all.map(({ claim, features: f }) => f ?? claimFeatures(claim.text, claim.speaker));
  // What each statement of fact spells out as not so (denied-content.ts), as extra documents of the similarity model.
  const denied: Array<{ claim: number; frame: DeniedFrame; doc: number; features: ClaimFeatures }> = [];
  all.forEach(({ claim }, i) => {
    if (!FACT_KINDS.has(claim.kind)) return;
    for (const { frame, text } of deniedContent(claim.text)) denied.push({ claim: i, frame, doc: all.length + denied.length, features: claimFeatures(text, null) });
  });
  const model = buildSimilarityModel([
    ...all.map(({ claim }, i) => ({ text: claim.text, speaker: claim.speaker, features: features[i] })),
    ...denied.map((x) => ({ text: x.features.text, speaker: null, features: x.features })),
  ]);
  const deniedBy = new Map<number, typeof denied>();
  for (const x of denied) (deniedBy.get(x.claim) ?? deniedBy.set(x.claim, []).get(x.claim)!).push(x);
  // The claims that use each word of a denied content (a denial may name no place or person).
  const deniedTerms = new Set(denied.flatMap((x) => x.features.tf.map(([term]) => term)));
  const byTerm = new Map<string, number[]>();
  if (deniedTerms.size > 0) {
    features.forEach((f, i) => {
      for (const [term] of f.tf) {
        if (!deniedTerms.has(term)) continue;
        const list = byTerm.get(term);
        if (!list) byTerm.set(term, [i]);
        else if (list.length <= COMMON_ENTITY) list.push(i);
      }
    });
  }
  const lowercase = new Set(features.flatMap((f) => f.lowercase));
  const prepared: Prepared[] = all.map(({ claim }, i) => {
    const f = features[i]!;
    const entities = new Set(f.entities);
    for (const term of f.initialCaps) if (!lowercase.has(term)) entities.add(term);
    const speaker = new Set((claim.speaker ?? '').toLowerCase().split(/\s+/u).map(stem));
    const inText = new Set(f.tf.map(([term]) => term));
    return {
      named: new Set([...entities].filter((e) => inText.has(e) && !speaker.has(e))),
      factual: FACT_KINDS.has(claim.kind) || (claim.kind === 'prediction' && claim.plan),
      features: f,
      polarity: new Map(f.polarity),
      predicates: new Set(f.predicates),
      entities,
      context: new Set(entities),
      sides: Int8Array.from(OPPOSITES, (op) => sideOf(op, claim.text)),
      denial: claim.kind === 'denial',
      pointsBack: POINTS_BACK.test(claim.text.replace(/[’‘]/gu, "'")),
      figureBack: FIGURE_BACK.test(claim.text) || FIGURE_BACK_CAPS.test(claim.text),
      arguments: new Map((f.arguments ?? []).map(([term, around]) => [term, new Set(around)])),
      conditional: CONDITIONAL.test(claim.text),
      counts: (f.counts ?? []).length > 0 ? countContext(claim.text) : null,
      nonexistent: deniedExistence(claim.text),
      lower: claim.text.toLowerCase(),
      hedged: claim.hedge !== null && claim.hedge !== undefined,
    };
  });
  // Context: the entities of the two claims before and the one after, in the same article.
  for (let i = 0; i < all.length; i++) {
    for (const j of [i - 2, i - 1, i + 1]) {
      if (j < 0 || j >= all.length || all[j]!.article !== all[i]!.article) continue;
      for (const e of prepared[j]!.entities) prepared[i]!.context.add(e);
    }
  }
  const byEntity = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const e of p.context) {
      const list = byEntity.get(e);
      if (!list) byEntity.set(e, [i]);
      else if (list.length <= COMMON_ENTITY) list.push(i);
    }
  });

  const opposed = (d: Prepared, t: Prepared): Contradiction['rule'] | null => {
    // Figures for the same measure that cannot both be true: "turnout of 74.2 per cent" / "fewer than half of voters cast a ballot".
    if (figuresDisagree(d.features.proportions ?? [], t.features.proportions ?? [])) return 'figures';
    // A count set against the claim's own that the other states: "19, against the six deaths acknowledged by the
    // authority". The correction denies the figure it rejects.
    if (d.counts && t.counts && countCorrects(d.features.counts ?? [], t.features.counts ?? [])) return 'counts';
    // Counts of one event that cannot both be true, one of them the whole count: "no civilians were killed" / "14
    // people were killed"; "only two workers were hurt" / "nine were taken to hospital". Each disputes the other.
    if (d.counts && t.counts && countsConflict(d.features.counts ?? [], t.features.counts ?? [], d.counts, t.counts)) return 'figures';
    // What the denier says does not exist, the other has do something or be somewhere: "there has never been any
    // depot here, no Black Ridge" / "the strike hit a Black Ridge weapons depot".
    if (d.nonexistent.length > 0 && t.nonexistent.length === 0 && !t.hedged && d.nonexistent.some((x) => mentions(t, x))) return 'existence';
    // Polarity: a predicate the denier negates, the other affirms. Two claims
    // that negate the same term agree on what is not so, and two that each
    // negate what the other affirms differ in scope, not in fact ("the rain
    // did not break the dam; a gate did" / "a gate, not the rain, broke the
    // dam").
    let predicate = false;
    let agree = false;
    for (const [term, pd] of d.polarity) {
      if (pd !== -1) continue;
      const pt = t.polarity.get(term);
      if (pt === -1) agree = true;
      if (pt === 1 && (d.predicates.has(term) || t.predicates.has(term)) && !saidOfOtherThings(d, t, term)) predicate = true;
    }
    const crossed = predicate && [...t.polarity].some(([term, pt]) => pt === -1 && d.polarity.get(term) === 1);
    // Both name what they speak of, and no name is shared: about different things ("Bortnik did not win" / "Kostrova won 29 %").
    const apart = d.named.size > 0 && t.named.size > 0 && ![...d.named].some((e) => t.named.has(e));
    if (predicate && !agree && !crossed && !apart) return 'polarity';
    const op = OPPOSITES.findIndex((_, k) => d.sides[k] === -1 && t.sides[k] === 1);
    return op >= 0 ? `opposite:${OPPOSITES[op]!.id}` : null;
  };
  const countering = (p: Prepared) => p.denial || p.sides.some((s) => s === -1) || [...p.polarity].some(([, v]) => v === -1);

  const out: Contradiction[] = [];
  for (let d = 0; d < all.length; d++) {
    const pd = prepared[d]!;
    // A count disputes only as a correction or as a whole count; the plain count it disputes is linked back below.
    const figures = (pd.features.proportions ?? []).length > 0 || (pd.features.counts ?? []).some((c) => c.aside || c.exclusive);
    if (!pd.factual || pd.conditional || (!countering(pd) && !deniedBy.has(d) && !figures && !pd.figureBack)) continue;
    const found = new Map<number, Contradiction['rule']>();
    // The count just before, for a correction that points back at it ("put the number far higher").
    if (pd.figureBack) {
      for (let t = d - 1; t >= 0 && t >= d - NEARBY && all[t]!.article === all[d]!.article; t--) {
        const pt = prepared[t]!;
        if (pt.factual && !pt.denial && (pt.features.counts ?? []).some((c) => !c.aside) && all[t]!.claim.speaker !== all[d]!.claim.speaker) {
          found.set(t, 'counts');
          break;
        }
      }
    }
    // The claim just before, for a denial that points back.
    if (pd.pointsBack) {
      for (let t = d - 1; t >= 0 && t >= d - NEARBY && all[t]!.article === all[d]!.article; t--) {
        if (prepared[t]!.factual && !prepared[t]!.denial && !prepared[t]!.pointsBack) {
          found.set(t, 'points-back');
          break;
        }
      }
    }
    const candidates = new Set<number>();
    for (const e of pd.context) for (const t of byEntity.get(e) ?? []) if (t !== d) candidates.add(t);
    // What it spells out as not so: the claims that state it (and do not deny it themselves).
    for (const x of deniedBy.get(d) ?? []) {
      const own = new Set(x.features.entities);
      const pool = new Set(candidates);
      for (const e of own) for (const t of byEntity.get(e) ?? []) if (t !== d) pool.add(t);
      for (const [term] of x.features.tf) {
        const list = byTerm.get(term) ?? [];
        // A word too common to pick out claims picks none.
        if (list.length <= COMMON_ENTITY) for (const t of list) if (t !== d) pool.add(t);
      }
      for (const t of [...pool].sort((p, q) => p - q)) {
        if (found.has(t) || !prepared[t]!.factual || !states(x.features, prepared[t]!)) continue;
        // In other words, or with the same figure: "dismissed claims that fewer than half of voters had turned out" /
        // "its parallel count showed that fewer than half of registered voters had cast a ballot".
        if (model.similarity(x.doc, t) < DENIED_MATCH && !figuresAgree(x.features.proportions ?? [], prepared[t]!.features.proportions ?? [])) continue;
        if ((deniedBy.get(t) ?? []).some((y) => model.similarity(x.doc, y.doc) >= DENIED_MATCH)) continue;
        found.set(t, `denied-content:${x.frame}`);
        if (found.size >= MAX_TARGETS) break;
      }
    }
    for (const t of [...candidates].sort((x, y) => x - y)) {
      if (found.has(t)) continue;
      const pt = prepared[t]!;
      if (!pt.factual || (pt.denial && !pd.denial)) continue;
      const sameArticle = all[t]!.article === all[d]!.article;
      // Within one article a speaker does not deny what he says himself (two outlets may report him saying opposite things).
      if (sameArticle && all[d]!.claim.speaker !== null && all[d]!.claim.speaker === all[t]!.claim.speaker) continue;
      const rule = opposed(pd, pt);
      if (!rule) continue;
      const near = sameArticle && Math.abs(t - d) <= NEARBY;
      // Figures of one measure are about the same thing once the claims share a name around them (the candidates do).
      if (!near && rule !== 'figures' && rule !== 'counts' && model.similarity(d, t) < TOPIC_THRESHOLD) continue;
      found.set(t, rule);
      if (found.size >= MAX_TARGETS) break;
    }
    for (const [target, rule] of found) out.push({ denier: d, target, rule });
  }
  // Counts that cannot both be true dispute each other: the plain count back to the whole count that disputes it.
  const have = new Set(out.map((c) => `${c.denier}:${c.target}`));
  for (const c of [...out]) {
    if (c.rule !== 'figures' || have.has(`${c.target}:${c.denier}`)) continue;
    const a = prepared[c.denier]!;
    const b = prepared[c.target]!;
    if (!a.counts || !b.counts || !countsConflict(a.features.counts ?? [], b.features.counts ?? [], a.counts, b.counts)) continue;
    out.push({ denier: c.target, target: c.denier, rule: 'figures' });
    have.add(`${c.target}:${c.denier}`);
  }
  return out;
}
