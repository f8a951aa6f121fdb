// The site's public address: site.config.json's "site", unless the SITE_URL environment variable
// says otherwise (the deploy workflow sets it from a repository variable). Canonical links, the
// sitemap, citations, embed snippets, the API, the feed and the OpenGraph images all take it from
// Astro's `site`, which astro.config.mjs sets from here; the tests read it from here too.

/** Top-level domains reserved for examples and tests (RFC 2606, RFC 6761): never a real site. */
const RESERVED_TLDS = ['example', 'test', 'invalid', 'localhost'];

export interface AddressEnv {
  /** The public address, e.g. https://data.example.org; overrides site.config.json. */
  SITE_URL?: string | undefined;
  /** "1" or "true" for a build that will be published: a placeholder address is then refused. */
  SITE_PRODUCTION?: string | undefined;
}

export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
}

/** True for "1" and "true" (any case); false when unset, empty, "0" or "false". */
export function isProductionBuild(env: AddressEnv): boolean {
  return /^(1|true)$/i.test(env.SITE_PRODUCTION?.trim() ?? '');
}

/** Whether an address is a placeholder: a reserved example/test host, or this machine. */
export function isPlaceholder(url: URL): boolean {
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  const tld = host.split('.').pop() ?? '';
  return (
    RESERVED_TLDS.includes(tld) ||
    host === 'localhost' ||
    /^127\./.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}

/**
 * The origin the site is published at, e.g. "https://data.example.org" (no trailing slash).
 * Throws a SiteAddressError naming the variable and the rule when the address is unusable.
 */
export function siteAddress(configured: string, env: AddressEnv): string {
  const fromEnv = env.SITE_URL?.trim();
  const source = fromEnv ? 'SITE_URL' : 'site.config.json "site"';
  const text = fromEnv || configured;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SiteAddressError(`${source} is ${JSON.stringify(text)}, which is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteAddressError(`${source} must be an http(s) address, not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new SiteAddressError(`${source} must be a plain origin, without credentials, ? or #`);
  if (url.pathname !== '/')
    throw new SiteAddressError(
      `${source} is ${JSON.stringify(text)}: the site is built for the root of its host, so the ` +
        'address must have no path (for GitHub Pages, use a custom domain or a <owner>.github.io ' +
        'repository)',
    );
  if (isProductionBuild(env)) {
    if (url.protocol !== 'https:')
      throw new SiteAddressError(`${source} is ${url.origin}: a published site must use https`);
    if (isPlaceholder(url))
      throw new SiteAddressError(
        `${source} is the placeholder address ${url.origin}, and SITE_PRODUCTION is set: ` +
          'set SITE_URL to the public address (the deploy workflow reads the SITE_URL ' +
          'repository variable), or build without SITE_PRODUCTION for a local preview',
      );
  }
  return url.origin;
}
