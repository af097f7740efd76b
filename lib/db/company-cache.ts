import type { Company } from '../icp/company';
import type { Provenance } from '../extract/types';
import { db, type CachedCompany, type FieldOrigin, type IcpLensDb } from './database';

export interface Sighting {
  company: Company;
  linkedinSlug?: string;
  linkedinId?: string;
  provenance: Record<string, Provenance>;
  url: string;
  seenAt: string;
}

/** Finds the cached record for a company by slug, then LinkedIn id, then domain. */
export async function findCompany(
  ids: { linkedinSlug?: string; linkedinId?: string; domain?: string },
  database: IcpLensDb = db(),
): Promise<CachedCompany | undefined> {
  const t = database.companies;
  if (ids.linkedinSlug) {
    const bySlug = await t.where('linkedinSlug').equals(ids.linkedinSlug).first();
    if (bySlug) return bySlug;
  }
  if (ids.linkedinId) {
    const byId = await t.where('linkedinId').equals(ids.linkedinId).first();
    if (byId) return byId;
  }
  return ids.domain ? t.where('domain').equals(ids.domain).first() : undefined;
}

/** Fields of the new sighting win; fields it lacks keep what earlier visits saw. */
export function mergeSighting(previous: CachedCompany | undefined, s: Sighting): CachedCompany {
  const origins: Record<string, FieldOrigin> = { ...previous?.origins };
  for (const field of Object.keys(s.company)) {
    const p = s.provenance[field] ?? { source: 'markup' as const };
    origins[field] = { ...p, url: s.url, seenAt: s.seenAt };
  }
  const company: Company = { ...previous?.company, ...s.company };
  const linkedinSlug = s.linkedinSlug ?? previous?.linkedinSlug;
  const domain = company.domain ?? previous?.domain;
  return {
    key: previous?.key ?? (linkedinSlug ? `li:${linkedinSlug}` : `domain:${domain ?? company.name ?? s.url}`),
    linkedinSlug,
    linkedinId: s.linkedinId ?? previous?.linkedinId,
    domain,
    company,
    origins,
    firstSeen: previous?.firstSeen ?? s.seenAt,
    lastSeen: s.seenAt,
    visits: (previous?.visits ?? 0) + 1,
  };
}

/** Records a visit: creates the company or merges into what earlier visits saw. */
export async function rememberCompany(s: Sighting, database: IcpLensDb = db()): Promise<CachedCompany> {
  return database.transaction('rw', database.companies, async () => {
    const previous = await findCompany(
      { linkedinSlug: s.linkedinSlug, linkedinId: s.linkedinId, domain: s.company.domain },
      database,
    );
    const next = mergeSighting(previous, s);
    await database.companies.put(next);
    return next;
  });
}
