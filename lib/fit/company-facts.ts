import type { Company } from '../icp/company';
import { formatBucket, formatCount, formatUsd, formatYear } from '../icp/format';
import { describeOrigin, sourceKind, type FieldOrigin, type SourceKind } from '../merge/merge-company';

/** One line of "where each value came from": a field, its value in words and its source. */
export interface CompanyFact {
  field: string;
  label: string;
  value: string;
  /** "LinkedIn" / "website, structured data"; absent when no origin was recorded. */
  source?: string;
  kind?: SourceKind;
  url?: string;
}

const ORDER: [keyof Company, string][] = [
  ['name', 'Name'],
  ['domain', 'Domain'],
  ['industry', 'Industry'],
  ['employees', 'Employees'],
  ['revenueUsd', 'Revenue'],
  ['hq', 'Headquarters'],
  ['foundedYear', 'Founded'],
  ['jobOpenings', 'Open jobs'],
  ['followers', 'Followers'],
  ['technologies', 'Technologies'],
  ['signals', 'Signals'],
  ['keywords', 'Specialties'],
  ['linkedinUrl', 'LinkedIn'],
];

function valueText(field: keyof Company, c: Company): string | undefined {
  switch (field) {
    case 'employees':
      return c.employees && formatBucket(c.employees.min, c.employees.max, formatCount);
    case 'revenueUsd':
      return c.revenueUsd && formatBucket(c.revenueUsd.min, c.revenueUsd.max, formatUsd);
    case 'foundedYear':
      return c.foundedYear === undefined ? undefined : formatYear(c.foundedYear);
    case 'jobOpenings':
    case 'followers':
      return c[field] === undefined ? undefined : formatCount(c[field]);
    case 'hq':
      return c.hq && [c.hq.city, c.hq.region, c.hq.country].filter(Boolean).join(', ');
    case 'technologies':
      return c.technologies && (c.technologies.length ? `${c.technologies.length} detected` : 'none detected');
    case 'signals':
      return c.signals && `${c.signals.length} (${[...new Set(c.signals.map((s) => s.type))].join(', ')})`;
    case 'keywords':
      return c.keywords && `${c.keywords.length}`;
    default: {
      const v = c[field];
      return typeof v === 'string' ? v : undefined;
    }
  }
}

/** The record's known fields in a fixed order, each with where its kept value was read. */
export function companyFacts(company: Company, origins: Record<string, FieldOrigin> = {}): CompanyFact[] {
  const facts: CompanyFact[] = [];
  for (const [field, label] of ORDER) {
    const value = valueText(field, company);
    if (!value) continue;
    const o = origins[field];
    facts.push({
      field,
      label,
      value,
      ...(o?.url ? { source: describeOrigin(o), kind: sourceKind(o.url), url: o.url } : {}),
    });
  }
  return facts;
}
