import type { Company } from '../icp/company';
import type { Random } from './random';

/**
 * Realistic, normalized company fields for synthetic accounts: the forms planImport produces from
 * a CRM export (exact counts, ISO countries, LinkedIn industry names), with gaps where CRM data
 * usually has them.
 */

type Kind = 'software' | 'services' | 'business' | 'consumer' | 'industrial';

const INDUSTRIES: readonly (readonly [{ industry: string; kind: Kind }, number])[] = [
  [{ industry: 'Software Development', kind: 'software' }, 28],
  [{ industry: 'IT Services and IT Consulting', kind: 'services' }, 10],
  [{ industry: 'Technology, Information and Internet', kind: 'software' }, 6],
  [{ industry: 'Financial Services', kind: 'business' }, 8],
  [{ industry: 'Insurance', kind: 'business' }, 3],
  [{ industry: 'Hospitals and Health Care', kind: 'business' }, 6],
  [{ industry: 'Retail', kind: 'consumer' }, 7],
  [{ industry: 'Food and Beverage Services', kind: 'consumer' }, 3],
  [{ industry: 'Machinery Manufacturing', kind: 'industrial' }, 6],
  [{ industry: 'Truck Transportation', kind: 'industrial' }, 3],
  [{ industry: 'Construction', kind: 'industrial' }, 4],
  [{ industry: 'Advertising Services', kind: 'services' }, 5],
  [{ industry: 'Staffing and Recruiting', kind: 'services' }, 3],
];

const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 34],
  ['GB', 8],
  ['DE', 8],
  ['CA', 5],
  ['FR', 5],
  ['NL', 3],
  ['SE', 2],
  ['ES', 2],
  ['IE', 1],
  ['IN', 7],
  ['BR', 5],
  ['AU', 4],
  ['JP', 3],
  ['SG', 2],
  ['MX', 2],
  ['ZA', 1],
];

const CRMS = ['Salesforce', 'HubSpot', 'Pipedrive'];
const OTHER_TECH = ['Slack', 'Zendesk', 'Google Workspace', 'Microsoft 365', 'Jira', 'Stripe', 'Shopify', 'Oracle'];

const B2B = [
  'B2B SaaS platform for finance teams',
  'Enterprise workflow automation',
  'Collaboration software for teams',
  'Analytics tools for businesses',
];
const CONSUMER = [
  'Family-owned since 1952',
  'Online store for outdoor gear',
  'Fresh meals delivered to your door',
  'Regional freight and warehousing',
  'Clinics across the region',
];
const AGENCY = ['Digital agency for ambitious brands', 'Nearshore software outsourcing', 'Staff augmentation partner'];

const NAME_A = ['North', 'Blue', 'Bright', 'Iron', 'Silver', 'Green', 'Rapid', 'Clear', 'Summit', 'Harbor', 'Pine'];
const NAME_B = ['wind', 'stone', 'field', 'wave', 'path', 'point', 'forge', 'bridge', 'leaf', 'gate', 'peak'];
const NAME_C = [
  'Analytics',
  'Systems',
  'Labs',
  'Logistics',
  'Health',
  'Foods',
  'Software',
  'Partners',
  'Works',
  'Group',
];

/** A bucket read from one exact number, as a CRM's single "Number of Employees" column gives it. */
const exactly = (n: number) => ({ min: n, max: n });

function identity(random: Random, index: number) {
  const stem = `${random.pick(NAME_A)}${random.pick(NAME_B)}`;
  const suffix = random.pick(NAME_C);
  const domain = `${stem.toLowerCase()}-${suffix.toLowerCase()}-${index.toString(36)}.com`;
  return { name: `${stem} ${suffix}`, domain, website: `https://${domain}` };
}

function technologies(random: Random, kind: Kind): string[] | undefined {
  if (random.chance(0.25)) return undefined;
  const crmChance = kind === 'software' ? 0.6 : kind === 'services' || kind === 'business' ? 0.4 : 0.15;
  const list = random.some(OTHER_TECH, random.int(1, 3));
  if (random.chance(crmChance)) list.unshift(random.pick(CRMS));
  return list;
}

function description(random: Random, kind: Kind): string | undefined {
  if (random.chance(0.15)) return undefined;
  if ((kind === 'services' && random.chance(0.35)) || random.chance(0.04)) return random.pick(AGENCY);
  const b2bChance = kind === 'software' ? 0.7 : kind === 'services' || kind === 'business' ? 0.4 : 0.1;
  return random.chance(b2bChance) ? random.pick(B2B) : random.pick(CONSUMER);
}

/** The company of synthetic account `index`, and its deal amount (undefined: the cell is empty). */
export function companyParts(random: Random, index: number): { company: Company; dealSize?: number } {
  const { industry, kind } = random.weighted(INDUSTRIES);
  const employees = Math.round(Math.exp(random.next() * Math.log(30_000)) + 4);
  const company: Company = { ...identity(random, index) };
  if (!random.chance(0.1)) company.industry = industry;
  if (!random.chance(0.08)) company.employees = exactly(employees);
  if (!random.chance(0.3)) company.revenueUsd = exactly(Math.round((employees * random.int(80, 250)) / 10) * 10_000);
  if (!random.chance(0.06)) company.hq = { country: random.weighted(COUNTRIES) };
  const tech = technologies(random, kind);
  if (tech) company.technologies = tech;
  const text = description(random, kind);
  if (text) company.description = text;
  if (random.chance(0.2)) return { company };
  const amount = Math.round((4000 * Math.sqrt(1 + employees / 50) * Math.exp(random.next() - 0.5)) / 100) * 100;
  return { company, dealSize: amount };
}
