/**
 * Speakers across the site: who is one speaker, and the stable, unique URL
 * slug of each speaker's page. Pure functions only (no `astro:content`), so
 * they can be unit tested; `articles.ts` calls them with the collection.
 */
import { createHash } from 'node:crypto';

const MAX_LENGTH = 60;

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/**
 * The identity of a speaker: the name with Unicode form, spacing, apostrophes
 * and case normalized, so `"Kyiv’s top general"` and `"kyiv's  top general"`
 * are one speaker.
 */
export function speakerKey(name: string): string {
  return name.normalize('NFKC').replace(/[’‘`´]/g, "'").trim().replace(/\s+/g, ' ').toLowerCase();
}

function shortHash(value: string, length: number): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/** `"Volodymyr Zelenskyy"` → `"volodymyr-zelenskyy"`; `"Kyiv's top general"` → `"kyivs-top-general"`. */
export function slugifySpeaker(name: string): string {
  const ascii = speakerKey(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LATIN_EXTRA[letter] ?? letter)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, MAX_LENGTH).replace(/-+$/, '');
  return cut === '' ? `speaker-${shortHash(speakerKey(name), 6)}` : cut;
}

/**
 * A slug for every speaker key. When several speakers would get the same
 * slug, each gets a suffix hashed from its own key, so the result does not
 * depend on the order of the names and adding a speaker moves no other page
 * unless it collides with it.
 */
export function assignSpeakerSlugs(names: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, Set<string>>();
  for (const name of names) {
    const base = slugifySpeaker(name);
    byBase.set(base, (byBase.get(base) ?? new Set()).add(speakerKey(name)));
  }
  const slugs = new Map<string, string>();
  const taken = new Set(byBase.keys());
  for (const [base, keys] of byBase) {
    if (keys.size === 1) {
      slugs.set([...keys][0]!, base);
      continue;
    }
    for (const key of [...keys].sort()) {
      let length = 6;
      let slug = `${base}-${shortHash(key, length)}`;
      while (taken.has(slug)) slug = `${base}-${shortHash(key, ++length)}`;
      taken.add(slug);
      slugs.set(key, slug);
    }
  }
  return slugs;
}

/** Items grouped by a key, groups in order of first appearance, items in input order. */
export function groupInOrder<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}

export interface SpeakerGroup<T> {
  /** How the speaker is written most often (first seen on a tie). */
  name: string;
  slug: string;
  items: T[];
}

/**
 * Items grouped by speaker (items with no speaker are left out), the
 * speakers with the most items first, then by name.
 */
export function groupBySpeaker<T>(items: readonly T[], speakerOf: (item: T) => string | null): SpeakerGroup<T>[] {
  const named = items.filter((item) => (speakerOf(item) ?? '').trim() !== '');
  const slugs = assignSpeakerSlugs(named.map((item) => speakerOf(item)!));
  return groupInOrder(named, (item) => speakerKey(speakerOf(item)!))
    .map(({ key, items: grouped }) => ({
      name: mostCommon(grouped.map((item) => speakerOf(item)!.trim().replace(/\s+/g, ' '))),
      slug: slugs.get(key)!,
      items: grouped,
    }))
    .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
}
