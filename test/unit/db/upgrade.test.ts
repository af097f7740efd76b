import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findCompany, rememberCompany } from '../../../lib/db/company-cache';
import { IcpLensDb, type CachedCompany } from '../../../lib/db/database';
import { listRows, saveLead } from '../../../lib/db/leads';
import { AT, saveInput } from './lead-fixtures';

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

describe('schema upgrade v1 -> v2', () => {
  it('keeps every company record and field, and the new tables work', async () => {
    const name = await v1Database(V1_COMPANIES);
    const database = new IcpLensDb(name);
    await database.open();
    expect(database.verno).toBe(2);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['activity', 'companies', 'leadRows', 'leads']);

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

    // New tables: a save writes a lead, its row and its activity; the indexes answer.
    expect(await database.leads.count()).toBe(0);
    const { lead, created } = await saveLead(saveInput({ company: { name: 'Acme Inc', domain: 'acme.io' } }), database);
    expect(created).toBe(true);
    expect((await listRows(database)).map((r) => r.key)).toEqual([lead.key]);
    expect(await database.leads.where('domain').equals('acme.io').count()).toBe(1);
    expect(await database.activity.where('leadKey').equals(lead.key).count()).toBe(1);
    await database.leadRows.update(lead.key, { tags: ['x', 'y'] });
    expect(await database.leadRows.where('tags').equals('y').count()).toBe(1);
    database.close();
  });

  it('opens an empty v1 database and a brand-new one alike', async () => {
    const name = await v1Database([]);
    const upgraded = new IcpLensDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.companies.count()).toBe(0);
    upgraded.close();

    const fresh = new IcpLensDb(`upgrade-${n++}`);
    names.push(fresh.name);
    await fresh.open();
    expect(fresh.verno).toBe(2);
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
