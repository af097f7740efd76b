import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../lib/db/backup';
import { outcomeReport } from '../../../lib/outcomes/report';
import { outcomeBackup, OUTCOME_BUNDLE } from '../../fixtures/outcomes/outcome-backup';

const NOW = new Date('2027-03-31T12:00:00.000Z');

/** The e2e test's data, checked here with the same figures its assertions use. */
describe('the outcomes e2e fixture', () => {
  const backup = outcomeBackup(NOW);
  const report = (period: '90d' | '6m' | '12m') =>
    outcomeReport({
      leads: backup.leads,
      log: backup.activity,
      icps: OUTCOME_BUNDLE.icps,
      activeIcpId: OUTCOME_BUNDLE.defaultIcpId,
      period,
      asOf: NOW.toISOString(),
    });
  const rates = (r: ReturnType<typeof report>) => r.tiers.map((t) => `${t.label} ${t.won}/${t.decided}`);

  it('is a valid backup, the same for the same date', () => {
    expect(parseBackup(JSON.parse(JSON.stringify(backup))).ok).toBe(true);
    expect(outcomeBackup(NOW)).toEqual(backup);
    expect(backup.leads).toHaveLength(80);
  });

  it('gives the figures the e2e test expects for the last 90 days', () => {
    const r = report('90d');
    expect(rates(r)).toEqual(['Tier 1 6/12', 'Tier 2 4/10', 'Tier 3 4/10']);
    expect(r.top.comparison.relative).toBeCloseTo(0.25);
    expect(r.cycles.map((c) => c.median)).toEqual([30, 15, 12]);
    expect(r.warnings.map((w) => w.id)).toEqual(['lift', 'cycle-tier-1']);
    expect(r.warnings[0].message).toContain('only 14% better');
    expect(r.warnings[1].message).toContain('grew 50%, from 20 days to 30 days');
  });

  it('gives other figures for 6 and 12 months, without the conversion warning', () => {
    expect(rates(report('6m'))).toEqual(['Tier 1 14/22', 'Tier 2 9/20', 'Tier 3 5/20']);
    const year = report('12m');
    expect(rates(year)).toEqual(['Tier 1 14/22', 'Tier 2 9/20', 'Tier 3 5/30']);
    expect(year.top.comparison.relative).toBeCloseTo(14 / 22 / (14 / 50) - 1);
    expect(year.warnings.map((w) => w.id)).toEqual([]);
  });
});
