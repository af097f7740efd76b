import {
  COMPANY_IN_FIELDS,
  COMPANY_RANGE_FIELDS,
  COMPANY_TEXT_FIELDS,
  PERSON_IN_FIELDS,
  PERSON_TEXT_FIELDS,
} from '@/lib/icp/fields';
import type { ProfileKind } from '@/lib/icp/edit/ops';

/** Words for the fields and types a manager picks from. */
export const FIELD_LABELS: Record<string, string> = {
  industry: 'Industry',
  'hq.country': 'Headquarters country',
  'hq.region': 'Headquarters region (state, province)',
  'hq.city': 'Headquarters city',
  technologies: 'Technologies used',
  keywords: 'Keywords / specialties',
  name: 'Name',
  domain: 'Website domain',
  employees: 'Employees',
  revenueUsd: 'Annual revenue (USD)',
  foundedYear: 'Year founded',
  followers: 'LinkedIn followers',
  jobOpenings: 'Open jobs',
  description: 'Description',
  title: 'Job title',
  seniority: 'Seniority',
  department: 'Department',
  location: 'Location',
  companyName: 'Employer name',
  headline: 'Headline',
};

export const TYPE_LABELS: Record<string, string> = {
  in: 'Is one of (list)',
  range: 'Number in a range',
  text: 'Text mentions',
  signal: 'Recent signal',
};

const options = (fields: readonly string[]) => fields.map((f) => ({ value: f, label: FIELD_LABELS[f] ?? f }));

export function fieldOptions(kind: ProfileKind, type: string) {
  if (kind === 'personas') return options(type === 'text' ? PERSON_TEXT_FIELDS : PERSON_IN_FIELDS);
  if (type === 'range') return options(COMPANY_RANGE_FIELDS);
  if (type === 'text') return options(COMPANY_TEXT_FIELDS);
  return options(COMPANY_IN_FIELDS);
}
