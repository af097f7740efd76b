import Dexie from 'dexie';
import type { Company } from '../icp/company';
import { keyDomain, leadKey, leadKeys, type LeadIdentity } from '../leads/lead-key';
import { rowOf } from '../leads/lead-row';
import { scoreChanged, scoreWords } from '../leads/snapshot';
import {
  LEAD_STATUSES,
  type Activity,
  type Lead,
  type LeadPerson,
  type LeadRow,
  type LeadStatus,
  type ScoreSnapshot,
} from '../leads/types';
import type { FieldOrigin } from '../merge/merge-company';
import { db, type IcpLensDb } from './database';

/**
 * The saved-leads repository. Every write that touches a lead writes `leads`, `leadRows` and
 * `activity` in one transaction: all of it lands or none of it does. Failures come out as a
 * LeadsDbError whose message a rep can act on.
 */

// ---- Errors -----------------------------------------------------------------------------------

export type LeadsDbErrorKind = 'quota' | 'closed' | 'invalid' | 'failed';

export const QUOTA_MESSAGE =
  "The browser's storage is full: nothing was changed. Free space or delete leads, then try again.";
export const CLOSED_MESSAGE =
  'The leads database is closed (the browser closed it, or ICP Lens is being updated): nothing was changed. Reload the page and try again.';

export class LeadsDbError extends Error {
  readonly kind: LeadsDbErrorKind;
  constructor(kind: LeadsDbErrorKind, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'LeadsDbError';
    this.kind = kind;
  }
}

/** The names of an error and of everything it wraps (Dexie's `inner`, `cause`, bulk `failures`). */
function errorNames(e: unknown, out: string[] = [], depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return out;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof err.name === 'string') out.push(err.name);
  errorNames(err.inner, out, depth + 1);
  errorNames(err.cause, out, depth + 1);
  const failures = Array.isArray(err.failures)
    ? err.failures
    : err.failures && typeof err.failures === 'object'
      ? Object.values(err.failures)
      : [];
  for (const f of failures.slice(0, 5)) errorNames(f, out, depth + 1);
  return out;
}

const isStorageError = (e: unknown) =>
  e instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && e instanceof DOMException);

/** A storage failure as a LeadsDbError; anything else (a caller's bug) passes through as it is. */
export function toLeadsDbError(e: unknown, reading = false): unknown {
  if (e instanceof LeadsDbError || !isStorageError(e)) return e;
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return new LeadsDbError('quota', QUOTA_MESSAGE, e);
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return new LeadsDbError('closed', CLOSED_MESSAGE, e);
  }
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  return reading
    ? new LeadsDbError('failed', `Could not read your saved leads${detail}.`, e)
    : new LeadsDbError('failed', `Could not save changes to your leads${detail}: nothing was changed.`, e);
}

/** One read-write transaction over leads, rows and activity; a failure aborts all of it. */
async function write<T>(database: IcpLensDb, run: () => Promise<T>): Promise<T> {
  try {
    return await database.transaction('rw', [database.leads, database.leadRows, database.activity], run);
  } catch (e) {
    throw toLeadsDbError(e);
  }
}

async function read<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toLeadsDbError(e, true);
  }
}

// ---- Pure helpers -----------------------------------------------------------------------------

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const laterOf = (a: string, b: string) => (b > a ? b : a);
const earlierOf = (a: string, b: string) => (b < a ? b : a);

/** What a lead is known by (for finding it again). */
export function identityOf(
  lead: Pick<Lead, 'domain' | 'linkedinId' | 'linkedinSlug' | 'name' | 'country' | 'company'>,
): LeadIdentity {
  return {
    domain: lead.domain ?? lead.company.domain,
    linkedinId: lead.linkedinId,
    linkedinSlug: lead.linkedinSlug,
    name: lead.name || lead.company.name,
    country: lead.country ?? lead.company.hq?.country,
  };
}

/** People of both lists, one per id. `incomingWins`: a re-save updates what was known of a person. */
function mergePeople(
  kept: readonly LeadPerson[],
  incoming: readonly LeadPerson[],
  incomingWins: boolean,
): LeadPerson[] {
  const byId = new Map(kept.map((p) => [p.id, p]));
  for (const p of incoming) {
    const had = byId.get(p.id);
    if (!had) byId.set(p.id, p);
    else byId.set(p.id, incomingWins ? { ...had, ...p, savedAt: had.savedAt } : { ...p, ...had });
  }
  return [...byId.values()];
}

function joinNotes(kept: string, incoming: string): string {
  const a = kept.trim();
  const b = incoming.trim();
  if (!b || a.includes(b)) return kept;
  if (!a) return incoming;
  return `${kept}\n\n${incoming}`;
}

/**
 * Two records of one company become one (an import's duplicate, or two leads a save found to be
 * the same company): the kept one's values win, the other fills what it lacks; tags are joined;
 * the status is kept unless it is still 'new'; people are joined by id; dates span both. The kept
 * one's score (and what moved) stays.
 */
export function mergeLeads(kept: Lead, other: Lead): Lead {
  const company: Company = { ...kept.company };
  const origins: Record<string, FieldOrigin> = { ...kept.origins };
  for (const [field, value] of Object.entries(other.company) as [keyof Company, unknown][]) {
    if (value === undefined || company[field] !== undefined) continue;
    (company as Record<string, unknown>)[field] = value;
    if (other.origins[field]) origins[field] = other.origins[field];
  }
  for (const [field, o] of Object.entries(other.origins)) if (!(field in origins)) origins[field] = o;
  const merged: Lead = {
    ...kept,
    name: kept.name || other.name,
    company,
    origins,
    people: mergePeople(kept.people, other.people, false),
    status: kept.status === 'new' ? other.status : kept.status,
    notes: joinNotes(kept.notes, other.notes),
    tags: unique([...kept.tags, ...other.tags]),
    createdAt: earlierOf(kept.createdAt, other.createdAt),
    updatedAt: laterOf(kept.updatedAt, other.updatedAt),
    lastSeen: laterOf(kept.lastSeen, other.lastSeen),
  };
  for (const k of ['domain', 'linkedinId', 'linkedinSlug', 'linkedinUrl', 'country'] as const) {
    const v = kept[k] ?? other[k];
    if (v !== undefined) merged[k] = v;
  }
  merged.key = leadKey(identityOf(merged)) ?? kept.key;
  return merged;
}

/** A lead's score replaced: the old one kept as `previousScore` when the tier or the score moved. */
function withScore(lead: Lead, next: ScoreSnapshot): { lead: Lead; changed: boolean } {
  if (!scoreChanged(lead.score, next)) return { lead: { ...lead, score: next }, changed: false };
  return { lead: { ...lead, score: next, previousScore: lead.score, movedSince: next.bundleVersion }, changed: true };
}

/** Equal but for when it was scored: nothing to write. */
function sameScore(a: ScoreSnapshot, b: ScoreSnapshot): boolean {
  return (Object.keys(b) as (keyof ScoreSnapshot)[]).every((k) => k === 'scoredAt' || a[k] === b[k]);
}

/** The fields of a score a row shows are equal. */
const ROW_FIELDS = ['score', 'tierId', 'tierLabel', 'tone', 'icpId', 'icpName'] as const;
const sameRowScore = (a: ScoreSnapshot, b: ScoreSnapshot) => ROW_FIELDS.every((k) => a[k] === b[k]);

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

// ---- The working set of one write -------------------------------------------------------------

/**
 * The leads one write reads, changes, re-keys and deletes, indexed like the table (key, domain,
 * LinkedIn id), so a save or an import finds duplicates among what it wrote itself too. `flush`
 * writes it all within the caller's transaction.
 */
class WorkingSet {
  private readonly byKey = new Map<string, Lead>();
  /** domain:… / li:… -> keys of the leads with that domain or LinkedIn id. */
  private readonly byId = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  private readonly gone = new Set<string>();
  /** Old key -> the key its lead lives under now (activity follows). */
  private readonly renamed = new Map<string, string>();
  readonly log: Activity[] = [];

  constructor(private readonly database: IcpLensDb) {}

  /** Loads every stored lead any of these identities could match. */
  async load(identities: readonly LeadIdentity[]): Promise<void> {
    const t = this.database.leads;
    const keys = unique(identities.flatMap(leadKeys));
    const domains = unique(identities.map((i) => keyDomain(i.domain)).filter((d): d is string => !!d));
    const ids = unique(identities.map((i) => i.linkedinId?.trim()).filter((d): d is string => !!d));
    // One index lookup per value: `anyOf` over thousands of values (an import) is far slower.
    const primaryKeysOf = (index: 'domain' | 'linkedinId', values: string[]) =>
      Promise.all(values.map((v) => t.where(index).equals(v).primaryKeys()));
    const [byKey, byDomain, byId] = await Promise.all([
      keys.length ? t.bulkGet(keys) : [],
      primaryKeysOf('domain', domains),
      primaryKeysOf('linkedinId', ids),
    ]);
    const asked = new Set(keys);
    const more = unique([...byDomain.flat(), ...byId.flat()]).filter((k) => !asked.has(k));
    const found = more.length ? await t.bulkGet(more) : [];
    for (const l of [...byKey, ...found]) if (l && !this.byKey.has(l.key)) this.add(l);
  }

  private static ids(l: Lead): string[] {
    const out: string[] = [];
    if (l.domain) out.push(`domain:${l.domain}`);
    if (l.linkedinId) out.push(`li:${l.linkedinId}`);
    return out;
  }

  private add(l: Lead): void {
    this.byKey.set(l.key, l);
    for (const id of WorkingSet.ids(l)) {
      const keys = this.byId.get(id) ?? new Set<string>();
      keys.add(l.key);
      this.byId.set(id, keys);
    }
  }

  private remove(key: string): void {
    const l = this.byKey.get(key);
    if (!l) return;
    this.byKey.delete(key);
    for (const id of WorkingSet.ids(l)) this.byId.get(id)?.delete(key);
  }

  /** Leads of this company, the one under its best key first. */
  matches(identity: LeadIdentity): Lead[] {
    const found = new Map<string, Lead>();
    for (const k of leadKeys(identity)) {
      const l = this.byKey.get(k);
      if (l) found.set(l.key, l);
    }
    const domain = keyDomain(identity.domain);
    const id = identity.linkedinId?.trim();
    for (const k of [domain && `domain:${domain}`, id && `li:${id}`]) {
      for (const key of (k && this.byId.get(k)) || []) found.set(key, this.byKey.get(key)!);
    }
    return [...found.values()];
  }

  /** `next` replaces `previous` (which may be under other keys: they are deleted and their activity follows). */
  replace(previous: readonly Lead[], next: Lead): void {
    for (const p of previous) {
      this.remove(p.key);
      if (p.key === next.key) continue;
      this.dirty.delete(p.key);
      this.gone.add(p.key);
      this.renamed.set(p.key, next.key);
    }
    this.remove(next.key);
    this.gone.delete(next.key);
    this.renamed.delete(next.key);
    this.add(next);
    this.dirty.add(next.key);
  }

  note(a: Omit<Activity, 'id'>): void {
    this.log.push(a);
  }

  /** Where a key's lead lives now (following re-keys). */
  private resolve(key: string): string {
    let k = key;
    for (let i = 0; i < 20 && this.renamed.has(k); i++) k = this.renamed.get(k)!;
    return k;
  }

  async flush(): Promise<void> {
    const { leads, leadRows, activity } = this.database;
    const gone = [...this.gone].filter((k) => !this.byKey.has(k));
    const put = [...this.dirty].map((k) => this.byKey.get(k)!);
    if (gone.length) {
      await leads.bulkDelete(gone);
      await leadRows.bulkDelete(gone);
    }
    if (put.length) {
      await leads.bulkPut(put);
      await leadRows.bulkPut(put.map(rowOf));
    }
    if (this.renamed.size) {
      await activity
        .where('leadKey')
        .anyOf([...this.renamed.keys()])
        .modify((a) => {
          a.leadKey = this.resolve(a.leadKey);
        });
    }
    if (this.log.length) await activity.bulkAdd(this.log.map((a) => ({ ...a, leadKey: this.resolve(a.leadKey) })));
  }
}

// ---- Save -------------------------------------------------------------------------------------

/** What saving one prospect writes (lib/leads/from-tab.ts builds it from a tab). */
export interface SaveLeadInput {
  company: Company;
  origins: Record<string, FieldOrigin>;
  person?: LeadPerson;
  score: ScoreSnapshot;
  sourceUrl: string;
  at: string;
  linkedinId?: string;
  linkedinSlug?: string;
}

const NOTHING_TO_SAVE = 'Nothing to save: this company has no name, website or LinkedIn page.';

/** The lead a save makes of what was saved before (if anything) and the page's reading. */
function savedLead(base: Lead | undefined, input: SaveLeadInput): Lead | undefined {
  const company: Company = { ...base?.company, ...defined(input.company) };
  const domain = keyDomain(company.domain) ?? base?.domain;
  const linkedinId = input.linkedinId?.trim() || base?.linkedinId;
  const linkedinSlug = input.linkedinSlug?.trim().toLowerCase() || base?.linkedinSlug;
  const country = company.hq?.country ?? base?.country;
  const name = company.name?.trim() || base?.name || domain || linkedinSlug || linkedinId;
  const key = leadKey({ domain, linkedinId, linkedinSlug, name, country });
  if (!key || !name) return undefined;
  const fresh: Lead = {
    key,
    name,
    company,
    origins: { ...base?.origins, ...input.origins },
    people: mergePeople(base?.people ?? [], input.person ? [input.person] : [], true),
    score: input.score,
    status: base?.status ?? 'new',
    notes: base?.notes ?? '',
    tags: base?.tags ?? [],
    sourceUrl: base?.sourceUrl ?? input.sourceUrl,
    createdAt: base?.createdAt ?? input.at,
    updatedAt: input.at,
    lastSeen: laterOf(base?.lastSeen ?? input.at, input.at),
  };
  if (domain) fresh.domain = domain;
  if (linkedinId) fresh.linkedinId = linkedinId;
  if (linkedinSlug) fresh.linkedinSlug = linkedinSlug;
  const linkedinUrl = company.linkedinUrl ?? base?.linkedinUrl;
  if (linkedinUrl) fresh.linkedinUrl = linkedinUrl;
  if (country) fresh.country = country;
  if (!base) return fresh;
  if (base.previousScore) fresh.previousScore = base.previousScore;
  if (base.movedSince !== undefined) fresh.movedSince = base.movedSince;
  return withScore({ ...fresh, score: base.score }, input.score).lead;
}

/**
 * Saves a prospect: one click, idempotent. A company saved before under any of its keys (its
 * domain, LinkedIn id or slug, name and country) is updated, never duplicated; when it is now known
 * by a better key (a lead saved from LinkedIn whose domain is now known) it moves to that key with
 * its status, notes, tags, people and activity. A person is saved under their company. Company
 * fields, origins, score, last seen and updated are refreshed; status, notes and tags are kept.
 */
export async function saveLead(
  input: SaveLeadInput,
  database: IcpLensDb = db(),
): Promise<{ lead: Lead; created: boolean }> {
  const identity: LeadIdentity = {
    domain: input.company.domain,
    linkedinId: input.linkedinId,
    linkedinSlug: input.linkedinSlug,
    name: input.company.name,
    country: input.company.hq?.country,
  };
  if (!leadKey(identity)) {
    throw new LeadsDbError('invalid', NOTHING_TO_SAVE);
  }
  return write(database, async () => {
    const work = new WorkingSet(database);
    await work.load([identity]);
    const found = work.matches(identity);
    const base = found.length ? found.slice(1).reduce(mergeLeads, found[0]) : undefined;
    const lead = savedLead(base, input);
    if (!lead) throw new LeadsDbError('invalid', NOTHING_TO_SAVE);
    work.replace(found, lead);
    if (!base) work.note({ leadKey: lead.key, at: input.at, type: 'created', detail: input.sourceUrl });
    for (const other of found.slice(1)) {
      work.note({ leadKey: lead.key, at: input.at, type: 'merged', from: other.key, to: lead.key });
    }
    await work.flush();
    return { lead, created: !base };
  });
}

// ---- Rep's work -------------------------------------------------------------------------------

async function existing(database: IcpLensDb, keys: readonly string[]): Promise<Lead[]> {
  const found = await database.leads.bulkGet(unique(keys));
  return found.filter((l): l is Lead => !!l);
}

async function putLeads(database: IcpLensDb, leads: readonly Lead[]): Promise<void> {
  if (!leads.length) return;
  await database.leads.bulkPut([...leads]);
  await database.leadRows.bulkPut(leads.map(rowOf));
}

/** Sets the status of leads; each lead whose status changed gets one `status` activity (from, to, date). Returns how many changed. */
export async function setStatus(
  keys: readonly string[],
  status: LeadStatus,
  at: string,
  database: IcpLensDb = db(),
): Promise<number> {
  if (!LEAD_STATUSES.includes(status)) throw new LeadsDbError('invalid', `"${String(status)}" is not a lead status.`);
  return write(database, async () => {
    const changed = (await existing(database, keys)).filter((l) => l.status !== status);
    await putLeads(
      database,
      changed.map((l) => ({ ...l, status, updatedAt: at })),
    );
    if (changed.length) {
      await database.activity.bulkAdd(
        changed.map((l) => ({ leadKey: l.key, at, type: 'status' as const, from: l.status, to: status })),
      );
    }
    return changed.length;
  });
}

/** Replaces a lead's notes. Returns the lead as saved, or undefined when there is no such lead. */
export async function setNotes(
  key: string,
  notes: string,
  at: string,
  database: IcpLensDb = db(),
): Promise<Lead | undefined> {
  return write(database, async () => {
    const lead = await database.leads.get(key);
    if (!lead) return undefined;
    if (lead.notes === notes) return lead;
    const next = { ...lead, notes, updatedAt: at };
    await putLeads(database, [next]);
    return next;
  });
}

async function retag(
  keys: readonly string[],
  tag: string,
  at: string,
  database: IcpLensDb,
  change: (tags: string[], t: string) => string[] | undefined,
): Promise<number> {
  const t = tag.trim();
  if (!t) return 0;
  return write(database, async () => {
    const next: Lead[] = [];
    for (const l of await existing(database, keys)) {
      const tags = change(l.tags, t);
      if (tags) next.push({ ...l, tags, updatedAt: at });
    }
    await putLeads(database, next);
    return next.length;
  });
}

/** Tags leads (a tag is trimmed; leads that have it already are left alone). Returns how many changed. */
export function addTag(keys: readonly string[], tag: string, at: string, database: IcpLensDb = db()): Promise<number> {
  return retag(keys, tag, at, database, (tags, t) => (tags.includes(t) ? undefined : [...tags, t]));
}

/** Removes a tag from leads. Returns how many changed. */
export function removeTag(
  keys: readonly string[],
  tag: string,
  at: string,
  database: IcpLensDb = db(),
): Promise<number> {
  return retag(keys, tag, at, database, (tags, t) => (tags.includes(t) ? tags.filter((x) => x !== t) : undefined));
}

/** Deletes leads (and their rows); returns what was deleted, for undo. Their activity stays, with a `deleted` entry. */
export async function deleteLeads(keys: readonly string[], at: string, database: IcpLensDb = db()): Promise<Lead[]> {
  return write(database, async () => {
    const leads = await existing(database, keys);
    if (!leads.length) return [];
    const gone = leads.map((l) => l.key);
    await database.leads.bulkDelete(gone);
    await database.leadRows.bulkDelete(gone);
    await database.activity.bulkAdd(gone.map((leadKey) => ({ leadKey, at, type: 'deleted' as const })));
    return leads;
  });
}

/** Undo of deleteLeads: puts the leads back as they were (rows rebuilt), with a `restored` entry each. */
export async function restoreLeads(leads: readonly Lead[], at: string, database: IcpLensDb = db()): Promise<void> {
  if (!leads.length) return;
  await write(database, async () => {
    await putLeads(database, leads);
    await database.activity.bulkAdd(leads.map((l) => ({ leadKey: l.key, at, type: 'restored' as const })));
  });
}

// ---- Reads ------------------------------------------------------------------------------------

export function getLead(key: string, database: IcpLensDb = db()): Promise<Lead | undefined> {
  return read(() => database.leads.get(key));
}

/** The saved lead of a company, found under any key it could have been saved under. */
export function findLead(identity: LeadIdentity, database: IcpLensDb = db()): Promise<Lead | undefined> {
  return read(() =>
    database.transaction('r', database.leads, async () => {
      const work = new WorkingSet(database);
      await work.load([identity]);
      return work.matches(identity)[0];
    }),
  );
}

/** Every lead's table row. */
export function listRows(database: IcpLensDb = db()): Promise<LeadRow[]> {
  return read(() => database.leadRows.toArray());
}

export function countLeads(database: IcpLensDb = db()): Promise<number> {
  return read(() => database.leads.count());
}

/** A lead's activity, oldest first. */
export function listActivity(key: string, database: IcpLensDb = db()): Promise<Activity[]> {
  return read(() => database.activity.where('leadKey').equals(key).sortBy('at'));
}

// ---- Import -----------------------------------------------------------------------------------

/**
 * Adds leads from a file. A lead whose company is saved already (under any of its keys, or
 * earlier in the same file) is merged into it: empty company fields filled, tags joined, status
 * kept unless the saved one is still 'new', notes appended when they differ. All or nothing.
 */
export async function importLeads(
  leads: readonly Lead[],
  at: string,
  database: IcpLensDb = db(),
): Promise<{ added: number; merged: number }> {
  if (!leads.length) return { added: 0, merged: 0 };
  return write(database, async () => {
    const work = new WorkingSet(database);
    await work.load(leads.map(identityOf));
    let added = 0;
    let merged = 0;
    for (const incoming of leads) {
      const identity = identityOf(incoming);
      const domain = keyDomain(identity.domain);
      const normalized: Lead = { ...incoming, key: leadKey(identity) ?? incoming.key };
      if (domain) normalized.domain = domain;
      const found = work.matches(identity);
      if (!found.length) {
        work.replace([], normalized);
        work.note({ leadKey: normalized.key, at, type: 'imported', detail: incoming.sourceUrl });
        added++;
        continue;
      }
      const kept = found.slice(1).reduce(mergeLeads, found[0]);
      const next = { ...mergeLeads(kept, normalized), updatedAt: at };
      work.replace(found, next);
      work.note({ leadKey: next.key, at, type: 'merged', detail: incoming.sourceUrl });
      merged++;
    }
    await work.flush();
    return { added, merged };
  });
}

// ---- Re-scoring -------------------------------------------------------------------------------

export interface ScoreUpdate {
  key: string;
  score: ScoreSnapshot;
}

/** Applies new scores to loaded leads within the caller's transaction; returns how many moved. */
async function applyToLeads(
  database: IcpLensDb,
  updates: readonly { lead: Lead; score: ScoreSnapshot }[],
  at: string,
): Promise<number> {
  const put: Lead[] = [];
  const rows: LeadRow[] = [];
  const log: Activity[] = [];
  for (const { lead, score } of updates) {
    if (sameScore(lead.score, score)) continue;
    const next = withScore(lead, score);
    put.push(next.lead);
    // A new bundle version that moved nothing leaves the row as it was: no need to write it.
    if (next.changed || !sameRowScore(lead.score, score)) rows.push(rowOf(next.lead));
    if (next.changed) {
      log.push({
        leadKey: lead.key,
        at,
        type: 'rescored',
        from: scoreWords(lead.score),
        to: scoreWords(score),
        detail: `${score.icpName} v${score.bundleVersion}`,
      });
    }
  }
  if (put.length) await database.leads.bulkPut(put);
  if (rows.length) await database.leadRows.bulkPut(rows);
  if (log.length) await database.activity.bulkAdd(log);
  return log.length;
}

/**
 * New scores for leads (a re-score after the ICP changed). A lead whose tier or score moved keeps
 * its old score as `previousScore`, its row shows what moved, and a `rescored` activity is logged;
 * one that did not move only takes the new snapshot (nothing at all is written when only the time
 * differs). Returns how many moved.
 */
export async function applyScores(
  updates: readonly ScoreUpdate[],
  at: string,
  database: IcpLensDb = db(),
): Promise<number> {
  if (!updates.length) return 0;
  return write(database, async () => {
    const leads = new Map(
      (
        await existing(
          database,
          updates.map((u) => u.key),
        )
      ).map((l) => [l.key, l]),
    );
    const pairs = updates.flatMap((u) => {
      const lead = leads.get(u.key);
      return lead ? [{ lead, score: u.score }] : [];
    });
    return applyToLeads(database, pairs, at);
  });
}

export interface RescoreOptions {
  /** Leads per transaction (default 500). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks so the page stays responsive (default: a macrotask, setTimeout 0). */
  yieldEvery?: () => Promise<void>;
  /** Stops before the next chunk; chunks written so far stay written (each is whole). */
  signal?: AbortSignal;
  /** The date of the `rescored` activities (default: now). */
  at?: string;
}

export interface RescoreOutcome {
  done: number;
  total: number;
  /** Leads whose tier or score moved. */
  moved: number;
  aborted: boolean;
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Re-scores every saved lead, walking them in primary-key order, one transaction per chunk, and
 * yielding between chunks. `score` must be synchronous (it runs inside the chunk's transaction).
 * Leads saved while it runs are scored when their key comes after the chunk being written.
 */
export async function rescoreAll(
  score: (lead: Lead) => ScoreSnapshot,
  opts: RescoreOptions = {},
  database: IcpLensDb = db(),
): Promise<RescoreOutcome> {
  const size = Math.max(1, Math.floor(opts.chunkSize ?? 500));
  const pause = opts.yieldEvery ?? nextMacrotask;
  const at = opts.at ?? new Date().toISOString();
  let total = await countLeads(database);
  let done = 0;
  let moved = 0;
  let last: string | undefined;
  opts.onProgress?.(0, total);
  for (;;) {
    if (opts.signal?.aborted) return { done, total, moved, aborted: true };
    const after = last;
    const chunk = await write(database, async () => {
      const leads =
        after === undefined
          ? await database.leads.orderBy(':id').limit(size).toArray()
          : await database.leads.where(':id').above(after).limit(size).toArray();
      if (!leads.length) return undefined;
      const movedHere = await applyToLeads(
        database,
        leads.map((lead) => ({ lead, score: score(lead) })),
        at,
      );
      return { last: leads[leads.length - 1].key, count: leads.length, moved: movedHere };
    });
    if (!chunk) break;
    last = chunk.last;
    done += chunk.count;
    moved += chunk.moved;
    total = Math.max(total, done);
    opts.onProgress?.(done, total);
    if (chunk.count < size) break;
    await pause();
  }
  return { done, total, moved, aborted: false };
}
