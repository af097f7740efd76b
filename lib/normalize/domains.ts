import { parse } from 'tldts';

// Hosts are at most 253 characters; URLs worth reading are far below 2 KB.
const MAX_INPUT = 2048;
// Schemes that name no web host at all.
const HOSTLESS_SCHEME = /^(?:javascript|data|tel|sms|about|file|blob|chrome|chrome-extension|moz-extension|urn):/;

/** Parses page text as a URL: "acme.com/about", "//acme.com", "mailto:x@acme.com", "http://…". */
function toUrl(text: string): URL | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_INPUT || /[\s<>"{}|\\^`]/.test(t)) return undefined;
  const lower = t.toLowerCase();
  if (HOSTLESS_SCHEME.test(lower)) return undefined;
  const candidate = lower.startsWith('mailto:')
    ? `http://${t.slice(7).split('?')[0]?.split('@').pop() ?? ''}`
    : /^[a-z][a-z0-9+.-]*:\/\//.test(lower)
      ? t
      : `http://${t.replace(/^\/\//, '')}`;
  try {
    return new URL(candidate);
  } catch {
    return undefined;
  }
}

function domainOfHost(hostname: string): string | undefined {
  const info = parse(hostname.replace(/\.$/, ''));
  // isIcann is false for suffixes outside the public suffix list ("intranet.corp", "localhost").
  if (info.isIp || !info.domain || info.isIcann !== true) return undefined;
  return info.domain.toLowerCase();
}

/**
 * The registrable domain (eTLD+1, lower case, IDNs in punycode) of a URL, host or e-mail address.
 * Private suffixes are not applied, so "acme.github.io" is "github.io".
 * @example registrableDomain('https://www.Example.co.uk/about') // 'example.co.uk'
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  if (typeof urlOrHost !== 'string') return undefined;
  const url = toUrl(urlOrHost);
  return url ? domainOfHost(url.hostname) : undefined;
}

// LinkedIn wraps company website links in a redirect; the real address is its `url` parameter.
function unwrapRedirect(url: URL): URL {
  const host = url.hostname;
  if (!/(?:^|\.)linkedin\.com$/.test(host) || !url.pathname.startsWith('/redir/')) return url;
  const target = url.searchParams.get('url');
  return (target && toUrl(target)) || url;
}

/**
 * A company website as a clean https URL: no credentials, query or fragment, no trailing slash.
 * @example normalizeWebsite('http://www.acme.com/?utm_source=linkedin') // 'https://www.acme.com'
 */
export function normalizeWebsite(text: string): string | undefined {
  // An e-mail address names a domain but is no website.
  if (typeof text !== 'string' || /^\s*mailto:|^\s*[^\s/@:]+@[^\s/@]+\s*$/i.test(text)) return undefined;
  const first = toUrl(text);
  const url = first && unwrapRedirect(first);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (!domainOfHost(url.hostname)) return undefined;
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `https://${url.hostname.replace(/\.$/, '')}${port}${path}`;
}
