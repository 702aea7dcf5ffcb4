/**
 * The corpus-level step before the per-seed analysis: the lines an outlet
 * prints in its articles on other stories too — a standing background
 * paragraph, a masthead, a prompt, a footer — learned from the collection
 * itself. `clean` drops them with the rule `outlet-boilerplate`.
 *
 * Repetition across articles is not enough: copies of one wire story make
 * several outlets print the same real sentences, and two outlets may quote
 * the same paragraph. So a line counts as boilerplate for a seed only when
 * another seed that prints it is about a different story:
 *
 * - the two share fewer than `SAME_STORY_LINES` long prose lines (a wire copy
 *   shares many), and
 * - the names and figures of their other lines overlap little (below
 *   `SAME_STORY_OVERLAP`; names that most articles of the collection use,
 *   like the countries of a long conflict, do not count); with too few names
 *   to tell, they count as the same story.
 *
 * And only lines that cannot be a short sentence of a story: a line that
 * does not end like a sentence, or a paragraph of `MIN_PROSE_WORDS` words
 * or more ("The ministry did not respond to a request for comment." stays).
 *
 * The result is deterministic: it depends only on the seeds' texts, in
 * order, and each seed's list goes into the cache key of its analysis.
 * Bounded: at most `MAX_UNITS` units of `MAX_KEY_LENGTH` characters a seed
 * are read, and each seed is compared with at most `MAX_PARTNERS` others.
 */
import { normalize, toUnits } from './clean-units.ts';
import { isTerminal, readsAsSentence, wordCount } from './text-shape.ts';
import type { Seed } from './types.ts';

export const SAME_STORY_LINES = 3;
export const SAME_STORY_OVERLAP = 0.3;
export const MIN_PROSE_WORDS = 15;
const MIN_NAMES = 5;
const MAX_UNITS = 2_000;
const MAX_KEY_LENGTH = 2_000;
const MAX_PARTNERS = 4;

/** The key a unit is compared by, here and in `clean`: its collapsed text, lower-cased. */
export const boilerplateKey = (text: string): string => text.toLowerCase();

interface SeedLines {
  keys: string[];
  /** Keys whose line may be boilerplate by its shape (`mayBeBoilerplate`). */
  shaped: Set<string>;
  /** Keys of long prose lines, for counting what two seeds share. */
  prose: Set<string>;
  /** Names and figures of each key's line, each once. */
  names: Map<string, string[]>;
  /** The telling names (not `common`) of the whole seed, with how many of its lines hold each. */
  counts: Map<string, number>;
}

/** Capitalised words not at a sentence start, and numbers: what tells one story from another. */
function namesOf(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]{2,}|\b\d[\d,.]*\d\b/gu)) names.push(m[0].toLowerCase());
  return [...new Set(names)];
}

function readSeed(seed: Seed): SeedLines {
  const keys: string[] = [];
  const shaped = new Set<string>();
  const prose = new Set<string>();
  const names = new Map<string, string[]>();
  for (const unit of toUnits(normalize(seed.text.slice(0, 5 * 1024 * 1024))).slice(0, MAX_UNITS)) {
    if (unit.text.length > MAX_KEY_LENGTH || names.has(boilerplateKey(unit.text))) continue;
    const key = boilerplateKey(unit.text);
    keys.push(key);
    if (mayBeBoilerplate(unit.text)) shaped.add(key);
    names.set(key, namesOf(unit.text));
    if (isTerminal(unit.text) && wordCount(unit.text) >= 12) prose.add(key);
  }
  return { keys, shaped, prose, names, counts: new Map() };
}

/** A line that may be boilerplate: not a short sentence a story could hold. */
const mayBeBoilerplate = (text: string): boolean => !readsAsSentence(text) || wordCount(text) >= MIN_PROSE_WORDS;

/**
 * For each seed, in order, the keys (`boilerplateKey`) of its lines that are
 * the standing text of its outlet, sorted.
 */
export function learnBoilerplate(seeds: readonly Seed[]): string[][] {
  const lines = seeds.map(readSeed);
  const holders = new Map<string, number[]>();
  lines.forEach((seed, index) => {
    for (const key of seed.keys) {
      const list = holders.get(key);
      if (list) list.push(index);
      else holders.set(key, [index]);
    }
  });
  const shared = (key: string) => (holders.get(key)?.length ?? 0) >= 2;

  // Names used by most articles (more than half, and more than three) say nothing about the story.
  const documentFrequency = new Map<string, number>();
  for (const seed of lines) {
    const seen = new Set<string>();
    for (const names of seed.names.values()) for (const name of names) seen.add(name);
    for (const name of seen) documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
  }
  const common = (name: string) => (documentFrequency.get(name) ?? 0) > Math.max(3, seeds.length / 2);
  for (const seed of lines) {
    for (const names of seed.names.values()) for (const name of names) if (!common(name)) seed.counts.set(name, (seed.counts.get(name) ?? 0) + 1);
  }

  const verdicts = new Map<string, boolean>();
  const differentStories = (a: number, b: number): boolean => {
    const pair = a < b ? `${a}:${b}` : `${b}:${a}`;
    let different = verdicts.get(pair);
    if (different === undefined) {
      different = compare(lines[a]!, lines[b]!);
      verdicts.set(pair, different);
    }
    return different;
  };

  return lines.map((seed, index) =>
    seed.keys
      .filter((key) => {
        if (!shared(key) || !seed.shaped.has(key)) return false;
        return spread(holders.get(key)!, index).some((other) => differentStories(index, other));
      })
      .sort(),
  );
}

/** At most `MAX_PARTNERS` holders of a line other than `index`, spread evenly over the list (deterministic). */
function spread(holders: readonly number[], index: number): number[] {
  const others = holders.length <= MAX_PARTNERS + 1 ? holders.filter((h) => h !== index) : null;
  if (others) return others;
  const picked = new Set<number>();
  for (let k = 0; k < MAX_PARTNERS + 1 && picked.size < MAX_PARTNERS; k++) {
    const other = holders[Math.floor((k * (holders.length - 1)) / MAX_PARTNERS)]!;
    if (other !== index) picked.add(other);
  }
  return [...picked];
}

/** Whether two seeds are about different stories (see the module comment). */
function compare(a: SeedLines, b: SeedLines): boolean {
  let sharedProse = 0;
  for (const key of a.prose) if (b.prose.has(key)) sharedProse++;
  if (sharedProse >= SAME_STORY_LINES) return false;
  const [few, many] = a.keys.length <= b.keys.length ? [a, b] : [b, a];
  const sharedKeys = few.keys.filter((key) => many.names.has(key));
  const namesA = ownNames(a, sharedKeys);
  const namesB = ownNames(b, sharedKeys);
  const [small, large] = namesA.size <= namesB.size ? [namesA, namesB] : [namesB, namesA];
  if (small.size < MIN_NAMES) return false;
  let overlap = 0;
  for (const name of small) if (large.has(name)) overlap++;
  return overlap / small.size < SAME_STORY_OVERLAP;
}

/** The telling names of a seed's lines other than `sharedKeys`. */
function ownNames(seed: SeedLines, sharedKeys: readonly string[]): Set<string> {
  const inShared = new Map<string, number>();
  for (const key of sharedKeys) for (const name of seed.names.get(key) ?? []) if (seed.counts.has(name)) inShared.set(name, (inShared.get(name) ?? 0) + 1);
  const own = new Set<string>();
  for (const [name, count] of seed.counts) if (count > (inShared.get(name) ?? 0)) own.add(name);
  return own;
}
