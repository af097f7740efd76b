import type { Company } from './company';
import { formatCount, formatUsd, formatYear } from './format';
import type { Person } from './person';

/**
 * How the engine reads one field of a record and how evidence talks about it. The engine is
 * generic over the record, so companies and people share every matcher.
 */
export interface FieldSpec<R> {
  get: (record: R) => unknown;
  /** Key into the caller's source labels; nested fields fall back to their parent ("hq"). */
  sourceKeys: readonly string[];
  /** Evidence when the value is absent. */
  unknown: string;
  /** Lower-case name for "found in description". */
  noun: string;
  /** List fields: how having items reads ("Uses HubSpot"). */
  verb?: string;
  /** Numeric fields: how one number reads, and the value phrase around it. */
  number?: (n: number) => string;
  phrase?: (formatted: string) => string;
  /** Years read "2005 or later" rather than "2,005+". */
  year?: boolean;
}

export type FieldTable<R> = Readonly<Record<string, FieldSpec<R>>>;

function text<R>(get: (r: R) => unknown, key: string, noun: string, label = noun): FieldSpec<R> {
  return { get, sourceKeys: [key], unknown: `${label} unknown`, noun };
}

function hq(part: 'country' | 'region' | 'city', get: (c: Company) => unknown): FieldSpec<Company> {
  return { get, sourceKeys: [`hq.${part}`, 'hq'], unknown: `HQ ${part} unknown`, noun: `HQ ${part}` };
}

function numeric(
  key: keyof Company,
  unknown: string,
  number: (n: number) => string,
  phrase: (s: string) => string,
): FieldSpec<Company> {
  return { get: (c) => c[key], sourceKeys: [key], unknown, noun: key, number, phrase };
}

export const companyFields: FieldTable<Company> = {
  industry: text((c) => c.industry, 'industry', 'industry', 'Industry'),
  // One getter per part: a shared c.hq?.[part] is a slow keyed load on the hot path.
  'hq.country': hq('country', (c) => c.hq?.country),
  'hq.region': hq('region', (c) => c.hq?.region),
  'hq.city': hq('city', (c) => c.hq?.city),
  technologies: { ...text((c) => c.technologies, 'technologies', 'technologies', 'Technologies'), verb: 'Uses' },
  keywords: { ...text((c) => c.keywords, 'keywords', 'keywords', 'Keywords'), verb: 'Keywords include' },
  name: text((c) => c.name, 'name', 'name', 'Name'),
  domain: text((c) => c.domain, 'domain', 'domain', 'Domain'),
  description: text((c) => c.description, 'description', 'description', 'Description'),
  employees: numeric('employees', 'Employee count unknown', formatCount, (s) => `${s} employees`),
  revenueUsd: numeric('revenueUsd', 'Revenue unknown', formatUsd, (s) => `${s} revenue`),
  foundedYear: {
    ...numeric('foundedYear', 'Founding year unknown', formatYear, (s) => `Founded ${s}`),
    year: true,
  },
  followers: numeric('followers', 'Follower count unknown', formatCount, (s) => `${s} followers`),
  jobOpenings: numeric('jobOpenings', 'Open jobs unknown', formatCount, (s) => `${s} open jobs`),
};

export const personFields: FieldTable<Person> = {
  title: text((p) => p.title, 'title', 'title', 'Title'),
  headline: text((p) => p.headline, 'headline', 'headline', 'Headline'),
  seniority: text((p) => p.seniority, 'seniority', 'seniority', 'Seniority'),
  department: text((p) => p.department, 'department', 'department', 'Department'),
  location: text((p) => p.location, 'location', 'location', 'Location'),
  companyName: text((p) => p.companyName, 'companyName', 'company name', 'Company name'),
};

/** " (LinkedIn)" when the caller said where this field came from, else "". */
export function sourceSuffix(sources: Partial<Record<string, string>> | undefined, keys: readonly string[]): string {
  if (!sources) return '';
  for (const key of keys) {
    const label = sources[key];
    if (label) return ` (${label})`;
  }
  return '';
}
