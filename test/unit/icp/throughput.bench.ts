/**
 * Scorings per second for a realistic 20-criterion ICP over 10,000 varied companies, for the full
 * result (evidence per criterion) and for the summary (compileIcpSummary, bulk scoring).
 * Run: npx tsx test/unit/icp/throughput.bench.ts   (not part of the unit suite: timing is noisy)
 */
import { pathToFileURL } from 'node:url';
import type { Company } from '../../../lib/icp/company';
import type { IcpInput } from '../../../lib/icp/schema-icp';
import { compileIcp, compileIcpSummary } from '../../../lib/icp/score';

const tiers = [
  { id: 'a', label: 'A', min: 80, action: 'Call' },
  { id: 'b', label: 'B', min: 50 },
  { id: 'c', label: 'C', min: 0 },
];

export const benchIcp: IcpInput = {
  id: 'bench',
  name: 'Bench',
  tiers,
  criteria: [
    {
      id: 'ind',
      label: 'Industry',
      type: 'in',
      field: 'industry',
      points: 10,
      values: ['Software Development', 'IT Services and IT Consulting', 'Financial Services'],
    },
    { id: 'gov', label: 'Gov', type: 'in', field: 'industry', points: -20, values: ['Government Administration'] },
    {
      id: 'country',
      label: 'Country',
      type: 'in',
      field: 'hq.country',
      points: 5,
      values: ['US', 'CA', 'GB', 'DE', 'FR'],
    },
    {
      id: 'market',
      label: 'Market',
      type: 'in',
      field: 'hq.country',
      points: 0,
      required: true,
      values: ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'SE'],
    },
    { id: 'region', label: 'Region', type: 'in', field: 'hq.region', points: 3, values: ['US-NY', 'US-CA', 'US-MA'] },
    { id: 'crm', label: 'CRM', type: 'in', field: 'technologies', points: 8, values: ['Salesforce', 'HubSpot'] },
    {
      id: 'cloud',
      label: 'Cloud',
      type: 'in',
      field: 'technologies',
      points: 6,
      match: 'all',
      values: ['AWS', 'Snowflake'],
    },
    { id: 'kw', label: 'Keywords', type: 'in', field: 'keywords', points: 4, values: ['SaaS', 'B2B'] },
    {
      id: 'size',
      label: 'Size',
      type: 'range',
      field: 'employees',
      points: 10,
      min: 50,
      max: 1000,
      partial: { min: 20, max: 5000, points: 5 },
    },
    { id: 'rev', label: 'Revenue', type: 'range', field: 'revenueUsd', points: 8, min: 10e6, max: 500e6 },
    { id: 'founded', label: 'Founded', type: 'range', field: 'foundedYear', points: 3, min: 2000 },
    { id: 'jobs', label: 'Jobs', type: 'range', field: 'jobOpenings', points: 4, min: 5, dimension: 'readiness' },
    {
      id: 'pain',
      label: 'Pain',
      type: 'text',
      field: 'description',
      points: 6,
      anyOf: ['supply chain', 'logistics', 'revenue operations'],
    },
    { id: 'data', label: 'Data', type: 'text', field: 'description', points: 4, anyOf: ['data platform', 'analytics'] },
    { id: 'spec', label: 'Specialties', type: 'text', field: 'keywords', points: 3, anyOf: ['machine learning', 'c#'] },
    {
      id: 'hiring',
      label: 'Hiring',
      type: 'signal',
      signal: 'hiring',
      withinDays: 90,
      points: 6,
      dimension: 'readiness',
    },
    {
      id: 'funding',
      label: 'Funding',
      type: 'signal',
      signal: 'funding',
      withinDays: 180,
      points: 5,
      dimension: 'readiness',
    },
    {
      id: 'leader',
      label: 'New leader',
      type: 'signal',
      signal: 'leadershipChange',
      withinDays: 120,
      points: 4,
      dimension: 'readiness',
    },
    { id: 'expand', label: 'Expansion', type: 'signal', signal: 'expansion', points: 3, dimension: 'readiness' },
    { id: 'name', label: 'Name', type: 'text', field: 'name', points: 2, anyOf: ['labs', 'cloud'] },
  ],
};

const INDUSTRIES = [
  'Software Development',
  'Financial Services',
  'Government Administration',
  'Machinery Manufacturing',
  'IT Services and IT Consulting',
  'Retail',
];
const COUNTRIES = ['US', 'CA', 'GB', 'DE', 'BR', 'IN', 'FR'];
const TECH = [
  'Salesforce',
  'HubSpot',
  'AWS',
  'Snowflake',
  'Stripe',
  'React',
  'Google Analytics',
  'Cloudflare',
  'Segment',
  'Intercom',
  'Zendesk',
  'jQuery',
  'Marketo',
  'Optimizely',
];
const WORDS =
  'we build modern software for supply-chain teams logistics analytics platform that helps operations leaders reduce cost and grow revenue across global markets with real time data'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

export function benchCompanies(count: number): Company[] {
  const r = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => ({
    name: `Company ${i} ${pick(['Labs', 'Inc', 'Cloud', 'GmbH'])}`,
    industry: pick(INDUSTRIES),
    hq: { country: pick(COUNTRIES), region: pick(['US-NY', 'US-TX', 'US-CA']), city: 'Somewhere' },
    employees: pick([{ min: 11, max: 50 }, { min: 51, max: 200 }, { min: 201, max: 500 }, { min: 10001 }]),
    // Revenue arrives as buckets, as on company pages and in CRM exports.
    revenueUsd: pick([
      { min: 1e6, max: 10e6 },
      { min: 10e6, max: 50e6 },
      { min: 50e6, max: 100e6 },
      { min: 100e6, max: 500e6 },
      { min: 1e9 },
    ]),
    foundedYear: 1990 + Math.floor(r() * 35),
    jobOpenings: Math.floor(r() * 20),
    technologies: Array.from({ length: 12 }, () => pick(TECH)),
    keywords: ['SaaS', pick(['B2B', 'Fintech', 'Machine Learning', 'C#']), 'Enterprise Software', 'Cloud'],
    description: Array.from({ length: 40 }, () => pick(WORDS)).join(' ') + '.',
    signals: [
      { type: 'hiring', observedAt: `2026-0${1 + Math.floor(r() * 6)}-15` },
      { type: pick(['funding', 'expansion', 'leadershipChange']), observedAt: '2026-02-01' },
      { type: 'funding', observedAt: '2025-11-20' },
    ],
  }));
}

/** The firmographic part only: no phrase search over long text. */
export const firmographicIcp: IcpInput = {
  ...benchIcp,
  id: 'bench-firmographic',
  criteria: benchIcp.criteria.filter((c) => c.type !== 'text'),
};

/** Best of five rounds: the slowest rounds measure the machine, not the code. */
function measure(icp: IcpInput, companies: Company[], bulk: boolean): number {
  const score = bulk ? compileIcpSummary(icp, { asOf: '2026-06-30' }) : compileIcp(icp, { asOf: '2026-06-30' });
  let best = 0;
  let sink = 0;
  for (let round = 0; round < 6; round++) {
    const total = 400_000;
    const start = performance.now();
    for (let i = 0; i < total; i++) sink += score(companies[i % companies.length] as Company).score;
    if (round > 0) best = Math.max(best, total / ((performance.now() - start) / 1000));
  }
  if (sink < 0) console.log(sink);
  return Math.round(best);
}

function run(): void {
  const companies = benchCompanies(10_000);
  for (const bulk of [false, true]) {
    const line = (name: string, icp: IcpInput) =>
      `${measure(icp, companies, bulk).toLocaleString('en-US')} scorings/s  ${bulk ? 'summary' : 'full'}, ${name} (${icp.criteria.length} criteria)`;
    console.log(line('mixed: in, range, text on a 270-character description, signals', benchIcp));
    console.log(line('firmographic: in, range, signals', firmographicIcp));
  }
}

// Runs when executed directly, not when imported by another measurement script.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
