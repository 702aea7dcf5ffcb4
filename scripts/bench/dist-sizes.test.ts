import { describe, expect, it } from 'vitest';
import { distPart, formatDistSizes, htmlBreakdown } from './dist-sizes.ts';

describe('distPart', () => {
  it('names the part of the site a file belongs to', () => {
    expect(distPart('articles/000-abc/index.html')).toBe('article pages');
    expect(distPart('claim/k-123/index.html')).toBe('claim story pages');
    expect(distPart('claims.json')).toBe('claims export');
    expect(distPart('claims/shard-12.json')).toBe('claims export');
    expect(distPart('claims/shard-12.json.gz')).toBe('claims export');
    expect(distPart('claims/clusters-1.json')).toBe('claims export');
    expect(distPart('claims/data/status-3/1.json')).toBe('/claims/ filter data');
    expect(distPart('claims/by-worthiness/2/index.html')).toBe('/claims/ by check-worthiness');
    expect(distPart('claims/index.html')).toBe('/claims/ listing pages');
    expect(distPart('claims/31/index.html')).toBe('/claims/ listing pages');
    expect(distPart('annotations.jsonld')).toBe('annotations export');
    expect(distPart('annotations/page-3.jsonld')).toBe('annotations export');
    expect(distPart('annotations/page-3.jsonld.gz')).toBe('annotations export');
    expect(distPart('speakers/ana-lima/index.html')).toBe('speaker pages');
    expect(distPart('pagefind/pagefind.js')).toBe('Pagefind index');
    expect(distPart('index.html')).toBe('home pages');
    expect(distPart('page/2/index.html')).toBe('home pages');
    expect(distPart('factline.css')).toBe('other');
    expect(distPart('claims-page.js')).toBe('other');
  });
});

const PAGE = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>T</title>',
  '<script type="application/ld+json">{"@type":"ClaimReview"}</script></head><body><header>nav</header>',
  '<main><article><h1>T</h1>',
  '<div class="article-body" data-pagefind-body><p>Before <mark class="claim" id="c-1" data-pagefind-title="S">the claim</mark><a class="status status--verified" href="#c-1-details">OK</a><span hidden data-pagefind-ignore data-pagefind-filter="status">status:OK</span> after.</p></div>',
  '<section class="claims" aria-labelledby="claims-heading" data-pagefind-ignore><h2>Claims</h2>',
  '<ol><li><p><a href="#c-1">S</a> <span class="status status--verified"><span class="status__icon">✓</span> <span class="status__label">OK</span></span></p>',
  '<p class="claims__story"><a href="/claim/k-1/">story</a></p><ul class="claims__related"><li>Also: <a href="/x/">y</a></li></ul></li></ol></section>',
  '<footer class="article-footer">log</footer></article></main><script>alert(1)</script><style>p{}</style></body></html>',
].join('');

describe('htmlBreakdown', () => {
  it('splits an article page into parts that add up to its bytes', () => {
    const parts = htmlBreakdown(PAGE);
    const total = parts.reduce((n, p) => n + p.bytes, 0);
    expect(total).toBe(Buffer.byteLength(PAGE));
    const get = (name: string) => parts.find((p) => p.part === name)?.bytes ?? 0;
    expect(get('JSON-LD')).toBe(Buffer.byteLength('<script type="application/ld+json">{"@type":"ClaimReview"}</script>'));
    expect(get('inline scripts')).toBe(Buffer.byteLength('<script>alert(1)</script>'));
    expect(get('inline styles')).toBe(Buffer.byteLength('<style>p{}</style>'));
    expect(get('claim list: related links')).toBe(Buffer.byteLength('<ul class="claims__related"><li>Also: <a href="/x/">y</a></li></ul>'));
    expect(get('claim list: story links')).toBe(Buffer.byteLength('<p class="claims__story"><a href="/claim/k-1/">story</a></p>'));
    expect(get('claim list: Pagefind attributes')).toBe(Buffer.byteLength(' data-pagefind-ignore'));
    expect(get('body: claim badges')).toBe(Buffer.byteLength('<a class="status status--verified" href="#c-1-details">OK</a>'));
    expect(get('body: text')).toBe(Buffer.byteLength('Before the claim after.'));
    // data-pagefind-body, data-pagefind-title, the filter span (with its two attributes)
    expect(get('body: Pagefind attributes and filter spans')).toBe(
      Buffer.byteLength(' data-pagefind-body') + Buffer.byteLength(' data-pagefind-title="S"') + Buffer.byteLength('<span hidden data-pagefind-ignore data-pagefind-filter="status">status:OK</span>'),
    );
  });

  it('counts a page without those parts as other', () => {
    expect(htmlBreakdown('<p>x</p>')).toEqual([{ part: 'other (header, footer, nav, cleaning log)', bytes: 8 }]);
  });

  it('formats a table', () => {
    const text = formatDistSizes({
      total: { bytes: 2_000_000, files: 3 },
      largest: { path: 'a.json', bytes: 1_500_000 },
      parts: [{ part: 'claims export', bytes: 1_500_000, files: 1 }, { part: 'other', bytes: 500_000, files: 2 }],
      sample: null,
    });
    expect(text).toContain('| claims export | 1 | 1.50 MB | 75.0 % |');
    expect(text).toContain('largest file: `a.json` 1.50 MB');
  });
});
