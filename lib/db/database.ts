import Dexie, { type EntityTable } from 'dexie';
import type { CompanyRecord, FieldOrigin } from '../merge/merge-company';

/** A company as seen over one or more visits (LinkedIn page, list rows, its website). */
export type CachedCompany = CompanyRecord;
export type { FieldOrigin };

/**
 * The one Dexie schema. Every shipped version stays listed with its upgrade, so any older
 * database opens; each upgrade is tested over seeded data of the version before it.
 */
export class IcpLensDb extends Dexie {
  companies!: EntityTable<CachedCompany, 'key'>;

  constructor(name = 'icp-lens') {
    super(name);
    // v1: company cache, findable by LinkedIn slug, LinkedIn id and domain.
    this.version(1).stores({ companies: '&key, linkedinSlug, linkedinId, domain, lastSeen' });
  }
}

let instance: IcpLensDb | undefined;

/** The extension's database (opened lazily; only the background and extension pages use it). */
export function db(): IcpLensDb {
  instance ??= new IcpLensDb();
  return instance;
}
