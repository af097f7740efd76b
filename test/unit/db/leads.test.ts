import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IcpLensDb } from '../../../lib/db/database';
import {
  addTag,
  applyScores,
  CLOSED_MESSAGE,
  countLeads,
  deleteLeads,
  findLead,
  getLead,
  importLeads,
  LeadsDbError,
  listActivity,
  listRows,
  QUOTA_MESSAGE,
  removeTag,
  rescoreAll,
  restoreLeads,
  saveLead,
  setNotes,
  setStatus,
} from '../../../lib/db/leads';
import { bucketOf } from '../../../lib/db/buckets';
import { onLeadChanges } from '../../../lib/db/lead-changes';
import type { LeadBody } from '../../../lib/db/lead-buckets';
import type { Lead } from '../../../lib/leads/types';
import {
  AT,
  dump,
  expectInStep,
  freshDb,
  LATER,
  makeLead,
  saveInput,
  seed,
  snap,
  storedLeads,
  storedRows,
  TIER_1,
} from './lead-fixtures';

let database: IcpLensDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await database?.delete();
});

/** Rows, aliases, origins and the count always agree with the leads. */
const expectRowsInStep = expectInStep;

describe('saveLead', () => {
  it('is idempotent: saving twice updates one lead and logs "created" once', async () => {
    database = freshDb();
    const first = await saveLead(saveInput(), database);
    expect(first.created).toBe(true);
    expect(first.lead).toMatchObject({
      key: 'domain:acme.io',
      name: 'Acme',
      status: 'new',
      notes: '',
      tags: [],
      country: 'US',
    });
    await setStatus([first.lead.key], 'working', LATER, database);
    await setNotes(first.lead.key, 'Met at SaaStr', LATER, database);
    await addTag([first.lead.key], 'conference', LATER, database);

    const again = await saveLead(
      saveInput({
        company: { name: 'Acme Inc', domain: 'acme.io', followers: 900 },
        origins: { followers: { source: 'meta', url: 'https://www.linkedin.com/company/acme/', seenAt: LATER } },
        score: snap({ score: 42, scoredAt: LATER }),
        at: LATER,
        sourceUrl: 'https://www.linkedin.com/company/acme/',
      }),
      database,
    );
    expect(again.created).toBe(false);
    expect(await countLeads(database)).toBe(1);
    expect(again.lead).toMatchObject({
      key: 'domain:acme.io',
      name: 'Acme Inc',
      status: 'working',
      notes: 'Met at SaaStr',
      tags: ['conference'],
      createdAt: AT,
      updatedAt: LATER,
      lastSeen: LATER,
      sourceUrl: 'https://acme.io/',
      company: { name: 'Acme Inc', domain: 'acme.io', followers: 900, industry: 'Software Development' },
    });
    expect(Object.keys(again.lead.origins).sort()).toEqual(['followers', 'name']);
    expect(again.lead.score.score).toBe(42);
    expect(await getLead('domain:acme.io', database)).toEqual(again.lead);
    const types = (await listActivity('domain:acme.io', database)).map((a) => a.type);
    expect(types.filter((t) => t === 'created')).toHaveLength(1);
    await expectRowsInStep(database);
  });

  it('a lead saved by LinkedIn id is found again once the domain is known, and re-keyed with everything', async () => {
    database = freshDb();
    const li = await saveLead(
      saveInput({
        company: { name: 'Acme', linkedinUrl: 'https://www.linkedin.com/company/1035/' },
        linkedinId: '1035',
        linkedinSlug: '1035',
        sourceUrl: 'https://www.linkedin.com/company/1035/',
      }),
      database,
    );
    expect(li.lead.key).toBe('li:1035');
    await setStatus([li.lead.key], 'qualified', AT, database);
    // The status change keeps the score the lead had then (outcomes count it in that tier).
    const change = (await listActivity(li.lead.key, database)).find((a) => a.type === 'status');
    expect(change).toMatchObject({ from: 'new', to: 'qualified', score: li.lead.score });
    await addTag([li.lead.key], 'hot', AT, database);

    const byDomain = await saveLead(
      saveInput({ company: { name: 'Acme', domain: 'www.Acme.io' }, linkedinId: '1035', at: LATER }),
      database,
    );
    expect(byDomain.created).toBe(false);
    expect(byDomain.lead).toMatchObject({
      key: 'domain:acme.io',
      domain: 'acme.io',
      linkedinId: '1035',
      linkedinUrl: 'https://www.linkedin.com/company/1035/',
      status: 'qualified',
      tags: ['hot'],
      createdAt: AT,
    });
    expect(await countLeads(database)).toBe(1);
    expect(await getLead('li:1035', database)).toBeUndefined();
    expect((await listRows(database)).map((r) => r.key)).toEqual(['domain:acme.io']);
    // The activity followed the lead to its new key.
    const log = await listActivity('domain:acme.io', database);
    expect(log.map((a) => a.type)).toEqual(['created', 'status']);
    expect(await database.activity.where('leadKey').equals('li:1035').count()).toBe(0);

    // Later saves with the LinkedIn id alone find it by its index.
    const third = await saveLead(saveInput({ company: { name: 'Acme' }, linkedinId: '1035', at: LATER }), database);
    expect(third).toMatchObject({ created: false, lead: { key: 'domain:acme.io' } });
    expect(await findLead({ linkedinId: '1035' }, database)).toMatchObject({ key: 'domain:acme.io' });
    await expectRowsInStep(database);
  });

  it('a company first saved by name (a profile employer) moves to its domain key when the domain is known', async () => {
    database = freshDb();
    const byName = await saveLead(saveInput({ company: { name: 'Société Acme' } }), database);
    expect(byName.lead.key).toBe('name:societe acme|');
    const withDomain = await saveLead(
      saveInput({ company: { name: 'SOCIETE ACME', domain: 'acme.fr', hq: { country: 'FR' } }, at: LATER }),
      database,
    );
    expect(withDomain).toMatchObject({ created: false, lead: { key: 'domain:acme.fr', country: 'FR' } });
    expect(await countLeads(database)).toBe(1);
  });

  it('two leads that turn out to be one company are fused, with a "merged" entry', async () => {
    database = freshDb();
    await saveLead(saveInput({ company: { name: 'Acme' }, linkedinId: '1035' }), database);
    await saveLead(saveInput({ company: { name: 'Acme', domain: 'acme.io' } }), database);
    await setStatus(['li:1035'], 'working', AT, database);
    await addTag(['domain:acme.io'], 'a', AT, database);
    await addTag(['li:1035'], 'b', AT, database);
    expect(await countLeads(database)).toBe(2);
    const fused = await saveLead(
      saveInput({ company: { name: 'Acme', domain: 'acme.io' }, linkedinId: '1035', at: LATER }),
      database,
    );
    expect(await countLeads(database)).toBe(1);
    expect(fused.lead).toMatchObject({ key: 'domain:acme.io', status: 'working', linkedinId: '1035' });
    expect(fused.lead.tags.sort()).toEqual(['a', 'b']);
    const log = await listActivity('domain:acme.io', database);
    expect(log.filter((a) => a.type === 'merged')).toEqual([
      expect.objectContaining({ from: 'li:1035', to: 'domain:acme.io' }),
    ]);
    expect(log.filter((a) => a.type === 'created')).toHaveLength(2);
    await expectRowsInStep(database);
  });

  it('saves a person under their company and merges people by id', async () => {
    database = freshDb();
    const jane = { id: 'https://www.linkedin.com/in/jane', name: 'Jane Doe', title: 'VP Sales', savedAt: AT };
    const first = await saveLead(saveInput({ person: jane }), database);
    expect(first.lead.people).toEqual([jane]);
    const bob = { id: 'https://www.linkedin.com/in/bob', name: 'Bob', savedAt: LATER };
    await saveLead(saveInput({ person: bob, at: LATER }), database);
    const janeAgain = { id: jane.id, title: 'CRO', headline: 'Revenue', savedAt: LATER };
    const last = await saveLead(saveInput({ person: janeAgain, at: LATER }), database);
    expect(last.lead.people).toEqual([
      { id: jane.id, name: 'Jane Doe', title: 'CRO', headline: 'Revenue', savedAt: AT },
      bob,
    ]);
    expect((await listRows(database))[0].peopleCount).toBe(2);
    // Saving the company alone keeps its people.
    expect((await saveLead(saveInput(), database)).lead.people).toHaveLength(2);
  });

  it('a re-save with a different score keeps the old one as previousScore', async () => {
    database = freshDb();
    await saveLead(saveInput(), database);
    const { lead } = await saveLead(
      saveInput({ score: snap({ ...TIER_1, score: 80, bundleVersion: 7 }), at: LATER }),
      database,
    );
    expect(lead.previousScore).toMatchObject({ score: 40, tierLabel: 'Tier 2' });
    expect((await listRows(database))[0].moved).toEqual({
      fromScore: 40,
      fromTierLabel: 'Tier 2',
      fromTone: 'mid',
      sinceVersion: 7,
    });
  });

  it('refuses a company with nothing to key it by', async () => {
    database = freshDb();
    await expect(saveLead(saveInput({ company: { industry: 'Retail' } }), database)).rejects.toMatchObject({
      name: 'LeadsDbError',
      kind: 'invalid',
    });
    expect(await countLeads(database)).toBe(0);
  });
});

describe('the rep’s work', () => {
  it('logs one status activity per lead whose status changed, with from, to and date', async () => {
    database = freshDb();
    await seed(database, [makeLead(1), makeLead(2), makeLead(3, { status: 'working' })]);
    const keys = ['domain:co00001.com', 'domain:co00002.com', 'domain:co00003.com', 'domain:missing.com'];
    expect(await setStatus(keys, 'working', AT, database)).toBe(2);
    expect(await setStatus(keys.slice(0, 1), 'won', LATER, database)).toBe(1);
    const all = await database.activity.toArray();
    expect(all.map(({ leadKey, at, type, from, to }) => ({ leadKey, at, type, from, to }))).toEqual([
      { leadKey: keys[0], at: AT, type: 'status', from: 'new', to: 'working' },
      { leadKey: keys[1], at: AT, type: 'status', from: 'new', to: 'working' },
      { leadKey: keys[0], at: LATER, type: 'status', from: 'working', to: 'won' },
    ]);
    expect((await getLead(keys[0], database))?.updatedAt).toBe(LATER);
    expect((await getLead(keys[2], database))?.updatedAt).toBe(AT);
    await expectRowsInStep(database);
  });

  it('sets notes and tags, keeping rows in step', async () => {
    database = freshDb();
    await seed(database, [makeLead(1), makeLead(2)]);
    const keys = ['domain:co00001.com', 'domain:co00002.com'];
    const long = 'x'.repeat(300);
    expect((await setNotes(keys[0], long, LATER, database))?.notes).toBe(long);
    expect(await setNotes('domain:none.com', 'n', LATER, database)).toBeUndefined();
    expect(await addTag(keys, ' q4 ', LATER, database)).toBe(2);
    expect(await addTag(keys, 'q4', LATER, database)).toBe(0);
    expect(await addTag(keys, '   ', LATER, database)).toBe(0);
    expect(await removeTag(keys.slice(1), 'q4', LATER, database)).toBe(1);
    const rows = await listRows(database);
    expect(rows.find((r) => r.key === keys[0])).toMatchObject({ tags: ['q4'], notesPreview: 'x'.repeat(200) });
    expect(rows.find((r) => r.key === keys[1])?.tags).toEqual([]);
    expect((await storedRows(database)).filter((r) => r.tags.includes('q4')).map((r) => r.key)).toEqual([keys[0]]);
    await expectRowsInStep(database);
  });

  it('delete then restore gives back the same lead and row', async () => {
    database = freshDb();
    const a = makeLead(5, { previousScore: snap({ score: 10 }), movedSince: 6, tags: ['x'], notes: 'note' });
    const b = makeLead(6);
    await seed(database, [a, b]);
    const rowsBefore = await storedRows(database);
    const deleted = await deleteLeads([a.key, b.key, 'domain:none.com'], LATER, database);
    expect(deleted).toEqual([a, b]);
    expect(await countLeads(database)).toBe(0);
    expect(await listRows(database)).toEqual([]);
    await restoreLeads(deleted, LATER, database);
    expect(await storedLeads(database)).toEqual([a, b]);
    expect(await storedRows(database)).toEqual(rowsBefore);
    expect((await listActivity(a.key, database)).map((x) => x.type)).toEqual(['deleted', 'restored']);
    expect(await deleteLeads(['domain:none.com'], LATER, database)).toEqual([]);
  });
});

describe('importLeads', () => {
  it('adds new leads and merges duplicates by key: fields filled, tags joined, status kept unless new', async () => {
    database = freshDb();
    const saved = makeLead(1, {
      status: 'new',
      tags: ['a'],
      notes: 'mine',
      company: { name: 'Company 00001', domain: 'co00001.com' },
    });
    const working = makeLead(2, { status: 'working', tags: [] });
    await seed(database, [saved, working]);
    const incoming: Lead[] = [
      makeLead(1, {
        key: 'whatever',
        status: 'qualified',
        tags: ['b', 'a'],
        notes: 'theirs',
        company: { name: 'Other name', domain: 'co00001.com', industry: 'Retail', foundedYear: 1999 },
        origins: { industry: { source: 'text', url: 'import:leads.csv', seenAt: AT } },
        createdAt: '2025-01-01T00:00:00.000Z',
      }),
      makeLead(2, { status: 'lost', tags: ['c'] }),
      makeLead(3, { sourceUrl: 'import:leads.csv' }),
      // The same new company twice in one file: one lead.
      makeLead(4, { domain: 'WWW.CO00004.COM', tags: ['x'] }),
      makeLead(4, { key: 'li:44', tags: ['y'], status: 'working' }),
    ];
    expect(await importLeads(incoming, LATER, database)).toEqual({ added: 2, merged: 3 });
    expect(await countLeads(database)).toBe(4);
    const one = (await getLead(saved.key, database))!;
    expect(one).toMatchObject({
      status: 'qualified',
      tags: ['a', 'b'],
      notes: 'mine\n\ntheirs',
      company: { name: 'Company 00001', domain: 'co00001.com', industry: 'Retail', foundedYear: 1999 },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: LATER,
    });
    expect(one.origins.industry.url).toBe('import:leads.csv');
    expect((await getLead(working.key, database))?.status).toBe('working');
    expect((await getLead(working.key, database))?.tags).toEqual(['c']);
    expect(await getLead('domain:co00004.com', database)).toMatchObject({
      tags: ['x', 'y'],
      status: 'working',
      domain: 'co00004.com',
    });
    const types = (await database.activity.toArray()).map((a) => `${a.leadKey} ${a.type}`).sort();
    expect(types).toEqual([
      'domain:co00001.com merged',
      'domain:co00002.com merged',
      'domain:co00003.com imported',
      'domain:co00004.com imported',
      'domain:co00004.com merged',
    ]);
    await expectRowsInStep(database);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    database = freshDb();
    const file = Array.from({ length: 50 }, (_, i) => makeLead(i));
    expect(await importLeads(file, AT, database)).toEqual({ added: 50, merged: 0 });
    const before = await storedLeads(database);
    expect(await importLeads(file, LATER, database)).toEqual({ added: 0, merged: 50 });
    const after = await storedLeads(database);
    expect(after.map(({ updatedAt: _u, ...l }) => l)).toEqual(before.map(({ updatedAt: _u, ...l }) => l));
  });
});

describe('applyScores', () => {
  it('"B → A" keeps previousScore and marks the row moved; an unchanged score writes nothing', async () => {
    database = freshDb();
    const a = makeLead(1, { score: snap() });
    const b = makeLead(2, { score: snap() });
    await seed(database, [a, b]);
    const moved = await applyScores(
      [
        { key: a.key, score: snap({ ...TIER_1, score: 75, bundleVersion: 7, scoredAt: LATER }) },
        { key: b.key, score: snap({ bundleVersion: 7, scoredAt: LATER }) },
        { key: 'domain:none.com', score: snap() },
      ],
      LATER,
      database,
    );
    expect(moved).toBe(1);
    const la = (await getLead(a.key, database))!;
    expect(la.previousScore).toEqual(a.score);
    expect(la.score).toMatchObject({ tierLabel: 'Tier 1', score: 75, bundleVersion: 7 });
    const rows = new Map((await listRows(database)).map((r) => [r.key, r]));
    expect(rows.get(a.key)).toMatchObject({
      score: 75,
      tierLabel: 'Tier 1',
      tone: 'high',
      moved: { fromScore: 40, fromTierLabel: 'Tier 2', fromTone: 'mid', sinceVersion: 7 },
    });
    const lb = (await getLead(b.key, database))!;
    expect(lb.previousScore).toBeUndefined();
    expect(lb.score.bundleVersion).toBe(7);
    expect(rows.get(b.key)?.moved).toBeUndefined();
    // What moved is kept on the lead (previousScore, movedSince), not in the activity log.
    expect(await database.activity.count()).toBe(0);

    // A later re-score that moves nothing keeps "since v7"; one that changes only the time writes nothing.
    await applyScores([{ key: a.key, score: snap({ ...TIER_1, score: 75, bundleVersion: 8 }) }], LATER, database);
    expect((await listRows(database)).find((r) => r.key === a.key)?.moved?.sinceVersion).toBe(7);
    const put = vi.spyOn(database.leadBuckets, 'bulkPut');
    await applyScores(
      [{ key: b.key, score: snap({ bundleVersion: 7, scoredAt: '2027-01-01T00:00:00.000Z' }) }],
      LATER,
      database,
    );
    expect(put).not.toHaveBeenCalled();
    expect(await database.activity.count()).toBe(0);
    await expectRowsInStep(database);
  });
});

describe('rescoreAll', () => {
  const N = 2000;
  const leads = () => Array.from({ length: N }, (_, i) => makeLead(i));
  /** Odd companies jump to Tier 1 at 80; even ones keep their score under version 7. */
  const score = (lead: LeadBody) => {
    const i = Number(lead.key.slice(9, 14));
    return i % 2
      ? snap({ ...TIER_1, score: 80, bundleVersion: 7, scoredAt: LATER })
      : { ...makeLead(i).score, bundleVersion: 7, scoredAt: LATER };
  };

  it('re-scores 2,000 leads in chunks of buckets, reports progress and yields between chunks', async () => {
    database = freshDb();
    await seed(database, leads());
    const events: string[] = [];
    const changes: number[] = [];
    const stop = onLeadChanges(({ buckets }) => changes.push(...buckets));
    const outcome = await rescoreAll(
      score,
      {
        bucketsPerChunk: 64,
        onProgress: (done, total) => events.push(`${done}/${total}`),
        yieldEvery: async () => {
          events.push('yield');
          await new Promise((r) => setTimeout(r, 0));
        },
      },
      database,
    );
    expect(outcome).toEqual({ done: N, total: N, moved: N / 2, aborted: false });
    // Four chunks of 64 buckets: progress after each, a yield between them.
    expect(events.filter((e) => e === 'yield')).toHaveLength(3);
    expect(events[0]).toBe('0/2000');
    expect(events.at(-1)).toBe('2000/2000');
    const steps = events.filter((e) => e !== 'yield').map((e) => Number(e.split('/')[0]));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const all = await storedLeads(database);
    expect(all.every((l) => l.score.bundleVersion === 7)).toBe(true);
    expect(all.filter((l) => l.previousScore)).toHaveLength(N / 2);
    expect((await storedRows(database)).filter((r) => r.moved?.sinceVersion === 7)).toHaveLength(N / 2);
    expect(await database.activity.count()).toBe(0);
    await expectRowsInStep(database);
    // Every bucket with leads was announced to the pages.
    const withLeads = await database.leadBuckets.count();
    await vi.waitFor(() => expect(new Set(changes).size).toBe(withLeads));
    stop();

    // Running it again with the same scores moves nothing and writes nothing.
    const put = vi.spyOn(database.scoreBuckets, 'bulkPut');
    const again = await rescoreAll(score, { yieldEvery: async () => {} }, database);
    expect(again).toMatchObject({ done: N, moved: 0 });
    expect(put).not.toHaveBeenCalled();
  });

  it('an aborted run stops between chunks and leaves the chunks it wrote whole', async () => {
    database = freshDb();
    await seed(database, leads());
    const controller = new AbortController();
    const outcome = await rescoreAll(
      score,
      { bucketsPerChunk: 64, signal: controller.signal, yieldEvery: async () => controller.abort() },
      database,
    );
    expect(outcome).toMatchObject({ total: N, aborted: true });
    const all = await storedLeads(database);
    const first = all.filter((l) => bucketOf(l.key) < 64);
    expect(outcome.done).toBe(first.length);
    expect(first.every((l) => l.score.bundleVersion === 7)).toBe(true);
    expect(all.filter((l) => bucketOf(l.key) >= 64).every((l) => l.score.bundleVersion === 6 && !l.previousScore)).toBe(
      true,
    );
    await expectRowsInStep(database);
  });

  it('a lead changed while its bucket was read is re-scored from what is stored, and keeps the change', async () => {
    database = freshDb();
    await seed(database, leads());
    // A lead whose bucket is in the second chunk of 64 buckets, changed between the chunks.
    const target = leads().find(
      (l) => bucketOf(l.key) >= 64 && bucketOf(l.key) < 128 && Number(l.key.slice(9, 14)) % 2,
    )!;
    let once = false;
    const outcome = await rescoreAll(
      score,
      {
        bucketsPerChunk: 64,
        yieldEvery: async () => {
          if (once) return;
          once = true;
          await setStatus([target.key], 'won', LATER, database);
        },
      },
      database,
    );
    expect(outcome).toMatchObject({ done: N, total: N, aborted: false });
    const lead = (await getLead(target.key, database))!;
    expect(lead.status).toBe('won');
    expect(lead.score).toMatchObject({ score: 80, bundleVersion: 7 });
    expect((await storedRows(database)).find((r) => r.key === target.key)).toMatchObject({ status: 'won', score: 80 });
    expect((await storedLeads(database)).every((l) => l.score.bundleVersion === 7)).toBe(true);
    await expectRowsInStep(database);
  });

  it('walks an empty database', async () => {
    database = freshDb();
    const progress: number[][] = [];
    expect(await rescoreAll(score, { onProgress: (d, t) => progress.push([d, t]) }, database)).toEqual({
      done: 0,
      total: 0,
      moved: 0,
      aborted: false,
    });
    expect(progress).toEqual([[0, 0]]);
  });
});

describe('failures never lose what was saved', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a quota error in the middle of a save leaves the database unchanged', async () => {
    database = freshDb();
    await seed(database, [makeLead(1)]);
    await saveLead(saveInput({ person: { id: 'p1', savedAt: AT } }), database);
    const before = await dump(database);
    // leads are written first; the rows write fails after it.
    vi.spyOn(database.rowBuckets, 'bulkPut').mockImplementation(() => {
      throw quota();
    });
    const err = await saveLead(
      saveInput({ company: { name: 'Acme', domain: 'acme.io', followers: 5 }, at: LATER }),
      database,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LeadsDbError);
    expect(err).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
    const newLead = await saveLead(saveInput({ company: { name: 'Beta', domain: 'beta.io' } }), database).catch(
      (e: unknown) => e,
    );
    expect(newLead).toMatchObject({ kind: 'quota' });
    expect(await dump(database)).toEqual(before);
  });

  it('a quota error surfacing as a rejected write (Dexie wrapping it) rolls back a bulk status change and an import', async () => {
    database = freshDb();
    await seed(database, [makeLead(1), makeLead(2)]);
    const before = await dump(database);
    vi.spyOn(database.activity, 'bulkAdd').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota()));
    await expect(setStatus(['domain:co00001.com', 'domain:co00002.com'], 'won', LATER, database)).rejects.toMatchObject(
      {
        name: 'LeadsDbError',
        message: QUOTA_MESSAGE,
      },
    );
    await expect(importLeads([makeLead(1, { status: 'won' }), makeLead(3)], LATER, database)).rejects.toMatchObject({
      kind: 'quota',
    });
    expect(await dump(database)).toEqual(before);
  });

  it('a quota error in a re-score chunk keeps the chunks before it and changes nothing of its own', async () => {
    database = freshDb();
    await seed(
      database,
      Array.from({ length: 30 }, (_, i) => makeLead(i)),
    );
    const real = database.rowBuckets.bulkPut.bind(database.rowBuckets);
    let calls = 0;
    vi.spyOn(database.rowBuckets, 'bulkPut').mockImplementation((...args: Parameters<typeof real>) => {
      if (++calls === 2) throw quota();
      return real(...args);
    });
    // Chunks of 64 buckets: the first chunk with leads is written, the second fails whole.
    const rescored = rescoreAll(
      () => snap({ ...TIER_1, score: 90, bundleVersion: 7 }),
      { bucketsPerChunk: 64, yieldEvery: async () => {} },
      database,
    );
    await expect(rescored).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    const all = await storedLeads(database);
    const chunkOf = (key: string) => Math.floor(bucketOf(key) / 64);
    const firstChunk = Math.min(...all.map((l) => chunkOf(l.key)));
    for (const l of all) expect(l.score.bundleVersion, l.key).toBe(chunkOf(l.key) === firstChunk ? 7 : 6);
    await expectRowsInStep(database);
  });

  it('a closed database is reported as such and keeps what was saved', async () => {
    database = freshDb();
    await saveLead(saveInput(), database);
    database.close();
    await expect(setStatus(['domain:acme.io'], 'won', LATER, database)).rejects.toMatchObject({
      kind: 'closed',
      message: CLOSED_MESSAGE,
    });
    await expect(listRows(database)).rejects.toBeInstanceOf(LeadsDbError);
    await database.open();
    expect(await getLead('domain:acme.io', database)).toMatchObject({ status: 'new' });
  });
});
