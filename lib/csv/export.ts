import type { Bucket } from '../icp/company';
import type { Lead as SavedLead } from '../leads/types';

/** What an export reads of a lead: all of it but the field origins. */
type Lead = Omit<SavedLead, 'origins'>;
import { countryName, regionName } from '../normalize/places';
import { joinCsv, numberCell, textCell } from './cells';

export { neutralizeFormula, toCsv } from './cells';

export type ExportPreset = 'hubspot' | 'salesforce' | 'all';

export interface ExportOptions {
  preset: ExportPreset;
  /** Start with a UTF-8 byte order mark, so Excel reads accents right. */
  bom?: boolean;
  /** The export time (ISO), written in the 'all' preset's `exportedAt` column; defaults to now. */
  now?: string;
}

interface Column {
  header: string;
  /** The finished cell (already quoted and formula-neutralized). */
  cell: (lead: Lead, now: string) => string;
}

/**
 * One number for a bucket, for CRMs that want a single figure: the upper bound when the bucket
 * has one ("51-200" is 200, so a filter like "at most 200 employees" still holds), else the lower
 * bound ("10,001+" is 10001). An exact count is itself.
 */
export function bucketNumber(bucket: Bucket | undefined): number | undefined {
  return bucket === undefined ? undefined : (bucket.max ?? bucket.min);
}

const LIST_SEPARATOR = '; ';

const text = (get: (lead: Lead) => string | undefined) => (lead: Lead) => textCell(get(lead));
const num = (get: (lead: Lead) => number | undefined) => (lead: Lead) => numberCell(get(lead));
const list = (get: (lead: Lead) => readonly string[] | undefined) => (lead: Lead) =>
  textCell(get(lead)?.join(LIST_SEPARATOR));

const domainOf = (l: Lead) => l.domain ?? l.company?.domain;
const countryOf = (l: Lead) => l.company?.hq?.country ?? l.country;
const countryLabel = (l: Lead) => {
  const code = countryOf(l);
  return code === undefined ? undefined : (countryName(code) ?? code);
};
const regionLabel = (l: Lead) => {
  const code = l.company?.hq?.region;
  return code === undefined ? undefined : (regionName(code) ?? code);
};
const websiteOf = (l: Lead) => {
  if (l.company?.website) return l.company.website;
  const domain = domainOf(l);
  return domain ? `https://${domain}` : undefined;
};

/** The ICP columns both CRM presets end with; "ICP Status", "ICP Tags" and "ICP Notes" import back. */
const ICP_COLUMNS: Column[] = [
  { header: 'ICP Score', cell: num((l) => l.score?.score) },
  { header: 'ICP Tier', cell: text((l) => l.score?.tierLabel) },
  { header: 'ICP Status', cell: text((l) => l.status) },
  { header: 'ICP Tags', cell: list((l) => l.tags) },
  { header: 'ICP Notes', cell: text((l) => l.notes) },
];

/** HubSpot's company import properties. */
const HUBSPOT: Column[] = [
  { header: 'Company name', cell: text((l) => l.name) },
  { header: 'Company Domain Name', cell: text(domainOf) },
  { header: 'Industry', cell: text((l) => l.company?.industry) },
  { header: 'Number of Employees', cell: num((l) => bucketNumber(l.company?.employees)) },
  { header: 'Annual Revenue', cell: num((l) => bucketNumber(l.company?.revenueUsd)) },
  { header: 'Country/Region', cell: text(countryLabel) },
  { header: 'State/Region', cell: text(regionLabel) },
  { header: 'City', cell: text((l) => l.company?.hq?.city) },
  { header: 'LinkedIn Company Page', cell: text((l) => l.linkedinUrl ?? l.company?.linkedinUrl) },
  { header: 'Description', cell: text((l) => l.company?.description) },
  ...ICP_COLUMNS,
];

/** Salesforce's account import fields (Data Import Wizard names). */
const SALESFORCE: Column[] = [
  { header: 'Account Name', cell: text((l) => l.name) },
  { header: 'Website', cell: text(websiteOf) },
  { header: 'Industry', cell: text((l) => l.company?.industry) },
  { header: 'Employees', cell: num((l) => bucketNumber(l.company?.employees)) },
  { header: 'Annual Revenue', cell: num((l) => bucketNumber(l.company?.revenueUsd)) },
  { header: 'Billing Country', cell: text(countryLabel) },
  { header: 'Billing State/Province', cell: text(regionLabel) },
  { header: 'Billing City', cell: text((l) => l.company?.hq?.city) },
  { header: 'Description', cell: text((l) => l.company?.description) },
  ...ICP_COLUMNS,
];

/**
 * Every lead field, flattened. Places are ISO codes (country "US", region "US-CA"); buckets are
 * two columns (an empty max is open-ended: "10001+"); lists are joined with "; ". Reads back
 * with `planImport` (the importer knows these names).
 */
const ALL: Column[] = [
  { header: 'key', cell: text((l) => l.key) },
  { header: 'name', cell: text((l) => l.name) },
  { header: 'domain', cell: text(domainOf) },
  { header: 'website', cell: text((l) => l.company?.website) },
  { header: 'linkedinUrl', cell: text((l) => l.linkedinUrl ?? l.company?.linkedinUrl) },
  { header: 'linkedinId', cell: text((l) => l.linkedinId) },
  { header: 'country', cell: text(countryOf) },
  { header: 'region', cell: text((l) => l.company?.hq?.region) },
  { header: 'city', cell: text((l) => l.company?.hq?.city) },
  { header: 'industry', cell: text((l) => l.company?.industry) },
  { header: 'employeesMin', cell: num((l) => l.company?.employees?.min) },
  { header: 'employeesMax', cell: num((l) => l.company?.employees?.max) },
  { header: 'revenueMinUsd', cell: num((l) => l.company?.revenueUsd?.min) },
  { header: 'revenueMaxUsd', cell: num((l) => l.company?.revenueUsd?.max) },
  { header: 'foundedYear', cell: num((l) => l.company?.foundedYear) },
  { header: 'description', cell: text((l) => l.company?.description) },
  { header: 'technologies', cell: list((l) => l.company?.technologies) },
  { header: 'signals', cell: num((l) => l.company?.signals?.length) },
  { header: 'score', cell: num((l) => l.score?.score) },
  { header: 'tier', cell: text((l) => l.score?.tierLabel) },
  { header: 'tierId', cell: text((l) => l.score?.tierId) },
  { header: 'icpId', cell: text((l) => l.score?.icpId) },
  { header: 'icp', cell: text((l) => l.score?.icpName) },
  { header: 'bundleVersion', cell: num((l) => l.score?.bundleVersion) },
  { header: 'scoredAt', cell: text((l) => l.score?.scoredAt) },
  { header: 'disqualified', cell: text((l) => (l.score ? String(l.score.disqualified) : undefined)) },
  { header: 'status', cell: text((l) => l.status) },
  { header: 'tags', cell: list((l) => l.tags) },
  { header: 'notes', cell: text((l) => l.notes) },
  {
    header: 'people',
    cell: list((l) => (l.people ?? []).map((p) => p.name ?? '').filter((name) => name !== '')),
  },
  { header: 'sourceUrl', cell: text((l) => l.sourceUrl) },
  { header: 'createdAt', cell: text((l) => l.createdAt) },
  { header: 'updatedAt', cell: text((l) => l.updatedAt) },
  { header: 'lastSeen', cell: text((l) => l.lastSeen) },
  { header: 'exportedAt', cell: (_l, now) => textCell(now) },
];

const PRESETS: Record<ExportPreset, Column[]> = { hubspot: HUBSPOT, salesforce: SALESFORCE, all: ALL };

/** The header row a preset writes, in order. */
export function exportHeaders(preset: ExportPreset): string[] {
  return (PRESETS[preset] ?? ALL).map((c) => c.header);
}

/**
 * Leads as CSV text (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled), one header row, one row per lead. Text cells are formula-neutralized (see
 * lib/csv/cells.ts). The result is a JS string; encode it as UTF-8 to save it (`bom` adds
 * U+FEFF first, which UTF-8 encodes as EF BB BF).
 */
export function exportLeadsCsv(leads: readonly Lead[], opts: ExportOptions): string {
  const columns = PRESETS[opts.preset] ?? ALL;
  const now = opts.now ?? new Date().toISOString();
  const lines = new Array<string>(leads.length + 1);
  lines[0] = columns.map((c) => textCell(c.header)).join(',');
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i];
    for (let j = 0; j < columns.length; j++) cells[j] = columns[j].cell(lead, now);
    lines[i + 1] = cells.join(',');
  }
  return joinCsv(lines, opts.bom === true);
}
