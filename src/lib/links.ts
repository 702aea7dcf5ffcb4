/**
 * Outbound links. A source URL comes from seed metadata and evidence URLs
 * from verdict files: only absolute http(s) URLs become links, so no
 * `javascript:` or `data:` URL can reach an href. Pure, unit tested.
 */

/** The URL, normalized, when it is an absolute http(s) URL; otherwise null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `"https://www.independent.co.uk/news/…"` → `"independent.co.uk"`. */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A link to a passage of the original article (a URL text fragment,
 * `#:~:text=…`), or null without a safe http(s) URL. Long passages are
 * given by their first and last words (`start,end`), as the fragment syntax
 * allows; `-`, `&` and `,` are percent-encoded, as it requires.
 */
export function textFragmentUrl(url: string | null | undefined, passage: string): string | null {
  const safe = safeHttpUrl(url);
  const text = passage.replace(/\s+/gu, ' ').trim();
  if (!safe || text === '') return null;
  const encode = (part: string) => encodeURIComponent(part).replace(/-/gu, '%2D');
  const words = text.split(' ');
  const directive = words.length > 12 ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}` : encode(text);
  return `${safe.split('#')[0]}#:~:text=${directive}`;
}
