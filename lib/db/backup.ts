import { z } from 'zod';
import type { Category } from '../extract/site/technologies/schema';
import { companySchema } from '../icp/company';
import { formatIssues, type IssueLine } from '../icp/errors';
import { LEAD_STATUSES, type Activity, type Lead } from '../leads/types';
import { db, DB_SCHEMA_VERSION, type CachedCompany, type IcpLensDb } from './database';
import { ALL_BUCKETS } from './buckets';
import { storedForm } from './lead-buckets';
import { announceLeadChanges } from './lead-changes';
import { allLeads, toLeadsDbError } from './leads';

/**
 * Backup and restore of the whole database as one JSON file. A restore is validated record by
 * record first and then replaces everything in one transaction: it lands whole or not at all.
 */

export const BACKUP_FORMAT = 'icp-lens-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Beyond this many problems a refused file's list ends with a count: one bad column repeats on every row. */
const MAX_ERRORS = 100;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The database schema version it was exported from (lib/db/database.ts). */
  schemaVersion: number;
  exportedAt: string;
  leads: Lead[];
  activity: Activity[];
  companies: CachedCompany[];
}

// ---- Schemas: strict on types, tolerant of optional fields (and of fields this build does not know) ----

const text = z.string();
const date = z.string().min(1);
const count = z.number().int().nonnegative();

const toneSchema = z.enum(['high', 'mid', 'low']);

const originSchema = z.looseObject({
  source: z.enum(['json-ld', 'embedded-json', 'meta', 'markup', 'text', 'url']),
  detail: text.optional(),
  url: text,
  seenAt: date,
});

const companyRecordCompany = companySchema.loose();

export const scoreSnapshotSchema = z.looseObject({
  icpId: text.min(1),
  icpName: text,
  bundleVersion: z.number().int().nonnegative(),
  bundleId: text,
  score: z.number().finite(),
  tierId: text.min(1),
  tierLabel: text,
  tone: toneSchema,
  coverage: z.number().min(0).max(1),
  disqualified: z.boolean(),
  lowConfidence: z.boolean(),
  scoredAt: date,
});

export const leadPersonSchema = z.looseObject({
  id: text.min(1),
  name: text.optional(),
  title: text.optional(),
  headline: text.optional(),
  location: text.optional(),
  seniority: text.optional(),
  department: text.optional(),
  linkedinUrl: text.optional(),
  personaScore: z.number().finite().optional(),
  savedAt: date,
});

export const leadSchema = z.looseObject({
  key: text.min(1),
  name: text,
  domain: text.optional(),
  linkedinId: text.optional(),
  linkedinSlug: text.optional(),
  linkedinUrl: text.optional(),
  country: text.optional(),
  company: companyRecordCompany,
  origins: z.record(z.string(), originSchema),
  people: z.array(leadPersonSchema),
  score: scoreSnapshotSchema,
  previousScore: scoreSnapshotSchema.optional(),
  movedSince: z.number().int().nonnegative().optional(),
  status: z.enum(LEAD_STATUSES),
  notes: text,
  tags: z.array(text),
  sourceUrl: text,
  createdAt: date,
  updatedAt: date,
  lastSeen: date,
});

export const activitySchema = z.looseObject({
  id: z.number().int().positive().optional(),
  leadKey: text.min(1),
  at: date,
  type: z.enum(['created', 'status', 'rescored', 'deleted', 'restored', 'imported', 'merged']),
  from: text.optional(),
  to: text.optional(),
  detail: text.optional(),
  score: scoreSnapshotSchema.optional(),
});

const detectionSchema = z.looseObject({
  name: text,
  // Any text: a category a later fingerprint update renamed must not make a backup unrestorable.
  category: z.custom<Category>((v) => typeof v === 'string', { message: 'expected text' }),
  confidence: z.number().finite(),
  evidence: z.array(text),
});

export const companyRecordSchema = z.looseObject({
  key: text.min(1),
  linkedinSlug: text.optional(),
  linkedinId: text.optional(),
  domain: text.optional(),
  company: companyRecordCompany,
  origins: z.record(z.string(), originSchema),
  detections: z.array(detectionSchema).optional(),
  firstSeen: date,
  lastSeen: date,
  visits: count,
});

/**
 * Records that share a table key (a restore would silently keep only the last). Checked on the raw
 * input, so they are reported together with every other problem.
 */
function duplicateIssues(value: Record<string, unknown>): IssueLine[] {
  const out: IssueLine[] = [];
  const lists: [list: string, field: string][] = [
    ['leads', 'key'],
    ['activity', 'id'],
    ['companies', 'key'],
  ];
  for (const [list, field] of lists) {
    const items = value[list];
    if (!Array.isArray(items)) continue;
    const seen = new Map<unknown, number>();
    items.forEach((item: unknown, i) => {
      const k = item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
      if (k === undefined || k === null || typeof k === 'object') return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else
        out.push({
          path: `$.${list}[${i}].${field}`,
          message: `${JSON.stringify(k)} is already used by ${list}[${first}]`,
        });
    });
  }
  return out;
}

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1).max(DB_SCHEMA_VERSION),
  exportedAt: date,
  leads: z.array(leadSchema),
  activity: z.array(activitySchema),
  companies: z.array(companyRecordSchema),
});

// ---- Export -----------------------------------------------------------------------------------

/** The whole database as one backup file (one read transaction: a consistent copy). */
export async function exportBackup(
  exportedAt: string = new Date().toISOString(),
  database: IcpLensDb = db(),
): Promise<BackupFile> {
  try {
    const tables = [
      database.leadBuckets,
      database.scoreBuckets,
      database.leadOrigins,
      database.activity,
      database.companies,
    ];
    return await database.transaction('r', tables, async () => {
      const [leads, activity, companies] = await Promise.all([
        allLeads(database),
        database.activity.toArray(),
        database.companies.toArray(),
      ]);
      return {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: DB_SCHEMA_VERSION,
        exportedAt,
        leads,
        activity,
        companies,
      };
    });
  } catch (e) {
    throw toLeadsDbError(e, true);
  }
}

// ---- Parse ------------------------------------------------------------------------------------

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; errors: IssueLine[] };

const refuse = (path: string, message: string): ParseBackupResult => ({ ok: false, errors: [{ path, message }] });

/**
 * Validates a backup (the parsed JSON, or its text) record by record. Refused with every problem's
 * path (`$.leads[12].score.tierId`) and nothing else done; a file of another kind or of a newer
 * ICP Lens is refused with one line saying so.
 */
export function parseBackup(json: unknown): ParseBackupResult {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (e) {
      return refuse('$', `this file is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const head = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return refuse('$.format', 'this file is not an ICP Lens backup');
  const newer =
    typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION
      ? 'formatVersion'
      : typeof head.schemaVersion === 'number' && head.schemaVersion > DB_SCHEMA_VERSION
        ? 'schemaVersion'
        : undefined;
  if (newer) {
    return refuse(`$.${newer}`, 'this backup was made by a newer ICP Lens. Update ICP Lens to restore it.');
  }
  const parsed = backupSchema.safeParse(value, { reportInput: true });
  const duplicates = duplicateIssues(head);
  if (parsed.success && !duplicates.length) return { ok: true, backup: parsed.data satisfies BackupFile };
  const errors = [...(parsed.success ? [] : formatIssues(parsed.error)), ...duplicates];
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_ERRORS), { path: '$', message: `and ${errors.length - MAX_ERRORS} more problems` }],
  };
}

// ---- Restore ----------------------------------------------------------------------------------

export interface RestoreCounts {
  leads: number;
  activity: number;
  companies: number;
}

/**
 * Replaces leads (their rows and aliases rebuilt), the activity log and the company cache with
 * a backup's, in one transaction: on any failure (a full disk) the database stays as it was.
 * Give it what parseBackup returned.
 */
export async function restoreBackup(backup: BackupFile, database: IcpLensDb = db()): Promise<RestoreCounts> {
  const { leadBuckets, scoreBuckets, rowBuckets, aliasBuckets, leadOrigins, meta, activity, companies } = database;
  const tables = [leadBuckets, scoreBuckets, rowBuckets, aliasBuckets, leadOrigins, meta, activity, companies];
  const stored = storedForm(backup.leads);
  try {
    await database.transaction('rw', tables, async () => {
      await Promise.all(tables.map((t) => t.clear()));
      await leadBuckets.bulkAdd(stored.leadBuckets);
      await scoreBuckets.bulkAdd(stored.scoreBuckets);
      await rowBuckets.bulkAdd(stored.rowBuckets);
      await aliasBuckets.bulkAdd(stored.aliasBuckets);
      await leadOrigins.bulkAdd(stored.origins);
      await meta.put({ id: 'leadCount', value: backup.leads.length });
      await meta.put({ id: 'version', value: Date.now() });
      await activity.bulkAdd(backup.activity);
      await companies.bulkAdd(backup.companies);
    });
  } catch (e) {
    throw toLeadsDbError(e);
  }
  announceLeadChanges(ALL_BUCKETS);
  return { leads: backup.leads.length, activity: backup.activity.length, companies: backup.companies.length };
}

/** parseBackup, then restoreBackup when it is valid; a refused file changes nothing. */
export async function restoreBackupJson(
  json: unknown,
  database: IcpLensDb = db(),
): Promise<{ ok: true; restored: RestoreCounts } | { ok: false; errors: IssueLine[] }> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  return { ok: true, restored: await restoreBackup(parsed.backup, database) };
}
