import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, DEFAULTS, loadSiteConfig, SiteConfigError } from './site.config.ts';

function problemsOf(env: Record<string, string>, defaults = DEFAULTS): readonly string[] {
  try {
    loadSiteConfig(env, defaults);
  } catch (error) {
    if (error instanceof SiteConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadSiteConfig', () => {
  it('has working defaults, the organisation URL being the site’s own', () => {
    expect(loadSiteConfig({})).toEqual({
      title: 'Factline',
      organization: { name: 'Factline', url: 'https://factline.example/' },
      site: 'https://factline.example',
      base: '/',
      staleAfterDays: 30,
    });
  });

  it('takes every field from its environment variable', () => {
    const config = loadSiteConfig({
      FACTLINE_TITLE: '  Desk Checks ',
      FACTLINE_ORG_NAME: 'The Desk',
      FACTLINE_ORG_URL: 'https://desk.example.org/about',
      FACTLINE_SITE: 'https://checks.example.org/',
      FACTLINE_BASE: '/factline/',
      FACTLINE_STALE_DAYS: ' 14 ',
    });
    expect(config).toEqual({
      title: 'Desk Checks',
      organization: { name: 'The Desk', url: 'https://desk.example.org/about' },
      site: 'https://checks.example.org',
      base: '/factline/',
      staleAfterDays: 14,
    });
  });

  it('derives the organisation URL from site and base, and treats empty variables as unset', () => {
    const config = loadSiteConfig({ FACTLINE_SITE: 'https://x.example', FACTLINE_BASE: '/a/b/', FACTLINE_TITLE: '' });
    expect(config.organization.url).toBe('https://x.example/a/b/');
    expect(config.title).toBe('Factline');
  });

  it('names the variable, the field, the value and what is allowed', () => {
    const [problem] = problemsOf({ FACTLINE_BASE: '/factline' });
    expect(problem).toMatch(/^FACTLINE_BASE: Unexpected `\/factline` for `base`, expected a path that starts and ends with "\/"/);
    expect(problemsOf({ FACTLINE_BASE: 'factline/' })[0]).toContain('FACTLINE_BASE');
    expect(problemsOf({ FACTLINE_BASE: '/a b/' })[0]).toContain('`/a b/`');
    expect(problemsOf({ FACTLINE_SITE: 'checks.example.org' })[0]).toMatch(
      /^FACTLINE_SITE: Unexpected `checks\.example\.org` for `site`, expected an absolute http\(s\) URL/,
    );
    expect(problemsOf({ FACTLINE_SITE: 'https://example.org/factline/' })[0]).toMatch(/expected only an origin.*FACTLINE_BASE/);
    expect(problemsOf({ FACTLINE_SITE: 'javascript:alert(1)' })[0]).toContain('FACTLINE_SITE');
    expect(problemsOf({ FACTLINE_ORG_URL: 'ftp://example.org' })[0]).toMatch(/^FACTLINE_ORG_URL: .*`organization\.url`/);
    expect(problemsOf({ FACTLINE_TITLE: 'Two\nlines' })[0]).toBe(
      'FACTLINE_TITLE: Unexpected `Two\\nlines` for `title`, expected the site title on one line, without control characters',
    );
    expect(problemsOf({ FACTLINE_ORG_NAME: 'x'.repeat(200) })[0]).toMatch(/`organization\.name`, expected .*1 to 120 characters/);
    for (const days of ['0', '-3', '2.5', 'a month', '99999']) {
      expect(problemsOf({ FACTLINE_STALE_DAYS: days })[0]).toMatch(/^FACTLINE_STALE_DAYS: Unexpected .* for `staleAfterDays`, expected a whole number of days from 1 to 3650$/);
    }
  });

  it('names this file when a default is invalid', () => {
    const [problem] = problemsOf({}, { ...DEFAULTS, base: 'docs' });
    expect(problem).toBe(
      `${CONFIG_FILE}: Unexpected \`docs\` for \`base\`, expected a path that starts and ends with "/" (letters, digits, "-", ".", "_", "~" between), e.g. "/" or "/factline/"`,
    );
  });

  it('lists every invalid value at once, in the error message too', () => {
    const problems = problemsOf({ FACTLINE_BASE: 'x', FACTLINE_SITE: 'nope', FACTLINE_TITLE: ' ' });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['FACTLINE_TITLE', 'FACTLINE_SITE', 'FACTLINE_BASE']);
    expect(() => loadSiteConfig({ FACTLINE_BASE: 'x' })).toThrow(/Invalid site configuration:\n {2}- FACTLINE_BASE: Unexpected `x`/);
  });
});
