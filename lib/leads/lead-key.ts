import { foldKey } from '../normalize/fold-key';
import { registrableDomain } from '../normalize/domains';

/** What a company can be known by when it is saved. */
export interface LeadIdentity {
  domain?: string;
  linkedinId?: string;
  linkedinSlug?: string;
  name?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

/** "www.Acme.io" and "https://acme.io/about" are both "acme.io"; text that is no domain is trimmed and lower-cased. */
function domainPart(domain?: string): string | undefined {
  const d = domain?.trim();
  if (!d) return undefined;
  return registrableDomain(d) ?? d.toLowerCase().replace(/^www\./, '');
}

const clean = (text?: string) => text?.trim().toLowerCase() || undefined;

/** `name:<folded name>|<country>`, or undefined when the name folds to nothing. */
function nameKey(name?: string, country?: string): string | undefined {
  const folded = name ? foldKey(name) : '';
  return folded ? `name:${folded}|${clean(country) ?? ''}` : undefined;
}

/**
 * Every key a company could have been saved under, best first: its domain, its LinkedIn company
 * id, its LinkedIn slug, its folded name with its country, and (when the country is known) its
 * name alone, which is how it was keyed if it was saved before its country was known.
 */
export function leadKeys(id: LeadIdentity): string[] {
  const out: string[] = [];
  const push = (k: string | undefined) => {
    if (k && !out.includes(k)) out.push(k);
  };
  const domain = domainPart(id.domain);
  push(domain && `domain:${domain}`);
  const linkedinId = clean(id.linkedinId);
  push(linkedinId && `li:${linkedinId}`);
  const slug = clean(id.linkedinSlug);
  push(slug && `li:${slug}`);
  push(nameKey(id.name, id.country));
  if (clean(id.country)) push(nameKey(id.name));
  return out;
}

/**
 * A saved lead's identity (Lead.key): `domain:<registrable domain>`, else `li:<LinkedIn id>`,
 * else `li:<LinkedIn slug>`, else `name:<folded name>|<country>`. Undefined when the company has
 * none of these (nothing to save it under).
 */
export function leadKey(id: LeadIdentity): string | undefined {
  // leadKeys(id)[0], without building the keys after the first (imports key every row).
  const domain = domainPart(id.domain);
  if (domain) return `domain:${domain}`;
  const linkedin = clean(id.linkedinId) ?? clean(id.linkedinSlug);
  return linkedin ? `li:${linkedin}` : nameKey(id.name, id.country);
}

/** The registrable domain a lead is keyed by, as leadKey reads it. */
export function keyDomain(domain?: string): string | undefined {
  return domainPart(domain);
}
