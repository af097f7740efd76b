import type { RawAddress, RawCompany } from '../types';
import { CAP, clean, webUrl } from './dom';
import { COMPANY } from './selectors';

/**
 * The logged-in app (2017-2025) ships its API responses ("Voyager" JSON, HTML-escaped) in
 * <code> elements. The company entity there is language-independent and exact (follower count
 * 7899 where the top card says "8K"). Entities point at each other by urn ("*followingState",
 * "staffCountRange" in 2017), resolved within the same response.
 */

type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

export interface VoyagerCompany {
  company: RawCompany;
  /** JSON key each field came from, for provenance. */
  keys: Partial<Record<keyof RawCompany, string>>;
  /**
   * The dash entity's "*industry" points at LinkedIn's retired v1 taxonomy ("Computer Software")
   * while the page shows the v2 name ("Software Development"): used only when the page has none.
   */
  legacyIndustry?: string;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Saved pages run through a formatter have raw newlines inside JSON strings.
    try {
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function range(v: unknown): string | undefined {
  if (!isObj(v) || typeof v.start !== 'number') return undefined;
  return typeof v.end === 'number' ? `${v.start}-${v.end}` : `${v.start}+`;
}

function address(v: unknown): RawAddress | undefined {
  const a = isObj(v) && isObj(v.address) ? v.address : v;
  if (!isObj(a)) return undefined;
  const out: RawAddress = {};
  const set = (k: keyof RawAddress, x: unknown) => {
    const t = clean(x);
    if (t) out[k] = t;
  };
  set('street', a.line1);
  set('locality', a.city);
  set('region', a.geographicArea);
  set('postalCode', a.postalCode);
  set('country', a.country);
  return Object.keys(out).length ? out : undefined;
}

type Reader = [keyof RawCompany, string, (e: J, r: (v: unknown) => unknown) => unknown];

const READERS: Reader[] = [
  ['name', 'name', (e) => clean(e.name, CAP.name)],
  ['linkedinId', 'entityUrn', (e) => /:(\d+)$/.exec(String(e.entityUrn))?.[1]],
  ['linkedinSlug', 'universalName', (e) => clean(e.universalName)],
  ['website', 'websiteUrl', (e) => webUrl(e.websiteUrl ?? e.companyPageUrl)],
  [
    'industry',
    'industries',
    (e, r) => {
      const v = first(e.industries) ?? first(e['*companyIndustries'] ?? e.companyIndustries);
      const ind = r(v);
      return clean(isObj(ind) ? ind.localizedName : ind);
    },
  ],
  ['size', 'staffCountRange', (e, r) => range(r(e.staffCountRange ?? e.employeeCountRange))],
  ['employeeCount', 'staffCount', (e) => clean(e.staffCount ?? e.employeeCount)],
  ['address', 'headquarter', (e, r) => address(r(e.headquarter))],
  ['founded', 'foundedOn', (e, r) => clean((r(e.foundedOn) as J | undefined)?.year)],
  [
    'companyType',
    'companyType',
    (e, r) => {
      const t = r(e.companyType);
      if (isObj(t)) return clean(t.localizedName);
      // 2017: "type": "Privately Held"; an ALL_CAPS enum is not display text.
      return typeof e.type === 'string' && !/^[A-Z_]+$/.test(e.type) ? clean(e.type) : undefined;
    },
  ],
  [
    'specialties',
    'specialities',
    (e) => {
      const list = Array.isArray(e.specialities) ? e.specialities.map((s) => clean(s, CAP.name)).filter(Boolean) : [];
      return list.length ? list.slice(0, CAP.list) : undefined;
    },
  ],
  [
    'followers',
    'followerCount',
    (e, r) => {
      const f = r(e['*followingInfo'] ?? e.followingInfo ?? e['*followingState'] ?? e.followingState);
      return isObj(f) ? clean(f.followerCount) : undefined;
    },
  ],
  ['description', 'description', (e) => clean(e.description, CAP.description)],
];

/** Reads the company entity for the page's slug (or numeric id) out of the embedded Voyager JSON. */
export function readVoyagerCompany(doc: Document, slug: string | undefined): VoyagerCompany | undefined {
  if (!slug) return undefined;
  const want = slug.toLowerCase();
  let id = /^\d+$/.test(want) ? want : undefined;
  const needle = id ? `company:${id}"` : `"universalName":"${want}"`;
  const out: VoyagerCompany = { company: {}, keys: {} };
  const rec = out.company as Record<string, unknown>;
  for (const code of Array.from(doc.getElementsByTagName('code'))) {
    if (!code.id.startsWith(COMPANY.voyagerIdPrefix)) continue;
    const text = code.textContent ?? '';
    if (!text.includes(needle) && !(id && text.includes(`company:${id}"`))) continue;
    const data = parse(text);
    if (!isObj(data)) continue;
    const included = Array.isArray(data.included) ? data.included.filter(isObj) : [];
    const index = new Map<string, J>();
    for (const e of included) {
      const key = e.entityUrn ?? e.$id;
      if (typeof key === 'string') index.set(key, e);
    }
    const r = (v: unknown) => (typeof v === 'string' ? (index.get(v) ?? v) : v);
    let full = false;
    for (const e of included) {
      if (!String(e.$type).endsWith('.Company')) continue;
      const urnId = /:(\d+)$/.exec(String(e.entityUrn))?.[1];
      if (String(e.universalName).toLowerCase() !== want && !(id && urnId === id)) continue;
      id ??= urnId;
      for (const [field, key, read] of READERS) {
        if (rec[field] !== undefined) continue;
        const v = read(e, r);
        if (v !== undefined) {
          rec[field] = v;
          out.keys[field] = key;
        }
      }
      out.legacyIndustry ??= clean((r(first(e['*industry'])) as J | undefined)?.name);
      full ||= e.description !== undefined || e.staffCountRange !== undefined || e.employeeCountRange !== undefined;
    }
    // Later responses only repeat fragments of the same entity; parsing them costs time.
    if (full) break;
  }
  return Object.keys(rec).length ? out : undefined;
}

/** What the embedded Voyager data says of the member a profile page is about. */
export interface VoyagerProfile {
  headline?: string;
  location?: string;
}

/**
 * Reads the member whose `publicIdentifier` is the page's slug (never another member in the
 * same data, such as the signed-in viewer): headline and location ("*geo" resolved to its Geo
 * entity's name). Sub-pages such as /details/experience/ show neither, but ship both.
 */
export function readVoyagerProfile(doc: Document, slug: string | undefined): VoyagerProfile | undefined {
  if (!slug) return undefined;
  const want = slug.toLowerCase();
  const needle = `"publicidentifier":"${want}"`; // matched against lower-cased text
  const out: VoyagerProfile = {};
  const codes = doc.getElementsByTagName('code');
  for (let i = 0; i < codes.length && i < 200; i++) {
    const code = codes[i];
    if (!code.id.startsWith(COMPANY.voyagerIdPrefix)) continue;
    const text = code.textContent ?? '';
    if (!text.toLowerCase().includes(needle)) continue;
    const data = parse(text);
    const included = isObj(data) && Array.isArray(data.included) ? data.included.filter(isObj) : [];
    const byUrn = new Map<string, J>();
    for (const e of included) if (typeof e.entityUrn === 'string') byUrn.set(e.entityUrn, e);
    for (const e of included) {
      if (!String(e.$type).endsWith('.identity.profile.Profile')) continue;
      if (String(e.publicIdentifier).toLowerCase() !== want) continue;
      out.headline ??= clean(e.headline, CAP.headline);
      const geo = isObj(e.geoLocation) ? (e.geoLocation['*geo'] ?? e.geoLocation.geoUrn) : undefined;
      const place = typeof geo === 'string' ? byUrn.get(geo) : undefined;
      out.location ??= clean(place?.defaultLocalizedName) ?? clean(e.locationName);
    }
    if (out.headline && out.location) break;
  }
  return out.headline || out.location ? out : undefined;
}
