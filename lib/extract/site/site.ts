import { registrableDomain } from '../../normalize/domains';
import { CAP } from './limits';

/** The site a page belongs to: its registrable domain and that domain's first label. */
export interface Site {
  url: URL;
  /** What relative links resolve against: the page's <base href>, else its URL. */
  base: URL;
  /** eTLD+1, e.g. "acme.co.uk"; undefined for IPs, localhost and non-web URLs. */
  domain?: string;
  /** "acme" of "acme.co.uk", letters and digits only ("rs-ingenieure" is "rsingenieure"). */
  label?: string;
}

export function siteOf(url: URL, doc?: Document): Site {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const domain = web ? registrableDomain(url.hostname) : undefined;
  const label = domain?.split('.')[0]?.replace(/[^a-z0-9]/g, '');
  let base = url;
  try {
    const href = doc?.querySelector('base[href]')?.getAttribute('href');
    if (href) base = absolute(href, url) ?? url;
  } catch {
    // A broken document keeps the page URL as base.
  }
  return { url, base, domain, label: label || undefined };
}

/** An href as an absolute http(s) URL, or undefined (javascript:, mailto:, garbage). */
export function absolute(href: string | null | undefined, base: URL): URL | undefined {
  if (!href || href.length > CAP.url) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Does this URL (or host) belong to the page's own registrable domain? */
export function onSite(href: string | URL | undefined, site: Site): boolean {
  if (!href || !site.domain) return false;
  const host = typeof href === 'string' ? absolute(href, site.base)?.hostname : href.hostname;
  return host !== undefined && registrableDomain(host) === site.domain;
}
