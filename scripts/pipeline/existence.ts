/**
 * Evidence stage: what a claim says does not exist. "There has never been
 * any depot here, no Black Ridge, nothing of the kind"; "the group does not
 * exist"; "no such unit". A claim that denies something exists denies every
 * claim that has it do something or be somewhere ("the strike hit a Black
 * Ridge weapons depot"), which shares no predicate with it.
 *
 * What is denied is the noun phrase: its names when it has any ("Black
 * Ridge"), else its head noun ("any depot"). Place words ("here", "there")
 * and "the kind" say where or what sort, not what. "The group does not
 * exist" names nothing: "the group" refers back, and is left out.
 *
 * Bounds: only the first 2,000 characters are read; each pattern is linear.
 */

const MAX_TEXT = 2000;
const PHRASE = String.raw`((?:["“'‘]?[\p{L}\p{N}'’-]+["”'’]?\s+){0,4}?["“'‘]?[\p{L}\p{N}'’-]+["”'’]?)`;
/** "there is no …", "there has never been any …", "no such …". */
const THERE_IS_NO = new RegExp(
  String.raw`\b(?:there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:no|not\s+any|never\s+any|never\s+an?)|there\s+(?:has|have)\s+never\s+been\s+(?:any|an?)|no\s+such)\s+${PHRASE}`,
  'giu',
);
/** "…, no Black Ridge, nothing of the kind": the rest of a list of what is not there. */
const LIST_ITEM = /,\s+no\s+((?:["“]?\p{Lu}[\p{L}'’-]*["”]?\s+){0,3}["“]?\p{Lu}[\p{L}'’-]*["”]?)/gu;
/** "… does not exist", "… never existed": the subject before it, up to a clause break. */
const DOES_NOT_EXIST = /([^,;:.!?]{1,120}?)\s+(?:do|does|did)\s+not\s+exist\b|([^,;:.!?]{1,120}?)\s+never\s+existed\b/giu;

const PLACE_WORDS = new Set(['here', 'there', 'anywhere', 'kind', 'sort', 'type', 'whatsoever', 'at', 'all', 'the', 'a', 'an', 'any', 'of']);

/** What `text` says does not exist: names ("black ridge") or a head noun ("depot"), lowercased. */
export function deniedExistence(text: string): string[] {
  const head = text.slice(0, MAX_TEXT);
  if (!/\b(?:no|never|not)\b/iu.test(head)) return [];
  const out = new Set<string>();
  const add = (phrase: string) => {
    const quoted = /["“]([^"”]{2,60})["”]/u.exec(phrase)?.[1];
    const words = phrase.replace(/["“”'‘’]/gu, ' ').split(/\s+/u).filter(Boolean);
    const names = quoted ? [quoted] : runsOfCapitals(words);
    if (names.length > 0) for (const n of names) out.add(n.toLowerCase());
    else {
      const content = words.filter((w) => !PLACE_WORDS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w));
      const last = content.at(-1);
      if (last) out.add(last.toLowerCase());
    }
  };
  for (const m of head.matchAll(THERE_IS_NO)) {
    add(m[1]!);
    for (const item of head.slice(m.index + m[0].length).matchAll(LIST_ITEM)) add(item[1]!);
  }
  // "The group does not exist": a subject without a name refers back to something the claim does not name.
  for (const m of head.matchAll(DOES_NOT_EXIST)) {
    const phrase = m[1] ?? m[2] ?? '';
    const quoted = /["“]([^"”]{2,60})["”]/u.exec(phrase)?.[1];
    const names = quoted ? [quoted] : runsOfCapitals(phrase.split(/\s+/u).filter(Boolean));
    for (const n of names) out.add(n.toLowerCase());
  }
  return [...out].sort();
}

/** Runs of capitalized words, not the sentence's first word alone: "Black Ridge". */
function runsOfCapitals(words: readonly string[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  words.forEach((w, i) => {
    if (/^\p{Lu}/u.test(w) && !(i === 0 && words.length > 1 && !/^\p{Lu}/u.test(words[1]!))) run.push(w);
    else if (run.length > 0) {
      runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs.filter((r) => !/^(?:The|A|An|Armed|Such)$/u.test(r));
}
