import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, canonicalUrl, claimUrl } from './site-urls.ts';

const root = { site: 'https://factline.example', base: '/' };
const sub = { site: 'https://checks.example.org', base: '/factline/' };

describe('absolute URLs', () => {
  it('joins the site, the base path and a base-relative path', () => {
    expect(absoluteUrl(root, '/')).toBe('https://factline.example/');
    expect(absoluteUrl(root, 'rss.xml')).toBe('https://factline.example/rss.xml');
    expect(absoluteUrl(sub, '/')).toBe('https://checks.example.org/factline/');
    expect(absoluteUrl(sub, '/rss.xml')).toBe('https://checks.example.org/factline/rss.xml');
    expect(articleUrl(sub, 'a-1')).toBe('https://checks.example.org/factline/articles/a-1/');
    expect(claimUrl(sub, 'a-1', 'c-0123456789')).toBe('https://checks.example.org/factline/articles/a-1/#c-0123456789');
  });

  it('gives pages a trailing slash and files their name', () => {
    expect(canonicalUrl(sub, '/factline/articles/a-1')).toBe('https://checks.example.org/factline/articles/a-1/');
    expect(canonicalUrl(sub, '/factline/articles/a-1/')).toBe('https://checks.example.org/factline/articles/a-1/');
    expect(canonicalUrl(sub, '/factline/')).toBe('https://checks.example.org/factline/');
    expect(canonicalUrl(root, '/')).toBe('https://factline.example/');
    expect(canonicalUrl(root, '')).toBe('https://factline.example/');
    expect(canonicalUrl(root, '/rss.xml')).toBe('https://factline.example/rss.xml');
  });
});
