/**
 * One key per article however it was reached: links from social media and newsletters add
 * tracking parameters and fragments, and sites declare their preferred address with
 * `<link rel=canonical>`. Pure: the URL class only.
 */

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid', 'smtyp', 's_cid', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'spm', 'share', 'sh',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_'];

/** True when a query parameter only tracks the visitor. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parseHttp(href: string, base?: string): URL | null {
  try {
    const url = base === undefined ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The stored key of a page: the canonical link when it is a valid http(s) URL (resolved against
 * the page), else the address itself; lower-case host, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted. Throws on a non-http(s) page address.
 */
export function normalizePageUrl(pageUrl: string, canonicalHref: string | null = null): string {
  const page = parseHttp(pageUrl);
  if (!page) throw new Error(`not an http(s) page: ${pageUrl.slice(0, 200)}`);
  const canonical = canonicalHref ? parseHttp(canonicalHref.trim(), page.href) : null;
  const url = new URL((canonical ?? page).href);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.href;
}

/** The key a "never on this site" choice is stored under: host without "www.", lower case. */
export function siteKeyOf(pageUrl: string): string | null {
  const url = parseHttp(pageUrl);
  return url ? url.hostname.toLowerCase().replace(/^www\./, '') : null;
}
