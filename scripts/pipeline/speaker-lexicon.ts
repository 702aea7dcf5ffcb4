/**
 * The word tables of speaker attribution (speakers.ts): reporting cues and
 * their kinds, titles, role classes and modifiers, organisation heads,
 * country groups, pronouns and the words that open or interrupt a subject.
 * Data only; a desk changes a list here, the logic stays in speakers.ts.
 */


/** A reporting (attribution) verb or phrase. */
export interface ReportingCue {
  id: string;
  /** Lowercase word forms (single tokens) or phrases (space-separated tokens). */
  forms: readonly string[];
  /** Where the speaker phrase is: before the cue (default) or after it ("according to X"). */
  speaker?: 'before' | 'after';
  /**
   * Headline verb for summaries when the cue takes a noun-phrase object
   * ("denied suggestions…" → "Denies suggestions…"). Cues without it report a
   * clause, which becomes the summary on its own.
   */
  headline?: string;
  /**
   * The cue reports speech only with a clause after it: "maintains that …"
   * (not "maintains the dam"), "stated on Monday that …" (not "state
   * water facilities"); or, for `at-number`, an estimate: "put the toll at 19";
   * or, for `quoted-object`, words given to something: "called the vote
   * “a farce”" (not "called the police", "called a meeting").
   */
  complement?: 'clause' | 'at-number' | 'quoted-object';
}

export const REPORTING_CUES: readonly ReportingCue[] = [
  { id: 'say', forms: ['say', 'says', 'said', 'saying'] },
  { id: 'tell', forms: ['tell', 'tells', 'told', 'telling'] },
  { id: 'claim', forms: ['claim', 'claims', 'claimed', 'claiming'] },
  { id: 'according-to', forms: ['according to'], speaker: 'after' },
  { id: 'allege', forms: ['allege', 'alleges', 'alleged', 'alleging'] },
  { id: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], headline: 'Denies' },
  { id: 'announce', forms: ['announce', 'announces', 'announced', 'announcing'], headline: 'Announces' },
  { id: 'reiterate', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], headline: 'Reiterates' },
  { id: 'repeat', forms: ['repeat', 'repeats', 'repeated', 'repeating'] },
  { id: 'stress', forms: ['stress', 'stresses', 'stressed', 'stressing'] },
  { id: 'confirm', forms: ['confirm', 'confirms', 'confirmed', 'confirming'], headline: 'Confirms' },
  { id: 'declare', forms: ['declare', 'declares', 'declared', 'declaring'], headline: 'Declares' },
  { id: 'warn', forms: ['warn', 'warns', 'warned', 'warning'] },
  { id: 'accuse', forms: ['accuse', 'accuses', 'accused', 'accusing'], headline: 'Accuses' },
  { id: 'reject', forms: ['reject', 'rejects', 'rejected', 'rejecting'], headline: 'Rejects' },
  { id: 'dispute', forms: ['dispute', 'disputes', 'disputed', 'disputing', 'contest', 'contests', 'contested', 'contesting'], headline: 'Disputes' },
  { id: 'dismiss', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], headline: 'Dismisses' },
  { id: 'rule-out', forms: ['rule out', 'rules out', 'ruled out', 'ruling out'], headline: 'Rules out' },
  { id: 'insist', forms: ['insist', 'insists', 'insisted', 'insisting'] },
  { id: 'add', forms: ['add', 'adds', 'added', 'adding'] },
  { id: 'argue', forms: ['argue', 'argues', 'argued', 'arguing'] },
  { id: 'note', forms: ['note', 'notes', 'noted', 'noting'] },
  { id: 'state', forms: ['state', 'states', 'stated', 'stating'], complement: 'clause' },
  { id: 'maintain', forms: ['maintain', 'maintains', 'maintained', 'maintaining'], complement: 'clause' },
  { id: 'blame', forms: ['blame', 'blames', 'blamed', 'blaming'], headline: 'Blames' },
  { id: 'call-for', forms: ['call for', 'calls for', 'called for', 'calling for', 'call on', 'calls on', 'called on', 'calling on'], headline: 'Calls for' },
  { id: 'call-it', forms: ['call', 'calls', 'called', 'calling'], complement: 'quoted-object' },
  { id: 'put-at', forms: ['put', 'puts', 'putting'], complement: 'at-number' },
  { id: 'assert', forms: ['assert', 'asserts', 'asserted', 'asserting'] },
  { id: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'concede', 'concedes', 'conceded', 'conceding'] },
  { id: 'promise', forms: ['vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising'] },
  { id: 'threaten', forms: ['threaten', 'threatens', 'threatened', 'threatening'] },
  { id: 'urge', forms: ['urge', 'urges', 'urged', 'urging'], headline: 'Urges' },
  { id: 'predict', forms: ['predict', 'predicts', 'predicted', 'predicting', 'estimate', 'estimates', 'estimated', 'estimating'] },
  { id: 'report', forms: ['report', 'reports', 'reported', 'reporting', 'reveal', 'reveals', 'revealed', 'revealing', 'disclose', 'discloses', 'disclosed', 'disclosing'] },
  { id: 'indicate', forms: ['indicate', 'indicates', 'indicated', 'indicating', 'suggest', 'suggests', 'suggested', 'suggesting', 'signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling'] },
  { id: 'demand', forms: ['demand', 'demands', 'demanded', 'demanding'], headline: 'Demands' },
  { id: 'defend', forms: ['defend', 'defends', 'defended', 'defending'], headline: 'Defends' },
  { id: 'ridicule', forms: ['ridicule', 'ridicules', 'ridiculed', 'ridiculing', 'mock', 'mocks', 'mocked', 'mocking'], headline: 'Ridicules' },
  { id: 'frame', forms: ['frame', 'frames', 'framed', 'framing', 'describe', 'describes', 'described', 'describing'], headline: 'Frames' },
  { id: 'write', forms: ['write', 'writes', 'wrote', 'writing', 'tweet', 'tweets', 'tweeted'] },
  { id: 'explain', forms: ['explain', 'explains', 'explained', 'explaining'] },
];

/** A cue word right after one of these is a noun or adjective ("the claim", "of claimed territories"), not a reporting verb. */
export const NON_VERB_CONTEXT: readonly string[] = [
  'the', 'a', 'an', 'this', 'these', 'those', 'such', 'any', 'no', 'some', 'every', 'each',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'of', 'whose', 'so-called',
];

/** Forms of "be": a cue after them is passive ("was declared"), not an attribution. */
export const PASSIVE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got'];

/** Titles and honorifics stripped from names. */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'vice-president', 'secretary', 'minister', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor',
  'general', 'gen', 'colonel', 'col', 'lt', 'captain', 'capt', 'sgt', 'sergeant', 'admiral', 'adm', 'commander',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'mayor',
  'ambassador', 'commissioner', 'chairman', 'chairwoman', 'speaker', 'prime', 'st',
];

/** Generational suffixes: part of a name and of its surname key. */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** Nouns heading a role phrase, grouped in classes: roles match when their classes match. */
export const ROLE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'leader', 'chief', 'head', 'premier', 'chancellor', 'king', 'queen', 'ruler', 'strongman', 'autocrat', 'monarch'],
  minister: ['minister', 'secretary'],
  envoy: ['envoy', 'negotiator', 'ambassador', 'diplomat', 'emissary'],
  military: ['general', 'commander', 'admiral', 'colonel', 'officer'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  aide: ['aide', 'adviser', 'advisor', 'counsellor', 'counselor', 'assistant'],
  official: ['official', 'officials', 'source', 'sources', 'diplomats', 'lawmaker', 'lawmakers', 'mp', 'senator', 'mayor', 'governor', 'candidate', 'deputy', 'councillor', 'councilor', 'inspector', 'inspectors', 'investigator', 'investigators'],
  expert: [
    'analyst', 'analysts', 'expert', 'experts', 'researcher', 'researchers', 'economist', 'economists', 'scientist',
    'scientists', 'engineer', 'engineers', 'professor', 'doctor', 'doctors', 'virologist', 'epidemiologist',
  ],
  legal: ['prosecutor', 'prosecutors', 'judge', 'lawyer', 'lawyers', 'attorney'],
  executive: ['ceo', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'founder', 'executive', 'manager'],
  witness: ['witness', 'witnesses', 'resident', 'residents', 'villager', 'villagers', 'survivor', 'survivors'],
  observer: ['observer', 'observers', 'monitor', 'monitors'],
};

/** Words that modify a role without changing it ("top negotiator", "special envoy"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'top', 'special', 'chief', 'senior', 'deputy', 'foreign', 'defence', 'defense', 'prime', 'former', 'acting',
  'interim', 'vice', 'presidential', 'military', 'national', 'security', 'state', 'interior', 'finance',
  'economy', 'health', 'peace', 'lead', 'supreme', 'press', 'army', 'navy', 'air', 'force', 'cabinet', 'government',
  'opposition', 'local', 'regional', 'federal', 'white', 'house', 'kremlin',
];

/** Nouns heading an organisation phrase ("the defence ministry"). */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'government', 'army', 'military', 'office', 'agency', 'department', 'council', 'parliament',
  'embassy', 'committee', 'administration', 'police', 'court', 'commission', 'authorities', 'party', 'company',
  'bank', 'forces', 'service', 'services', 'cabinet', 'presidency', 'regime', 'union', 'alliance', 'command',
  'staff', 'navy', 'secretariat', 'institute', 'organisation', 'organization', 'group', 'authority', 'board',
  'firm', 'watchdog', 'regulator', 'centre', 'center', 'centers', 'centres', 'mission', 'delegation',
  'inspectorate', 'directorate', 'tribunal', 'laboratory', 'lab', 'brigade',
];

/**
 * Country groups: places, demonyms and seats of power that stand for one
 * country when comparing roles ("the Kremlin's chief" ~ "Russian President").
 * Keys are lowercase without a final period ("u.s"); two-word keys match two
 * adjacent words. Qualifiers not listed are compared literally.
 */
export const COUNTRY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  us: ['us', 'u.s', 'usa', 'u.s.a', 'america', 'american', 'americans', 'washington', 'white house', 'pentagon'],
  uk: ['uk', 'u.k', 'britain', 'british', 'london', 'downing street', 'england', 'english'],
  france: ['france', 'french', 'paris', 'elysee', 'élysée'],
  germany: ['germany', 'german', 'berlin'],
  turkey: ['turkey', 'turkish', 'türkiye', 'ankara'],
  china: ['china', 'chinese', 'beijing'],
  poland: ['poland', 'polish', 'warsaw'],
  belarus: ['belarus', 'belarusian', 'minsk'],
  israel: ['israel', 'israeli', 'jerusalem'],
  iran: ['iran', 'iranian', 'tehran'],
  eu: ['eu', 'e.u', 'brussels'],
  nato: ['nato'],
};

/** Pronouns that can be speakers; only he/she are resolved. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i'];

/** Words that open a subordinate clause: a cue after them is not in the main clause. */
export const SUBORDINATORS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'although', 'though', 'as',
  'after', 'before', 'since', 'unless', 'until', 'whether', 'where', 'once', 'with',
];

/** Sentence openers that start an introductory phrase ending at the first comma ("Meanwhile, …"). */
export const INTRO_OPENERS: readonly string[] = [
  'meanwhile', 'separately', 'however', 'speaking', 'commenting', 'responding', 'writing', 'addressing', 'asked',
  'on', 'in', 'at', 'after', 'before', 'during', 'as', 'while', 'when', 'although', 'though', 'earlier', 'later',
  'last', 'this', 'yesterday', 'today', 'since', 'despite', 'following', 'amid', 'with', 'under', 'for', 'but',
  'and', 'also', 'instead', 'still', 'now', 'then', 'by', 'from', 'over', 'if', 'once', 'overnight',
];

/** Words skipped between a speaker and its cue ("Putin also said", "Kyiv has repeatedly ruled out"). */
export const SKIP_BEFORE_CUE: readonly string[] = [
  'has', 'have', 'had', 'also', 'further', 'repeatedly', 'only', 'again', 'previously', 'publicly', 'then',
  'later', 'earlier', 'reportedly', 'allegedly', 'once', 'now', 'already', 'recently', 'separately', 'did',
  'does', 'do', 'would', 'will', 'could', 'may', 'might', 'not', 'never', 'himself', 'herself', 'itself',
  'themselves', 'last', 'this', 'next', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon',
  'on', 'in', 'at', 'during', 'early', 'late',
];
