import type { Company } from './company';
import { describeField, type FieldSpec, type FieldTable } from './field-access';
import { formatCount, formatUsd, formatYear } from './format';

/** The company fields criteria may name, read by number (see field-access.ts). */

function readCompany(c: Company, field: number): unknown {
  switch (field) {
    case 0:
      return c.industry;
    case 1:
      return c.hq?.country;
    case 2:
      return c.hq?.region;
    case 3:
      return c.hq?.city;
    case 4:
      return c.technologies;
    case 5:
      return c.keywords;
    case 6:
      return c.name;
    case 7:
      return c.domain;
    case 8:
      return c.description;
    case 9:
      return c.employees;
    case 10:
      return c.revenueUsd;
    case 11:
      return c.foundedYear;
    case 12:
      return c.followers;
    case 13:
      return c.jobOpenings;
    default:
      return undefined;
  }
}

function text(field: number, key: string, label: string, verb?: string): FieldSpec<Company> {
  const spec = describeField(readCompany, field, key, key, label);
  return verb === undefined ? spec : { ...spec, verb };
}

function hq(field: number, part: 'country' | 'region' | 'city'): FieldSpec<Company> {
  return { ...describeField(readCompany, field, `hq.${part}`, `HQ ${part}`), sourceKeys: [`hq.${part}`, 'hq'] };
}

function numeric(
  field: number,
  key: string,
  unknown: string,
  number: (n: number) => string,
  phrase: (s: string) => string,
): FieldSpec<Company> {
  return { ...describeField(readCompany, field, key, key), unknown, number, phrase };
}

export const companyFields: FieldTable<Company> = {
  industry: text(0, 'industry', 'Industry'),
  'hq.country': hq(1, 'country'),
  'hq.region': hq(2, 'region'),
  'hq.city': hq(3, 'city'),
  technologies: text(4, 'technologies', 'Technologies', 'Uses'),
  keywords: text(5, 'keywords', 'Keywords', 'Keywords include'),
  name: text(6, 'name', 'Name'),
  domain: text(7, 'domain', 'Domain'),
  description: text(8, 'description', 'Description'),
  employees: numeric(9, 'employees', 'Employee count unknown', formatCount, (s) => `${s} employees`),
  revenueUsd: numeric(10, 'revenueUsd', 'Revenue unknown', formatUsd, (s) => `${s} revenue`),
  foundedYear: {
    ...numeric(11, 'foundedYear', 'Founding year unknown', formatYear, (s) => `Founded ${s}`),
    year: true,
  },
  followers: numeric(12, 'followers', 'Follower count unknown', formatCount, (s) => `${s} followers`),
  jobOpenings: numeric(13, 'jobOpenings', 'Open jobs unknown', formatCount, (s) => `${s} open jobs`),
};
