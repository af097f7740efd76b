import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FORMAT,
  exportBackup,
  parseBackup,
  restoreBackup,
  restoreBackupJson,
  type BackupFile,
} from '../../../lib/db/backup';
import { rememberCompany } from '../../../lib/db/company-cache';
import { DB_SCHEMA_VERSION, type IcpLensDb } from '../../../lib/db/database';
import {
  applyScores,
  deleteLeads,
  LeadsDbError,
  QUOTA_MESSAGE,
  saveLead,
  setNotes,
  setStatus,
} from '../../../lib/db/leads';
import { AT, dump, freshDb, LATER, makeLead, saveInput, seed, snap, TIER_1 } from './lead-fixtures';

const open: IcpLensDb[] = [];
const fresh = () => {
  const d = freshDb('backup');
  open.push(d);
  return d;
};
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of open.splice(0)) await d.delete();
});

/** A database with a bit of everything: saved, re-scored, re-keyed, deleted leads, notes, people, the cache. */
async function filled(): Promise<IcpLensDb> {
  const d = fresh();
  await rememberCompany(
    {
      linkedinSlug: 'acme',
      linkedinId: '1035',
      company: {
        name: 'Acme',
        domain: 'acme.io',
        employees: { min: 51, max: 200 },
        hq: { country: 'US', city: 'NYC' },
      },
      provenance: { name: { source: 'json-ld', detail: 'Organization.name' } },
      url: 'https://www.linkedin.com/company/acme/',
      seenAt: AT,
    },
    d,
  );
  await rememberCompany(
    {
      company: { domain: 'beta.io', technologies: ['HubSpot'] },
      provenance: {},
      url: 'https://beta.io/',
      seenAt: AT,
      detections: [{ name: 'HubSpot', category: 'marketing-automation', confidence: 80, evidence: ['global _hsq'] }],
    },
    d,
  );
  await seed(
    d,
    Array.from({ length: 40 }, (_, i) => makeLead(i)),
  );
  await saveLead(saveInput({ person: { id: 'https://www.linkedin.com/in/jane', name: 'Jane', savedAt: AT } }), d);
  await saveLead(saveInput({ company: { name: 'Gamma' }, linkedinId: '77' }), d);
  await saveLead(saveInput({ company: { name: 'Gamma', domain: 'gamma.io' }, linkedinId: '77', at: LATER }), d);
  await setStatus(['domain:acme.io', 'domain:co00003.com'], 'working', LATER, d);
  await setNotes('domain:acme.io', 'Ünïcode — notes\nline 2', LATER, d);
  await applyScores([{ key: 'domain:co00001.com', score: snap({ ...TIER_1, score: 88, bundleVersion: 7 }) }], LATER, d);
  await deleteLeads(['domain:co00002.com'], LATER, d);
  return d;
}

describe('backup', () => {
  it('export -> JSON -> parse -> restore into a fresh database gives back every record', async () => {
    const source = await filled();
    const backup = await exportBackup(LATER, source);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: DB_SCHEMA_VERSION,
      exportedAt: LATER,
    });
    expect(backup.leads.length).toBe(41);
    expect(backup.companies.length).toBe(2);
    // created ×2, status ×2, deleted (a re-score's moves stay on the lead, not in the log).
    expect(backup.activity.length).toBe(5);

    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const target = fresh();
    await saveLead(saveInput({ company: { name: 'Stale', domain: 'stale.io' } }), target);
    expect(await restoreBackup(parsed.backup, target)).toEqual({
      leads: 41,
      activity: backup.activity.length,
      companies: 2,
    });
    const [a, b] = [await dump(source), await dump(target)];
    expect(b).toEqual(a);
    expect(b.leadRows.find((r) => r.key === 'domain:co00001.com')?.moved).toMatchObject({
      fromScore: 31,
      sinceVersion: 7,
    });
    // Activity keeps its ids, and the log keeps counting after them.
    const next = await saveLead(saveInput({ company: { name: 'New', domain: 'new.io' } }), target);
    const log = await target.activity.where('leadKey').equals(next.lead.key).toArray();
    expect(log[0].id).toBeGreaterThan(Math.max(...a.activity.map((x) => x.id!)));
  });

  it('parses the exported object as well as its text', async () => {
    const backup = await exportBackup(LATER, await filled());
    const parsed = parseBackup(backup);
    expect(parsed.ok && parsed.backup).toEqual(backup);
  });

  it('refuses a backup with one malformed record, with its path, and changes nothing', async () => {
    const source = await filled();
    const backup = JSON.parse(JSON.stringify(await exportBackup(LATER, source))) as BackupFile;
    (backup.leads[7].score as unknown as Record<string, unknown>).score = 'eighty';
    const target = await filled();
    const before = await dump(target);
    const outcome = await restoreBackupJson(backup, target);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors).toEqual([{ path: '$.leads[7].score.score', message: expect.any(String) }]);
    expect(await dump(target)).toEqual(before);
  });

  it('names every kind of problem by its path', () => {
    const base = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: 2,
      exportedAt: AT,
      leads: [makeLead(1), makeLead(1)],
      activity: [
        { id: 1, leadKey: 'domain:co00001.com', at: AT, type: 'status', from: 'new', to: 'won' },
        { id: 2, leadKey: 'domain:co00001.com', at: AT, type: 'exploded' },
      ],
      companies: [
        {
          key: 'li:x',
          company: { employees: { min: 10, max: 2 } },
          origins: {},
          firstSeen: AT,
          lastSeen: AT,
          visits: 1.5,
        },
      ],
    };
    const parsed = parseBackup(base);
    expect(parsed.ok).toBe(false);
    const paths = !parsed.ok ? parsed.errors.map((e) => e.path).sort() : [];
    expect(paths).toEqual([
      '$.activity[1].type',
      '$.companies[0].company.employees',
      '$.companies[0].visits',
      '$.leads[1].key',
    ]);

    const lead: Record<string, unknown> = { ...makeLead(2), status: 'maybe', tags: 'a,b' };
    delete lead.people;
    const more = parseBackup({ ...base, leads: [lead], activity: [], companies: [] });
    expect(!more.ok && more.errors.map((e) => e.path).sort()).toEqual([
      '$.leads[0].people',
      '$.leads[0].status',
      '$.leads[0].tags',
    ]);
  });

  it('accepts records with optional fields left out, and keeps fields it does not know', () => {
    const minimal = {
      key: 'name:x|',
      name: 'X',
      company: {},
      origins: {},
      people: [],
      score: snap(),
      status: 'new',
      notes: '',
      tags: [],
      sourceUrl: '',
      createdAt: AT,
      updatedAt: AT,
      lastSeen: AT,
      addedLater: { a: 1 },
    };
    const parsed = parseBackup({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: 2,
      exportedAt: AT,
      leads: [minimal],
      activity: [{ leadKey: 'name:x|', at: AT, type: 'created' }],
      companies: [],
    });
    expect(parsed.ok && parsed.backup.leads[0]).toEqual(minimal);
  });

  it('refuses other files and newer backups with one line', () => {
    expect(parseBackup('{not json')).toMatchObject({ ok: false, errors: [{ path: '$' }] });
    expect(parseBackup([])).toMatchObject({ ok: false, errors: [{ path: '$.format' }] });
    expect(parseBackup({ format: 'icp-lens-bundle' })).toMatchObject({ ok: false, errors: [{ path: '$.format' }] });
    expect(
      parseBackup({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: DB_SCHEMA_VERSION + 1, leads: 'junk' }),
    ).toMatchObject({
      ok: false,
      errors: [{ path: '$.schemaVersion', message: expect.stringMatching(/newer ICP Lens/) }],
    });
  });

  it('caps a long list of problems', () => {
    const leads = Array.from({ length: 150 }, (_, i) => ({ ...makeLead(i), status: 'nope' }));
    const parsed = parseBackup({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: 2,
      exportedAt: AT,
      leads,
      activity: [],
      companies: [],
    });
    expect(!parsed.ok && parsed.errors.length).toBe(101);
    expect(!parsed.ok && parsed.errors[100].message).toBe('and 50 more problems');
  });

  it('a restore that fails half-way (storage full) leaves the database as it was', async () => {
    const backup = await exportBackup(LATER, await filled());
    const target = fresh();
    await saveLead(saveInput({ company: { name: 'Keep me', domain: 'keep.io' } }), target);
    await rememberCompany(
      { company: { domain: 'keep.io' }, provenance: {}, url: 'https://keep.io/', seenAt: AT },
      target,
    );
    const before = await dump(target);
    vi.spyOn(target.companies, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const err = await restoreBackup(backup, target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LeadsDbError);
    expect((err as Error).message).toBe(QUOTA_MESSAGE);
    expect(await dump(target)).toEqual(before);
  });
});
