import { describe, expect, it } from 'vitest';
import type { Company } from '../../../lib/icp/company';
import type { CriterionInput } from '../../../lib/icp/schema-criterion';

/** A criterion without its id and label (Omit distributed over the union of types). */
type CriterionRule = CriterionInput extends infer C ? (C extends unknown ? Omit<C, 'id' | 'label'> : never) : never;
import { scoreCompany, type ScoreOptions } from '../../../lib/icp/score';

const tiers = [{ id: 'all', label: 'All', min: 0 }];
const asOf = '2026-06-30';

/** The one criterion's status and evidence line for a company. */
function judge(criterion: CriterionRule, company: Company, opts: Partial<ScoreOptions> = {}) {
  const icp = { id: 'e', name: 'E', tiers, criteria: [{ id: 'c', label: 'C', ...criterion } as CriterionInput] };
  const [result] = scoreCompany(icp, company, { asOf, ...opts }).criteria;
  return [result?.status, result?.evidence];
}

const industry = {
  type: 'in',
  field: 'industry',
  points: 10,
  values: ['Software Development', 'IT Services and IT Consulting', 'Technology, Information and Internet', 'Banking'],
} satisfies CriterionRule;
const crm = {
  type: 'in',
  field: 'technologies',
  points: 10,
  values: ['Salesforce', 'HubSpot'],
} satisfies CriterionRule;
const size = {
  type: 'range',
  field: 'employees',
  points: 20,
  min: 50,
  max: 200,
  partial: { min: 20, max: 500, points: 10 },
} satisfies CriterionRule;
const pain = {
  type: 'text',
  field: 'description',
  points: 10,
  anyOf: ['supply chain', 'logistics'],
} satisfies CriterionRule;
const hiring = { type: 'signal', signal: 'hiring', withinDays: 90, points: 10 } satisfies CriterionRule;

describe('evidence of `in` criteria', () => {
  it('says which listed value a scalar is, or is not', () => {
    expect(judge(industry, { industry: 'Software Development' })).toEqual([
      'match',
      'Software Development is one of Software Development, IT Services and IT Consulting, Technology, Information and Internet (+1 more)',
    ]);
    expect(judge({ ...industry, values: ['Banking'] }, { industry: 'Retail' })).toEqual([
      'miss',
      'Retail is not one of Banking',
    ]);
    expect(judge({ type: 'in', field: 'hq.country', points: 5, values: ['US'] }, { hq: {} })).toEqual([
      'unknown',
      'HQ country unknown',
    ]);
  });

  it('names the source of the value when the caller knows it', () => {
    const opts = { sources: { industry: 'LinkedIn', hq: 'website' } };
    expect(judge({ ...industry, values: ['Banking'] }, { industry: 'Banking' }, opts)).toEqual([
      'match',
      'Banking (LinkedIn) is one of Banking',
    ]);
    expect(
      judge({ type: 'in', field: 'hq.country', points: 5, values: ['US'] }, { hq: { country: 'US' } }, opts),
    ).toEqual(['match', 'US (website) is one of US']);
  });

  it('lists technologies found, missing, or unknown', () => {
    expect(judge(crm, { technologies: ['Stripe', 'hubspot'] })).toEqual(['match', 'Uses HubSpot']);
    expect(judge(crm, { technologies: [] })).toEqual(['miss', 'Uses none of Salesforce, HubSpot']);
    expect(judge(crm, {})).toEqual(['unknown', 'Technologies unknown']);
    const stack = {
      type: 'in',
      field: 'technologies',
      match: 'all',
      points: 10,
      values: ['AWS', 'Snowflake'],
    } satisfies CriterionRule;
    expect(judge(stack, { technologies: ['AWS'] })).toEqual(['miss', 'Uses AWS; missing Snowflake']);
    expect(judge(stack, { technologies: ['Snowflake', 'AWS'] }, { sources: { technologies: 'Wappalyzer' } })).toEqual([
      'match',
      'Uses AWS, Snowflake (Wappalyzer)',
    ]);
  });

  it('credits a parent industry through the caller-supplied matcher', () => {
    const group = { type: 'in', field: 'industry', points: 10, values: ['Manufacturing'] } satisfies CriterionRule;
    const company = { industry: 'Machinery Manufacturing' };
    expect(judge(group, company)).toEqual(['miss', 'Machinery Manufacturing is not one of Manufacturing']);
    const industryMatches = (icpValue: string, companyIndustry: string) =>
      icpValue === 'Manufacturing' && companyIndustry.endsWith(' Manufacturing');
    expect(judge(group, company, { industryMatches })).toEqual([
      'match',
      'Machinery Manufacturing is part of Manufacturing',
    ]);
  });
});

describe('evidence of `range` criteria', () => {
  it('shows buckets and targets readably', () => {
    expect(judge(size, { employees: { min: 51, max: 200 } })).toEqual(['match', '51-200 employees in 50-200']);
    expect(judge(size, { employees: { min: 201, max: 500 } })).toEqual([
      'partial',
      '201-500 employees outside 50-200 (partial credit in 20-500)',
    ]);
    expect(judge(size, { employees: { min: 10001 } })).toEqual(['miss', '10,001+ employees outside 50-200']);
    expect(judge(size, {})).toEqual(['unknown', 'Employee count unknown']);
  });

  it('puts the source after the value', () => {
    expect(judge(size, { employees: { min: 51, max: 200 } }, { sources: { employees: 'LinkedIn' } })).toEqual([
      'match',
      '51-200 employees (LinkedIn) in 50-200',
    ]);
  });

  it('formats revenue in dollars and years plainly', () => {
    const revenue = {
      type: 'range',
      field: 'revenueUsd',
      points: 10,
      min: 10_000_000,
      max: 500_000_000,
    } satisfies CriterionRule;
    expect(judge(revenue, { revenueUsd: { min: 1_500_000, max: 10_000_000 } })).toEqual([
      'miss',
      '$1.5M-$10M revenue outside $10M-$500M',
    ]);
    const founded = { type: 'range', field: 'foundedYear', points: 10, min: 2005 } satisfies CriterionRule;
    expect(judge(founded, { foundedYear: 2004 })).toEqual(['miss', 'Founded 2004 outside 2005 or later']);
    const followers = { type: 'range', field: 'followers', points: 10, max: 5000 } satisfies CriterionRule;
    expect(judge(followers, { followers: 1234 })).toEqual(['match', '1,234 followers in 0-5,000']);
  });
});

describe('evidence of `text` criteria', () => {
  it('quotes the phrase found, or all phrases missed', () => {
    expect(judge(pain, { description: 'We build supply-chain software.' })).toEqual([
      'match',
      '"supply chain" found in description',
    ]);
    expect(judge(pain, { description: 'Logistical software.' })).toEqual([
      'miss',
      'None of "supply chain", "logistics" found in description',
    ]);
    expect(judge(pain, {})).toEqual(['unknown', 'Description unknown']);
    const tags = { type: 'text', field: 'keywords', points: 5, anyOf: ['analytics'] } satisfies CriterionRule;
    expect(judge(tags, { keywords: ['BI', 'Analytics'] }, { sources: { keywords: 'LinkedIn' } })).toEqual([
      'match',
      '"analytics" found in keywords (LinkedIn)',
    ]);
  });
});

describe('evidence of `signal` criteria', () => {
  it('dates the signal that counted, or says none did', () => {
    expect(judge(hiring, { signals: [{ type: 'hiring', observedAt: '2026-06-01' }] })).toEqual([
      'match',
      'Hiring signal on 2026-06-01, 29 days before 2026-06-30',
    ]);
    expect(judge(hiring, { signals: [] })).toEqual(['miss', 'No hiring signal in the last 90 days']);
    expect(judge(hiring, {})).toEqual(['unknown', 'Signals not checked']);
  });

  it('adds the signal source and detail', () => {
    const signals = [{ type: 'hiring', observedAt: '2026-06-30', source: 'LinkedIn Jobs', detail: '12 open roles' }];
    expect(judge(hiring, { signals })).toEqual([
      'match',
      'Hiring signal on 2026-06-30, on the as-of date (LinkedIn Jobs): 12 open roles',
    ]);
  });

  it('explains why signals of the type did not count', () => {
    const signals = [
      { type: 'hiring', observedAt: '2025-12-01' },
      { type: 'hiring', observedAt: '2026-07-15' },
      { type: 'hiring' },
    ];
    expect(judge(hiring, { signals })).toEqual([
      'miss',
      'No hiring signal in the last 90 days (last on 2025-12-01; 1 dated after 2026-06-30; 1 without a date)',
    ]);
    const change = { type: 'signal', signal: 'leadershipChange', points: 5 } satisfies CriterionRule;
    expect(judge(change, { signals: [] })).toEqual(['miss', 'No leadership change signal']);
  });
});
