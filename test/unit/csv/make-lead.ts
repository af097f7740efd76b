import type { Company } from '@/lib/icp/company';
import type { Lead, ScoreSnapshot } from '@/lib/leads/types';

const AT = '2026-11-20T10:00:00.000Z';

export function makeScore(over: Partial<ScoreSnapshot> = {}): ScoreSnapshot {
  return {
    icpId: 'mid-market-saas',
    icpName: 'Mid-market SaaS',
    bundleVersion: 7,
    bundleId: 'team',
    score: 82,
    tierId: 'a',
    tierLabel: 'A',
    tone: 'high',
    coverage: 0.9,
    disqualified: false,
    lowConfidence: false,
    scoredAt: AT,
    ...over,
  };
}

/** A saved lead with sensible defaults; `company` fields override the default company. */
export function makeLead(over: Partial<Omit<Lead, 'company'>> & { company?: Company } = {}): Lead {
  const company: Company = over.company ?? {
    name: 'Northwind Analytics',
    domain: 'northwind-analytics.com',
    website: 'https://northwind-analytics.com',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    industry: 'Software Development',
    employees: { min: 51, max: 200 },
    revenueUsd: { min: 10_000_000, max: 50_000_000 },
    foundedYear: 2012,
    hq: { country: 'US', region: 'US-CA', city: 'San Francisco' },
    technologies: ['React', 'Segment'],
    description: 'Product analytics for mid-market teams.',
    signals: [{ type: 'hiring' }, { type: 'funding', observedAt: '2026-10-01' }],
  };
  return {
    key: company.domain ? `domain:${company.domain}` : `name:${(company.name ?? '').toLowerCase()}|`,
    name: company.name ?? 'Unnamed',
    domain: company.domain,
    linkedinUrl: company.linkedinUrl,
    country: company.hq?.country,
    origins: {},
    people: [
      { id: 'https://www.linkedin.com/in/robin-fake/', name: 'Robin Example', savedAt: AT },
      { id: 'name:kim', name: 'Kim Sample', savedAt: AT },
    ],
    score: makeScore(),
    status: 'working',
    notes: 'Met at SaaStr, follow up in Q1',
    tags: ['conference', 'warm'],
    sourceUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    createdAt: AT,
    updatedAt: AT,
    lastSeen: AT,
    ...over,
    company,
  };
}
