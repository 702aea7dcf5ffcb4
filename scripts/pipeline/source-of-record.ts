/**
 * Evidence stage: whether a speaker is a neutral source of record, whose
 * own statement is evidence and not just one side's claim: a court, a UN
 * body, a monitoring or observer mission, an inspectorate or regulator, a
 * fire or rescue service, a satellite-imagery firm, a fact-checker.
 *
 * When such a body is the one claimant of a fact, what it says counts as one
 * independent source (assign-status.ts): "the fire was put out at 5am, the
 * fire service said" and an outlet's own reporter who saw it are two; nine
 * outlets quoting the court are still one.
 *
 * It is the kind of body that decides, read from its name or from how the
 * claim introduces it ("the imagery firm Orbisight"); a body tied to a side
 * of the dispute (its affiliation, resolve-speakers.ts) is never neutral,
 * and neither is a government, an army, a ministry, a party or a company.
 */

/** Words that name a body of record by its function. */
const RECORD_BODY = new RegExp(
  String.raw`\b(?:court|tribunal|judge|inspectorate|ombudsman|regulator|auditor|coroner|fire (?:and rescue )?service|fire brigade|firefighters|fire department|rescue service|coastguard|coast guard|` +
    String.raw`united nations|u\.?n\.? (?:\w+ )?(?:mission|agency|office|monitors?|observers?|body|team)|unhcr|unicef|ocha|red cross|red crescent|` +
    String.raw`(?:monitoring|observer|observation|verification) (?:mission|group|team)|monitors|election observers|` +
    String.raw`(?:satellite|imagery|geospatial|geolocation)(?: \w+)? (?:firm|company|analysts?|group|collective|provider)|fact[- ]?check(?:er|ers|ing)?)\b`,
  'iu',
);

/** Bodies that are parties, whatever else their name says ("the ministry's fire department"). */
const PARTY_BODY = /\b(?:ministry|government|army|armed forces|military|party|company|plc|ltd|inc|corporation|president|minister|kremlin|state media)\b/iu;

const MAX_NAME = 200;

/**
 * Whether `speaker` is a neutral source of record: its name, or the words
 * the claim `text` puts right before it ("according to the imagery firm
 * Orbisight Analytics"), name a body of record, and nothing ties it to a
 * side (`side` is its affiliation, or null).
 */
export function isSourceOfRecord(speaker: string, text: string, side: string | null): boolean {
  if (side !== null) return false;
  const name = speaker.slice(0, MAX_NAME);
  if (PARTY_BODY.test(name)) return false;
  if (RECORD_BODY.test(name)) return true;
  const at = text.indexOf(name);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  // "the imagery firm Orbisight Analytics", "the fact-checking site Fact Room": the words that introduce it.
  return /\b(?:the|an?)\s+([\p{L}-]+\s+){0,3}$/iu.test(before) && RECORD_BODY.test(before) && !PARTY_BODY.test(before);
}

/** Roles by which a person speaks for a body: "a spokesperson for …", "the head of …", "…'s director". */
const ROLE = String.raw`(?:spokes(?:person|man|woman)|press officer|head|director(?:-general| general)?|chief|chair(?:man|woman|person)?|president|official|representative|officer|analyst|engineer|lawyer|secretary|coordinator|commander|leader|expert|researcher)`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether the claim `text` introduces its speaker as speaking for `body`:
 * "Leyla Amsel, a spokesperson for the United Nations Relief Coordination
 * Office, insisted …", "UNRCO's head of mission", "a Halvoran engineer".
 * Then what the person says is the body's word, not a second source.
 */
export function speaksFor(text: string, body: string): boolean {
  const name = body.slice(0, MAX_NAME).trim();
  if (name.length < 2) return false;
  const b = escape(name).replace(/\s+/gu, String.raw`\s+`);
  const re = new RegExp(String.raw`\b${ROLE}\s+(?:of|for|at|with|from)\s+(?:the\s+)?${b}\b|\b${b}(?:['’]s)?\s+(?:\w+\s+)?${ROLE}\b`, 'iu');
  return re.test(text.slice(0, 2000));
}
