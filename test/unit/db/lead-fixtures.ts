import { IcpLensDb } from '../../../lib/db/database';
import type { SaveLeadInput } from '../../../lib/db/leads';
import { rowOf } from '../../../lib/leads/lead-row';
import type { Lead, ScoreSnapshot } from '../../../lib/leads/types';

export const AT = '2026-11-01T10:00:00.000Z';
export const LATER = '2026-11-05T09:30:00.000Z';

let n = 0;
export const freshDb = (prefix = 'leads') => new IcpLensDb(`${prefix}-${n++}-${Math.random().toString(36).slice(2)}`);

/** Tier 2 at 40 with bundle version 6, unless told otherwise. */
export function snap(over: Partial<ScoreSnapshot> = {}): ScoreSnapshot {
  return {
    icpId: 'mid-market',
    icpName: 'Mid-market SaaS',
    bundleVersion: 6,
    bundleId: 'team',
    score: 40,
    tierId: 'b',
    tierLabel: 'Tier 2',
    tone: 'mid',
    coverage: 0.8,
    disqualified: false,
    lowConfidence: false,
    scoredAt: AT,
    ...over,
  };
}

export const TIER_1 = { tierId: 'a', tierLabel: 'Tier 1', tone: 'high' as const };

export function saveInput(over: Partial<SaveLeadInput> = {}): SaveLeadInput {
  return {
    company: { name: 'Acme', domain: 'acme.io', industry: 'Software Development', hq: { country: 'US' } },
    origins: { name: { source: 'json-ld', url: 'https://acme.io/', seenAt: AT } },
    score: snap(),
    sourceUrl: 'https://acme.io/',
    at: AT,
    ...over,
  };
}

/** A stored lead, `co<i>.com`, with a few varied fields. */
export function makeLead(i: number, over: Partial<Lead> = {}): Lead {
  const pad = String(i).padStart(5, '0');
  return {
    key: `domain:co${pad}.com`,
    name: `Company ${pad}`,
    domain: `co${pad}.com`,
    country: i % 2 ? 'US' : 'DE',
    company: {
      name: `Company ${pad}`,
      domain: `co${pad}.com`,
      employees: { min: 51, max: 200 },
      hq: { country: i % 2 ? 'US' : 'DE', city: 'Somewhere' },
      technologies: i % 3 ? ['HubSpot'] : [],
    },
    origins: { name: { source: 'json-ld', url: `https://co${pad}.com/`, seenAt: AT } },
    people: i % 5 === 0 ? [{ id: `https://www.linkedin.com/in/p${pad}`, name: `Person ${pad}`, savedAt: AT }] : [],
    score: snap({ score: 30 + (i % 20) }),
    status: 'new',
    notes: i % 7 === 0 ? `Called on ${AT.slice(0, 10)}` : '',
    tags: i % 4 === 0 ? ['conference'] : [],
    sourceUrl: `https://co${pad}.com/`,
    createdAt: AT,
    updatedAt: AT,
    lastSeen: AT,
    ...over,
  };
}

/** Writes leads and their rows straight into the tables (seeding, not the code under test). */
export async function seed(database: IcpLensDb, leads: Lead[]): Promise<void> {
  await database.transaction('rw', database.leads, database.leadRows, async () => {
    await database.leads.bulkAdd(leads);
    await database.leadRows.bulkAdd(leads.map(rowOf));
  });
}

/** Everything in the database, for "nothing changed" and "everything survived" checks. */
export async function dump(database: IcpLensDb) {
  return {
    leads: await database.leads.toArray(),
    leadRows: await database.leadRows.toArray(),
    activity: await database.activity.toArray(),
    companies: await database.companies.toArray(),
  };
}
