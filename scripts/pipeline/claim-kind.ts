/**
 * What a claim is, apart from how it stands: one of `CLAIM_KINDS`
 * (scripts/status.ts), decided from the claim's structure, not from a word
 * anywhere in the sentence.
 *
 * The unit is the claim's CONTENT: what the speaker is reported to say (the
 * tokens outside the speaker phrase and the reporting verb; for a quote, the
 * quoted words), cut at its first contrast clause (", but …", ", although
 * …"): "Putin said Ukraine must give up territory, but indicated the plan
 * could form the basis …" is a demand, by its main clause.
 *
 * In order, the first that applies:
 *
 * 1. The reporting verb says it (`CUE_KINDS`): "denied" → denial; "urged",
 *    "demanded", "threatened" → demand; "ruled out", "defended" → position;
 *    "predicted" → prediction; "ridiculed" → value judgement. "Rejected" and
 *    "dismissed" deny when their object is a claim ("dismissed the reports"),
 *    and take a position otherwise ("rejected the plan").
 * 2. Denial: the content calls a claim false ("the reports are false",
 *    "this information was refuted"): a claim noun with a falsity word or a
 *    refuting verb in the same clause.
 * 3. Threat: force as the means ("achieve this by force", "until the last
 *    Ukrainian"), or a conditional whose consequence is force.
 * 4. Demand: a deontic modal with its verb ("must withdraw", "should leave",
 *    "have to"), not an epistemic one ("must have been"); "call on … to",
 *    "demand that", "insist on …"; an imperative opening a quote.
 *    "Insisted that its troops were still holding" has no modal: it asserts.
 * 5. Value judgement: an evaluative word as the predicate ("claims were
 *    ridiculous", "called the plan a disgrace", a one-word quote), not as a
 *    modifier inside a phrase ("during sham referenda in 2022" stays a dated
 *    fact); or an insult.
 * 6. Position: a stance predicate ("refused to", "will never allow",
 *    "is ready to", "backs the plan", "rejected calls for …").
 * 7. Prediction or plan: a future modal with its verb ("will travel", "is
 *    expected to arrive", "plans to", "could form"). "They are completely
 *    surrounded" has none. It is a PLAN (checkable) when an announced,
 *    scheduled action is reported ("is expected to arrive on Monday", "will
 *    travel to Russia next week", "said it will publish the figures"), a
 *    forecast otherwise ("the war will end by spring", "could form the
 *    basis").
 * 8. Attributed statement when someone is reported saying it, else a factual
 *    statement in the outlet's own voice.
 *
 * A negative statement is not a denial by itself ("the plan has not been
 * published"); it becomes one when the corpus stage links it to a claim it
 * contradicts (`links.ts`).
 */
import type { ClaimKind } from '../status.ts';
import type { CueMatch, Mention, Token } from './speakers.ts';
import type { ClaimForm } from './types.ts';
import {
  CLAIM_NOUNS,
  CONTRAST,
  COPULAS,
  CUE_KINDS,
  DEONTIC,
  EVALUATION_VERBS,
  EVALUATIVE,
  EXPECTATION,
  FALSITY,
  FORCE_MEANS,
  FUTURE,
  INSULTS,
  INTENTION,
  JUDGING_VERBS,
  POSSIBILITY,
  PREDICATE_FILLERS,
  READINESS,
  REFUSED_ACTIONS,
  SCHEDULED,
  SCHEDULED_ACTIONS,
  STANCE_VERBS,
} from './claim-kind-words.ts';

export interface KindInput {
  form: ClaimForm;
  tokens: readonly Token[];
  /** The reporting cue the speaker came from, if any. */
  cue: CueMatch | null;
  /** The speaker phrase, offsets into the sentence. */
  mention: Mention | null;
  speaker: string | null;
}

export interface KindDecision {
  kind: ClaimKind;
  /** A prediction that reports an announced plan or a scheduled event (checkable). False for every other kind. */
  plan: boolean;
  /** The words the decision rests on, for the rationale ("must withdraw"), or null. */
  evidence: string | null;
  /** Id of the rule that decided, e.g. `cue:deny`, `deontic-modal`, `attributed`. */
  rule: string;
}

// ---------------------------------------------------------------------------

const bare = (t: Token) => t.norm.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}'-]/gu, '');

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && t.tags.has('Verb') && !t.tags.has('Modal');
}

/**
 * After "is due to", "plans to", the word is an infinitive whatever the
 * tagger says ("are due to meet": compromise tags "meet" a noun), unless it
 * opens a noun phrase ("due to the rain", "due to 40 minutes of delay").
 */
function infinitive(t: Token | undefined): boolean {
  if (t === undefined || !/^\p{Ll}/u.test(t.text)) return false;
  return !['Determiner', 'Pronoun', 'Value', 'Possessive', 'Preposition', 'Adjective'].some((tag) => t.tags.has(tag)) && !t.tags.has('Plural');
}

/** The next token that is not an adverb (or "not"), from `i`. */
function nextContent(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && (tokens[j]!.tags.has('Adverb') || tokens[j]!.norm === 'not' || tokens[j]!.tags.has('Negative'))) j++;
  return j;
}

/** The claim's content: what the speaker is reported to say, as tokens of the sentence. */
export function contentTokens(input: KindInput): Token[] {
  const { tokens, cue, mention, form } = input;
  if (form === 'quote') {
    const quoted = tokens.filter((t) => t.quoted);
    if (quoted.length >= 3) return quoted;
  }
  return tokens.filter((t, i) => {
    if (cue && i >= cue.first && i <= cue.last) return false;
    if (mention && t.start >= mention.start && t.end <= mention.end) return false;
    return true;
  });
}

/** The content up to its first contrast clause (", but …"). */
export function mainClause(content: readonly Token[]): Token[] {
  for (let i = 1; i < content.length; i++) {
    const t = content[i]!;
    const before = content[i - 1]!;
    const broken = /[,;–—]/u.test(before.post + t.pre) || before.post.includes(';');
    if (CONTRAST.has(t.norm) && (broken || t.norm === 'but' || t.norm === 'although')) return content.slice(0, i);
    if (before.post.includes(';')) return content.slice(0, i);
  }
  return [...content];
}

const words = (ts: readonly Token[]) => ts.map((t) => t.text).join(' ');

function decision(kind: ClaimKind, rule: string, evidence: readonly Token[] | string | null, plan = false): KindDecision {
  const text = evidence === null ? null : typeof evidence === 'string' ? evidence : words(evidence);
  return { kind, plan, evidence: text, rule };
}

function denialIn(clause: readonly Token[]): Token[] | null {
  const noun = clause.findIndex((t) => CLAIM_NOUNS.has(bare(t)));
  if (noun < 0) return null;
  const falsity = clause.findIndex((t, i) => i !== noun && FALSITY.has(bare(t)));
  if (falsity < 0) return null;
  return [clause[Math.min(noun, falsity)]!, clause[Math.max(noun, falsity)]!];
}

function deonticIn(clause: readonly Token[]): Token[] | null {
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    const n = bare(t);
    // "Should the talks fail, …" is a condition, not a demand.
    if (n === 'should' && i === 0 && /^\p{Lu}/u.test(t.text)) continue;
    if (DEONTIC.has(n)) {
      const j = nextContent(clause, i + 1 + (n === 'ought' && clause[i + 1]?.norm === 'to' ? 1 : 0));
      const verb = clause[j];
      if (!verb || !isVerb(verb)) continue;
      // Epistemic: "must have been", "must be aware".
      if (verb.norm === 'have' && clause[j + 1]?.tags.has('PastTense')) continue;
      if (verb.norm === 'be' && clause[j + 1]?.tags.has('Adjective')) continue;
      return [t, verb];
    }
    if ((n === 'have' || n === 'has' || n === 'had') && clause[i + 1]?.norm === 'to' && isVerb(clause[i + 2]) && clause[i + 2]!.tags.has('Infinitive')) {
      return [t, clause[i + 1]!, clause[i + 2]!];
    }
    if (/^call(?:s|ed|ing)?$/u.test(n) && (clause[i + 1]?.norm === 'on' || clause[i + 1]?.norm === 'for')) return [t, clause[i + 1]!];
    if (/^demand(?:s|ed|ing)?$/u.test(n) && t.tags.has('Verb')) return [t];
    if (/^insist(?:s|ed|ing)?$/u.test(n) && clause[i + 1]?.norm === 'on') return [t, clause[i + 1]!];
    if (n === 'ultimatum') return [t];
  }
  // An imperative opening a quote: "Withdraw your troops."
  const first = clause[0];
  if (first?.quoted && first.tags.has('Imperative')) return [first];
  return null;
}

function judgementIn(clause: readonly Token[], content: readonly Token[]): Token[] | null {
  const insult = content.find((t) => INSULTS.has(bare(t)));
  if (insult) return [insult];
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    if (!EVALUATIVE.has(bare(t))) continue;
    // The predicate: after a copula or a judging verb, over articles and intensifiers.
    let j = i - 1;
    while (j >= 0 && PREDICATE_FILLERS.has(clause[j]!.norm)) j--;
    const head = clause[j];
    if (head && (COPULAS.has(head.norm) || JUDGING_VERBS.has(head.norm) || head.norm === 'as')) return [head, t];
    // "called the election result a farce": a judging verb, its object, then the judgement.
    const judging = clause.slice(Math.max(0, i - 6), i).find((x) => JUDGING_VERBS.has(x.norm));
    if (judging) return [judging, t];
    // A short exclamation: "Nonsense," he said. / "Absurd!"
    if (clause.filter((x) => /\p{L}/u.test(x.text)).length <= 3) return [t];
    // "Not a single sane person would …": the judgement is the subject.
    if (bare(t) === 'sane' && clause.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'no' || x.norm === 'single')) return [t];
  }
  return null;
}

/**
 * "If they do not publish their data this week, we will see them in court":
 * a condition on the other party, and what the speaker will do then.
 */
function ultimatumIn(content: readonly Token[]): Token[] | null {
  const words = content.filter((t) => /\p{L}/u.test(t.text));
  if (words[0]?.norm !== 'if') return null;
  const comma = words.findIndex((t) => /,/u.test(t.post));
  if (comma < 1) return null;
  const then = words.slice(comma + 1, comma + 4);
  const subject = then.findIndex((t) => t.norm === 'we' || t.norm === 'i' || t.norm === "we'll" || t.norm === "i'll");
  if (subject < 0) return null;
  const modal = then.slice(subject).find((t) => FUTURE.has(bare(t)) || /'ll$/u.test(t.norm));
  return modal ? [words[0]!, then[subject]!, modal] : null;
}

function stanceIn(clause: readonly Token[]): Token[] | null {
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    const n = bare(t);
    const next = clause[i + 1];
    // "will attend only if Marovia admits it": the speaker's own action on a condition is a stance.
    if ((FUTURE.has(n) || n === 'would') && t.tags.has('Modal')) {
      const after = clause.slice(i + 1, i + 6).map((x) => x.norm);
      const only = after.indexOf('only');
      if ((only >= 0 && after[only + 1] === 'if') || after.includes('unless')) return [t, ...clause.slice(i + 1, i + 1 + (only >= 0 ? only + 2 : after.indexOf('unless') + 1))];
    }
    if (n === 'ruled' || n === 'rules' || n === 'rule' || n === 'ruling') {
      if (next?.norm === 'out') return [t, next];
    }
    // "a plan supported by Russia" is a participle, not a stance taken.
    if (STANCE_VERBS.has(n) && t.tags.has('Verb') && !t.tags.has('Adjective') && next?.norm !== 'by') return [t];
    if (COPULAS.has(n) && next && READINESS.has(bare(next)) && clause[i + 2]?.norm === 'to') return [t, next];
    if ((FUTURE.has(n) || n === 'would') && t.tags.has('Modal')) {
      // "will never allow", "would not accept", "won't cede".
      const negated = n === "won't" || (next !== undefined && (next.norm === 'never' || next.norm === 'not' || next.tags.has('Negative')));
      const j = nextContent(clause, i + 1);
      const verb = clause[j];
      if (negated && verb && hasBase(REFUSED_ACTIONS, verb)) return [t, ...(next && next !== verb ? [next] : []), verb];
    }
    if (n === 'never' && next && hasBase(REFUSED_ACTIONS, next)) return [t, next];
    if (n === 'count' && next?.norm === 'on' && clause.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'no' || x.norm === 'nobody')) return [t, next];
  }
  return null;
}

interface Future {
  words: Token[];
  verb: Token | null;
  scheduled: boolean;
  possibility: boolean;
}

function futureIn(clause: readonly Token[]): Future | null {
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    const n = bare(t);
    if ((FUTURE.has(n) || n === 'would') && t.tags.has('Modal')) {
      const j = nextContent(clause, i + 1);
      const verb = clause[j];
      // "would be illegal", "would have …" state a condition, not the future; "will be over" is a forecast.
      const stative = n === 'would' && verb !== undefined && (verb.norm === 'be' || verb.norm === 'have');
      if (verb && isVerb(verb) && !verb.tags.has('PastTense') && !stative) return { words: [t, verb], verb, scheduled: false, possibility: false };
    }
    if (POSSIBILITY.has(n) && t.tags.has('Modal')) {
      const j = nextContent(clause, i + 1);
      const verb = clause[j];
      // "could have done" is about the past.
      if (verb && isVerb(verb) && verb.norm !== 'have') return { words: [t, verb], verb, scheduled: false, possibility: true };
    }
    if (COPULAS.has(n) && clause[i + 1] && EXPECTATION.has(bare(clause[i + 1]!)) && clause[i + 2]?.norm === 'to') {
      const verb = clause[i + 3];
      if (verb && (isVerb(verb) || infinitive(verb))) {
        const how = bare(clause[i + 1]!);
        return { words: [t, clause[i + 1]!, clause[i + 2]!, verb], verb, scheduled: SCHEDULED.has(how), possibility: how === 'likely' || how === 'unlikely' };
      }
    }
    if (INTENTION.has(n) && t.tags.has('Verb') && clause[i + 1]?.norm === 'to' && (isVerb(clause[i + 2]) || infinitive(clause[i + 2]))) {
      return { words: [t, clause[i + 1]!, clause[i + 2]!], verb: clause[i + 2]!, scheduled: true, possibility: false };
    }
    if (n === 'going' && clause[i + 1]?.norm === 'to' && isVerb(clause[i + 2]) && i > 0 && COPULAS.has(clause[i - 1]!.norm)) {
      return { words: [t, clause[i + 1]!, clause[i + 2]!], verb: clause[i + 2]!, scheduled: false, possibility: false };
    }
  }
  return null;
}

function hasTimeExpression(clause: readonly Token[]): boolean {
  return clause.some(
    (t, i) =>
      t.tags.has('WeekDay') ||
      t.tags.has('Month') ||
      (t.tags.has('Date') && /\d/u.test(t.text)) ||
      ['tomorrow', 'tonight', 'next', 'later', 'upcoming'].includes(t.norm) ||
      (t.norm === 'this' && ['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening'].includes(clause[i + 1]?.norm ?? '')),
  );
}

/** Whether a verb form is in a set of base forms ("travels", "arrived", "meeting" → travel, arrive, meet). */
function hasBase(set: ReadonlySet<string>, t: Token): boolean {
  const w = bare(t);
  const candidates = [w, w.replace(/s$/u, ''), w.replace(/es$/u, ''), w.replace(/ed$/u, ''), w.replace(/d$/u, ''), w.replace(/ing$/u, ''), w.replace(/ing$/u, 'e')];
  return candidates.some((c) => c.length >= 2 && set.has(c));
}

export function classifyKind(input: KindInput): KindDecision {
  const content = contentTokens(input);
  const clause = mainClause(content);
  const cueKind = input.cue ? CUE_KINDS[input.cue.cue.id] : undefined;
  const cueWords = input.cue ? input.tokens.slice(input.cue.first, input.cue.last + 1) : [];
  const reported = input.form !== 'factual' || input.cue !== null || input.speaker !== null;

  // 1. What the reporting verb says.
  if (cueKind === 'denial' || cueKind === 'demand' || cueKind === 'position' || cueKind === 'value-judgement') {
    return decision(cueKind, `cue:${input.cue!.cue.id}`, cueWords);
  }
  if (cueKind === 'deny-or-position') {
    const object = content.slice(0, 6).find((t) => CLAIM_NOUNS.has(bare(t)));
    const as = content.some((t) => FALSITY.has(bare(t)));
    if (object || as) return decision('denial', `cue:${input.cue!.cue.id}:claim`, cueWords);
    // "dismissed the critics as people “with a grudge”": what it calls them, not a stance on a proposal.
    const characterised = content.slice(0, 6).findIndex((t) => t.norm === 'as');
    return characterised > 0 ? decision('value-judgement', `cue:${input.cue!.cue.id}:as`, cueWords) : decision('position', `cue:${input.cue!.cue.id}:proposal`, cueWords);
  }
  // "called the allegations “the excuses of sore losers”": the quoted words are what the speaker calls it, a
  // characterisation, unless they call a claim false ("called the reports “fabrications”").
  if (input.cue?.cue.id === 'call-it') {
    return content.some((t) => FALSITY.has(bare(t))) ? decision('denial', 'cue:call-it:false', cueWords) : decision('value-judgement', 'cue:call-it', cueWords);
  }

  // 2–4. Denial, threat, demand in the content.
  const denial = denialIn(clause);
  if (denial) return decision('denial', 'calls-claim-false', denial);
  const force = FORCE_MEANS.exec(words(content));
  if (force) return decision('demand', 'threat', force[0]);
  const ultimatum = ultimatumIn(content);
  if (ultimatum) return decision('demand', 'ultimatum', ultimatum);
  if (cueKind === 'promise') {
    const stance = stanceIn(clause);
    return stance ? decision('position', 'cue:promise:refusal', stance) : decision('prediction', 'cue:promise', cueWords, hasTimeExpression(clause));
  }
  const deontic = deonticIn(clause);
  if (deontic) return decision('demand', 'deontic', deontic);
  if (cueKind === 'warn' && content.some((t, i) => t.norm === 'not' && content[i + 1]?.norm === 'to')) return decision('demand', 'cue:warn:not-to', cueWords);

  // 5. Value judgement as the predicate, or reported by a verb that evaluates ("praised the emergency services").
  const evaluation = clause.find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  // Not a sentence passed ("condemned him to ten years").
  const at = evaluation ? clause.indexOf(evaluation) : -1;
  if (evaluation && EVALUATION_VERBS.has(bare(evaluation)) && !clause.slice(at + 1, at + 4).some((t) => t.norm === 'to')) {
    return decision('value-judgement', 'evaluation-verb', [evaluation]);
  }
  const judgement = judgementIn(clause, content);
  if (judgement) return decision('value-judgement', 'evaluative-predicate', judgement);
  if (cueKind === 'judgement-if-evaluative' && content.some((t) => EVALUATIVE.has(bare(t)))) return decision('value-judgement', 'cue:frame', cueWords);

  // 6. Position.
  const stance = stanceIn(clause);
  if (stance) return decision('position', 'stance', stance);

  // 7. Prediction or plan.
  const future = futureIn(clause);
  const predicted = input.cue?.cue.id === 'predict' && /^predict/u.test(cueWords[0]?.norm ?? '');
  if (future || predicted) {
    const verb = future?.verb;
    const action = verb !== null && verb !== undefined && hasBase(SCHEDULED_ACTIONS, verb);
    const announced = input.cue !== null && ['announce', 'confirm', 'say', 'tell', 'add', 'state'].includes(input.cue.cue.id);
    const plan = future !== null && !future.possibility && action && (future.scheduled || hasTimeExpression(clause) || announced);
    return decision('prediction', plan ? 'plan' : 'forecast', future?.words ?? cueWords, plan);
  }
  if (cueKind === 'warn') return decision('attributed', 'cue:warn', cueWords);

  // 8. A report of a fact.
  return reported ? decision('attributed', 'attributed', cueWords.length > 0 ? cueWords : null) : decision('factual', 'factual', null);
}
