import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from './slug.ts';

describe('slugify', () => {
  it('keeps ASCII letters and digits, joins the rest with dashes', () => {
    expect(slugify('000_f77de8f682c93f7c.txt')).toBe('000-f77de8f682c93f7c');
    expect(slugify('Putin Says Pokrovsk — Surrounded!.txt')).toBe('putin-says-pokrovsk-surrounded');
  });

  it('folds accents and drops the extension', () => {
    expect(slugify('Zaporizhzhia – Énergie.html')).toBe('zaporizhzhia-energie');
  });

  it('never returns an empty or unsafe slug', () => {
    const slug = slugify('Путин.txt');
    expect(slug).toMatch(/^article-[0-9a-f]{6}$/);
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('<script>alert(1)</script>.txt')).toBe('script-alert-1-script');
  });

  it('caps the length', () => {
    expect(slugify(`${'a'.repeat(200)}.txt`).length).toBeLessThanOrEqual(80);
  });
});

describe('assignSlugs', () => {
  it('gives colliding names distinct slugs, whatever their order', () => {
    const names = ['Report.txt', 'report.txt', 'report.md', 'other.txt'];
    const a = assignSlugs(names);
    const b = assignSlugs([...names].reverse());
    expect(new Set(a.values()).size).toBe(4);
    for (const name of names) expect(a.get(name)).toBe(b.get(name));
    expect(a.get('other.txt')).toBe('other');
    for (const name of names.slice(0, 3)) expect(a.get(name)).toMatch(/^report-[0-9a-f]{6,}$/);
  });

  it('only produces URL-safe slugs', () => {
    for (const slug of assignSlugs(['a b.txt', 'ä/b.txt', '..txt', '?#%.md']).values()) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
