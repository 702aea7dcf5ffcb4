/**
 * The cues `assignStatus` uses, as data. The table is in PRECEDENCE ORDER: the
 * first cue that matches a claim decides its status; when none matches, the
 * claim gets `DEFAULT_CUE`.
 *
 *   1. article-says-unverifiable  unverified  the article itself says it could not be verified
 *   2. hedged                     unverified  allegedly / reportedly / "is said to" / "did not elaborate" …
 *   3. opinion-threat             opinion     "achieve this by force", "until the last"
 *   4. opinion-refusal            opinion     "would never", "no one should count on"
 *   5. opinion-demand             opinion     "must", "demand", "should"
 *   6. opinion-value-judgement    opinion     "ridiculous", "morons", "pointless", "sham"
 *   7. opinion-prediction         opinion     "will", "is expected to", "could serve as"
 *   8. interested-party           unverified  a battlefield claim made by a party to the conflict
 *   -  no-independent-confirmation (default)  unverified
 *
 * Why this order: the article's own caveat is the strongest evidence we have,
 * a hedge by the reporter comes next, and the battlefield rule is the most
 * speculative, so it only applies to claims that are otherwise plain facts.
 *
 * Each cue looks for its patterns in one or more SCOPES around the claim:
 *   - `claim`     the claim text itself
 *   - `lead-in`   the claim's sentence up to the claim ("Putin on Thursday claimed ")
 *   - `sentence`  the whole sentence(s) the claim is in
 *   - `follow-up` the next sentence, but only when it refers back to the claim
 *                 ("The claim could not be verified.", "He did not elaborate.")
 *   - `speaker`   the claim's normalized speaker
 *
 * A cue matches when any of its `match` matchers matches and, if it has
 * `require` matchers, any of those matches too. Rationale templates may use
 * `{match}` (the matched words of the `match` matcher) and `{party}` (the
 * `party` group, or the whole match, of the `require` matcher).
 */
import type { AutomaticStatus } from '../status.ts';

export type CueScope = 'claim' | 'lead-in' | 'sentence' | 'follow-up' | 'speaker';

export interface CueMatcher {
  in: readonly CueScope[];
  pattern: RegExp;
}

export interface CueExample {
  /** The claim's sentence. */
  sentence: string;
  /** The claim: a substring of `sentence` (defaults to the whole sentence). */
  claim?: string;
  /** The sentence after it, if it matters. */
  next?: string;
  speaker?: string;
}

export interface StatusCue {
  /** Kebab-case id, stored on the claim as `cue`. */
  id: string;
  /** Only the per-article statuses: corroborated/disputed come from `matchAcrossSources`. */
  status: Extract<AutomaticStatus, 'unverified' | 'opinion'>;
  /** Any of these must match. */
  match: readonly CueMatcher[];
  /** If present, any of these must match as well. */
  require?: readonly CueMatcher[];
  /** One sentence naming the cue; see the template fields above. */
  rationale: string;
  /** Each example must trigger this cue (and not an earlier one): see status-cues.test.ts. */
  examples: readonly CueExample[];
}

/** The sentence after a claim only counts when it points back at it. */
export const BACK_REFERENCE =
  /^(?:(?:the|this|that|these|those|such|his|her|their|its|both|neither|either)\b[^.]{0,40}?\b(?:claims?|reports?|statements?|assertions?|allegations?|accounts?|figures?|numbers?|information|comments?|remarks?|casualt(?:y|ies)|toll)\b|(?:it|this|that|he|she|they)\b)|\b(?:could not|cannot|was unable to|were unable to)\b[^.]{0,30}\b(?:verify|confirm)\b[^.]{0,30}\b(?:claims?|reports?|figures?|statements?|assertions?|allegations?|accounts?|information|numbers?|it|this|that)\b/i;

const UNVERIFIABLE =
  /\b(?:(?:could|can|did|does|do)\s*n(?:o|')t|cannot|(?:was|were|is|are|has been|have been)\s+(?:unable|not able)\s+to)\s+(?:be\s+)?(?:(?:immediately|independently|yet)\s+)*(?:verif(?:y|ied)|confirm(?:ed)?)\b|\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b|\bun(?:confirmed|verified|verifiable)\b|\bno independent (?:confirmation|verification)\b|\bnot (?:been )?independently (?:verified|confirmed)\b/i;

const HEDGE =
  /\b(?:allegedly|reportedly|purportedly|supposedly|apparently|speculated|alleged(?!\s+that)|(?:is|are|was|were) (?:said|rumou?red|believed|thought) to|according to (?:unconfirmed|unverified|unnamed|anonymous) (?:reports|sources)|without (?:providing|offering|giving|presenting|citing) (?:any )?(?:evidence|details|proof)|without (?:any )?(?:evidence|proof)|did ?n(?:o|')t (?:elaborate|provide (?:any )?(?:evidence|details|proof)|give (?:any )?details)|not ruling out that(?=[^.]*?\b(?:might|may|could) be\b))\b/i;

const NO_DETAILS =
  /\b(?:did ?n(?:o|')t (?:elaborate|provide (?:any )?(?:evidence|details|proof)|give (?:any )?details)|(?:gave|provided|offered) no (?:evidence|details|proof))\b/i;

const THREAT =
  /\b(?:(?:achiev|tak|return|resolv|settl|do|get)\w*\s+(?:\w+\s+){0,3}(?:by|through|with)\s+(?:military\s+|armed\s+)?force|until the (?:very )?last|threaten(?:s|ed|ing)?|will (?:pay|regret)|wipe\b[^.]*?\boff the map|(?:are|we're|we are) ready for that)\b/i;

// "demand" as a verb, or "a demand that …"; not the bare noun ("its maximalist demands").
const DEMAND =
  /\b(?:must|demand(?:ed|ing)|demands? that|(?<!\b(?:its|his|her|their|our|the|these|those|of|maximalist|and)\s)demands (?:\w+ ){1,3}(?:withdraw|cede|give|hand|leave|surrender|stop|end|recogni[sz]e)|insist(?:s|ed|ing)? (?:that|on)|ultimatum|has to|have to|should|ought to|call(?:s|ed)? on|urg(?:e|es|ed|ing))\b/i;

const REFUSAL =
  /\b(?:(?:would|will|shall) never|no one should count on|will not (?:allow|accept|tolerate|give up|cede|surrender))\b/i;

const VALUE_JUDGEMENT =
  /\b(?:ridiculous|absurd|nonsense|morons?|idiots?|idiotic|stupid|insane|(?:no|not a single) sane|pointless|sham|farce|disgrace(?:ful)?|shameful|shameless|outrageous|pathetic|laughable|liars?|hysteri(?:a|cal)|disgusting|illegitimate|crazy)\b/i;

const PREDICTION =
  /\b(?:will|shall|(?:is|are|was|were) (?:expected|likely|unlikely|set|poised|due|going) to|could (?:form|serve|become|lead|pave)|would (?:pave|lead to|result in))\b|\w['’]ll\b/i;

const BATTLEFIELD =
  /\b(?:captur(?:e|ed|es|ing)|recaptur\w*|surround(?:ed|ing|s)?|encircl(?:e|ed|es|ing|ement)|destroy(?:ed|ing|s)?|seiz(?:e|ed|es|ing)|(?:took|taken|take|taking) control|liberat(?:e|ed|es|ing)|shot down|downed|intercepted|neutrali[sz]ed|eliminated|killed|repel(?:led|ling|s)?|repulsed|advanc(?:e|ed|es|ing)|(?:pushing|pushed) back|(?:fighting|battles?) (?:is |was |are |were )?(?:still )?(?:raging|ongoing|continu\w*)|retook|gain(?:ed|s)? ground)\b/i;

const PARTY =
  /(?<party>\b(?:(?:vladimir )?putin|kremlin|moscow|(?:the )?russian (?:president|leader)|(?:the )?ukrainian (?:president|leader)|russia(?:'s|n)? (?:army|military|forces|troops|defen[cs]e ministry|ministry of defen[cs]e|general staff|officials?|commanders?)|(?:volodymyr )?zelensk(?:y|yy|iy)|kyiv(?:'s)? (?:top general|military|army|forces|officials?)|kyiv|ukraine(?:'s)? (?:army|military|forces|troops|general staff|top general|commander|defen[cs]e ministry|air force|navy)|ukrainian (?:army|military|forces|troops|general staff|officials?|commanders?|air force|navy)|general staff|defen[cs]e ministry|ministry of defen[cs]e|top general|commander-in-chief|(?:oleksandr )?syrskyi|gerasimov|belousov|shoigu|peskov|zakharova|hamas|idf|israeli (?:army|military|forces|defen[cs]e forces)|hezbollah|houthis?|russia|ukraine))\b/i;

const PARTY_SAID =
  /(?<party>\b(?:(?:vladimir )?putin|kremlin|russia|ukraine|(?:the )?russian (?:president|leader)|russia(?:'s|n)? (?:army|military|defen[cs]e ministry|ministry of defen[cs]e|general staff)|(?:volodymyr )?zelensk(?:y|yy|iy)|kyiv(?:'s)? top general|ukraine(?:'s)? (?:army|military|general staff|top general|defen[cs]e ministry|air force)|ukrainian (?:army|military|general staff|officials?|commanders?|air force)|general staff|defen[cs]e ministry|ministry of defen[cs]e|top general|syrskyi|hamas|idf|israeli military))\b(?:\s+\w+){0,3}\s+(?:said|says|claimed|claims|announced|reported|stated|told|insisted|boasted)\b/i;

export const STATUS_CUES: readonly StatusCue[] = [
  {
    id: 'article-says-unverifiable',
    status: 'unverified',
    match: [{ in: ['claim', 'sentence', 'follow-up'], pattern: UNVERIFIABLE }],
    rationale: 'The article says the claim could not be independently verified.',
    examples: [
      {
        sentence:
          'Meanwhile, Putin on Thursday claimed the Russian army had surrounded the embattled city of Pokrovsk – although the claim could not be independently verified.',
      },
      {
        sentence: 'Russia said its forces had taken the village of Andriivka.',
        next: 'The Kyiv Independent could not independently verify the claim.',
      },
      {
        sentence: 'Local officials said 14 people were killed in the strike.',
        next: 'The figure has not been verified.',
      },
      { sentence: 'Unconfirmed footage appeared to show a bridge collapsing.' },
    ],
  },
  {
    id: 'hedged',
    status: 'unverified',
    match: [
      { in: ['claim', 'sentence'], pattern: HEDGE },
      { in: ['follow-up'], pattern: NO_DETAILS },
    ],
    rationale: 'Hedged with “{match}”.',
    examples: [
      {
        sentence:
          'Earlier this week, Bloomberg News shared a leaked recording allegedly showing Mr Witkoff coaching a Russian official in October on how to manage the US president.',
      },
      {
        sentence:
          'U.S. special envoy Steve Witkoff, who faces scrutiny after a leak reportedly caught him coaching a Russian official on how to sway the White House, met officials.',
      },
      {
        sentence:
          'Putin claimed that after the Geneva negotiations, the plan was divided into four parts, but did not elaborate further.',
      },
      {
        sentence:
          'Commenting on the leaked call between Witkoff and Kremlin aide Yuri Ushakov, Putin said such disclosures could amount to a criminal offense, while not ruling out that the intercepts might be fabricated.',
      },
      { sentence: 'The commander is said to have fled the city.' },
      { sentence: 'The minister accused Kyiv of sabotage without providing evidence.' },
      { sentence: 'The agency said a second drone had been shot down over the port.', next: 'It did not elaborate.' },
    ],
  },
  {
    id: 'opinion-threat',
    status: 'opinion',
    match: [{ in: ['claim', 'lead-in'], pattern: THREAT }],
    rationale: 'A threat (“{match}”), not a checkable fact.',
    examples: [
      {
        sentence:
          '"Ukrainian troops must withdraw from the territories they hold, and then the fighting will cease. If they don\'t leave, then we shall achieve this by force. That\'s it," he said.',
        claim:
          'Ukrainian troops must withdraw from the territories they hold, and then the fighting will cease. If they don\'t leave, then we shall achieve this by force. That\'s it,',
      },
      {
        sentence:
          'Speaking to reporters during a visit to Kyrgyzstan, Putin said that Russia would continue its aggression in Ukraine “until the last Ukrainian dies” if necessary to get what he wants.',
      },
      { sentence: 'The militia leader threatened to storm the parliament building.' },
    ],
  },
  {
    id: 'opinion-refusal',
    status: 'opinion',
    match: [{ in: ['claim', 'lead-in'], pattern: REFUSAL }],
    rationale: 'A statement of position (“{match}”), not a checkable fact.',
    examples: [
      {
        sentence:
          "Ukraine’s top negotiator Andriy Yermak told The Atlantic that Mr Zelensky would never allow Ukraine to cede land to Russia as part of a peace agreement.",
      },
      {
        sentence: 'After a long week of discussions with US officials, Yermak said that “no one should count on us giving up territory”.',
        claim: 'no one should count on us giving up territory',
      },
    ],
  },
  {
    id: 'opinion-demand',
    status: 'opinion',
    match: [{ in: ['claim', 'lead-in'], pattern: DEMAND }],
    rationale: 'A demand (“{match}”), not a checkable fact.',
    examples: [
      {
        sentence:
          'Vladimir Putin has said that Ukraine must give up territory for a peace deal to be possible, but indicated that a draft plan proposed by the US could form the “basis” of an agreement to end the war.',
      },
      {
        sentence:
          "Russian President Vladimir Putin on Nov. 27 reiterated his demand that Ukrainian forces withdraw from their current positions as a condition for a ceasefire, even as the U.S. attempts to reinvigorate peace talks.",
        claim: 'Ukrainian forces withdraw from their current positions as a condition for a ceasefire',
      },
      { sentence: 'The union called on the government to reopen the mines.' },
      { sentence: 'Putin demands Ukrainian troops withdraw before ceasefire, as Witkoff set to visit Moscow' },
    ],
  },
  {
    id: 'opinion-value-judgement',
    status: 'opinion',
    match: [{ in: ['claim', 'sentence'], pattern: VALUE_JUDGEMENT }],
    rationale: 'A value judgement (“{match}”), not a checkable fact.',
    examples: [
      {
        sentence:
          'The Russian president also denied suggestions that Moscow would attack Europe in future, saying that such claims were “ridiculous”.',
      },
      {
        sentence:
          "It's almost like these media and deep state morons have never successfully negotiated a deal in the real world.",
      },
      {
        sentence:
          'The Russian leader further declared that signing any documents with Ukraine is pointless, implying the Ukrainian leadership is not legitimate due to the postponement of elections.',
      },
      {
        sentence:
          'Russia illegally declared all of the partially occupied Donetsk, Luhansk, Zaporizhzhia, and Kherson oblasts as its territory during sham referenda in September 2022.',
      },
      { sentence: '“Not a single sane person today would sign a document to give up territory,” he said.' },
    ],
  },
  {
    id: 'opinion-prediction',
    status: 'opinion',
    match: [{ in: ['claim'], pattern: PREDICTION }],
    rationale: 'A prediction (“{match}”), not a checkable fact.',
    examples: [
      {
        sentence:
          'Mr Witkoff is expected to discuss the futures of Crimea and the Donbas with Russian officials next week.',
      },
      { sentence: 'Separately, US special envoy Steve Witkoff will travel to Russia early next week.' },
      { sentence: 'Both sides will be desperately keen to take the upper hand for leverage in future negotiations.' },
    ],
  },
  {
    id: 'interested-party',
    status: 'unverified',
    match: [{ in: ['claim'], pattern: BATTLEFIELD }],
    require: [
      { in: ['speaker', 'lead-in'], pattern: PARTY },
      { in: ['claim'], pattern: PARTY_SAID },
    ],
    rationale: 'A battlefield claim by {party}, a party to the conflict, that nobody independent confirms.',
    examples: [
      {
        sentence: "Kyiv's top general said Ukraine was pushing back hard and that fighting was still raging in the city centre.",
      },
      {
        sentence: 'Putin on Thursday claimed the Russian army had captured the village of Novopavlivka.',
        claim: 'the Russian army had captured the village of Novopavlivka',
      },
      {
        sentence: 'Air defences shot down 41 of the 52 drones launched overnight, the air force said.',
        speaker: 'Ukrainian Air Force',
      },
    ],
  },
];

/** When no cue matches. */
export const DEFAULT_CUE = {
  id: 'no-independent-confirmation',
  status: 'unverified',
  rationale: 'No independent confirmation in this article.',
} as const satisfies Pick<StatusCue, 'id' | 'status' | 'rationale'>;
