/**
 * Stable, URL-safe, unique article slugs.
 *
 * A slug comes from the seed's file name, not from its headline, so that
 * better cleaning never moves a page (and never orphans its verdict file).
 */
import { createHash } from 'node:crypto';

const MAX_LENGTH = 80;
const SEED_EXTENSION = /\.(txt|md|markdown|html?)$/i;

/** `"Putin Says Pokrovsk — Surrounded!.txt"` → `"putin-says-pokrovsk-surrounded"`. */
export function slugify(fileName: string): string {
  const base = fileName.replace(SEED_EXTENSION, '');
  const ascii = base
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, MAX_LENGTH).replace(/-+$/, '');
  return cut === '' ? `article-${shortHash(fileName)}` : cut;
}

export function shortHash(value: string, length = 6): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/**
 * Assigns a slug to every seed name. Names whose slugs collide all get a
 * suffix hashed from their own full file name, so the result does not depend
 * on the order the names come in, and adding a seed never renames another
 * unless it collides with it.
 */
export function assignSlugs(seedNames: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of new Set(seedNames)) {
    const base = slugify(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set(byBase.keys());
  for (const [base, names] of byBase) {
    if (names.length === 1) {
      slugs.set(names[0]!, base);
      continue;
    }
    for (const name of names) {
      let length = 6;
      let slug = `${base}-${shortHash(name, length)}`;
      while (taken.has(slug)) slug = `${base}-${shortHash(name, ++length)}`;
      taken.add(slug);
      slugs.set(name, slug);
    }
  }
  return slugs;
}
