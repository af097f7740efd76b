import { describe, expect, it } from 'vitest';
import { defaultBundle, manufacturingCloudErp, midMarketSaas } from '../../../lib/icp/defaults';
import type { Company } from '../../../lib/icp/company';
import { importScoring } from '../../../lib/leads/import-scores';
import { shortTierLabel } from '../../../lib/leads/tier-label';
import { snapshotScorer } from '../../../lib/leads/rescore';

const AT = '2026-06-30T09:00:00.000Z';
const saas: Company = {
  name: 'Northwind',
  industry: 'Software Development',
  employees: { min: 51, max: 200 },
  hq: { country: 'US' },
};
const factory: Company = { name: 'Fabrikam', industry: 'Manufacturing', employees: { min: 501, max: 1000 } };
const rows = Array.from({ length: 25 }, (_, i) => ({ company: i % 5 === 0 ? saas : factory }));

describe('importScoring', () => {
  it('scores a slice per step and ends with the scores the bulk scorer gives', () => {
    const run = importScoring(rows, defaultBundle, midMarketSaas, AT);
    expect(run.step(10)).toBe(false);
    expect(run.done).toBe(10);
    expect(run.scores[10]).toBeUndefined();
    while (!run.step(7));
    expect(run.done).toBe(25);
    const score = snapshotScorer(defaultBundle, midMarketSaas, AT);
    expect(run.scores).toEqual(rows.map((r) => score(r.company)));
  });

  it('counts every tier of the ICP, best first, zeros included', () => {
    const run = importScoring(rows, defaultBundle, midMarketSaas, AT);
    run.step(1000);
    const tally = run.tally();
    expect(tally.map((t) => t.tierId)).toEqual(['a', 'b', 'c']);
    expect(tally.reduce((n, t) => n + t.count, 0)).toBe(25);
    expect(tally.map((t) => t.tone)).toEqual(['high', 'mid', 'low']);
    for (const t of tally) expect(t.count).toBe(run.scores.filter((s) => s?.tierId === t.tierId).length);
  });

  it('gives other scores with another ICP of the bundle', () => {
    const saasRun = importScoring(rows, defaultBundle, midMarketSaas, AT);
    const erpRun = importScoring(rows, defaultBundle, manufacturingCloudErp, AT);
    saasRun.step(100);
    erpRun.step(100);
    expect(erpRun.scores[1]!.icpId).toBe('manufacturing-cloud-erp');
    expect(erpRun.scores[1]!.score).not.toBe(saasRun.scores[1]!.score);
  });

  it('handles an empty import', () => {
    const run = importScoring([], defaultBundle, midMarketSaas, AT);
    expect(run.step(10)).toBe(true);
    expect(run.tally().map((t) => t.count)).toEqual([0, 0, 0]);
  });
});

describe('shortTierLabel', () => {
  it('keeps the part before a spaced dash', () => {
    expect(shortTierLabel('A — Ideal fit')).toBe('A');
    expect(shortTierLabel('Tier 1 - hot')).toBe('Tier 1');
    expect(shortTierLabel('Out')).toBe('Out');
    expect(shortTierLabel('Mid-market')).toBe('Mid-market');
  });
});
