/**
 * Stage: claims in different articles that give the same figure for the
 * same event state the same fact, whatever their words: "No civilians were
 * killed" / "the ministry denied that any civilians died" / "not a single
 * civilian was killed"; "14 people were killed" / "the health ministry puts
 * the toll at 14 dead". Word similarity misses most of these (matching.ts
 * scores them far apart), and they are the facts a desk checks first.
 *
 * A figure here is a count (counts.ts) or a share (proportions.ts) the
 * claim states, not one it sets aside. Two claims share it when the event
 * (or what the share is of) is the same and the figure is the same number:
 * an exact count or a zero, a share to a tenth of a percent. A lone small
 * count ("two children") says too little to tie two claims, so counts of
 * one or two are not used, a zero is. Both claims, or the claims around
 * them, must also name a place, person or organisation in common (the same
 * story), and neither may deny
 * what it states ("denied that 14 civilians died" says the opposite): a
 * denial joins only another denial.
 *
 * Bounds: at most `MAX_PER_FIGURE` claims per figure are paired (a figure
 * shared by more is too common to tie claims), so the work stays linear.
 */
import type { ClaimFeatures } from './claim-features.ts';
import { yearsOf } from './counts.ts';

export interface FigureClaim {
  features: ClaimFeatures;
  /** The article it belongs to: claims of one article are never paired. */
  article: number;
  denial: boolean;
  /** Names it and the claims around it state, to keep figures of other stories apart. */
  entities: ReadonlySet<string>;
}

export const MAX_PER_FIGURE = 60;

/** The keys of the figures a claim states: `count:death:14`, `share:turnout:0.742`. */
export function figureKeys(features: ClaimFeatures): string[] {
  const keys = new Set<string>();
  // "An ammonia leak in 2019 sent 14 people to hospital" is of another event than this year's 14.
  const years = yearsOf(features.text);
  const at = years ? `@${years}` : '';
  for (const c of features.counts ?? []) {
    if (c.aside || c.low !== c.high) continue;
    if (c.low !== 0 && c.low < 3) continue;
    keys.add(`count:${c.event}:${c.low}${at}`);
  }
  for (const p of features.proportions ?? []) {
    // A stated share, not a bound: "74.2 per cent", not "under 50%".
    if (p.high - p.low > 0.011) continue;
    const value = Math.round(((p.low + p.high) / 2) * 1000) / 1000;
    for (const of of p.of) keys.add(`share:${of}:${value}${at}`);
  }
  return [...keys].sort();
}

/** Pairs `[i, j]` (i < j) of claims in different articles that state the same figure of the same story. */
export function matchByFigures(claims: readonly FigureClaim[]): Array<[number, number]> {
  const byKey = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const key of figureKeys(c.features)) {
      const list = byKey.get(key) ?? byKey.set(key, []).get(key)!;
      list.push(i);
    }
  });
  const out = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const key of [...byKey.keys()].sort()) {
    const list = byKey.get(key)!;
    if (list.length < 2 || list.length > MAX_PER_FIGURE) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const a = claims[i]!;
        const b = claims[j]!;
        if (a.article === b.article || a.denial !== b.denial) continue;
        let shared = false;
        for (const e of a.entities) if (b.entities.has(e)) shared = true;
        if (!shared) continue;
        const id = `${i}:${j}`;
        if (out.has(id)) continue;
        out.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort(([a, b], [c, d]) => a - c || b - d);
}
