import type { RawAddress } from '../types';
import type { OrgReading } from './json-ld-org';
import { CAP_DESCRIPTION, CAP_NAME, CAP_SHORT, MAX_ITEMPROPS, MAX_ITEMSCOPES } from './limits';
import { agreesWithDomain } from './name-match';
import { isOrgType } from './org-types';
import { absolute, onSite, type Site } from './site';
import { ancestor, clean, select } from './text';

const ADDRESS_PARTS: Record<string, keyof RawAddress> = {
  streetaddress: 'street',
  addresslocality: 'locality',
  addressregion: 'region',
  postalcode: 'postalCode',
  addresscountry: 'country',
};

const typeOf = (el: Element): string =>
  (el.getAttribute('itemtype') ?? '')
    .trim()
    .split(/\s+/)[0]
    .replace(/^.*[/#]/, '')
    .toLowerCase();

/** The microdata value of a property element (HTML spec: content, href, src, datetime, else text). */
function valueOf(el: Element, base: URL): string | undefined {
  const tag = el.nodeName.toUpperCase();
  if (el.hasAttribute('content')) return clean(el.getAttribute('content'), CAP_DESCRIPTION);
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return absolute(el.getAttribute('href'), base)?.href;
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'IFRAME') return absolute(el.getAttribute('src'), base)?.href;
  if (tag === 'TIME' && el.hasAttribute('datetime')) return clean(el.getAttribute('datetime'), CAP_SHORT);
  return clean(el.textContent, CAP_DESCRIPTION);
}

/** The item a property belongs to: its nearest itemscope ancestor, not counting itself. */
const ownerOf = (prop: Element): Element | undefined =>
  prop.parentElement ? ancestor(prop.parentElement, (e) => e.hasAttribute('itemscope'), 80) : undefined;

function readItem(item: Element, base: URL): OrgReading {
  const r: OrgReading = { sameAs: [], detail: `microdata ${typeOf(item) || 'organization'}` };
  const own: RawAddress = {};
  let nested: RawAddress | undefined;
  let ownFirst: boolean | undefined;
  for (const p of select(item, '[itemprop]', MAX_ITEMPROPS)) {
    if (ownerOf(p) !== item) continue;
    for (const name of (p.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/)) {
      if (name === 'address' && p.hasAttribute('itemscope')) {
        nested ??= readAddress(p);
        ownFirst ??= false;
      } else if (ADDRESS_PARTS[name]) {
        own[ADDRESS_PARTS[name]] ??= valueOf(p, base);
        ownFirst ??= true;
      } else if (p.hasAttribute('itemscope')) continue;
      else if (name === 'name' || name === 'legalname' || name === 'brand')
        r.name ??= clean(valueOf(p, base), CAP_NAME);
      else if (name === 'url') r.url ??= valueOf(p, base);
      else if (name === 'description') r.description ??= valueOf(p, base);
      else if (name === 'sameas') r.sameAs.push(valueOf(p, base) ?? '');
      else if (name === 'foundingdate') r.founded ??= valueOf(p, base);
      else if (name === 'numberofemployees') r.employeeCount ??= valueOf(p, base);
      else if (name === 'address') r.headquarters ??= valueOf(p, base);
    }
  }
  // Some sites put street and town on the Organization itself; the first address on the page wins.
  const ownAddress = Object.keys(own).length ? own : undefined;
  r.address = ownFirst ? (ownAddress ?? nested) : (nested ?? ownAddress);
  return r;
}

function readAddress(item: Element): RawAddress | undefined {
  const out: RawAddress = {};
  for (const p of select(item, '[itemprop]', 40)) {
    const key = ADDRESS_PARTS[(p.getAttribute('itemprop') ?? '').toLowerCase()];
    if (key && ownerOf(p) === item) out[key] ??= clean(p.textContent, 200) ?? clean(p.getAttribute('content'), 200);
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The site owner as microdata (`itemscope itemtype=".../Organization"` and subtypes): the first
 * organization item whose name agrees with the domain or whose url is on this site.
 */
export function microdataOrganization(doc: Document, site: Site): OrgReading | undefined {
  for (const item of select(doc, '[itemscope][itemtype]', MAX_ITEMSCOPES)) {
    if (!isOrgType(typeOf(item))) continue;
    const r = readItem(item, site.base);
    if (r.url && !onSite(r.url, site)) continue;
    if (agreesWithDomain(r.name, site.label) || (r.url && onSite(r.url, site))) return r;
  }
  return undefined;
}
