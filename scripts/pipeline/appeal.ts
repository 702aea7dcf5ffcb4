/**
 * Donation and membership appeals, recognised by the density of their
 * vocabulary and by addressing the reader; quotations never count.
 */
import { splitSentences } from './text-shape.ts';

/** Quotation or attribution: a sentence someone said is never the outlet's own promotion. */
export const QUOTED = /["“”«»„]|\b(?:said|says|told|tells|according to|urged|added|wrote|stated|announced|claimed|asked|insisted)\b/i;
/** The outlet addressing its readers. */
export const ADDRESS = /\b(?:you|your|yours|you're|we|we're|us|our|ours)\b/i;
export const IMPERATIVE = /^(?:please\s+)?(?:support|donate|subscribe|join|become|give|help|sign up|chip in|consider|contribute|back|register)\b/i;

/** Appeal vocabulary with weights. Strong (2): rarely outside an appeal. Weak (1): common words. */
const APPEAL_TERMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bdonat\w*/gi, 2],
  [/\bpaywalls?\b/gi, 2],
  [/\bsubscri\w*/gi, 2],
  [/\bmembership\b/gi, 2],
  [/\b(?:your|our) support\b/gi, 2],
  [/\bsupport (?:us|our)\b/gi, 2],
  [/\bhelps? us\b/gi, 2],
  [/\bjoin us\b/gi, 2],
  [/\bchip in\b/gi, 2],
  [/\breader-(?:funded|supported|powered)\b/gi, 2],
  [/\bad-free\b/gi, 2],
  [/\bbecome an? (?:member|supporter|subscriber|patron|friend)\b/gi, 2],
  // A price per period: "for 3 euros a month", "€5/month", "$1 a week".
  [/(?:[€$£]\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?\s?(?:euros?|dollars?|pounds?|€|\$|£))\s?(?:a|per|\/|each)\s?(?:month|year|week)\b/gi, 2],
  // "Every pound you give …": a sum the reader is asked for.
  [/\b(?:every|each) (?:pound|dollar|euro|penny|cent|franc|krona|rupee|shilling)\b/gi, 2],
  [/\byou (?:give|donate|contribute)\b/gi, 1],
  [/\bcosts? money\b/gi, 1],
  [/\bsupport\w*/gi, 1],
  [/\bjournalis\w*/gi, 1],
  [/\breport(?:ing|ers?)\b/gi, 1],
  [/\bnewsrooms?\b/gi, 1],
  [/\bindependen\w*/gi, 1],
  [/\bquality\b/gi, 1],
  [/\bafford\w*/gi, 1],
  [/\bfund\w*/gi, 1],
  [/\breaders?\b/gi, 1],
  [/\bfree\b/gi, 1],
  [/\btrust\w*/gi, 1],
  [/\bmembers?\b/gi, 1],
  [/\bcommunity\b/gi, 1],
  [/\bpremium\b/gi, 1],
  [/\bmission\b/gi, 1],
  [/\bcontribut\w*/gi, 1],
];

export type AppealStrength = 'strong' | 'weak' | 'none';

/** How much a sentence reads like a donation/membership appeal. */
export function appealStrength(sentence: string): AppealStrength {
  if (QUOTED.test(sentence)) return 'none';
  let score = 0;
  for (const [re, weight] of APPEAL_TERMS) score += (sentence.match(re)?.length ?? 0) * weight;
  const addressed = ADDRESS.test(sentence) || IMPERATIVE.test(sentence);
  if (addressed && score >= 3) return 'strong';
  if (score >= 2 || (addressed && score >= 1)) return 'weak';
  return 'none';
}

/**
 * A paragraph is an appeal when more than half its sentences use appeal
 * vocabulary and at least one addresses the reader with strong terms. (An
 * appeal glued to a news sentence is left to the sentence rules.)
 */
export function isAppeal(text: string): boolean {
  const strengths = splitSentences(text).map(appealStrength);
  const strong = strengths.filter((s) => s === 'strong').length;
  const weak = strengths.filter((s) => s === 'weak').length;
  return strong >= 1 && (strong + weak) / strengths.length > 0.5;
}
