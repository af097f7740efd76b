import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Activity, Lead, LeadRow } from '../leads/types';
import type { CompanyRecord, FieldOrigin } from '../merge/merge-company';
import type { BucketTable } from './buckets';
import { storedForm, type LeadBody, type LeadOrigins } from './lead-buckets';
import type { StoredScores } from './score-buckets';

/** A company as seen over one or more visits (LinkedIn page, list rows, its website). */
export type CachedCompany = CompanyRecord;
export type { FieldOrigin };

/** The newest schema version below; backups record it (lib/db/backup.ts). */
export const DB_SCHEMA_VERSION = 4;

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
 * v3: leads move into hash buckets (lib/db/buckets.ts): `leadBuckets` (each lead without its
 * field origins and score state), `scoreBuckets` (the score states, compact: what a re-score
 * reads and writes), `rowBuckets` (their table rows), `aliasBuckets` (domain,
 * LinkedIn id and key -> lead keys, to find a company saved under another key), plus
 * `leadOrigins` (where each company field came from, one record per lead: only the detail panel
 * and backups read them) and `meta` (the lead count, a version that grows with every write, the
 * leads page's first screen). The upgrade copies every v2 lead over.
 */
export const SCHEMA_V3 = {
  leadBuckets: 'id',
  scoreBuckets: 'id',
  rowBuckets: 'id',
  aliasBuckets: 'id',
  leadOrigins: 'key',
  meta: 'id',
} as const;

/** v4: the v2 tables, copied into the buckets by v3's upgrade, are dropped. */
export const SCHEMA_V4 = { leads: null, leadRows: null } as const;

/** Counters: `leadCount` (how many leads the buckets hold), `version` (grows with every write of leads). */
export interface MetaValue {
  id: 'leadCount' | 'version';
  value: number;
}

/**
 * The top of the leads table (default sort, no filter) as the leads page last showed it, with
 * the `version` of the leads it was made from: when that is still the version, the page shows
 * these rows at once and reads the rest after (lib/db/leads.ts readFirstScreen).
 */
export interface FirstScreen {
  id: 'firstScreen';
  version: number;
  total: number;
  rows: LeadRow[];
}

export type MetaRecord = MetaValue | FirstScreen;

/** v2 -> v3: every lead of `leads` into the buckets (rows rebuilt, origins apart), in one go. */
async function bucketV2Leads(tx: Transaction): Promise<void> {
  const leads = (await tx.table('leads').toArray()) as Lead[];
  const stored = storedForm(leads);
  await tx.table('leadBuckets').bulkPut(stored.leadBuckets);
  await tx.table('scoreBuckets').bulkPut(stored.scoreBuckets);
  await tx.table('rowBuckets').bulkPut(stored.rowBuckets);
  await tx.table('aliasBuckets').bulkPut(stored.aliasBuckets);
  await tx.table('leadOrigins').bulkPut(stored.origins);
  await tx.table('meta').put({ id: 'leadCount', value: leads.length } satisfies MetaValue);
}

/**
 * The one Dexie schema. Every shipped version stays listed with its upgrade, so any older
 * database opens; each upgrade is tested over seeded data of the version before it
 * (test/unit/db/upgrade.test.ts).
 */
export class IcpLensDb extends Dexie {
  companies!: EntityTable<CachedCompany, 'key'>;
  leadBuckets!: BucketTable<LeadBody>;
  scoreBuckets!: Table<StoredScores, number>;
  rowBuckets!: BucketTable<LeadRow>;
  aliasBuckets!: BucketTable<string[]>;
  leadOrigins!: EntityTable<LeadOrigins, 'key'>;
  meta!: Table<MetaRecord, string>;
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
    this.version(3).stores(SCHEMA_V3).upgrade(bucketV2Leads);
    this.version(4).stores(SCHEMA_V4);
  }
}

export type ActivityTable = IcpLensDb['activity'];
export type CompaniesTable = IcpLensDb['companies'];

let instance: IcpLensDb | undefined;

/** The extension's database (opened lazily; only the background and extension pages use it). */
export function db(): IcpLensDb {
  instance ??= new IcpLensDb();
  return instance;
}
