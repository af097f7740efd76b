import type { Company, Signal } from '../icp/company';
import type { Detection } from '../extract/site/technologies/detect';
import type { Provenance } from '../extract/types';

/**
 * One company record from every page that talks about it: its LinkedIn page, its website,
 * LinkedIn list rows. Pure: the company cache (lib/db/company-cache.ts) stores what this returns.
 *
 * Source priority (README, "Where a value comes from"), for a field both kinds of page know:
 *
 * | field                                              | winner                        |
 * |----------------------------------------------------|-------------------------------|
 * | domain, website, jobOpenings                       | the website, then LinkedIn    |
 * | everything else (name, industry, employees, hq, …) | LinkedIn, then the website    |
 * | technologies                                       | the website only              |
 * | signals                                            | both, joined without repeats  |
 *
 * The website is the authority on itself (its own address, its own job board); LinkedIn's
 * structured firmographics beat what a reader infers from a site's markup. Between two pages of
 * the same kind the newer sighting wins. A sighting that lacks a field keeps the earlier value.
 */

/** The kind of page a value was read on. */
export type SourceKind = 'linkedin' | 'website';

/** Where one field of a record came from, and when. */
export interface FieldOrigin extends Provenance {
  url: string;
  seenAt: string;
}

/** One visit's reading of a company. */
export interface Sighting {
  company: Company;
  linkedinSlug?: string;
  linkedinId?: string;
  /** Per raw extractor field, where it was read (as the extractor reported it). */
  provenance: Record<string, Provenance>;
  url: string;
  seenAt: string;
  /** Website readings: every technology detection, with confidence and evidence. */
  detections?: Detection[];
}

/** A company as seen over one or more visits. */
export interface CompanyRecord {
  /** `li:<slug>` when the LinkedIn slug is known at creation, else `domain:<registrable domain>`. */
  key: string;
  linkedinSlug?: string;
  linkedinId?: string;
  domain?: string;
  company: Company;
  origins: Record<string, FieldOrigin>;
  /** The detections behind `company.technologies` (from the website reading that set them). */
  detections?: Detection[];
  firstSeen: string;
  lastSeen: string;
  visits: number;
}

type Field = keyof Company;

const WEBSITE_FIRST: ReadonlySet<Field> = new Set<Field>(['domain', 'website', 'jobOpenings']);
const MAX_SIGNALS = 50;
const MAX_TECHNOLOGIES = 200;

/** LinkedIn pages and rows are `linkedin`; any other web page is the company's `website`. */
export function sourceKind(url: string): SourceKind {
  try {
    return /(^|\.)linkedin\.com$/i.test(new URL(url).hostname) ? 'linkedin' : 'website';
  } catch {
    return 'website';
  }
}

/** The raw extractor fields a normalized field is made from (provenance is keyed by raw names). */
const RAW_FIELDS: Partial<Record<Field, string[]>> = {
  employees: ['employeeCount', 'size'],
  revenueUsd: ['revenue'],
  hq: ['address', 'headquarters'],
  foundedYear: ['founded'],
  keywords: ['specialties'],
  domain: ['website'],
};

/** Where a sighting read one normalized field. */
export function provenanceOf(field: Field, provenance: Record<string, Provenance>): Provenance {
  for (const raw of [field, ...(RAW_FIELDS[field] ?? [])]) {
    const p = provenance[raw];
    if (p) return p;
  }
  return { source: 'markup' };
}

/** Does the incoming value replace the kept one? */
function wins(field: Field, incoming: FieldOrigin, kept: FieldOrigin | undefined): boolean {
  if (!kept) return true;
  const a = sourceKind(incoming.url);
  const b = sourceKind(kept.url);
  if (a === b) return incoming.seenAt >= kept.seenAt;
  return WEBSITE_FIRST.has(field) ? a === 'website' : a === 'linkedin';
}

const signalKey = (s: Signal) => `${s.type}|${s.observedAt ?? ''}|${(s.detail ?? '').slice(0, 80).toLowerCase()}`;

/** Both lists, without repeats, newest first, capped. */
export function joinSignals(a: readonly Signal[] = [], b: readonly Signal[] = []): Signal[] {
  const seen = new Map<string, Signal>();
  for (const s of [...b, ...a]) if (!seen.has(signalKey(s))) seen.set(signalKey(s), s);
  return [...seen.values()]
    .sort((x, y) => (y.observedAt ?? '').localeCompare(x.observedAt ?? ''))
    .slice(0, MAX_SIGNALS);
}

/**
 * Applies one field's incoming value to a record under the source priority. `technologies`
 * are only ever the website's: a later reading of the site replaces them (detection ran again),
 * and a LinkedIn page never sets them.
 */
function applyField(
  company: Company,
  origins: Record<string, FieldOrigin>,
  field: Field,
  value: Company[Field],
  origin: FieldOrigin,
): void {
  if (value === undefined) return;
  if (field === 'signals') {
    company.signals = joinSignals(company.signals, value as Signal[]);
    origins.signals = origin;
    return;
  }
  if (field === 'technologies') {
    if (sourceKind(origin.url) !== 'website') return;
    const kept = origins.technologies;
    if (kept && kept.seenAt > origin.seenAt) return;
    // Pages of one site read the same day (home and careers page) add up; a later day's reading
    // replaces an older one, so a vendor the site dropped does not linger.
    const sameDay = kept && kept.seenAt.slice(0, 10) === origin.seenAt.slice(0, 10);
    const next = sameDay
      ? [...new Set([...(company.technologies ?? []), ...(value as string[])])]
      : (value as string[]);
    company.technologies = next.slice(0, MAX_TECHNOLOGIES);
    origins.technologies = sameDay ? kept : origin;
    return;
  }
  if (!wins(field, origin, origins[field])) return;
  (company as Record<string, unknown>)[field] = value;
  origins[field] = origin;
}

/** The detections behind the kept technologies: joined for same-day pages of the site, else the newest. */
function keptDetections(
  previous: CompanyRecord | undefined,
  s: Sighting,
  tech: FieldOrigin | undefined,
): Detection[] | undefined {
  if (!s.detections || !tech || sourceKind(s.url) !== 'website') return previous?.detections;
  if (tech.url === s.url && tech.seenAt === s.seenAt) return s.detections;
  if (tech.seenAt.slice(0, 10) !== s.seenAt.slice(0, 10)) return previous?.detections;
  const byName = new Map((previous?.detections ?? []).map((d) => [d.name, d]));
  for (const d of s.detections) {
    const had = byName.get(d.name);
    if (!had || d.confidence > had.confidence) byName.set(d.name, d);
  }
  return [...byName.values()].sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
}

/** Folds a sighting into a record (or starts one), under the source priority. */
export function mergeSighting(previous: CompanyRecord | undefined, s: Sighting): CompanyRecord {
  const company: Company = { ...previous?.company };
  const origins: Record<string, FieldOrigin> = { ...previous?.origins };
  for (const field of Object.keys(s.company) as Field[]) {
    const origin: FieldOrigin = { ...provenanceOf(field, s.provenance), url: s.url, seenAt: s.seenAt };
    applyField(company, origins, field, s.company[field], origin);
  }
  const linkedinSlug = previous?.linkedinSlug ?? s.linkedinSlug;
  const domain = company.domain ?? previous?.domain;
  const detections = keptDetections(previous, s, origins.technologies);
  return {
    key: previous?.key ?? (linkedinSlug ? `li:${linkedinSlug}` : `domain:${domain ?? company.name ?? s.url}`),
    linkedinSlug,
    linkedinId: previous?.linkedinId ?? s.linkedinId,
    domain,
    company,
    origins,
    ...(detections ? { detections } : {}),
    firstSeen: previous?.firstSeen ?? s.seenAt,
    lastSeen: s.seenAt > (previous?.lastSeen ?? '') ? s.seenAt : (previous?.lastSeen ?? s.seenAt),
    visits: (previous?.visits ?? 0) + 1,
  };
}

/**
 * Two records found to be one company (a site's `sameAs` names a LinkedIn page that was cached
 * under another key): the older one's fields replayed into the newer under the same priority.
 */
export function fuseRecords(a: CompanyRecord, b: CompanyRecord): CompanyRecord {
  const [older, newer] = a.firstSeen <= b.firstSeen ? [a, b] : [b, a];
  const company: Company = { ...newer.company };
  const origins: Record<string, FieldOrigin> = { ...newer.origins };
  for (const field of Object.keys(older.company) as Field[]) {
    const origin = older.origins[field] ?? { source: 'markup', url: '', seenAt: older.lastSeen };
    applyField(company, origins, field, older.company[field], origin);
  }
  const detections = origins.technologies === newer.origins.technologies ? newer.detections : older.detections;
  return {
    key: older.key,
    linkedinSlug: older.linkedinSlug ?? newer.linkedinSlug,
    linkedinId: older.linkedinId ?? newer.linkedinId,
    domain: company.domain ?? older.domain ?? newer.domain,
    company,
    origins,
    ...(detections ? { detections } : {}),
    firstSeen: older.firstSeen,
    lastSeen: newer.lastSeen > older.lastSeen ? newer.lastSeen : older.lastSeen,
    visits: older.visits + newer.visits,
  };
}

/** One page that fed a record: its kind, its URL and when it was last read. */
export interface SourcePage {
  kind: SourceKind;
  url: string;
  seenAt: string;
  /** Normalized fields whose kept value came from this page. */
  fields: string[];
}

/** The pages behind a record's kept values, LinkedIn first, then by how much they gave. */
export function sourcePages(origins: Record<string, FieldOrigin>): SourcePage[] {
  const pages = new Map<string, SourcePage>();
  for (const [field, o] of Object.entries(origins)) {
    if (!o.url) continue;
    const page = pages.get(o.url) ?? { kind: sourceKind(o.url), url: o.url, seenAt: o.seenAt, fields: [] };
    page.fields.push(field);
    if (o.seenAt > page.seenAt) page.seenAt = o.seenAt;
    pages.set(o.url, page);
  }
  return [...pages.values()].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'linkedin' ? -1 : 1) || b.fields.length - a.fields.length,
  );
}

const SOURCE_WORDS: Record<Provenance['source'], string> = {
  'json-ld': 'structured data',
  'embedded-json': 'page data',
  meta: 'meta tags',
  markup: 'page',
  text: 'page text',
  url: 'URL',
};

/** Per normalized field (and hq parts), the short label evidence lines carry: "LinkedIn", "website". */
export function originLabels(origins: Record<string, FieldOrigin>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, o] of Object.entries(origins)) {
    const label = sourceKind(o.url) === 'linkedin' ? 'LinkedIn' : 'website';
    out[field] = label;
    if (field === 'hq') for (const part of ['hq.country', 'hq.region', 'hq.city']) out[part] = label;
  }
  return out;
}

/** "website, structured data" / "LinkedIn": a field's origin in words for the popup. */
export function describeOrigin(o: FieldOrigin): string {
  const where = sourceKind(o.url) === 'linkedin' ? 'LinkedIn' : 'website';
  return where === 'LinkedIn' ? where : `${where}, ${SOURCE_WORDS[o.source]}`;
}
