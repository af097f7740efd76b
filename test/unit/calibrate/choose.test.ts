import { describe, expect, it } from 'vitest';
import { aucOfHistogram } from '@/lib/calibrate/auc';
import { choosePoints } from '@/lib/calibrate/choose';
import { groupAccounts } from '@/lib/calibrate/groups';
import type { Account } from '@/lib/calibrate/types';
import { calibrationWarnings } from '@/lib/calibrate/warnings';
import type { Icp } from '@/lib/icp/schema-icp';

const ASOF = '2026-06-30';
const icp: Icp = {
  id: 'two',
  name: 'Two criteria',
  tiers: [
    { id: 'top', label: 'Top', min: 60 },
    { id: 'out', label: 'Out', min: 0 },
  ],
  criteria: [
    {
      id: 'software',
      label: 'Software',
      dimension: 'fit',
      type: 'in',
      field: 'industry',
      values: ['Software Development'],
      points: 70,
    },
    { id: 'germany', label: 'Germany', dimension: 'fit', type: 'in', field: 'hq.country', values: ['DE'], points: 30 },
  ],
};

// Software decides the outcome; Germany a little.
const accounts: Account[] = [];
for (const [industry, country, won, lost] of [
  ['Software Development', 'DE', 18, 2],
  ['Software Development', 'FR', 15, 5],
  ['Retail', 'DE', 6, 14],
  ['Retail', 'FR', 2, 18],
] as const) {
  for (let i = 0; i < won + lost; i++) {
    accounts.push({
      line: accounts.length + 2,
      name: 'x',
      company: { industry, hq: { country } },
      outcome: i < won ? 'won' : 'lost',
    });
  }
}

describe('choosePoints', () => {
  const grouped = groupAccounts(accounts, icp, ASOF);
  const currentAuc = aucOfHistogram(grouped.histogram);

  it('takes the fitted points when they rank at least as well', () => {
    const fitted = { points: [80, 20], partial: [undefined, undefined] };
    expect(choosePoints(icp, fitted, currentAuc, accounts, grouped.groups, ASOF)).toMatchObject({
      blend: 1,
      set: fitted,
    });
  });

  it('blends toward the current points, or keeps them, rather than rank worse', () => {
    // Points that reward the weak criterion most rank these accounts worse than the current ones.
    const fitted = { points: [10, 90], partial: [undefined, undefined] };
    const chosen = choosePoints(icp, fitted, currentAuc, accounts, grouped.groups, ASOF);
    expect(chosen.blend).toBeLessThan(1);
    expect(chosen.auc).toBeGreaterThanOrEqual(currentAuc);
    expect(chosen.roundedAuc).toBeLessThan(currentAuc);
    const [warning] = calibrationWarnings({
      won: 200,
      lost: 200,
      criteria: [],
      nothingPredicts: false,
      blend: chosen.blend,
      currentAuc,
      roundedAuc: chosen.roundedAuc,
      spacedThresholds: false,
    });
    expect(warning.code).toBe('kept-current-ranking');
    expect(warning.message).toMatch(
      /^In whole points, the fitted points rank these accounts worse than the current ones \(AUC 0\.\d{3} vs 0\.\d{3}\); the suggestion/,
    );
  });
});
