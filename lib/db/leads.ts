import type { Company } from '../icp/company';
import { keyDomain, leadKey, leadKeys, type LeadIdentity } from '../leads/lead-key';
import { scoreChanged } from '../leads/snapshot';
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
import { ALL_BUCKETS, BUCKET_COUNT, Buckets, bucketOf, type Bucket } from './buckets';
import { db, type IcpLensDb, type MetaValue } from './database';
import { read, toLeadsDbError, LeadsDbError } from './errors';
import { counter, countLeads, LEAD_COUNT, VERSION } from './lead-rows';
import {
  aliasesOf,
  bodyOf,
  identityOf,
  joined,
  rowsOf,
  type LeadBody,
  type LeadOrigins,
  type StoredLead,
} from './lead-buckets';
import {
  decodeScores,
  encodeScores,
  scoreStateOf,
  stampOf,
  type ScoreState,
  type StampedState,
  type StoredScores,
} from './score-buckets';
import { announceLeadChanges } from './lead-changes';

/**
 * The saved-leads repository. Leads live in hash buckets (lib/db/buckets.ts, lead-buckets.ts):
 * every write reads the buckets it touches and writes them back with their rows, aliases,
 * origins, the lead count and the activity log in one transaction: all of it lands or none of it
 * does. After it commits, the changed buckets are announced (lead-changes.ts) so open leads
 * pages re-read just those. Failures come out as a LeadsDbError whose message a rep can act on.
 */

const leadTables = (d: IcpLensDb) => [
  d.leadBuckets,
  d.scoreBuckets,
  d.rowBuckets,
  d.aliasBuckets,
  d.leadOrigins,
  d.meta,
  d.activity,
];

const SCORES = { decode: decodeScores, encode: encodeScores };

/**
 * One read-write transaction over everything a lead is stored as; a failure aborts all of it.
 * `run` adds the buckets it changed to `changed`; they are announced once the write committed.
 */
async function write<T>(
  database: IcpLensDb,
  run: (changed: number[]) => Promise<T>,
  tables = leadTables(database),
): Promise<T> {
  const changed: number[] = [];
  let result: T;
  try {
    // An async scope function: Dexie keeps the transaction across its native awaits only then.
    result = await database.transaction('rw', tables, async () => {
      const out = await run(changed);
      if (changed.length) await addTo(database, VERSION, 1);
      return out;
    });
  } catch (e) {
    throw toLeadsDbError(e);
  }
  announceLeadChanges([...new Set(changed)]);
  return result;
}

// ---- Pure helpers -----------------------------------------------------------------------------

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const laterOf = (a: string, b: string) => (b > a ? b : a);
const earlierOf = (a: string, b: string) => (b < a ? b : a);

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
function withScore<L extends ScoreState>(lead: L, next: ScoreSnapshot): { lead: L; changed: boolean } {
  if (!scoreChanged(lead.score, next)) return { lead: { ...lead, score: next }, changed: false };
  return { lead: { ...lead, score: next, previousScore: lead.score, movedSince: next.bundleVersion }, changed: true };
}

/** Equal but for when it was scored: nothing to write. */
function sameScore(a: ScoreSnapshot, b: ScoreSnapshot): boolean {
  return (Object.keys(b) as (keyof ScoreSnapshot)[]).every((k) => k === 'scoredAt' || a[k] === b[k]);
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

// ---- The working set of one write -------------------------------------------------------------

/**
 * The leads one write reads, changes, re-keys and deletes, indexed like the aliases (key, domain,
 * LinkedIn id), so a save or an import finds duplicates among what it wrote itself too. `flush`
 * writes it all within the caller's transaction: lead buckets and their rows, aliases, origins
 * (when `withOrigins`: writes that change them load them), the lead count and the activity.
 */
class WorkingSet {
  private readonly buckets: Buckets<LeadBody>;
  private readonly scores: Buckets<StampedState, StoredScores>;
  private readonly aliases: Buckets<string[]>;
  private readonly byKey = new Map<string, Lead>();
  /** domain:… / li:… -> keys of the leads with that domain or LinkedIn id. */
  private readonly byId = new Map<string, Set<string>>();
  /** Leads as they were stored when loaded (for the aliases to drop). */
  private readonly stored = new Map<string, StoredLead>();
  private readonly dirty = new Set<string>();
  private readonly gone = new Set<string>();
  /** Old key -> the key its lead lives under now (activity follows). */
  private readonly renamed = new Map<string, string>();
  readonly log: Activity[] = [];

  constructor(
    private readonly database: IcpLensDb,
    private readonly withOrigins: boolean,
  ) {
    this.buckets = new Buckets(database.leadBuckets);
    this.scores = new Buckets(database.scoreBuckets, SCORES);
    this.aliases = new Buckets(database.aliasBuckets);
  }

  /** Loads these stored leads; returns those that exist, in the order asked. */
  async loadKeys(keys: readonly string[]): Promise<Lead[]> {
    const want = unique(keys).filter((k) => !this.byKey.has(k));
    await this.buckets.loadKeys(want);
    await this.scores.loadKeys(want);
    const found = want.flatMap((k) => {
      const body = this.buckets.get(k);
      const state = this.scores.get(k);
      return body && state ? [joined(body, state)] : [];
    });
    // Only Dexie promises are awaited inside a transaction (awaiting a plain value would let it commit).
    let origins: (LeadOrigins | undefined)[] = [];
    if (this.withOrigins && found.length) origins = await this.database.leadOrigins.bulkGet(found.map((l) => l.key));
    found.forEach((l, i) => {
      this.stored.set(l.key, l);
      this.add({ ...l, origins: origins[i]?.origins ?? {} });
    });
    return unique(keys).flatMap((k) => this.byKey.get(k) ?? []);
  }

  /** Loads every stored lead any of these identities could match. */
  async load(identities: readonly LeadIdentity[]): Promise<void> {
    const aliases = unique(identities.flatMap(leadKeys));
    await this.aliases.loadKeys(aliases);
    await this.loadKeys(aliases.flatMap((a) => this.aliases.get(a) ?? []));
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

  /** Deletes a loaded lead. */
  drop(key: string): void {
    this.remove(key);
    this.dirty.delete(key);
    this.gone.add(key);
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

  /** Points each alias of the touched leads at what they are now. */
  private async realias(keys: readonly string[]): Promise<void> {
    const changes: [alias: string, key: string, add: boolean][] = [];
    for (const key of keys) {
      const was = this.stored.get(key);
      const now = this.byKey.get(key);
      const before = was ? aliasesOf(was) : [];
      const after = now ? aliasesOf(now) : [];
      for (const a of before) if (!after.includes(a)) changes.push([a, key, false]);
      for (const a of after) if (!before.includes(a)) changes.push([a, key, true]);
    }
    await this.aliases.loadKeys(changes.map(([a]) => a));
    for (const [alias, key, add] of changes) {
      const keys = (this.aliases.get(alias) ?? []).filter((k) => k !== key);
      if (add) keys.push(key);
      if (keys.length) this.aliases.set(alias, keys);
      else this.aliases.delete(alias);
    }
  }

  /** Writes everything; returns the lead buckets it changed. */
  async flush(): Promise<number[]> {
    const { leadOrigins, activity } = this.database;
    const gone = [...this.gone].filter((k) => !this.byKey.has(k));
    const put = [...this.dirty].map((k) => this.byKey.get(k)!);
    const touched = [...gone, ...put.map((l) => l.key)];
    await this.realias(touched);
    await this.buckets.loadKeys(touched);
    await this.scores.loadKeys(touched);
    for (const k of gone) {
      this.buckets.delete(k);
      this.scores.delete(k);
    }
    for (const l of put) {
      this.buckets.set(l.key, bodyOf(l));
      this.scores.set(l.key, scoreStateOf(l));
    }
    const growth = this.buckets.growth();
    const changed = this.buckets.changed();
    await this.buckets.flush();
    await this.scores.flush();
    await writeRows(this.database, changed, (id) => rowsOf(this.buckets.itemsOf(id), this.scores.itemsOf(id)));
    await this.aliases.flush();
    if (gone.length) await leadOrigins.bulkDelete(gone);
    if (this.withOrigins && put.length) await leadOrigins.bulkPut(put.map((l) => ({ key: l.key, origins: l.origins })));
    if (growth) await addTo(this.database, LEAD_COUNT, growth);
    if (this.renamed.size) {
      await activity
        .where('leadKey')
        .anyOf([...this.renamed.keys()])
        .modify((a) => {
          a.leadKey = this.resolve(a.leadKey);
        });
    }
    if (this.log.length) await activity.bulkAdd(this.log.map((a) => ({ ...a, leadKey: this.resolve(a.leadKey) })));
    for (const l of put) this.stored.set(l.key, l);
    for (const k of gone) this.stored.delete(k);
    this.dirty.clear();
    this.gone.clear();
    this.log.length = 0;
    return changed;
  }
}

/** Rebuilds the rows of these buckets (a bucket emptied loses its row bucket). */
async function writeRows(
  database: IcpLensDb,
  ids: readonly number[],
  rowsOfBucket: (id: number) => Record<string, LeadRow>,
): Promise<void> {
  const put = [];
  const gone = [];
  for (const id of ids) {
    const items = rowsOfBucket(id);
    if (Object.keys(items).length) put.push({ id, items });
    else gone.push(id);
  }
  if (put.length) await database.rowBuckets.bulkPut(put);
  if (gone.length) await database.rowBuckets.bulkDelete(gone);
}

async function addTo(database: IcpLensDb, id: MetaValue['id'], n: number): Promise<void> {
  await database.meta.put({ id, value: Math.max(0, (await counter(database, id)) + n) });
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
  return write(database, async (changed) => {
    const work = new WorkingSet(database, true);
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
    changed.push(...(await work.flush()));
    return { lead, created: !base };
  });
}

// ---- Rep's work -------------------------------------------------------------------------------

/**
 * Changes the leads of these keys that exist (`change` returns the new lead, or undefined to
 * leave it), in one write without touching their origins. Returns the leads as they were and are.
 */
async function changeLeads(
  database: IcpLensDb,
  keys: readonly string[],
  change: (lead: Lead) => Lead | undefined,
  activity?: (before: Lead, after: Lead) => Omit<Activity, 'id'> | undefined,
): Promise<{ before: Lead; after: Lead }[]> {
  return write(database, async (changed) => {
    const work = new WorkingSet(database, false);
    const out: { before: Lead; after: Lead }[] = [];
    for (const lead of await work.loadKeys(keys)) {
      const next = change(lead);
      if (!next) continue;
      work.replace([lead], next);
      const entry = activity?.(lead, next);
      if (entry) work.note(entry);
      out.push({ before: lead, after: next });
    }
    if (out.length) changed.push(...(await work.flush()));
    return out;
  });
}

/** Sets the status of leads; each lead whose status changed gets one `status` activity (from, to, date). Returns how many changed. */
export async function setStatus(
  keys: readonly string[],
  status: LeadStatus,
  at: string,
  database: IcpLensDb = db(),
): Promise<number> {
  if (!LEAD_STATUSES.includes(status)) throw new LeadsDbError('invalid', `"${String(status)}" is not a lead status.`);
  const done = await changeLeads(
    database,
    keys,
    (l) => (l.status === status ? undefined : { ...l, status, updatedAt: at }),
    (l) => ({ leadKey: l.key, at, type: 'status', from: l.status, to: status, score: l.score }),
  );
  return done.length;
}

/** Replaces a lead's notes. Returns the lead as saved, or undefined when there is no such lead. */
export async function setNotes(
  key: string,
  notes: string,
  at: string,
  database: IcpLensDb = db(),
): Promise<Lead | undefined> {
  let same: Lead | undefined;
  const done = await changeLeads(database, [key], (l) => {
    if (l.notes !== notes) return { ...l, notes, updatedAt: at };
    same = l;
    return undefined;
  });
  return done[0]?.after ?? (same && (await getLead(key, database)));
}

function retag(
  keys: readonly string[],
  tag: string,
  at: string,
  database: IcpLensDb,
  change: (tags: string[], t: string) => string[] | undefined,
): Promise<number> {
  const t = tag.trim();
  if (!t) return Promise.resolve(0);
  return changeLeads(database, keys, (l) => {
    const tags = change(l.tags, t);
    return tags && { ...l, tags, updatedAt: at };
  }).then((done) => done.length);
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
  return write(database, async (changed) => {
    const work = new WorkingSet(database, true);
    const leads = await work.loadKeys(keys);
    if (!leads.length) return [];
    for (const l of leads) {
      work.drop(l.key);
      work.note({ leadKey: l.key, at, type: 'deleted' });
    }
    changed.push(...(await work.flush()));
    return leads;
  });
}

/** Undo of deleteLeads: puts the leads back as they were (rows rebuilt), with a `restored` entry each. */
export async function restoreLeads(leads: readonly Lead[], at: string, database: IcpLensDb = db()): Promise<void> {
  if (!leads.length) return;
  await write(database, async (changed) => {
    const work = new WorkingSet(database, true);
    const had = new Map((await work.loadKeys(leads.map((l) => l.key))).map((l) => [l.key, l]));
    for (const l of leads) {
      const old = had.get(l.key);
      work.replace(old ? [old] : [], l);
      work.note({ leadKey: l.key, at, type: 'restored' });
    }
    changed.push(...(await work.flush()));
  });
}

// ---- Reads ------------------------------------------------------------------------------------

/** A lead with its origins. */
export function getLead(key: string, database: IcpLensDb = db()): Promise<Lead | undefined> {
  return read(() =>
    database.transaction('r', [database.leadBuckets, database.scoreBuckets, database.leadOrigins], async () => {
      const id = bucketOf(key);
      const [bucket, scores, origins] = await Promise.all([
        database.leadBuckets.get(id),
        database.scoreBuckets.get(id),
        database.leadOrigins.get(key),
      ]);
      const body = bucket && Object.hasOwn(bucket.items, key) ? bucket.items[key] : undefined;
      const state = decodeScores(scores)[key];
      return body && state ? { ...joined(body, state), origins: origins?.origins ?? {} } : undefined;
    }),
  );
}

/** The saved lead of a company, found under any key it could have been saved under. */
export function findLead(identity: LeadIdentity, database: IcpLensDb = db()): Promise<Lead | undefined> {
  return read(() =>
    database.transaction(
      'r',
      [database.leadBuckets, database.scoreBuckets, database.aliasBuckets, database.leadOrigins],
      async () => {
        const work = new WorkingSet(database, true);
        await work.load([identity]);
        return work.matches(identity)[0];
      },
    ),
  );
}

/** Every lead's table row. */
export function listRows(database: IcpLensDb = db()): Promise<LeadRow[]> {
  return read(async () => (await database.rowBuckets.toArray()).flatMap((b) => Object.values(b.items)));
}

/**
 * Leads without their origins (what an export needs): those of these keys in this order, or
 * every lead when `keys` is undefined. Reads whole buckets, far faster than one lead at a time.
 */
/** The leads (without origins) of some buckets: for reading every lead a slice at a time. */
export function leadsOfBuckets(ids: readonly number[], database: IcpLensDb = db()): Promise<StoredLead[]> {
  return read(() =>
    database.transaction('r', [database.leadBuckets, database.scoreBuckets], async () => {
      const [bodies, scores] = await Promise.all([
        database.leadBuckets.bulkGet([...ids]),
        database.scoreBuckets.bulkGet([...ids]),
      ]);
      return ids.flatMap((_, i) => {
        const states = decodeScores(scores[i]);
        return Object.values(bodies[i]?.items ?? {}).flatMap((b) => (states[b.key] ? [joined(b, states[b.key])] : []));
      });
    }),
  );
}

export function leadsForExport(keys?: readonly string[], database: IcpLensDb = db()): Promise<StoredLead[]> {
  return read(() =>
    database.transaction('r', [database.leadBuckets, database.scoreBuckets], async () => {
      const ids = keys ? [...new Set(keys.map(bucketOf))] : [...ALL_BUCKETS];
      const [bodies, scores] = await Promise.all([
        database.leadBuckets.bulkGet(ids),
        database.scoreBuckets.bulkGet(ids),
      ]);
      const byId = new Map(
        ids.map((id, i) => [id, { bodies: bodies[i]?.items ?? {}, states: decodeScores(scores[i]) }]),
      );
      const one = (k: string): StoredLead[] => {
        const b = byId.get(bucketOf(k))!;
        return Object.hasOwn(b.bodies, k) && b.states[k] ? [joined(b.bodies[k], b.states[k])] : [];
      };
      if (keys) return keys.flatMap(one);
      return [...byId.values()].flatMap((b) => Object.keys(b.bodies).flatMap(one));
    }),
  );
}

/** Every lead with its origins (for a backup), within the caller's transaction or its own. */
export async function allLeads(database: IcpLensDb = db()): Promise<Lead[]> {
  const [bodies, scores, origins] = await Promise.all([
    database.leadBuckets.toArray(),
    database.scoreBuckets.toArray(),
    database.leadOrigins.toArray(),
  ]);
  const states = new Map(scores.map((s) => [s.id, decodeScores(s)]));
  const byKey = new Map(origins.map((o) => [o.key, o.origins]));
  return bodies.flatMap((b) =>
    Object.values(b.items).flatMap((body) => {
      const state = states.get(b.id)?.[body.key];
      return state ? [{ ...joined(body, state), origins: byKey.get(body.key) ?? {} }] : [];
    }),
  );
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
  return write(database, async (changed) => {
    const work = new WorkingSet(database, true);
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
    changed.push(...(await work.flush()));
    return { added, merged };
  });
}

// ---- Re-scoring -------------------------------------------------------------------------------

export interface ScoreUpdate {
  key: string;
  score: ScoreSnapshot;
}

/**
 * A lead with a new score: undefined when only the time differs (nothing to write); `moved`
 * when the tier or score changed (the old score is kept as `previousScore`).
 */
function rescored<L extends ScoreState>(lead: L, score: ScoreSnapshot): { lead: L; moved: boolean } | undefined {
  if (sameScore(lead.score, score)) return undefined;
  const next = withScore(lead, score);
  return { lead: next.lead, moved: next.changed };
}

/**
 * New scores for some leads. A lead whose tier or score moved keeps its old score as
 * `previousScore` and its row shows what moved; one that did not move only takes the new
 * snapshot (nothing at all is written when only the time differs). Returns how many moved.
 */
export async function applyScores(
  updates: readonly ScoreUpdate[],
  _at: string,
  database: IcpLensDb = db(),
): Promise<number> {
  if (!updates.length) return 0;
  const scores = new Map(updates.map((u) => [u.key, u.score]));
  const done = await changeLeads(database, [...scores.keys()], (l) => rescored(l, scores.get(l.key)!)?.lead);
  return done.filter(({ before, after }) => after.previousScore !== before.previousScore).length;
}

export interface RescoreOptions {
  /** Buckets per transaction (default 16 of the 256: about 3,000 of 50,000 leads). */
  bucketsPerChunk?: number;
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks so the page stays responsive (default: a macrotask, setTimeout 0). */
  yieldEvery?: () => Promise<void>;
  /** Stops before the next chunk; chunks written so far stay written (each is whole). */
  signal?: AbortSignal;
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
 * Re-scores every saved lead, bucket by bucket, one transaction per chunk of buckets, yielding
 * between chunks; the leads pages hear of each chunk's buckets. `score` must be synchronous (it
 * runs inside the chunk's transaction). A lead saved while it runs is scored by its save.
 * What moved is kept on each lead (`previousScore`, `movedSince`), not in the activity log.
 */
export async function rescoreAll(
  score: (lead: LeadBody) => ScoreSnapshot,
  opts: RescoreOptions = {},
  database: IcpLensDb = db(),
): Promise<RescoreOutcome> {
  const size = Math.max(1, Math.min(BUCKET_COUNT, Math.floor(opts.bucketsPerChunk ?? 16)));
  const pause = opts.yieldEvery ?? nextMacrotask;
  let total = await countLeads(database);
  let done = 0;
  let moved = 0;
  opts.onProgress?.(0, total);
  if (!total) return { done, total, moved, aborted: false };
  const chunks: number[][] = [];
  for (let i = 0; i < BUCKET_COUNT; i += size) chunks.push(ALL_BUCKETS.slice(i, i + size));
  // The bodies of the next chunk are read while this one is scored and written: reading them
  // is most of the time, and a read-only transaction on leadBuckets runs beside a write to the
  // score and row buckets. A bucket written meanwhile (its stamps differ) is done again at the end.
  const readBodies = (ids: readonly number[]) =>
    read(() => database.transaction('r', database.leadBuckets, () => database.leadBuckets.bulkGet([...ids])));
  const retry: number[] = [];
  let next = readBodies(chunks[0]);
  for (let c = 0; c < chunks.length; c++) {
    if (opts.signal?.aborted) return { done, total, moved, aborted: true };
    const bodies = await next;
    if (c + 1 < chunks.length) next = readBodies(chunks[c + 1]);
    const outcome = await rescoreChunk(database, chunks[c], bodies, score, retry);
    done += outcome.count;
    moved += outcome.moved;
    total = Math.max(total, done);
    opts.onProgress?.(done, total);
    if (c + 1 < chunks.length || retry.length) await pause();
  }
  if (retry.length && !opts.signal?.aborted) {
    const bodies = await readBodies(retry);
    const outcome = await rescoreChunk(database, retry, bodies, score, [], true);
    done += outcome.count;
    moved += outcome.moved;
    total = Math.max(total, done);
    opts.onProgress?.(done, total);
  }
  return { done, total, moved, aborted: false };
}

/**
 * Re-scores the buckets `ids` whose bodies were read (`bodies`), writing only score states and
 * rows. A bucket whose bodies are not the stored ones any more goes to `retry`; with `fresh`
 * the bodies are read again inside the write, so nothing is skipped.
 */
async function rescoreChunk(
  database: IcpLensDb,
  ids: readonly number[],
  read: readonly (Bucket<LeadBody> | undefined)[],
  score: (lead: LeadBody) => ScoreSnapshot,
  retry: number[],
  fresh = false,
): Promise<{ count: number; moved: number }> {
  const tables = [database.scoreBuckets, database.rowBuckets, database.meta];
  return write(
    database,
    async (changed) => {
      const [scores, bodies] = await Promise.all([
        database.scoreBuckets.bulkGet([...ids]),
        fresh ? database.leadBuckets.bulkGet([...ids]) : read,
      ]);
      const putScores: StoredScores[] = [];
      const putRows: Bucket<LeadRow>[] = [];
      let count = 0;
      let movedHere = 0;
      ids.forEach((id, i) => {
        const items = bodies[i]?.items ?? {};
        const states = decodeScores(scores[i]);
        const keys = Object.keys(states);
        if (keys.some((k) => !items[k] || stampOf(items[k]) !== states[k].stamp)) {
          retry.push(id);
          return;
        }
        let dirty = false;
        for (const key of keys) {
          count++;
          const next = rescored(states[key], score(items[key]));
          if (!next) continue;
          states[key] = next.lead;
          dirty = true;
          if (next.moved) movedHere++;
        }
        if (!dirty) return;
        putScores.push(encodeScores(id, states));
        putRows.push({ id, items: rowsOf(items, states) });
      });
      if (putScores.length) {
        await database.scoreBuckets.bulkPut(putScores);
        await database.rowBuckets.bulkPut(putRows);
        changed.push(...putScores.map((b) => b.id));
      }
      return { count, moved: movedHere };
    },
    fresh ? [...tables, database.leadBuckets] : tables,
  );
}

export { identityOf };
export type { LeadBody, StoredLead };

export { CLOSED_MESSAGE, LeadsDbError, QUOTA_MESSAGE, toLeadsDbError, type LeadsDbErrorKind } from './errors';
export { countLeads, FIRST_SCREEN_ROWS, readFirstScreen, rowsOfBuckets, saveFirstScreen } from './lead-rows';
