import { describe, expect, it } from 'vitest';
import { pageMeta } from './page-meta.ts';

const config = {
  title: 'Desk Checks',
  organization: { name: 'The Desk', url: 'https://desk.example.org/' },
  site: 'https://checks.example.org',
  base: '/factline/',
  staleAfterDays: 30,
};

describe('pageMeta', () => {
  it('gives an article page its canonical URL, feed link, Open Graph and Twitter tags', () => {
    const meta = pageMeta(
      { title: 'Putin demands withdrawal', description: 'First paragraph.', pathname: '/factline/articles/a-1/', type: 'article', published: '2025-11-28' },
      config,
    );
    expect(meta.documentTitle).toBe('Putin demands withdrawal · Desk Checks');
    expect(meta.canonical).toBe('https://checks.example.org/factline/articles/a-1/');
    expect(meta.feed).toEqual({ href: 'https://checks.example.org/factline/rss.xml', title: 'Desk Checks' });
    expect(Object.fromEntries(meta.properties.map(({ property, content }) => [property, content]))).toEqual({
      'og:type': 'article',
      'og:title': 'Putin demands withdrawal',
      'og:description': 'First paragraph.',
      'og:url': 'https://checks.example.org/factline/articles/a-1/',
      'og:site_name': 'Desk Checks',
      'article:published_time': '2025-11-28',
    });
    expect(Object.fromEntries(meta.names.map(({ name, content }) => [name, content]))).toEqual({
      description: 'First paragraph.',
      'twitter:card': 'summary',
    });
  });

  it('gives other pages type website and no article tags; the home page is titled by the site alone', () => {
    const meta = pageMeta({ title: 'Desk Checks', description: 'Tagline', pathname: '/factline/', type: 'website' }, config);
    expect(meta.documentTitle).toBe('Desk Checks');
    expect(meta.properties.find(({ property }) => property === 'og:type')!.content).toBe('website');
    expect(meta.properties.some(({ property }) => property.startsWith('article:'))).toBe(false);
    expect(meta.canonical).toBe('https://checks.example.org/factline/');
  });
});
