import { keyDomain, type LeadIdentity } from '../leads/lead-key';
import { rowOf } from '../leads/lead-row';
import type { Lead, LeadRow } from '../leads/types';
import type { FieldOrigin } from '../merge/merge-company';
import { bucketOf, type Bucket } from './buckets';

/**
 * How a lead is laid out in the database (lib/db/database.ts, v3): the lead without its field
 * origins in `leadBuckets`, its table row in `rowBuckets` (same bucket), its origins in
 * `leadOrigins`, and what it can be found by in `aliasBuckets`.
 */
export type StoredLead = Omit<Lead, 'origins'>;

/** Where each company field of a lead came from (one record per lead). */
export interface LeadOrigins {
  key: string;
  origins: Record<string, FieldOrigin>;
}

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

/**
 * The aliases a stored lead is found by: its key, `domain:<registrable domain>` and
 * `li:<LinkedIn id>`. A save looks up every key its company could have (leadKeys) among them.
 */
export function aliasesOf(lead: Pick<Lead, 'key' | 'domain' | 'linkedinId'>): string[] {
  const out = [lead.key];
  const domain = keyDomain(lead.domain);
  if (domain && !out.includes(`domain:${domain}`)) out.push(`domain:${domain}`);
  const id = lead.linkedinId?.trim();
  if (id && !out.includes(`li:${id}`)) out.push(`li:${id}`);
  return out;
}

/** A lead without its origins (what a lead bucket holds). */
export function withoutOrigins(lead: Lead): StoredLead {
  const stored: Partial<Lead> = { ...lead };
  delete stored.origins;
  return stored as StoredLead;
}

/** The table rows of a lead bucket. */
export const rowsOf = (items: Record<string, StoredLead>): Record<string, LeadRow> => {
  const rows: Record<string, LeadRow> = {};
  for (const key in items) rows[key] = rowOf(items[key]);
  return rows;
};

function addTo<T>(buckets: Map<number, Record<string, T>>, key: string, bucketKey: string, value: T): void {
  const id = bucketOf(bucketKey);
  let items = buckets.get(id);
  if (!items) buckets.set(id, (items = {}));
  items[key] = value;
}

const asBuckets = <T>(m: Map<number, Record<string, T>>): Bucket<T>[] => [...m].map(([id, items]) => ({ id, items }));

/**
 * Every record a list of leads (with distinct keys) is stored as: for an upgrade or a restored
 * backup, which write a whole database at once.
 */
export function storedForm(leads: readonly Lead[]): {
  leadBuckets: Bucket<StoredLead>[];
  rowBuckets: Bucket<LeadRow>[];
  aliasBuckets: Bucket<string[]>[];
  origins: LeadOrigins[];
} {
  const byLead = new Map<number, Record<string, StoredLead>>();
  const byAlias = new Map<number, Record<string, string[]>>();
  for (const lead of leads) {
    addTo(byLead, lead.key, lead.key, withoutOrigins(lead));
    for (const alias of aliasesOf(lead)) {
      const id = bucketOf(alias);
      const keys = byAlias.get(id)?.[alias] ?? [];
      addTo(byAlias, alias, alias, [...keys, lead.key]);
    }
  }
  return {
    leadBuckets: asBuckets(byLead),
    rowBuckets: [...byLead].map(([id, items]) => ({ id, items: rowsOf(items) })),
    aliasBuckets: asBuckets(byAlias),
    origins: leads.map((l) => ({ key: l.key, origins: l.origins })),
  };
}
