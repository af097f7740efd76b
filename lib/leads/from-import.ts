import type { Company } from '../icp/company';
import type { ImportPlan, ImportRow } from '../csv/import';
import type { FieldOrigin } from '../merge/merge-company';
import type { Lead, ScoreSnapshot } from './types';

/** Every field of an imported company came from the file, read as text. */
function fileOrigins(company: Company, sourceUrl: string, at: string): Record<string, FieldOrigin> {
  const out: Record<string, FieldOrigin> = {};
  for (const field of Object.keys(company))
    out[field] = { source: 'text', detail: 'CSV import', url: sourceUrl, seenAt: at };
  return out;
}

/** One planned CSV row as a lead, scored with the ICP in use (what the import writes once confirmed). */
export function leadFromImportRow(
  row: ImportRow,
  plan: Pick<ImportPlan, 'sourceUrl'>,
  score: (c: Company) => ScoreSnapshot,
  at: string,
): Lead {
  const c = row.company;
  const lead: Lead = {
    key: row.key,
    name: row.name,
    company: c,
    origins: fileOrigins(c, plan.sourceUrl, at),
    people: [],
    score: score(c),
    status: row.status ?? 'new',
    notes: row.notes ?? '',
    tags: row.tags,
    sourceUrl: plan.sourceUrl,
    createdAt: at,
    updatedAt: at,
    lastSeen: at,
  };
  if (c.domain) lead.domain = c.domain;
  if (row.linkedinId) lead.linkedinId = row.linkedinId;
  if (row.linkedinSlug) lead.linkedinSlug = row.linkedinSlug;
  if (c.linkedinUrl) lead.linkedinUrl = c.linkedinUrl;
  if (c.hq?.country) lead.country = c.hq.country;
  return lead;
}
