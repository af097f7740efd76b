import type { ExtractResult, Provenance, RawAddress, RawCompany } from './types';

/** schema.org types that describe a company (LocalBusiness subtypes are many; these are the common ones). */
const ORG_TYPES = new Set([
  'organization',
  'corporation',
  'localbusiness',
  'onlinebusiness',
  'onlinestore',
  'ngo',
  'educationalorganization',
  'professionalservice',
  'store',
]);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of a JSON-LD value: strings and numbers as text, `{ '@value' }` and `{ name }` unwrapped. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['@value'] ?? v.name);
  return undefined;
}

function types(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Every JSON object in the page's JSON-LD blocks, flattening arrays and `@graph`. */
export function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block on the page is the page's problem; skip it.
    }
  }
  return out;
}

function address(v: unknown): RawAddress | undefined {
  const a = Array.isArray(v) ? v[0] : v;
  if (typeof a === 'string') return { locality: a.trim() };
  if (!isObject(a)) return undefined;
  const out: RawAddress = {
    street: text(a.streetAddress),
    locality: text(a.addressLocality),
    region: text(a.addressRegion),
    postalCode: text(a.postalCode),
    country: text(a.addressCountry),
  };
  return Object.values(out).some(Boolean) ? out : undefined;
}

/** "69", or "51-200" from a QuantitativeValue with minValue/maxValue. */
function employees(v: unknown): { size?: string; count?: string } {
  if (!isObject(v)) return { count: text(v) };
  const exact = text(v.value);
  if (exact) return { count: exact };
  const min = text(v.minValue);
  const max = text(v.maxValue);
  if (min && max) return { size: `${min}-${max}` };
  if (min) return { size: `${min}+` };
  return {};
}

function sameAs(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is string => typeof x === 'string');
}

const LINKEDIN_COMPANY = /^https?:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/company\//i;

function toCompany(node: Json): RawCompany {
  const links = sameAs(node.sameAs);
  const url = text(node.url);
  const isLinkedInUrl = url !== undefined && LINKEDIN_COMPANY.test(url);
  const staff = employees(node.numberOfEmployees);
  return {
    name: text(node.legalName) && !text(node.name) ? text(node.legalName) : text(node.name),
    website: isLinkedInUrl ? links.find((l) => !/linkedin\.com/i.test(l)) : url,
    linkedinUrl: isLinkedInUrl ? url : links.find((l) => LINKEDIN_COMPANY.test(l)),
    industry: text(node.industry),
    size: staff.size,
    employeeCount: staff.count,
    address: address(node.address ?? (isObject(node.location) ? node.location.address : undefined)),
    founded: text(node.foundingDate),
    description: text(node.description),
    specialties: typeof node.keywords === 'string' ? node.keywords.split(',').map((k) => k.trim()) : undefined,
  };
}

const FIELDS: (keyof RawCompany)[] = [
  'name',
  'website',
  'industry',
  'employeeCount',
  'address',
  'founded',
  'description',
];

/** Reads the first schema.org Organization (or subtype) in the page's JSON-LD. */
export function extractJsonLdOrganization(doc: Document): ExtractResult {
  const node = jsonLdNodes(doc).find((n) => types(n).some((t) => ORG_TYPES.has(t)));
  if (!node) return { kind: 'unknown', missing: ['organization'], provenance: {} };
  const company = toCompany(node);
  const provenance: Record<string, Provenance> = {};
  for (const [key, value] of Object.entries(company)) {
    if (value === undefined) delete company[key as keyof RawCompany];
    else provenance[key] = { source: 'json-ld', detail: 'schema.org Organization' };
  }
  const missing = FIELDS.filter((f) => company[f] === undefined && !(f === 'employeeCount' && company.size));
  return { kind: 'company', company, missing, provenance };
}
