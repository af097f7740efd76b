import Dexie, { type EntityTable } from 'dexie';
import type { Activity, Lead, LeadRow } from '../leads/types';
import type { CompanyRecord, FieldOrigin } from '../merge/merge-company';

/** A company as seen over one or more visits (LinkedIn page, list rows, its website). */
export type CachedCompany = CompanyRecord;
export type { FieldOrigin };

/** The newest schema version below; backups record it (lib/db/backup.ts). */
export const DB_SCHEMA_VERSION = 2;

/** v1: the company cache, findable by LinkedIn slug, LinkedIn id and domain. */
export const SCHEMA_V1 = {
  companies: '&key, linkedinSlug, linkedinId, domain, lastSeen',
} as const;

/**
 * v2: saved leads (`leads`, the whole record), their table rows (`leadRows`, a lean copy with the
 * same key, kept in step in every write) and the activity log (`activity`, status changes and
 * other events with their dates). `companies` is unchanged.
 */
export const SCHEMA_V2 = {
  leads: '&key, domain, linkedinId, status, updatedAt, createdAt',
  leadRows: '&key, score, status, icpId, tierId, *tags, createdAt, updatedAt, lastSeen',
  activity: '++id, leadKey, at, type',
} as const;

/**
 * The one Dexie schema. Every shipped version stays listed with its upgrade, so any older
 * database opens; each upgrade is tested over seeded data of the version before it
 * (test/unit/db/upgrade.test.ts).
 */
export class IcpLensDb extends Dexie {
  companies!: EntityTable<CachedCompany, 'key'>;
  leads!: EntityTable<Lead, 'key'>;
  leadRows!: EntityTable<LeadRow, 'key'>;
  activity!: EntityTable<Activity, 'id'>;

  constructor(name = 'icp-lens') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(() => {
        // v1 -> v2 only adds tables: there is nothing to move. Cached companies are deliberately
        // left untouched (no read-modify-write of the whole cache inside the upgrade transaction,
        // which could only lose or reshape records); the new tables start empty.
      });
  }
}

export type LeadsTable = IcpLensDb['leads'];
export type LeadRowsTable = IcpLensDb['leadRows'];
export type ActivityTable = IcpLensDb['activity'];
export type CompaniesTable = IcpLensDb['companies'];

let instance: IcpLensDb | undefined;

/** The extension's database (opened lazily; only the background and extension pages use it). */
export function db(): IcpLensDb {
  instance ??= new IcpLensDb();
  return instance;
}
