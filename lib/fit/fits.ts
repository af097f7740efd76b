import type { Company } from '../icp/company';
import type { Person } from '../icp/person';
import type { Icp } from '../icp/schema-icp';
import type { Persona } from '../icp/schema-persona';
import { scoreCompany, scorePerson } from '../icp/score';
import type { Provenance } from '../extract/types';
import type { ToneFit } from '../messaging/protocol';
import { industryMatches } from '../normalize/industries';
import { tierTone } from './tier-tone';

/** Raw extractor field names that feed a normalized field, for evidence labels. */
const RAW_TO_FIELD: Record<string, string[]> = {
  size: ['employees'],
  employeeCount: ['employees'],
  revenue: ['revenueUsd'],
  headquarters: ['hq', 'hq.country', 'hq.region', 'hq.city'],
  address: ['hq', 'hq.country', 'hq.region', 'hq.city'],
  founded: ['foundedYear'],
  specialties: ['keywords'],
};

const SOURCE_LABELS: Record<Provenance['source'], string> = {
  'json-ld': 'site data',
  'embedded-json': 'site data',
  meta: 'site meta',
  markup: 'site',
  text: 'site text',
  url: 'URL',
};

/** Per normalized field, the short source label evidence lines carry ("51-200 employees (LinkedIn)"). */
export function sourceLabels(provenance: Record<string, Provenance>, url: string): Record<string, string> {
  const onLinkedIn = /(^|\.)linkedin\.com$/i.test(new URL(url).hostname);
  const out: Record<string, string> = {};
  for (const [field, p] of Object.entries(provenance)) {
    const label = onLinkedIn ? 'LinkedIn' : SOURCE_LABELS[p.source];
    for (const target of [field, ...(RAW_TO_FIELD[field] ?? [])]) out[target] ??= label;
  }
  return out;
}

export function fitCompany(icp: Icp, company: Company, asOf: string, sources?: Record<string, string>): ToneFit {
  const fit = scoreCompany(icp, company, { asOf, industryMatches, sources });
  return { fit, tone: tierTone(icp.tiers, fit.tier.id) };
}

export function fitPerson(persona: Persona, person: Person, asOf: string, sources?: Record<string, string>): ToneFit {
  const fit = scorePerson(persona, person, { asOf, sources });
  return { fit, tone: tierTone(persona.tiers, fit.tier.id) };
}

/** UTC calendar date, the `asOf` every score uses. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);
