import { describe, expect, it } from 'vitest';
import { defaultBundle } from '../../../lib/icp/defaults';
import { parseBundle } from '../../../lib/icp/errors';
import { compileIcp, scorePerson } from '../../../lib/icp/score';

const asOf = '2026-06-30';
const icpById = (id: string) => {
  const icp = defaultBundle.icps.find((candidate) => candidate.id === id);
  if (!icp) throw new Error(id);
  return icp;
};

describe('bundled default ICPs', () => {
  it('validate as a bundle, unchanged by parsing', () => {
    const parsed = parseBundle(defaultBundle);
    expect(parsed).toEqual({ ok: true, value: defaultBundle });
    expect(defaultBundle.defaultIcpId).toBe('mid-market-saas');
    expect(defaultBundle.icps.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...defaultBundle.icps, ...(defaultBundle.personas ?? [])].map((p) => [p.id, p] as const))(
    '%s has three tiers and positive points summing to 100',
    (_, profile) => {
      expect(profile.tiers.map((t) => t.min)).toEqual([80, 50, 0]);
      const positive = profile.criteria.reduce((sum, c) => sum + Math.max(c.points, 0), 0);
      expect(positive).toBe(100);
    },
  );

  it.each(defaultBundle.icps.map((icp) => [icp.id, icp] as const))('%s has a knock-out and a penalty', (_, icp) => {
    expect(icp.criteria.some((c) => c.required)).toBe(true);
    expect(icp.criteria.some((c) => c.points < 0)).toBe(true);
  });

  it('puts an ideal mid-market SaaS company in the top tier', () => {
    const result = compileIcp(icpById('mid-market-saas'), { asOf })({
      industry: 'Software Development',
      employees: { min: 201, max: 500 },
      hq: { country: 'GB' },
      technologies: ['HubSpot'],
      description: 'B2B workflow automation for finance teams.',
      signals: [
        { type: 'hiring', observedAt: '2026-06-10' },
        { type: 'funding', observedAt: '2025-11-02' },
      ],
    });
    expect([result.score, result.tier.id, result.disqualified, result.coverage]).toEqual([100, 'a', false, 1]);
  });

  it('knocks out companies outside the supported markets', () => {
    const result = compileIcp(icpById('mid-market-saas'), { asOf })({
      industry: 'Software Development',
      hq: { country: 'BR' },
    });
    expect([result.disqualified, result.tier.id]).toEqual([true, 'c']);
  });

  it('scores a manufacturer on NetSuite and penalizes a security vendor', () => {
    const maker = compileIcp(icpById('manufacturing-cloud-erp'), { asOf })({
      industry: 'Machinery Manufacturing',
      revenueUsd: { min: 50_000_000, max: 100_000_000 },
      technologies: ['NetSuite'],
      description: 'Precision parts from our Ohio plant.',
    });
    expect([maker.score, maker.tier.id]).toEqual([85, 'a']);
    const vendor = compileIcp(icpById('enterprise-security'), { asOf })({
      industry: 'Computer and Network Security',
      employees: { min: 1001, max: 5000 },
      description: 'Cybersecurity for the enterprise.',
    });
    expect(vendor.criteria.find((c) => c.id === 'vendor')?.status).toBe('match');
    expect(vendor.score).toBe(20);
  });

  it('scores a VP of Sales as an ideal revenue leader', () => {
    const persona = defaultBundle.personas?.[0];
    if (!persona) throw new Error('no persona');
    const result = scorePerson(
      persona,
      {
        name: 'Ada',
        title: 'VP Sales, EMEA',
        headline: 'Building pipeline that closes',
        seniority: 'vp',
        department: 'Sales',
      },
      { asOf },
    );
    expect([result.icpId, result.score, result.tier.id]).toEqual(['revenue-leader', 100, 'a']);
  });
});
