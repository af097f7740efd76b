import type { RawAddress, RawCompany } from '../types';
import { CAP, clean, put, webUrl } from './dom';
import { need, putText, type F } from './company-fields';
import { jsonLdOfType } from './json-ld';
import { canonicalLinkedInUrl, companySlugFromUrl } from './page-types';
import { readVoyagerCompany } from './voyager';

/** Readers of the page's data (URL, JSON-LD, Voyager JSON, meta tags): no UI language involved. */

export function fromUrl(f: F, url: URL): void {
  const slug = companySlugFromUrl(url);
  if (!slug) return;
  if (/^\d+$/.test(slug)) put(f, 'linkedinId', slug, 'url');
  else put(f, 'linkedinSlug', slug, 'url');
  put(f, 'linkedinUrl', canonicalLinkedInUrl(url.href), 'url');
}

const ORG_TYPES = /^(organization|corporation|educationalorganization|collegeoruniversity|ngo)$/i;

function jsonLdAddress(v: unknown): RawAddress | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const a = v as Record<string, unknown>;
  const out: RawAddress = {};
  const pairs: [keyof RawAddress, unknown][] = [
    ['street', a.streetAddress],
    ['locality', a.addressLocality],
    ['region', a.addressRegion],
    ['postalCode', a.postalCode],
    ['country', a.addressCountry],
  ];
  for (const [k, x] of pairs) {
    const t = clean(x);
    if (t) out[k] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

export function fromJsonLd(f: F, doc: Document, url: URL): void {
  const node = jsonLdOfType(doc, ORG_TYPES);
  if (!node) return;
  // After in-app navigation the <head> can still describe the previous company: skip it then.
  const own =
    typeof node.url === 'string' && URL.canParse(node.url) ? companySlugFromUrl(new URL(node.url)) : undefined;
  if (own && own !== companySlugFromUrl(url)) return;
  const d = 'schema.org Organization';
  put(f, 'name', clean(node.name, CAP.name), 'json-ld', d);
  // LinkedIn's own JSON-LD: url is the LinkedIn page, sameAs the company's website.
  const site = [node.sameAs].flat().find((s) => typeof s === 'string' && !/linkedin\.com/i.test(s));
  put(f, 'website', webUrl(site), 'json-ld', `${d}.sameAs`);
  const staff = node.numberOfEmployees;
  const count = typeof staff === 'object' && staff !== null ? (staff as Record<string, unknown>).value : staff;
  put(f, 'employeeCount', clean(count), 'json-ld', `${d}.numberOfEmployees`);
  put(f, 'address', jsonLdAddress(node.address), 'json-ld', `${d}.address`);
  put(f, 'founded', clean(node.foundingDate), 'json-ld', `${d}.foundingDate`);
  put(f, 'industry', clean(node.industry), 'json-ld', `${d}.industry`);
  put(f, 'description', clean(node.description, CAP.description), 'json-ld', `${d}.description`);
}

/** Applies the Voyager company; returns false when the page has none. */
export function fromVoyager(f: F, doc: Document, url: URL): { found: boolean; legacyIndustry?: string } {
  const v = readVoyagerCompany(doc, companySlugFromUrl(url));
  if (!v) return { found: false };
  for (const [k, value] of Object.entries(v.company) as [keyof RawCompany, never][]) {
    put(f, k, value, 'embedded-json', `Voyager Company.${v.keys[k] ?? k}`);
  }
  return { found: true, legacyIndustry: v.legacyIndustry };
}

export function fromMeta(f: F, doc: Document): void {
  if (!need(f, 'name', 'followers')) return;
  let title: string | undefined;
  let description: string | undefined;
  for (const m of Array.from((doc.head ?? doc).getElementsByTagName('meta'))) {
    const key = m.getAttribute('property') ?? m.getAttribute('name');
    if (key === 'og:title') title ??= m.getAttribute('content') ?? undefined;
    else if (key === 'description') description ??= m.getAttribute('content') ?? undefined;
  }
  putText(f, 'name', title?.replace(/\s*\|\s*LinkedIn\s*$/i, ''), 'meta', 'og:title');
  // Guest pages: "Audiense | 5,750 followers on LinkedIn. ..." in every UI language, number first.
  const m = /^[^|]*\|\s*(\d[\d.,\u00a0\u202f ]*\d|\d)\s+([^\s|.\d]+)/.exec(description ?? '');
  if (m) putText(f, 'followers', `${m[1]} ${m[2]}`, 'meta', 'meta description');
}
