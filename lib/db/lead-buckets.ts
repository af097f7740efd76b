import { keyDomain, type LeadIdentity } from '../leads/lead-key';
import { rowOf } from '../leads/lead-row';
import type { Lead, LeadRow } from '../leads/types';
import type { FieldOrigin } from '../merge/merge-company';
import { bucketOf, type Bucket } from './buckets';
import { encodeScores, scoreStateOf, type ScoreState, type StampedState, type StoredScores } from './score-buckets';

/**
 * How a lead is laid out in the database (lib/db/database.ts, v3): its body (all but its score
 * state and field origins) in `leadBuckets`, its score state in `scoreBuckets` (same bucket,
 * stored compactly: score-buckets.ts), its table row in `rowBuckets` (same bucket), its origins
 * in `leadOrigins`, and what it can be found by in `aliasBuckets`.
 */
export type StoredLead = Omit<Lead, 'origins'>;

/** A lead without its origins and score state: what a lead bucket holds. */
export type LeadBody = Omit<Lead, 'origins' | 'score' | 'previousScore' | 'movedSince'>;

/** A lead's body, apart from its score state and origins. */
export function bodyOf(lead: StoredLead | Lead): LeadBody {
  const body: Partial<Lead> = { ...lead };
  delete body.origins;
  delete body.score;
  delete body.previousScore;
  delete body.movedSince;
  return body as LeadBody;
}

/** A body and its score state, as one lead (without origins). */
export function joined(body: LeadBody, state: ScoreState): StoredLead {
  const lead: StoredLead = { ...body, score: state.score };
  if (state.previousScore) lead.previousScore = state.previousScore;
  if (state.movedSince !== undefined) lead.movedSince = state.movedSince;
  return lead;
}

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

/** The table rows of a bucket: its bodies with their score states. */
export function rowsOf(bodies: Record<string, LeadBody>, states: Record<string, ScoreState>): Record<string, LeadRow> {
  const rows: Record<string, LeadRow> = {};
  for (const key in bodies) if (states[key]) rows[key] = rowOf(joined(bodies[key], states[key]));
  return rows;
}

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
  leadBuckets: Bucket<LeadBody>[];
  scoreBuckets: StoredScores[];
  rowBuckets: Bucket<LeadRow>[];
  aliasBuckets: Bucket<string[]>[];
  origins: LeadOrigins[];
} {
  const byLead = new Map<number, Record<string, LeadBody>>();
  const byScore = new Map<number, Record<string, StampedState>>();
  const byAlias = new Map<number, Record<string, string[]>>();
  for (const lead of leads) {
    addTo(byLead, lead.key, lead.key, bodyOf(lead));
    addTo(byScore, lead.key, lead.key, scoreStateOf(lead));
    for (const alias of aliasesOf(lead)) {
      const id = bucketOf(alias);
      const keys = byAlias.get(id)?.[alias] ?? [];
      addTo(byAlias, alias, alias, [...keys, lead.key]);
    }
  }
  return {
    leadBuckets: asBuckets(byLead),
    scoreBuckets: [...byScore].map(([id, items]) => encodeScores(id, items)),
    rowBuckets: [...byLead].map(([id, items]) => ({ id, items: rowsOf(items, byScore.get(id)!) })),
    aliasBuckets: asBuckets(byAlias),
    origins: leads.map((l) => ({ key: l.key, origins: l.origins })),
  };
}
