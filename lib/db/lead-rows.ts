import { db, type FirstScreen, type IcpLensDb, type MetaValue } from './database';
import { read } from './errors';
import type { LeadRow } from '../leads/types';

/**
 * What the leads page reads to list the leads: rows by bucket, the leads' version and count, and
 * the stored first screen. Apart from lib/db/leads.ts (the writes), so the page opens without
 * the code that keys and merges leads (and its public-suffix list).
 */

export const LEAD_COUNT = 'leadCount';
export const VERSION = 'version';

export async function counter(database: IcpLensDb, id: MetaValue['id']): Promise<number> {
  const record = await database.meta.get(id);
  return record && 'value' in record ? record.value : 0;
}

/**
 * The rows of some buckets, by bucket, and the leads' version they were read at (one read
 * transaction): the leads page reads every bucket this way in a few steps, then re-reads the
 * buckets each write announces.
 */
export function rowsOfBuckets(
  ids: readonly number[],
  database: IcpLensDb = db(),
): Promise<{ rows: Map<number, LeadRow[]>; version: number }> {
  return read(() =>
    database.transaction('r', [database.rowBuckets, database.meta], async () => {
      const [found, version] = await Promise.all([database.rowBuckets.bulkGet([...ids]), counter(database, VERSION)]);
      return { rows: new Map(ids.map((id, i) => [id, Object.values(found[i]?.items ?? {})])), version };
    }),
  );
}

export function countLeads(database: IcpLensDb = db()): Promise<number> {
  return read(() => counter(database, LEAD_COUNT));
}

/** How many rows a first screen keeps: more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 60;

/** The stored first screen, when it was made from the leads as they are now (else undefined). */
export function readFirstScreen(database: IcpLensDb = db()): Promise<FirstScreen | undefined> {
  return read(() =>
    database.transaction('r', database.meta, async () => {
      const [screen, version] = await Promise.all([database.meta.get('firstScreen'), counter(database, VERSION)]);
      return screen && 'rows' in screen && screen.version === version ? screen : undefined;
    }),
  );
}

/** Keeps the top of the table (default sort, no filter) of the leads at `version`, for the next open. */
export async function saveFirstScreen(
  rows: readonly LeadRow[],
  total: number,
  version: number,
  database: IcpLensDb = db(),
): Promise<void> {
  const screen: FirstScreen = { id: 'firstScreen', version, total, rows: rows.slice(0, FIRST_SCREEN_ROWS) };
  await database.transaction('rw', database.meta, async () => {
    // Only if nothing was written since: a first screen of older leads is never kept.
    if ((await counter(database, VERSION)) === version) await database.meta.put(screen);
  });
}
