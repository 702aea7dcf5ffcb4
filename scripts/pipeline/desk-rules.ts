/**
 * A desk's outlet rules (`OutletRule`, read from `content/outlets.yaml` by
 * `scripts/io/read-outlet-rules.ts`): which outlet a seed is, and what its
 * rules say about a line. Matching is literal text only, case-insensitive on
 * the collapsed line: no pattern a desk writes can make a line slow to test.
 */
import type { LineMatcher, OutletRule, Seed } from './types.ts';

const folded = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
const bare = (name: string): string => folded(name).replace(/^the\s+/u, '');

/** Whether `matcher` matches the (collapsed) line. */
export function matchesLine(matcher: LineMatcher, line: string): boolean {
  const text = folded(line);
  if ('line' in matcher) return text === folded(matcher.line);
  if ('startsWith' in matcher) return text.startsWith(folded(matcher.startsWith));
  if ('endsWith' in matcher) return text.endsWith(folded(matcher.endsWith));
  return text.includes(folded(matcher.contains));
}

/** The outlet a name (a publisher) stands for, by its name or an alias ("The" aside). */
export function outletNamed(outlets: readonly OutletRule[], name: string | null | undefined): OutletRule | undefined {
  if (!name) return undefined;
  const key = bare(name);
  return outlets.find((outlet) => [outlet.name, ...outlet.aliases].some((n) => bare(n) === key));
}

/** The outlet a seed's own metadata names, or whose `recognise` text the seed holds, in file order. */
export function recogniseOutlet(outlets: readonly OutletRule[], seed: Seed): OutletRule | undefined {
  if (outlets.length === 0) return undefined;
  const named = outletNamed(outlets, seed.metadata?.publisher);
  if (named) return named;
  const text = folded(seed.text);
  return outlets.find((outlet) => outlet.recognise.some((needle) => needle.trim() !== '' && text.includes(folded(needle))));
}

/** What an outlet's rules say about a line: drop it, move it to the captions, keep it, or nothing. */
export function deskVerdict(outlet: OutletRule | undefined, line: string): 'drop' | 'caption' | 'keep' | null {
  if (!outlet) return null;
  if (outlet.keep.some((m) => matchesLine(m, line))) return 'keep';
  if (outlet.drop.some((m) => matchesLine(m, line))) return 'drop';
  if (outlet.caption.some((m) => matchesLine(m, line))) return 'caption';
  return null;
}

/** The rule id a desk removal is logged under. */
export const deskRuleId = (outlet: OutletRule): string => `desk-${outlet.id}`;
