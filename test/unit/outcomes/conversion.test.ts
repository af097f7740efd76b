import { describe, expect, it } from 'vitest';
import { conversionByTier, icpVsNonIcp, topVsRest } from '../../../lib/outcomes/conversion';
import { cycleByTier } from '../../../lib/outcomes/cycle';
import { tierOrder } from '../../../lib/outcomes/tiers';
import { decision, decisions, ICP_TIERS, snap } from './make';

const all = [...decisions('a', 6, 10), ...decisions('b', 3, 10), ...decisions('c', 1, 10)];

describe('conversionByTier', () => {
  it('counts won and lost per tier, with the rate and its interval, best tier first', () => {
    const tiers = tierOrder(ICP_TIERS, all);
    const out = conversionByTier(all, tiers);
    expect(out.map((t) => [t.id, t.tone, t.won, t.lost, t.decided, t.rate])).toEqual([
      ['a', 'high', 6, 4, 10, 0.6],
      ['b', 'mid', 3, 7, 10, 0.3],
      ['c', 'low', 1, 9, 10, 0.1],
    ]);
    expect(out[0].low).toBeCloseTo(0.3127, 4);
    expect(out[0].high).toBeCloseTo(0.8318, 4);
  });

  it('keeps a tier with nothing decided, without a rate', () => {
    const out = conversionByTier(decisions('a', 1, 2), tierOrder(ICP_TIERS, []));
    expect(out[2]).toMatchObject({ id: 'c', won: 0, lost: 0, decided: 0 });
    expect(out[2].rate).toBeUndefined();
  });
});

describe('tierOrder', () => {
  it('adds tiers the ICP no longer has after its own, by tone, with their latest label', () => {
    const old = [
      decision('a', true, {
        snapshot: snap('a', { tierId: 'gold', tierLabel: 'Gold (old)', scoredAt: '2026-01-01T00:00:00Z' }),
      }),
      decision('a', true, {
        snapshot: snap('a', { tierId: 'gold', tierLabel: 'Gold', scoredAt: '2026-02-01T00:00:00Z' }),
      }),
      decision('c', true, { snapshot: snap('c', { tierId: 'bronze', tierLabel: 'Bronze' }) }),
    ];
    expect(tierOrder(ICP_TIERS, old).map((t) => `${t.id}:${t.label}:${t.tone}`)).toEqual([
      'a:Tier 1:high',
      'b:Tier 2:mid',
      'c:Tier 3:low',
      'gold:Gold:high',
      'bronze:Bronze:low',
    ]);
  });
  it('orders by the thresholds, whatever order the ICP lists its tiers in', () => {
    expect(tierOrder([...ICP_TIERS].reverse(), []).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('topVsRest and icpVsNonIcp', () => {
  it('compares the top tier with all the others together', () => {
    const c = topVsRest(all);
    expect(c.better).toMatchObject({ won: 6, decided: 10, rate: 0.6 });
    expect(c.other).toMatchObject({ won: 4, decided: 20, rate: 0.2 });
    expect(c.relative).toBeCloseTo(2);
  });
  it('compares ICP leads (every tier above the lowest) with non-ICP leads (the lowest)', () => {
    const c = icpVsNonIcp(all);
    expect(c.better).toMatchObject({ won: 9, decided: 20 });
    expect(c.other).toMatchObject({ won: 1, decided: 10 });
    expect(c.relative).toBeCloseTo(3.5);
  });
  it('has no relative difference when the rest won nothing or nothing was decided', () => {
    expect(topVsRest([...decisions('a', 2, 3), ...decisions('c', 0, 3)]).relative).toBeUndefined();
    expect(topVsRest([]).relative).toBeUndefined();
  });
});

describe('cycleByTier', () => {
  it('takes the median of days to close per tier, over logged closes only', () => {
    const ds = [
      decision('a', true, { days: 10 }),
      decision('a', false, { days: 30 }),
      decision('a', true, { days: 21 }),
      decision('a', true, { logged: false }),
      decision('b', true, { days: 7 }),
      decision('b', true, { days: 8 }),
    ];
    const out = cycleByTier(ds, tierOrder(ICP_TIERS, ds));
    expect(out.map((t) => [t.id, t.median, t.closed])).toEqual([
      ['a', 21, 3],
      ['b', 7.5, 2],
      ['c', undefined, 0],
    ]);
  });
});
