import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findCompany, rememberCompany } from '../../../lib/db/company-cache';
import { IcpLensDb, type CachedCompany } from '../../../lib/db/database';
import { findLead, getLead, listActivity, listRows, saveLead } from '../../../lib/db/leads';
import { rowOf } from '../../../lib/leads/lead-row';
import type { Activity, Lead } from '../../../lib/leads/types';
import { AT, expectInStep, makeLead, saveInput, snap, storedLeads } from './lead-fixtures';

/** The v1 schema exactly as it shipped (a literal, so a later edit of database.ts cannot hide a break). */
const V1_STORES = { companies: '&key, linkedinSlug, linkedinId, domain, lastSeen' };

/** Varied v1 records: every optional field present or absent, nested values, unicode, big numbers. */
const V1_COMPANIES: CachedCompany[] = [
  {
    key: 'li:acme',
    linkedinSlug: 'acme',
    linkedinId: '1035',
    domain: 'acme.io',
    company: {
      name: 'Acme Inc',
      domain: 'acme.io',
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      website: 'https://www.acme.io',
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      revenueUsd: { min: 10_000_000 },
      foundedYear: 2012,
      followers: 1200,
      jobOpenings: 4,
      hq: { country: 'US', region: 'US-NY', city: 'New York' },
      technologies: ['HubSpot', 'Greenhouse'],
      keywords: ['crm', 'sales'],
      description: 'Acme makes anvils.\nSince 2012.',
      signals: [
        { type: 'hiring', observedAt: '2026-10-01', detail: '4 open roles', source: 'careers' },
        { type: 'funding', observedAt: '2026-09-15T00:00:00.000Z' },
      ],
    },
    origins: {
      name: {
        source: 'json-ld',
        detail: 'Organization.name',
        url: 'https://www.linkedin.com/company/acme/',
        seenAt: AT,
      },
      technologies: { source: 'markup', url: 'https://www.acme.io/', seenAt: '2026-11-02T08:00:00.000Z' },
    },
    detections: [
      {
        name: 'HubSpot',
        category: 'marketing-automation',
        confidence: 80,
        evidence: ['script src js.hs-scripts.com/1.js'],
      },
      { name: 'Greenhouse', category: 'ats', confidence: 40, evidence: [] },
    ],
    firstSeen: AT,
    lastSeen: '2026-11-02T08:00:00.000Z',
    visits: 3,
  },
  {
    key: 'domain:societe-generale.fr',
    domain: 'societe-generale.fr',
    company: { name: 'Société Générale — Côte d’Ivoire', domain: 'societe-generale.fr', technologies: [], signals: [] },
    origins: {},
    firstSeen: '2025-01-01T00:00:00.000Z',
    lastSeen: '2025-01-01T00:00:00.000Z',
    visits: 1,
  },
  {
    key: 'li:zeta-gmbh',
    linkedinSlug: 'zeta-gmbh',
    company: { name: 'Zeta GmbH', employees: { min: 10_001 }, hq: { country: 'DE' } },
    origins: { employees: { source: 'text', url: 'https://www.linkedin.com/company/zeta-gmbh/about/', seenAt: AT } },
    firstSeen: AT,
    lastSeen: AT,
    visits: 12,
  },
  {
    key: 'domain:Unknown Co',
    company: {},
    origins: { name: { source: 'url', url: '', seenAt: AT } },
    firstSeen: AT,
    lastSeen: AT,
    visits: 0,
  },
];

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function v1Database(records: CachedCompany[]): Promise<string> {
  const name = `upgrade-${n++}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await old.table('companies').bulkAdd(records);
  old.close();
  return name;
}

const TABLES = [
  'activity',
  'aliasBuckets',
  'companies',
  'leadBuckets',
  'leadOrigins',
  'meta',
  'rowBuckets',
  'scoreBuckets',
];

describe('schema upgrade v1 -> v4', () => {
  it('keeps every company record and field, and the new tables work', async () => {
    const name = await v1Database(V1_COMPANIES);
    const database = new IcpLensDb(name);
    await database.open();
    expect(database.verno).toBe(4);
    expect(database.tables.map((t) => t.name).sort()).toEqual(TABLES);

    const byKey = (a: CachedCompany, b: CachedCompany) => a.key.localeCompare(b.key);
    expect((await database.companies.toArray()).sort(byKey)).toStrictEqual([...V1_COMPANIES].sort(byKey));
    for (const record of V1_COMPANIES) expect(await database.companies.get(record.key)).toStrictEqual(record);

    // The v1 indexes still find records, and the cache keeps merging over upgraded data.
    expect((await findCompany({ linkedinId: '1035' }, database))?.key).toBe('li:acme');
    expect((await findCompany({ domain: 'societe-generale.fr' }, database))?.key).toBe('domain:societe-generale.fr');
    expect(await database.companies.where('lastSeen').above('2025-06-01').count()).toBe(3);
    const merged = await rememberCompany(
      {
        linkedinSlug: 'acme',
        company: { followers: 1300 },
        provenance: {},
        url: 'https://www.linkedin.com/company/acme/',
        seenAt: '2026-11-03T00:00:00.000Z',
      },
      database,
    );
    expect(merged).toMatchObject({ visits: 4, company: { followers: 1300, foundedYear: 2012 } });

    // New tables: a save writes a lead, its row, its aliases and its activity.
    expect(await database.leadBuckets.count()).toBe(0);
    const { lead, created } = await saveLead(saveInput({ company: { name: 'Acme Inc', domain: 'acme.io' } }), database);
    expect(created).toBe(true);
    expect((await listRows(database)).map((r) => r.key)).toEqual([lead.key]);
    expect((await findLead({ domain: 'https://www.acme.io/' }, database))?.key).toBe(lead.key);
    expect(await database.activity.where('leadKey').equals(lead.key).count()).toBe(1);
    await expectInStep(database);
    database.close();
  });

  it('opens an empty v1 database and a brand-new one alike', async () => {
    const name = await v1Database([]);
    const upgraded = new IcpLensDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.companies.count()).toBe(0);
    upgraded.close();

    const fresh = new IcpLensDb(`upgrade-${n++}`);
    names.push(fresh.name);
    await fresh.open();
    expect(fresh.verno).toBe(4);
    fresh.close();
  });

  it('keeps a large v1 cache whole', async () => {
    const many: CachedCompany[] = Array.from({ length: 3000 }, (_, i) => ({
      key: `domain:c${i}.com`,
      domain: `c${i}.com`,
      company: { name: `C ${i}`, domain: `c${i}.com`, followers: i },
      origins: {},
      firstSeen: AT,
      lastSeen: AT,
      visits: i % 9,
    }));
    const name = await v1Database(many);
    const database = new IcpLensDb(name);
    const after = await database.companies.toArray();
    expect(after).toHaveLength(3000);
    const byKey = new Map(after.map((r) => [r.key, r]));
    for (const r of many) expect(byKey.get(r.key)).toStrictEqual(r);
    database.close();
  });
});

/** The v2 schema exactly as it shipped. */
const V2_STORES = {
  leads: '&key, domain, linkedinId, status, updatedAt, createdAt',
  leadRows: '&key, score, status, icpId, tierId, *tags, createdAt, updatedAt, lastSeen',
  activity: '++id, leadKey, at, type',
};

describe('schema upgrade v2 -> v4 (leads into buckets)', () => {
  async function v2Database(leads: Lead[], activity: Omit<Activity, 'id'>[]): Promise<string> {
    const name = `upgrade-${n++}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores(V2_STORES);
    await old.open();
    await old.table('leads').bulkAdd(leads);
    await old.table('leadRows').bulkAdd(leads.map(rowOf));
    await old.table('activity').bulkAdd(activity);
    await old.table('companies').bulkAdd(V1_COMPANIES);
    old.close();
    return name;
  }

  it('keeps every lead, field, origin, row and history entry, and finds leads by their other keys', async () => {
    // Varied leads: moved scores, people, notes, tags, LinkedIn-only and name-only keys, unicode.
    const leads: Lead[] = [
      ...Array.from({ length: 1200 }, (_, i) => makeLead(i)),
      makeLead(5000, { previousScore: snap({ score: 10 }), movedSince: 6, tags: ['a', 'b'], notes: 'Ünïcödé ✓' }),
      {
        ...makeLead(5001),
        key: 'li:4242',
        domain: undefined,
        linkedinId: '4242',
        linkedinSlug: 'zeta',
        company: { name: 'Zeta GmbH', hq: { country: 'DE' } },
      },
      { ...makeLead(5002), key: 'name:kappa|fr', domain: undefined, name: 'Kappa', company: { name: 'Kappa' } },
    ].map((l) => JSON.parse(JSON.stringify(l)) as Lead);
    const activity = leads
      .slice(0, 50)
      .map((l, i) => ({ leadKey: l.key, at: AT, type: 'status' as const, from: 'new', to: i % 2 ? 'won' : 'lost' }));
    const name = await v2Database(leads, activity);
    const database = new IcpLensDb(name);
    await database.open();
    expect(database.verno).toBe(4);
    expect(database.tables.map((t) => t.name).sort()).toEqual(TABLES);
    const byKey = (a: Lead, b: Lead) => (a.key < b.key ? -1 : 1);
    expect(await storedLeads(database)).toStrictEqual([...leads].sort(byKey));
    for (const l of leads.slice(-3)) expect(await getLead(l.key, database)).toStrictEqual(l);
    await expectInStep(database);
    expect((await database.activity.toArray()).map(({ id: _id, ...a }) => a)).toEqual(activity);
    expect(await listActivity(leads[1].key, database)).toHaveLength(1);
    expect((await findLead({ linkedinId: '4242' }, database))?.key).toBe('li:4242');
    expect((await findLead({ domain: 'co00007.com' }, database))?.name).toBe(leads[7].name);
    expect((await database.companies.toArray()).length).toBe(V1_COMPANIES.length);
    // And it keeps working: a save of a known company updates it, under its key.
    const again = await saveLead(saveInput({ company: { name: leads[7].name, domain: 'co00007.com' } }), database);
    expect(again.created).toBe(false);
    await expectInStep(database);
    database.close();
  });
});
