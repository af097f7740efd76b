import type { Company } from '../../lib/icp/company';
import type { Icp } from '../../lib/icp/schema';

const tiers = [
  { id: 'a', label: 'A', min: 80, action: 'Send to sales' },
  { id: 'b', label: 'B', min: 50 },
  { id: 'c', label: 'C', min: 0 },
];

/** A 20-criterion ICP using every criterion type, the size the scoring budget is set for. */
export const benchIcp: Icp = {
  id: 'bench-20',
  name: 'Benchmark (20 criteria)',
  minCoverage: 0.5,
  tiers,
  criteria: [
    {
      id: 'c1',
      label: 'Industry',
      dimension: 'fit',
      type: 'in',
      field: 'industry',
      points: 10,
      values: ['Software Development', 'IT Services and IT Consulting', 'Financial Services'],
    },
    {
      id: 'c2',
      label: 'Country',
      dimension: 'fit',
      type: 'in',
      field: 'hq.country',
      points: 5,
      values: ['US', 'CA', 'GB', 'DE'],
      required: true,
    },
    {
      id: 'c3',
      label: 'Region',
      dimension: 'fit',
      type: 'in',
      field: 'hq.region',
      points: 3,
      values: ['US-CA', 'US-NY', 'US-MA'],
    },
    {
      id: 'c4',
      label: 'CRM',
      dimension: 'fit',
      type: 'in',
      field: 'technologies',
      points: 8,
      values: ['Salesforce', 'HubSpot'],
    },
    {
      id: 'c5',
      label: 'Cloud',
      dimension: 'fit',
      type: 'in',
      field: 'technologies',
      match: 'all',
      points: 5,
      values: ['AWS', 'Snowflake'],
    },
    {
      id: 'c6',
      label: 'Keywords',
      dimension: 'fit',
      type: 'in',
      field: 'keywords',
      points: 4,
      values: ['saas', 'analytics'],
    },
    {
      id: 'c7',
      label: 'Employees',
      dimension: 'fit',
      type: 'range',
      field: 'employees',
      points: 10,
      min: 50,
      max: 500,
      partial: { min: 20, max: 1000, points: 5 },
    },
    { id: 'c8', label: 'Revenue', dimension: 'fit', type: 'range', field: 'revenueUsd', points: 8, min: 1e7, max: 1e8 },
    { id: 'c9', label: 'Founded', dimension: 'fit', type: 'range', field: 'foundedYear', points: 3, min: 2005 },
    { id: 'c10', label: 'Followers', dimension: 'fit', type: 'range', field: 'followers', points: 2, min: 1000 },
    { id: 'c11', label: 'Jobs', dimension: 'readiness', type: 'range', field: 'jobOpenings', points: 4, min: 5 },
    {
      id: 'c12',
      label: 'Description',
      dimension: 'fit',
      type: 'text',
      field: 'description',
      points: 6,
      anyOf: ['revenue intelligence', 'sales forecasting', 'supply chain'],
    },
    {
      id: 'c13',
      label: 'Specialties',
      dimension: 'fit',
      type: 'text',
      field: 'keywords',
      points: 3,
      anyOf: ['data engineering', 'machine learning'],
    },
    {
      id: 'c14',
      label: 'Name',
      dimension: 'fit',
      type: 'text',
      field: 'name',
      points: 1,
      anyOf: ['labs', 'analytics'],
    },
    { id: 'c15', label: 'Hiring', dimension: 'readiness', type: 'signal', signal: 'hiring', withinDays: 90, points: 6 },
    {
      id: 'c16',
      label: 'Funding',
      dimension: 'readiness',
      type: 'signal',
      signal: 'funding',
      withinDays: 180,
      points: 6,
    },
    {
      id: 'c17',
      label: 'Leadership',
      dimension: 'readiness',
      type: 'signal',
      signal: 'leadershipChange',
      withinDays: 120,
      points: 4,
    },
    { id: 'c18', label: 'Expansion', dimension: 'readiness', type: 'signal', signal: 'expansion', points: 2 },
    {
      id: 'c19',
      label: 'Government',
      dimension: 'fit',
      type: 'in',
      field: 'industry',
      points: -20,
      values: ['Government Administration'],
    },
    { id: 'c20', label: 'Domain', dimension: 'fit', type: 'in', field: 'domain', points: 0, values: ['example.com'] },
  ],
};

const industries = [
  'Software Development',
  'Banking',
  'Government Administration',
  'Machinery Manufacturing',
  'IT Services and IT Consulting',
];
const countries = ['US', 'GB', 'FR', 'DE', 'BR'];

/** Deterministic, varied companies (no Math.random: figures must be comparable run to run). */
export function benchCompanies(n: number): Company[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Company ${i} ${i % 3 === 0 ? 'Analytics' : 'Labs'}`,
    industry: industries[i % industries.length],
    hq: { country: countries[i % countries.length], region: i % 2 ? 'US-CA' : undefined },
    employees: { min: 10 + (i % 50) * 20, max: 50 + (i % 50) * 20 },
    revenueUsd: i % 4 ? { min: (i % 20) * 5e6 } : undefined,
    foundedYear: 1990 + (i % 35),
    followers: (i * 37) % 5000,
    jobOpenings: i % 9,
    technologies: i % 5 ? ['Salesforce', 'AWS', 'Snowflake'].slice(0, i % 4) : undefined,
    keywords: ['SaaS', 'Data Engineering', 'Analytics'].slice(0, i % 4),
    description:
      i % 2
        ? 'We build revenue intelligence and sales forecasting software for B2B teams.'
        : 'A regional services company.',
    signals:
      i % 3
        ? [
            { type: 'hiring', observedAt: `2026-0${1 + (i % 6)}-15` },
            { type: 'funding', observedAt: '2026-02-01' },
          ]
        : undefined,
  }));
}
