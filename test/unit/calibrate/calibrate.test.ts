import { describe, expect, it } from 'vitest';
import {
  calibrate,
  MIN_PER_OUTCOME,
  notEnoughDataMessage,
  type Account,
  type CalibrationReport,
} from '@/lib/calibrate';
import { aucOfHistogram } from '@/lib/calibrate/auc';
import { scorePass } from '@/lib/calibrate/scoring';
import { syntheticAccounts } from '@/lib/calibrate/synthetic';
import { parseBundle } from '@/lib/icp/errors';
import { defaultBundle, midMarketSaas } from '@/lib/icp/defaults';
import type { IcpBundle } from '@/lib/icp/schema-bundle';
import type { Icp } from '@/lib/icp/schema-icp';

const ASOF = '2026-06-30';

function reportOf(accounts: readonly Account[], bundle: IcpBundle = defaultBundle, icpId = midMarketSaas.id) {
  const outcome = calibrate(accounts, bundle, icpId, { asOf: ASOF });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.report;
}

/** The ranking quality of an ICP on the accounts, scored with the engine. */
const aucOf = (accounts: readonly Account[], icp: Icp) => aucOfHistogram(scorePass(accounts, icp, ASOF));

/** The starter ICP with its points badly off: what matters most gets little and the reverse. */
const wrongIcp: Icp = {
  ...midMarketSaas,
  criteria: midMarketSaas.criteria.map((c) => {
    const points: Record<string, number> = { industry: 5, size: 10, region: 5, crm: 5, b2b: 60, agency: -2 };
    const changed = { ...c, points: points[c.id] ?? c.points };
    return changed.type === 'range' && changed.partial
      ? { ...changed, partial: { ...changed.partial, points: 5 } }
      : changed;
  }),
};
const wrongBundle: IcpBundle = { ...defaultBundle, icps: [wrongIcp, ...defaultBundle.icps.slice(1)] };

describe('calibrate on synthetic accounts from a known true ICP', () => {
  const set = syntheticAccounts({ seed: 42, count: 6000 });
  const trueAuc = aucOf(set.accounts, set.trueIcp);

  it.each([
    ['the starter ICP', defaultBundle],
    ['an ICP with its points badly off', wrongBundle],
  ])('from %s: suggested AUC >= current and within 0.02 of the true model', (_name, bundle) => {
    const report = reportOf(set.accounts, bundle);
    expect(report.suggested.auc).toBeGreaterThanOrEqual(report.current.auc);
    expect(Math.abs(report.suggested.auc - trueAuc)).toBeLessThanOrEqual(0.02);
    // The report's AUC is the engine's: the suggested ICP scored account by account.
    expect(report.suggested.auc).toBeCloseTo(aucOf(set.accounts, report.suggestedIcp), 4);
  });

  it('recovers a badly-off ICP by a wide margin', () => {
    const report = reportOf(set.accounts, wrongBundle);
    expect(report.current.auc).toBeLessThan(trueAuc - 0.05);
    expect(report.suggested.auc).toBeGreaterThan(report.current.auc + 0.04);
  });

  it('gives the same report for the same input', () => {
    const a = reportOf(set.accounts);
    const b = reportOf(structuredClone(set.accounts));
    expect(b).toEqual(a);
    // Plain data: survives structured cloning (a worker boundary) and JSON unchanged.
    expect(structuredClone(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('keeps ids, labels, types, rules and required flags; total positive points stay 100', () => {
    const report = reportOf(set.accounts, wrongBundle);
    const strip = (icp: Icp) =>
      icp.criteria.map((c) => {
        const rest = { ...c, points: 0 };
        if (rest.type === 'range' && rest.partial) return { ...rest, partial: { ...rest.partial, points: 0 } };
        return rest;
      });
    expect(strip(report.suggestedIcp)).toEqual(strip(wrongIcp));
    const positive = report.suggestedIcp.criteria.reduce((s, c) => s + Math.max(c.points, 0), 0);
    expect(positive).toBe(100);
    // Without signals in the data, the signal criteria keep their points.
    const byId = Object.fromEntries(report.criteria.map((c) => [c.id, c]));
    expect(byId.hiring).toMatchObject({ suggestedPoints: 10, predictive: false, flag: 'no-data' });
    expect(byId.agency.suggestedPoints).toBeLessThan(0);
    expect(report.warnings.map((w) => w.code)).toContain('no-data');
  });

  it('suggests tiers with the same ids, labels and actions, strictly descending to 0', () => {
    const report = reportOf(set.accounts);
    const tiers = report.suggestedIcp.tiers;
    expect(tiers.map(({ id, label, action }) => ({ id, label, action }))).toEqual(
      midMarketSaas.tiers.map(({ id, label, action }) => ({ id, label, action })),
    );
    const mins = [...tiers].sort((a, b) => b.min - a.min).map((t) => t.min);
    for (let i = 1; i < mins.length; i++) expect(mins[i]).toBeLessThan(mins[i - 1]);
    expect(mins.at(-1)).toBe(0);
    expect(report.thresholds.map((t) => t.suggestedMin)).toEqual(tiers.map((t) => t.min));
    // The top tier wins more often than the accounts overall, and the tiers are in order.
    const rates = report.suggested.tiers.map((t) => t.winRate ?? 0);
    expect(rates[0]).toBeGreaterThan(report.baselineWinRate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(report.suggested.precisionAtTop).toBe(rates[0]);
  });

  it('writes a valid bundle one version up, with a note of what was calibrated', () => {
    const outcome = calibrate(set.accounts, defaultBundle, midMarketSaas.id, {
      asOf: ASOF,
      now: '2026-07-01T08:00:00.000Z',
      source: 'deals.csv',
    });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const { suggestedBundle, note } = outcome.report;
    const parsed = parseBundle(suggestedBundle);
    expect(parsed.ok).toBe(true);
    expect(suggestedBundle.version).toBe(defaultBundle.version + 1);
    expect(suggestedBundle.publishedAt).toBe('2026-07-01T08:00:00.000Z');
    expect(suggestedBundle.icps.slice(1)).toEqual(defaultBundle.icps.slice(1));
    expect(note).toMatch(
      /^Calibrated on 6,000 won\/lost accounts from deals\.csv on 2026-07-01 \(AUC 0\.\d{3} → 0\.\d{3}\)\.$/,
    );
    expect(outcome.report.suggestedIcp.description).toBe(`${midMarketSaas.description} ${note}`);
    // Calibrating the suggestion again replaces the note instead of piling notes up.
    const again = calibrate(set.accounts, suggestedBundle, midMarketSaas.id, { asOf: ASOF, source: 'deals.csv' });
    if (!again.ok) throw new Error(again.problem.message);
    expect(again.report.suggestedIcp.description).toBe(`${midMarketSaas.description} ${again.report.note}`);
    expect(again.report.suggestedBundle.version).toBe(defaultBundle.version + 2);
  });

  it('reports progress from 0 to 1 through its phases', () => {
    const seen: string[] = [];
    let last = -1;
    calibrate(set.accounts, defaultBundle, midMarketSaas.id, {
      asOf: ASOF,
      onProgress: ({ phase, fraction }) => {
        expect(fraction).toBeGreaterThanOrEqual(last);
        last = fraction;
        if (seen.at(-1) !== phase) seen.push(phase);
      },
    });
    expect(seen).toEqual(['scoring', 'fitting', 'choosing', 'evaluating']);
    expect(last).toBe(1);
  });
});

describe('calibrate refuses what it cannot calibrate', () => {
  const accounts = (won: number, lost: number): Account[] =>
    Array.from({ length: won + lost }, (_, i) => ({
      line: i + 2,
      name: `Company ${i}`,
      company: { name: `Company ${i}`, industry: 'Software Development' },
      outcome: i < won ? 'won' : 'lost',
    }));

  it.each([
    [19, 40],
    [40, 19],
    [0, 0],
  ])('%i won and %i lost is not enough data', (won, lost) => {
    const outcome = calibrate(accounts(won, lost), defaultBundle, midMarketSaas.id, { asOf: ASOF });
    expect(outcome).toEqual({
      ok: false,
      problem: {
        code: 'not-enough-data',
        message: `not enough data (need at least 20 won and 20 lost; this file has ${won} won and ${lost} lost)`,
        won,
        lost,
        needed: MIN_PER_OUTCOME,
      },
    });
    expect(notEnoughDataMessage(won, lost)).toBe(outcome.ok ? '' : outcome.problem.message);
  });

  it('calibrates at exactly the minimum', () => {
    expect(calibrate(accounts(20, 20), defaultBundle, midMarketSaas.id, { asOf: ASOF }).ok).toBe(true);
  });

  it('names the ICPs a bundle has when the id is wrong', () => {
    const outcome = calibrate(accounts(30, 30), defaultBundle, 'nope', { asOf: ASOF });
    expect(outcome).toEqual({
      ok: false,
      problem: {
        code: 'unknown-icp',
        message: 'the bundle has no ICP "nope" (it has: mid-market-saas, manufacturing-cloud-erp, enterprise-security)',
      },
    });
  });
});

describe('per-criterion statistics on a hand-made set', () => {
  const tiny: Icp = {
    id: 'tiny',
    name: 'Tiny',
    tiers: [
      { id: 'top', label: 'Top', min: 70 },
      { id: 'out', label: 'Out', min: 0 },
    ],
    criteria: [
      {
        id: 'country',
        label: 'HQ in Germany',
        dimension: 'fit',
        type: 'in',
        field: 'hq.country',
        values: ['DE'],
        points: 40,
      },
      {
        id: 'industry',
        label: 'Software',
        dimension: 'fit',
        type: 'in',
        field: 'industry',
        values: ['Software Development'],
        points: 60,
      },
    ],
  };
  const bundle: IcpBundle = { ...defaultBundle, icps: [tiny], defaultIcpId: 'tiny', personas: [] };
  const make = (n: number, outcome: 'won' | 'lost', industry?: string, country?: string): Account[] =>
    Array.from({ length: n }, (_, i) => ({
      line: 0,
      name: `${industry ?? 'unknown'} ${outcome} ${i}`,
      company: { ...(industry ? { industry } : {}), ...(country ? { hq: { country } } : {}) },
      outcome,
    }));
  // Software: 20 won, 5 lost; Retail: 5 won, 20 lost (all in Germany); industry and country unknown: 3 won, 7 lost.
  const accounts = [
    ...make(20, 'won', 'Software Development', 'DE'),
    ...make(5, 'lost', 'Software Development', 'DE'),
    ...make(5, 'won', 'Retail', 'DE'),
    ...make(20, 'lost', 'Retail', 'DE'),
    ...make(3, 'won'),
    ...make(7, 'lost'),
  ].map((a, i) => ({ ...a, line: i + 2 }));
  let report: CalibrationReport;

  it('counts matched, missed and unknown apart, with win rates and lift', () => {
    report = reportOf(accounts, bundle, 'tiny');
    expect(report).toMatchObject({ rows: 60, won: 28, lost: 32, baselineWinRate: 0.4667 });
    const industry = report.criteria[1];
    expect(industry.counts).toEqual({
      matched: { accounts: 25, won: 20, lost: 5 },
      partial: { accounts: 0, won: 0, lost: 0 },
      missed: { accounts: 25, won: 5, lost: 20 },
      unknown: { accounts: 10, won: 3, lost: 7 },
    });
    expect(industry.winRateMatched).toMatchObject({ won: 20, n: 25, rate: 0.8 });
    expect(industry.winRateMissed).toMatchObject({ won: 5, n: 25, rate: 0.2 });
    // 0.8 / 0.2 = 4; se = sqrt(1/20 - 1/25 + 1/5 - 1/25) = sqrt(0.17)
    const se = Math.sqrt(0.17);
    expect(industry.lift).toEqual({
      value: 4,
      low: expect.closeTo(4 * Math.exp(-1.96 * se), 3),
      high: expect.closeTo(4 * Math.exp(1.96 * se), 3),
    });
    expect(industry).toMatchObject({ predictive: true, currentPoints: 60 });
    expect(industry.coefficient).toBeGreaterThan(1);
  });

  it('flags a criterion no account misses: too few to tell', () => {
    const country = report.criteria[0];
    expect(country.counts.missed.accounts).toBe(0);
    expect(country.counts.unknown.accounts).toBe(10);
    expect(country.lift).toBeNull();
    expect(country).toMatchObject({
      predictive: false,
      flag: 'too-few',
      reason: 'Too few accounts to tell: 50 matched and 0 missed (10 of each needed).',
    });
  });

  it('shows deal sizes of won accounts when the file has them', () => {
    const withDeals = accounts.map((a, i) => ({
      ...a,
      dealSize: a.company.industry === 'Software Development' ? 1000 : 100 + i * 0,
    }));
    const r = reportOf(withDeals, bundle, 'tiny');
    expect(r.criteria[1].wonDealSize).toEqual({ matched: 1000, missed: 100 });
    expect(report.criteria[1].wonDealSize).toBeUndefined();
  });
});

describe('calibrate when the points have nothing to work with', () => {
  it('keeps the current points when every account the ICP does not disqualify was won', () => {
    // Outside the ICP's regions (disqualified): all lost; inside: all won.
    const accounts: Account[] = Array.from({ length: 60 }, (_, i) => ({
      line: i + 2,
      name: `Company ${i}`,
      company: { industry: i % 2 ? 'Retail' : 'Software Development', hq: { country: i < 30 ? 'US' : 'BR' } },
      outcome: i < 30 ? 'won' : 'lost',
    }));
    const report = reportOf(accounts);
    expect(report.fit.blend).toBe(0);
    expect(report.suggestedIcp.criteria.map((c) => c.points)).toEqual(midMarketSaas.criteria.map((c) => c.points));
    expect(report.warnings.map((w) => w.code)).toContain('nothing-predicts');
    expect(report.suggested.auc).toBeGreaterThanOrEqual(report.current.auc);
  });
});
