import type { Source } from '../types';
import type { Link } from './links';
import { agreesWithDomain } from './name-match';
import type { Site } from './site';

export type Network = 'linkedin' | 'twitter' | 'github' | 'facebook';

export interface SocialLink {
  url: string;
  source: Source;
  detail: string;
}

// Paths that are the network's own pages or share widgets, never a company's profile.
const NOT_PROFILE: Record<Network, RegExp> = {
  linkedin: /^$/,
  twitter: /^(?:intent|share|hashtag|search|home|i|privacy|tos|login|signup|explore|settings|widgets)$/i,
  github: /^(?:about|features|pricing|login|join|sponsors|orgs|topics|marketplace|site|security|enterprise)$/i,
  facebook: /^(?:sharer|sharer\.php|share\.php|plugins|dialog|privacy|policies|tr|login|help|events|groups|watch)$/i,
};

/** The profile a URL points at on a network, as [network, canonical URL, handle], else undefined. */
export function profileOf(url: URL): [Network, string, string] | undefined {
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile|[a-z]{2})\./, '');
  const network: Network | undefined =
    host === 'linkedin.com'
      ? 'linkedin'
      : host === 'twitter.com' || host === 'x.com'
        ? 'twitter'
        : host === 'github.com'
          ? 'github'
          : host === 'facebook.com' || host === 'fb.com'
            ? 'facebook'
            : undefined;
  if (!network) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (network === 'linkedin') {
    const at = parts.findIndex((p) => /^(?:company|school|showcase)$/i.test(p));
    // The numeric Sales Navigator form and /company/<slug>/about/ both name the organization.
    return at >= 0 && parts[at + 1]
      ? ['linkedin', `https://www.linkedin.com/${parts[at].toLowerCase()}/${parts[at + 1]}/`, parts[at + 1]]
      : undefined;
  }
  const handle = parts[0];
  if (!handle || NOT_PROFILE[network].test(handle)) return undefined;
  const base = {
    twitter: 'https://twitter.com/',
    github: 'https://github.com/',
    facebook: 'https://www.facebook.com/',
  }[network];
  return [network, `${base}${handle}`, handle];
}

const agrees = (handle: string, name: string | undefined, site: Site): boolean => {
  const h = handle.toLowerCase().replace(/[^a-z0-9]/g, '');
  return agreesWithDomain(handle.replace(/[-_]/g, ' '), site.label) || (!!name && agreesWithDomain(name, h));
};

/**
 * The company's own profile per network. The owner's structured data (sameAs) first; then a link
 * in the site's header or footer, or anywhere when the handle agrees with the company name or
 * domain. A link in an article to some other company's page is not the owner's.
 */
export function socialProfiles(
  sameAs: readonly string[],
  twitterSite: string | undefined,
  sameAsSource: Source,
  links: readonly Link[],
  name: string | undefined,
  site: Site,
): Partial<Record<Network, SocialLink>> {
  const out: Partial<Record<Network, SocialLink>> = {};
  for (const s of sameAs) {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      continue;
    }
    const p = profileOf(url);
    if (p && !out[p[0]]) out[p[0]] = { url: p[1], source: sameAsSource, detail: 'sameAs' };
  }
  // twitter:site is the site's own account by definition.
  const handle = twitterSite?.replace(/^@/, '').trim();
  if (!out.twitter && handle && /^\w{1,30}$/.test(handle)) {
    out.twitter = { url: `https://twitter.com/${handle}`, source: 'meta', detail: 'twitter:site' };
  }
  const fromText: Partial<Record<Network, SocialLink>> = {};
  for (const link of links) {
    const p = profileOf(link.url);
    if (!p || out[p[0]]) continue;
    const matching = agrees(p[2], name, site);
    if (matching) out[p[0]] = { url: p[1], source: 'markup', detail: `link "${link.text || p[2]}"` };
    else if (link.chrome && !fromText[p[0]])
      fromText[p[0]] = { url: p[1], source: 'markup', detail: `site footer/header link "${link.text || p[2]}"` };
  }
  for (const [k, v] of Object.entries(fromText) as [Network, SocialLink][]) out[k] ??= v;
  return out;
}
