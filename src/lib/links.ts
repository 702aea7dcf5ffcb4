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
