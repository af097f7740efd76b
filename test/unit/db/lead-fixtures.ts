import { IcpLensDb } from '../../../lib/db/database';
import { expect } from 'vitest';
import { bucketOf } from '../../../lib/db/buckets';
import { aliasesOf, storedForm } from '../../../lib/db/lead-buckets';
import { allLeads, countLeads, listRows, type SaveLeadInput } from '../../../lib/db/leads';
import { rowOf } from '../../../lib/leads/lead-row';
import type { Lead, LeadRow, ScoreSnapshot } from '../../../lib/leads/types';

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

/** Writes leads straight into the buckets (seeding, not the code under test). */
export async function seed(database: IcpLensDb, leads: Lead[]): Promise<void> {
  const stored = storedForm(leads);
  const { leadBuckets, scoreBuckets, rowBuckets, aliasBuckets, leadOrigins, meta } = database;
  await database.transaction(
    'rw',
    [leadBuckets, scoreBuckets, rowBuckets, aliasBuckets, leadOrigins, meta],
    async () => {
      await leadBuckets.bulkAdd(stored.leadBuckets);
      await scoreBuckets.bulkAdd(stored.scoreBuckets);
      await rowBuckets.bulkAdd(stored.rowBuckets);
      await aliasBuckets.bulkAdd(stored.aliasBuckets);
      await leadOrigins.bulkAdd(stored.origins);
      await meta.put({ id: 'leadCount', value: leads.length });
      await meta.put({ id: 'version', value: Date.now() });
    },
  );
}

const byKey = <T extends { key: string }>(xs: T[]): T[] => xs.sort((a, b) => (a.key < b.key ? -1 : 1));

/** Every lead with its origins, by key. */
export const storedLeads = async (database: IcpLensDb): Promise<Lead[]> => byKey(await allLeads(database));

/** Every row, by key. */
export const storedRows = async (database: IcpLensDb): Promise<LeadRow[]> => byKey(await listRows(database));

/** Everything in the database, for "nothing changed" and "everything survived" checks. */
export async function dump(database: IcpLensDb) {
  return {
    leads: await storedLeads(database),
    leadRows: await storedRows(database),
    aliases: await database.aliasBuckets.toArray(),
    count: await countLeads(database),
    activity: await database.activity.toArray(),
    companies: await database.companies.toArray(),
  };
}

/**
 * What is stored is in step: rows are what rowOf makes of the leads, every lead is found by each
 * of its aliases and no alias points elsewhere, every lead has its origins, the count is right.
 */
export async function expectInStep(database: IcpLensDb): Promise<void> {
  const leads = await storedLeads(database);
  expect(await storedRows(database)).toEqual(leads.map(rowOf));
  const aliases = new Map<string, string[]>();
  for (const l of leads) for (const a of aliasesOf(l)) aliases.set(a, [...(aliases.get(a) ?? []), l.key]);
  const stored = new Map((await database.aliasBuckets.toArray()).flatMap((b) => Object.entries(b.items)));
  expect(new Map([...stored].map(([a, keys]) => [a, [...keys].sort()]))).toEqual(
    new Map([...aliases].map(([a, keys]) => [a, keys.sort()])),
  );
  expect((await database.leadOrigins.toArray()).map((o) => o.key).sort()).toEqual(leads.map((l) => l.key));
  expect(await countLeads(database)).toBe(leads.length);
  for (const b of await database.leadBuckets.toArray()) {
    for (const key of Object.keys(b.items)) expect(bucketOf(key)).toBe(b.id);
  }
  // Every lead has its score state in the bucket of its body, and no state is left without one.
  const scoreKeys = (await database.scoreBuckets.toArray()).flatMap((b) =>
    Object.keys(b.items).map((key) => (expect(bucketOf(key)).toBe(b.id), key)),
  );
  expect(scoreKeys.sort()).toEqual(leads.map((l) => l.key));
}
