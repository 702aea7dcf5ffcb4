import { describe, expect, it } from 'vitest';
import { displayHost, safeHttpUrl } from './links.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.independent.co.uk/news/world/putin')).toBe('https://www.independent.co.uk/news/world/putin');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses anything that is not an absolute http(s) URL', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative', 'example.org', '', null, undefined]) {
      expect(safeHttpUrl(url), String(url)).toBeNull();
    }
  });
});

describe('displayHost', () => {
  it('shows the host without www.', () => {
    expect(displayHost('https://www.kyivindependent.com/a/b')).toBe('kyivindependent.com');
    expect(displayHost('https://apnews.com/')).toBe('apnews.com');
  });
});
