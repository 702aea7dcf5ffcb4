/**
 * The closed vocabularies `classifyKind` (claim-kind.ts) reads structure
 * with: function words, verbs of saying, modals and the small sets of
 * evaluative and stance words. Not topics.
 */
import type { ClaimKind } from '../status.ts';

// ---------------------------------------------------------------------------
// Data: closed vocabularies (function words and verbs of saying), not topics.

/** What a reporting verb says about the kind on its own (reporting cue ids of speakers.ts). */
export const CUE_KINDS: Readonly<Record<string, ClaimKind | 'deny-or-position' | 'promise' | 'warn' | 'judgement-if-evaluative'>> = {
  deny: 'denial',
  dispute: 'denial',
  reject: 'deny-or-position',
  dismiss: 'deny-or-position',
  demand: 'demand',
  urge: 'demand',
  'call-for': 'demand',
  threaten: 'demand',
  'rule-out': 'position',
  defend: 'position',
  promise: 'promise',
  warn: 'warn',
  ridicule: 'value-judgement',
  frame: 'judgement-if-evaluative',
  'call-it': 'judgement-if-evaluative',
};

/** Nouns for a claim, report or accusation: the object of a denial. */
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion',
  'suggestions', 'assertion', 'assertions', 'information', 'statement', 'statements', 'rumour', 'rumours', 'rumor',
  'rumors', 'story', 'stories', 'account', 'accounts', 'speculation', 'figures', 'footage', 'video', 'images',
]);

/** Words that call a claim false. */
export const FALSITY = new Set([
  'false', 'untrue', 'fake', 'fabricated', 'fabrication', 'fabrications', 'lie', 'lies', 'baseless', 'groundless',
  'unfounded', 'disinformation', 'misinformation', 'propaganda', 'fiction', 'refuted', 'denied', 'debunked', 'incorrect',
  'inaccurate', 'wrong', 'hoax',
]);

/** Evaluative words: a value judgement when they are the predicate. */
export const EVALUATIVE = new Set([
  'ridiculous', 'absurd', 'nonsense', 'disgrace', 'disgraceful', 'shameful', 'shameless', 'outrageous', 'pathetic',
  'laughable', 'pointless', 'meaningless', 'sham', 'farce', 'travesty', 'scandal', 'scandalous', 'disgusting',
  'hysteria', 'hysterical', 'insane', 'crazy', 'idiotic', 'stupid', 'illegitimate', 'unacceptable', 'appalling',
  'deplorable', 'despicable', 'cynical', 'reckless', 'irresponsible', 'barbaric', 'monstrous', 'cowardly', 'heroic',
  'brilliant', 'excellent', 'terrible', 'awful', 'catastrophic', 'shocking', 'unprecedented', 'betrayal', 'insult',
  'humiliation', 'mockery', 'provocation', 'provocative', 'hypocrisy', 'hypocritical', 'senseless', 'sane',
]);

/** Insults: a value judgement wherever they stand. */
export const INSULTS = new Set(['moron', 'morons', 'idiot', 'idiots', 'liar', 'liars', 'clown', 'clowns', 'thug', 'thugs', 'fools']);

/** Verbs that put an evaluation on their object ("called the plan a farce"). */
export const JUDGING_VERBS = new Set(['called', 'call', 'calls', 'calling', 'described', 'describes', 'branded', 'brands', 'labelled', 'labeled', 'termed', 'deemed', 'considers', 'considered', 'slammed', 'condemned', 'condemns', 'denounced']);

export const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'seems', 'seemed', 'remains', 'remained', 'looks', 'sounds']);

/** Between a copula and its predicate. */
export const PREDICATE_FILLERS = new Set(['a', 'an', 'the', 'utterly', 'completely', 'totally', 'simply', 'absolutely', 'just', 'nothing', 'but', 'pure', 'complete', 'total', 'so', 'very', 'quite', 'deeply', 'clearly', 'not', 'only', 'entirely', 'frankly', 'truly', 'all', 'more', 'than']);

export const DEONTIC = new Set(['must', 'should', 'ought', 'mustn\'t', 'shouldn\'t']);
export const FUTURE = new Set(['will', 'shall', "'ll", "won't", 'wo']);
export const POSSIBILITY = new Set(['could', 'may', 'might']);

/** `be` + one of these + `to` + verb: an expectation about the future ("is expected to arrive"). */
export const EXPECTATION = new Set(['expected', 'set', 'due', 'scheduled', 'slated', 'poised', 'likely', 'unlikely', 'going', 'bound', 'about']);
/** … of which these report a schedule, not a guess. */
export const SCHEDULED = new Set(['expected', 'set', 'due', 'scheduled', 'slated', 'poised', 'about']);
/** Verbs of intention: "plans to", "intends to". */
export const INTENTION = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'prepare', 'prepares', 'preparing']);

/** Actions a plan or a schedule is made of: travel, meetings, votes, publications. */
export const SCHEDULED_ACTIONS = new Set([
  'travel', 'visit', 'meet', 'arrive', 'fly', 'go', 'come', 'return', 'hold', 'host', 'attend', 'sign', 'publish',
  'release', 'vote', 'announce', 'begin', 'start', 'open', 'launch', 'resume', 'present', 'discuss', 'deliver', 'hand',
  'send', 'convene', 'testify', 'address', 'speak', 'take', 'join', 'receive', 'inaugurate', 'close', 'end', 'hear',
  'recount', 'count', 'review', 'decide', 'rule', 'sit', 'lead', 'head', 'leave', 'depart', 'submit', 'debate',
  'unveil', 'issue', 'conduct', 'carry', 'stage', 'launch', 'continue', 'run',
]);

/** Stance predicates: what a party supports, rejects, or will or will not accept. */
export const STANCE_VERBS = new Set([
  'support', 'supports', 'supported', 'back', 'backs', 'backed', 'oppose', 'opposes', 'opposed', 'refuse', 'refuses',
  'refused', 'welcome', 'welcomes', 'welcomed', 'endorse', 'endorses', 'endorsed', 'reject', 'rejects', 'rejected',
  'favour', 'favours', 'favor', 'favors',
]);
/** `be` + one of these + `to`: readiness ("is ready to talk"). */
export const READINESS = new Set(['ready', 'prepared', 'willing', 'open', 'committed', 'determined', 'unwilling', 'opposed']);
/** What a future-negated stance verb refuses ("will not accept"). */
export const REFUSED_ACTIONS = new Set([
  'accept', 'allow', 'cede', 'give', 'tolerate', 'recognise', 'recognize', 'negotiate', 'sign', 'surrender', 'withdraw',
  'yield', 'agree', 'bow', 'back', 'abandon', 'trade', 'compromise', 'fold', 'appease', 'let', 'permit', 'stop', 'stand',
]);

/** Contrast conjunctions: the content's main clause ends before them. */
export const CONTRAST = new Set(['but', 'although', 'though', 'whereas', 'yet', 'however', 'while']);

export const FORCE_MEANS = /\b(?:(?:by|through|with)\s+(?:an?\s+)?(?:military\s+|armed\s+)?force(?!\s+of\b)|until\s+the\s+(?:very\s+)?last|wipe\w*\b[^.]{0,30}\boff\s+the\s+map|will\s+(?:pay|regret)|(?:are|we're|we\s+are)\s+ready\s+for\s+that)\b/iu;

/** Verbs that evaluate their object: reporting that someone praised or condemned something reports a judgement. */
export const EVALUATION_VERBS = new Set([
  'praised', 'praises', 'praise', 'hailed', 'hails', 'lauded', 'lauds', 'commended', 'commends', 'applauded', 'applauds',
  'criticised', 'criticises', 'criticized', 'criticizes', 'condemned', 'condemns', 'denounced', 'denounces', 'slammed', 'slams',
  'blasted', 'blasts', 'decried', 'decries', 'deplored', 'deplores',
]);
