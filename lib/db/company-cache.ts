import { fuseRecords, mergeSighting, type Sighting } from '../merge/merge-company';
import { db, type CachedCompany, type IcpLensDb } from './database';

export type { Sighting };

interface Ids {
  linkedinSlug?: string;
  linkedinId?: string;
  domain?: string;
}

/** Every cached record one of these ids points at (by LinkedIn slug, LinkedIn id, domain), without repeats. */
async function findAll(ids: Ids, database: IcpLensDb): Promise<CachedCompany[]> {
  const t = database.companies;
  const found = await Promise.all([
    ids.linkedinSlug ? t.where('linkedinSlug').equals(ids.linkedinSlug).first() : undefined,
    ids.linkedinId ? t.where('linkedinId').equals(ids.linkedinId).first() : undefined,
    ids.domain ? t.where('domain').equals(ids.domain).first() : undefined,
  ]);
  const byKey = new Map<string, CachedCompany>();
  for (const r of found) if (r && !byKey.has(r.key)) byKey.set(r.key, r);
  return [...byKey.values()];
}

/** Finds the cached record for a company by slug, then LinkedIn id, then domain. */
export async function findCompany(ids: Ids, database: IcpLensDb = db()): Promise<CachedCompany | undefined> {
  return (await findAll(ids, database))[0];
}

/**
 * Records a visit: creates the company or merges into what earlier visits saw (lib/merge has
 * the source priority). A site that names its LinkedIn page, or a LinkedIn page that names its
 * website, links records cached apart until then: they become one.
 */
export async function rememberCompany(s: Sighting, database: IcpLensDb = db()): Promise<CachedCompany> {
  return database.transaction('rw', database.companies, async () => {
    const found = await findAll(
      { linkedinSlug: s.linkedinSlug, linkedinId: s.linkedinId, domain: s.company.domain },
      database,
    );
    const previous = found.reduce<CachedCompany | undefined>((a, b) => (a ? fuseRecords(a, b) : b), undefined);
    const next = mergeSighting(previous, s);
    const stale = found.map((r) => r.key).filter((key) => key !== next.key);
    if (stale.length) await database.companies.bulkDelete(stale);
    await database.companies.put(next);
    return next;
  });
}
