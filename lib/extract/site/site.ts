import { CAP_URL } from './limits';

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

/** A host as compared here: lower case, without the trailing dot of a fully qualified name. */
const hostKey = (host: string): string => host.toLowerCase().replace(/\.$/, '');

/** Is `host` the registrable domain itself or one of its subdomains ("blog.acme.io" of "acme.io")? */
export const underDomain = (host: string, domain: string): boolean => {
  const h = hostKey(host);
  return h === domain || h.endsWith(`.${domain}`);
};

/**
 * The site of a page whose registrable domain the caller computed (with the public-suffix list,
 * which this module does not import). A domain that is not the page's host or one of its parents
 * is ignored: the page is read as one without a domain.
 */
export function siteOf(url: URL, doc: Document | undefined, registrable: string | undefined): Site {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const given = typeof registrable === 'string' ? hostKey(registrable.trim()) : '';
  const domain = web && given.includes('.') && underDomain(url.hostname, given) ? given : undefined;
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
  if (!href || href.length > CAP_URL) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Does this URL (or host) belong to the page's own registrable domain (the domain or a subdomain of it)? */
export function onSite(href: string | URL | undefined, site: Site): boolean {
  if (!href || !site.domain) return false;
  const host = typeof href === 'string' ? absolute(href, site.base)?.hostname : href.hostname;
  return host !== undefined && underDomain(host, site.domain);
}
