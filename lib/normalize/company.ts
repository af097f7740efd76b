import type { RawAddress, RawCompany } from '../extract/types';
import type { Bucket, Company } from '../icp/company';
import { parseCount } from './count';
import { normalizeWebsite, registrableDomain } from './domains';
import { parseEmployees } from './employees';
import { parseFoundedYear } from './founded-year';
import { canonicalIndustry } from './industries';
import { cleanLinkedinUrl } from './linkedin-url';
import { parsePlace } from './places';
import { parseRevenueUsd } from './revenue';
import { cleanSignals } from './signals';
import { splitSpecialties, uniqueList } from './text-lists';

export { parseCount } from './count';

const MAX_NAME = 300;
const MAX_DESCRIPTION = 5000;

/** Runs one field's normalizer; a field that fails is unknown, never an error for the whole company. */
function field<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function collapse(value: unknown, max: number): string | undefined {
  const t = text(value)?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const cut = t.length > max ? t.slice(0, max) : t;
  // Never end on half of a surrogate pair (an emoji cut in two).
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function exactBucket(n: number | undefined): Bucket | undefined {
  return n === undefined ? undefined : { min: n, max: n };
}

function withParsed<T>(value: unknown, parse: (s: string) => T | undefined): T | undefined {
  const s = text(value);
  return s === undefined ? undefined : parse(s);
}

// JSON-LD sometimes gives the address as one string instead of a PostalAddress.
function addressPlace(address: unknown): ReturnType<typeof parsePlace> {
  if (typeof address === 'string') return parsePlace(address);
  return address !== null && typeof address === 'object' ? parsePlace(address as RawAddress) : undefined;
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/**
 * The normalized company of the scoring spec from what an extractor read. Every field is
 * optional: absent or unreadable input leaves the field out (unknown). Never throws.
 */
export function normalizeCompany(raw: RawCompany): Company {
  const r: Partial<Record<keyof RawCompany, unknown>> = raw !== null && typeof raw === 'object' ? raw : {};
  const website = field(() => withParsed(r.website, normalizeWebsite));
  const company: Company = {
    name: field(() => {
      const name = collapse(r.name, MAX_NAME + 1);
      return name && name.length <= MAX_NAME ? name : undefined;
    }),
    domain: field(() => (website ? registrableDomain(website) : undefined)),
    linkedinUrl: field(() => cleanLinkedinUrl(r.linkedinUrl, r.linkedinSlug)),
    website,
    industry: field(() => withParsed(r.industry, canonicalIndustry)),
    employees: field(() => withParsed(r.size, parseEmployees) ?? exactBucket(withParsed(r.employeeCount, parseCount))),
    revenueUsd: field(() => withParsed(r.revenue, parseRevenueUsd)),
    foundedYear: field(() => withParsed(r.founded, (s) => parseFoundedYear(s))),
    followers: field(() => withParsed(r.followers, parseCount)),
    jobOpenings: field(() => withParsed(r.jobOpenings, parseCount)),
    hq: field(() => addressPlace(r.address) ?? withParsed(r.headquarters, parsePlace)),
    technologies: field(() => (Array.isArray(r.technologies) ? uniqueList(r.technologies) : undefined)),
    keywords: field(() => (Array.isArray(r.specialties) ? nonEmpty(splitSpecialties(r.specialties)) : undefined)),
    description: field(() => collapse(r.description, MAX_DESCRIPTION)),
    signals: field(() => (Array.isArray(r.signals) ? cleanSignals(r.signals) : undefined)),
  };
  for (const key of Object.keys(company) as (keyof Company)[]) {
    if (company[key] === undefined) delete company[key];
  }
  return company;
}
