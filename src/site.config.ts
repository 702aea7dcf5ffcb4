/**
 * The site's configuration, in one place: its title, the organisation that
 * publishes it, and where it is served from. `astro.config.mjs` takes `site`
 * and `base` from here; `strings.ts` takes the title; the JSON-LD, feeds and
 * meta tags take the organisation and the absolute URLs.
 *
 * Each field has a default in this file, which an environment variable
 * overrides (an empty variable counts as unset):
 *
 *   field               variable            default
 *   title               FACTLINE_TITLE      Factline
 *   organization.name   FACTLINE_ORG_NAME   Factline
 *   organization.url    FACTLINE_ORG_URL    the site's own URL (site + base)
 *   site                FACTLINE_SITE       https://factline.example
 *   base                FACTLINE_BASE       /
 *   staleAfterDays      FACTLINE_STALE_DAYS 30
 *
 * Every value is validated; an invalid one stops the build with a message
 * naming where it came from (the variable, or this file), the field, the
 * value and what is allowed. Pure: no `astro:*` imports, so it can be loaded
 * by `astro.config.mjs` and unit tested.
 */
import { z } from 'zod';

export interface SiteConfig {
  /** The site's name: page titles, the header, feeds, `og:site_name`. */
  title: string;
  /** Who publishes the fact checks: the `author` of every ClaimReview, the annotations' creator. */
  organization: { name: string; url: string };
  /** The origin the site is served from, without a trailing slash: `https://checks.example.org`. */
  site: string;
  /** The path the site is served under, starting and ending with "/": `/` or `/factline/`. */
  base: string;
  /** An unverified or disputed claim with no article bearing on it for more days than this (against the newest article) is marked stale. */
  staleAfterDays: number;
}

/** Where this file says the defaults are, for messages. */
export const CONFIG_FILE = 'src/site.config.ts';

/** Default values, per field; without `organizationUrl`, the organisation's URL is the site's own (site + base). */
export interface ConfigDefaults {
  title: string;
  organizationName: string;
  organizationUrl?: string;
  site: string;
  base: string;
  staleAfterDays?: number;
}

/** The defaults; `organization.url` defaults to the site's own URL. */
export const DEFAULTS: Readonly<ConfigDefaults> = {
  title: 'Factline',
  organizationName: 'Factline',
  site: 'https://factline.example',
  base: '/',
  staleAfterDays: 30,
};

/** The environment variable of each field. */
export const ENV_VARS = {
  title: 'FACTLINE_TITLE',
  'organization.name': 'FACTLINE_ORG_NAME',
  'organization.url': 'FACTLINE_ORG_URL',
  site: 'FACTLINE_SITE',
  base: 'FACTLINE_BASE',
  staleAfterDays: 'FACTLINE_STALE_DAYS',
} as const;

type Field = keyof typeof ENV_VARS;

/** Letters, digits and `-._~` segments, each followed by "/". */
const BASE_PATTERN = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

// No control characters (newlines, tabs…) in a name that ends up in every <title> and feed.
const NO_CONTROL = /^[^\p{Cc}]*$/u;

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const name = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `expected ${what}: 1 to ${max} characters` })
    .max(max, { error: `expected ${what}: 1 to ${max} characters` })
    .regex(NO_CONTROL, { error: `expected ${what} on one line, without control characters` });

const SCHEMAS: Record<Field, z.ZodType<string, string>> = {
  title: name('the site title', 80),
  'organization.name': name("the publishing organisation's name", 120),
  'organization.url': z
    .string()
    .trim()
    .refine((value) => httpUrl(value) !== null, { error: 'expected an absolute http(s) URL, e.g. https://example.org/about' })
    .transform((value) => httpUrl(value)!.href),
  site: z
    .string()
    .trim()
    .refine((value) => httpUrl(value) !== null, { error: 'expected an absolute http(s) URL, e.g. https://checks.example.org' })
    .refine(
      (value) => {
        const url = httpUrl(value);
        return url !== null && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      },
      { error: 'expected only an origin, e.g. https://checks.example.org (put a path in FACTLINE_BASE)' },
    )
    .transform((value) => httpUrl(value)!.origin),
  base: z.string().regex(BASE_PATTERN, {
    error: 'expected a path that starts and ends with "/" (letters, digits, "-", ".", "_", "~" between), e.g. "/" or "/factline/"',
  }),
  staleAfterDays: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/u, { error: 'expected a whole number of days from 1 to 3650' })
    .refine((value) => Number(value) >= 1 && Number(value) <= 3650, { error: 'expected a whole number of days from 1 to 3650' }),
};

export class SiteConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid site configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SiteConfigError';
  }
}

function show(value: string): string {
  // A value with a newline or another control character is shown escaped, on one line.
  const text = NO_CONTROL.test(value) ? value : JSON.stringify(value).slice(1, -1);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

/**
 * The configuration from `env` over `defaults`. Throws `SiteConfigError`
 * listing every invalid value, each as
 * "FACTLINE_BASE: Unexpected `factline` for `base`, expected …".
 */
export function loadSiteConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  defaults: ConfigDefaults = DEFAULTS,
): SiteConfig {
  const problems: string[] = [];
  const read = (field: Field, fallback: string | undefined): string | undefined => {
    const variable = ENV_VARS[field];
    const fromEnv = env[variable];
    const [source, value] = fromEnv !== undefined && fromEnv !== '' ? [variable, fromEnv] : [CONFIG_FILE, fallback];
    if (value === undefined) return undefined;
    const result = SCHEMAS[field].safeParse(value);
    if (result.success) return result.data;
    problems.push(`${source}: Unexpected ${show(value)} for \`${field}\`, ${result.error.issues[0]?.message ?? 'expected a valid value'}`);
    return undefined;
  };
  const title = read('title', defaults.title);
  const organizationName = read('organization.name', defaults.organizationName);
  const site = read('site', defaults.site);
  const base = read('base', defaults.base);
  const ownUrl = site !== undefined && base !== undefined ? `${site}${base}` : undefined;
  const organizationUrl = read('organization.url', defaults.organizationUrl ?? ownUrl);
  const staleAfterDays = read('staleAfterDays', String(defaults.staleAfterDays ?? DEFAULTS.staleAfterDays));
  if (problems.length > 0) throw new SiteConfigError(problems);
  return {
    title: title!,
    organization: { name: organizationName!, url: organizationUrl! },
    site: site!,
    base: base!,
    staleAfterDays: Number(staleAfterDays),
  };
}

/** How many articles the RSS feed (`/rss.xml`) lists: the latest ones, newest first. */
export const FEED_ITEMS = 50;

/** The configuration of this build. */
export const siteConfig: SiteConfig = loadSiteConfig();
