// An article's address as it is compared when an imported file names its article: tools
// write the same page as http: or https:, with or without "www." or a trailing slash, with
// tracking parameters or a fragment. None of those changes which article is meant.

/** Query parameters that only say how the reader arrived, never which page they read. */
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga)$/i;

/**
 * The address reduced to what names the page: host without "www.", no scheme, no
 * fragment, no tracking parameters, no trailing slash; "www.site.example" counts as its
 * https: address. Anything else that is not an http(s) URL (a site name, a "urn:" IRI)
 * comes back trimmed, unchanged otherwise.
 */
export function comparableAddress(address: string): string {
  const trimmed = address.trim();
  // A bare "www.site.example" (how some pages name their source) is the same site's address.
  const withScheme = /^www\.[^\s/]+\.[a-z]{2,}(?:\/|$)/i.test(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return trimmed;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return trimmed;
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${query}`;
}
