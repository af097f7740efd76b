import type { RawAddress } from '../types';
import { deref, derefAll, field, isObject, jsonText, prop, typesOf, type Graph, type Json } from './json-ld-graph';
import { agreesWithDomain, sameName } from './name-match';
import { anyOrgType } from './org-types';
import { onSite, type Site } from './site';

/** What a schema.org Organization node says, as page text. */
export interface OrgReading {
  name?: string;
  url?: string;
  description?: string;
  sameAs: string[];
  address?: RawAddress;
  headquarters?: string;
  size?: string;
  employeeCount?: string;
  founded?: string;
  logo?: string;
  /** e.g. "schema.org Corporation (publisher of WebSite)". */
  detail: string;
}

const LINKING = ['publisher', 'copyrightHolder', 'provider', 'sourceOrganization', 'creator', 'author'];

function address(v: unknown, graph: Graph): { address?: RawAddress; headquarters?: string } {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() ? { headquarters: first.trim() } : {};
  const a = deref(first, graph);
  if (!a) return {};
  const out: RawAddress = {
    street: field(a, 'streetAddress'),
    locality: field(a, 'addressLocality'),
    region: field(a, 'addressRegion'),
    postalCode: field(a, 'postalCode'),
    country: field(a, 'addressCountry'),
  };
  for (const k of Object.keys(out) as (keyof RawAddress)[]) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length ? { address: out } : {};
}

/** "69" as a count, or "51-200" / "51+" from a QuantitativeValue with minValue/maxValue. */
function employees(v: unknown): { size?: string; employeeCount?: string } {
  const first = Array.isArray(v) ? v[0] : v;
  if (!isObject(first)) return { employeeCount: jsonText(first) };
  const exact = jsonText(first.value);
  if (exact) return { employeeCount: exact };
  const min = jsonText(first.minValue);
  const max = jsonText(first.maxValue);
  if (min && max) return { size: `${min}-${max}` };
  return min ? { size: `${min}+` } : {};
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v.slice(0, 50) : [v]).map(jsonText).filter((x): x is string => x !== undefined);

/** Reads one Organization node. */
export function readOrg(node: Json, graph: Graph, detail: string): OrgReading {
  const place = address(prop(node, 'address'), graph);
  const location = deref(prop(node, 'location'), graph);
  const logo = prop(node, 'logo');
  return {
    name: field(node, 'name') ?? field(node, 'legalName') ?? field(node, 'alternateName'),
    url: field(node, 'url'),
    description: field(node, 'description'),
    sameAs: strings(prop(node, 'sameAs')),
    ...(place.address || place.headquarters || !location
      ? place
      : address(prop(location, 'address') ?? location, graph)),
    ...employees(prop(node, 'numberOfEmployees')),
    founded: field(node, 'foundingDate'),
    logo: typeof logo === 'string' ? logo : isObject(logo) ? jsonText(logo.url ?? logo.contentUrl) : undefined,
    detail,
  };
}

const isLinkedIn = (u: string | undefined): boolean =>
  !!u && /(?:^|\.)linkedin\.com\//i.test(u.replace(/^https?:\/\//i, ''));

/** Organization nodes that a WebSite (or WebPage) node names as its publisher: the site owner by definition. */
function sitePublishers(graph: Graph, site: Site): Set<Json> {
  const out = new Set<Json>();
  for (const node of graph.nodes) {
    const types = typesOf(node);
    if (!types.includes('website') && !types.includes('webpage')) continue;
    const url = field(node, 'url') ?? field(node, '@id');
    if (url && !onSite(url, site)) continue;
    for (const key of LINKING) for (const org of derefAll(prop(node, key), graph)) out.add(org);
  }
  return out;
}

/**
 * The Organization node that describes the site's owner. Accepted when its url or @id is on the
 * page's registrable domain, when a same-site WebSite/WebPage names it as publisher, or when its
 * name agrees with the domain. A node whose url points elsewhere, or an article's publisher with
 * a foreign name and no url (press wires write the client there), is someone else.
 */
export function ownerOrganization(graph: Graph, site: Site): OrgReading | undefined {
  const publishers = sitePublishers(graph, site);
  let best: { node: Json; score: number; why: string } | undefined;
  const accepted: Json[] = [];
  for (const node of graph.nodes) {
    const types = typesOf(node);
    if (!anyOrgType(types)) continue;
    const url = field(node, 'url');
    const ownUrl = isLinkedIn(url) ? undefined : url;
    const id = field(node, '@id');
    const urlOnSite = onSite(ownUrl, site) || (!ownUrl && !!id && /^https?:/i.test(id) && onSite(id, site));
    if (ownUrl && !urlOnSite) continue;
    const named = agreesWithDomain(field(node, 'name') ?? field(node, 'legalName'), site.label);
    const published = publishers.has(node);
    const score = (urlOnSite ? 2 : 0) + (published ? 2 : 0) + (named ? 1 : 0);
    if (!urlOnSite && !named && !published) continue;
    accepted.push(node);
    const why = published ? 'publisher of WebSite' : urlOnSite ? 'url on this site' : 'name matches domain';
    if (!best || score > best.score) best = { node, score, why };
  }
  if (!best) return undefined;
  const chosen = best.node;
  const reading = readOrg(chosen, graph, `schema.org ${typesOf(chosen)[0] ?? 'organization'} (${best.why})`);
  // Several nodes for one company (a full Organization and a BlogPosting's publisher stub): fill gaps.
  for (const other of accepted) {
    if (other === chosen) continue;
    const r = readOrg(other, graph, reading.detail);
    if (!reading.name || !r.name || !sameName(reading.name, r.name)) continue;
    for (const k of Object.keys(r) as (keyof OrgReading)[]) {
      if (reading[k] === undefined || (k === 'sameAs' && reading.sameAs.length === 0))
        Object.assign(reading, { [k]: r[k] });
    }
  }
  return reading;
}

/** The site's WebSite node (name and tagline), when it is on this site. */
export function webSite(graph: Graph, site: Site): { name?: string; description?: string } | undefined {
  for (const node of graph.nodes) {
    if (!typesOf(node).includes('website')) continue;
    const url = field(node, 'url') ?? field(node, '@id');
    if (url && !onSite(url, site)) continue;
    return { name: field(node, 'name'), description: field(node, 'description') };
  }
  return undefined;
}
