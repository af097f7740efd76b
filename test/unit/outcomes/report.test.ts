import { describe, expect, it } from 'vitest';
import { outcomeReport, type OutcomeInput } from '../../../lib/outcomes/report';
import { AS_OF, ICP_TIERS, closed, leadsOf, logOf, many } from './make';

const ICPS = [
  { id: 'saas', name: 'Mid-market SaaS', tiers: ICP_TIERS },
  { id: 'ent', name: 'Enterprise', tiers: ICP_TIERS },
];

function report(xs: ReturnType<typeof closed>[], over: Partial<OutcomeInput> = {}) {
  return outcomeReport({
    leads: leadsOf(xs),
    log: logOf(xs),
    icps: ICPS,
    activeIcpId: 'saas',
    period: '90d',
    asOf: AS_OF,
    ...over,
  });
}

const rates = (r: ReturnType<typeof report>) => r.tiers.map((t) => `${t.id} ${t.won}/${t.decided}`);

describe('outcomeReport: period filtering', () => {
  // Decided 10, 100, 200 and 400 days before AS_OF: in 90 days, 6 months, 12 months, all time.
  const xs = [...many('a', 1, 1, 10), ...many('a', 2, 2, 100), ...many('b', 0, 3, 200), ...many('c', 4, 4, 400)];

  it.each([
    ['90d', ['a 1/1', 'b 0/0', 'c 0/0'], 1],
    ['6m', ['a 3/3', 'b 0/0', 'c 0/0'], 3],
    ['12m', ['a 3/3', 'b 0/3', 'c 0/0'], 6],
    ['all', ['a 3/3', 'b 0/3', 'c 4/4'], 10],
  ] as const)('%s counts what was decided in it', (period, expected, decided) => {
    const r = report(xs, { period });
    expect(rates(r)).toEqual(expected);
    expect(r.decided).toBe(decided);
  });

  it('counts a decision exactly 90 days ago in the period before, not in this one', () => {
    const edge = many('a', 1, 1, 90);
    expect(report(edge).decided).toBe(0);
    expect(report(many('a', 1, 1, 89.99)).decided).toBe(1);
  });
});

describe('outcomeReport: the numbers of one period', () => {
  // 90 days: Tier 1 6 of 12, Tier 2 4 of 10, Tier 3 4 of 10; the 90 days before: slower Tier 1 closes.
  const xs = [
    ...many('a', 6, 12, 20, { cycle: 30 }),
    ...many('b', 4, 10, 30, { cycle: 15 }),
    ...many('c', 4, 10, 40, { cycle: 12 }),
    ...many('a', 5, 6, 120, { cycle: 20 }),
  ];
  const r = report(xs);

  it('gives conversion per tier, the top tier against the rest and ICP against non-ICP', () => {
    expect(rates(r)).toEqual(['a 6/12', 'b 4/10', 'c 4/10']);
    expect(r.top.tiers.map((t) => t.label)).toEqual(['Tier 1']);
    expect(r.top.comparison.better.rate).toBe(0.5);
    expect(r.top.comparison.other.rate).toBe(0.4);
    expect(r.top.comparison.relative).toBeCloseTo(0.25);
    expect(r.icpVsNon.better).toMatchObject({ won: 10, decided: 22 });
    expect(r.icpVsNon.other).toMatchObject({ won: 4, decided: 10 });
  });

  it('gives the median days to close per tier', () => {
    expect(r.cycles.map((c) => [c.id, c.median, c.closed])).toEqual([
      ['a', 30, 12],
      ['b', 15, 10],
      ['c', 12, 10],
    ]);
  });

  it('warns that ICP leads convert less than 15% better, and that Tier 1 closes 50% slower', () => {
    expect(r.warnings.map((w) => w.id)).toEqual(['lift', 'cycle-a']);
    expect(r.warnings[0].message).toContain('only 14% better');
    expect(r.warnings[1].message).toContain('grew 50%, from 20 days to 30 days');
    // Tier 2 and 3 had no closes in the 90 days before: named, not compared.
    expect(r.notices.map((n) => n.message).join(' ')).toContain('Tier 2 (10 now, 0 before), Tier 3 (10 now, 0 before)');
  });
});

describe('outcomeReport: which leads count', () => {
  it('shows the active ICP’s leads, offers the others, and shows another ICP when chosen', () => {
    const xs = [...many('a', 1, 2, 10), ...many('a', 3, 3, 10, { score: { icpId: 'ent', icpName: 'Enterprise' } })];
    const r = report(xs);
    expect(r.icps).toEqual([
      { id: 'saas', name: 'Mid-market SaaS', decided: 2 },
      { id: 'ent', name: 'Enterprise', decided: 3 },
    ]);
    expect(r.icpId).toBe('saas');
    expect(rates(r)[0]).toBe('a 1/2');
    expect(rates(report(xs, { icpId: 'ent' }))[0]).toBe('a 3/3');
  });

  it('falls back to the ICP with most decided leads when the active one has none', () => {
    const xs = many('a', 1, 2, 10, { score: { icpId: 'old', icpName: 'Old ICP' } });
    const r = report(xs, { icpId: 'gone' });
    expect(r.icpId).toBe('old');
    // An ICP the bundle no longer has: its tiers come from the leads' scores.
    expect(r.tiers.map((t) => t.label)).toEqual(['Tier 1']);
  });

  it('counts leads dated by their last update and leads counted in their current tier', () => {
    const xs = [
      ...many('a', 1, 2, 10, { logged: false }),
      ...many('b', 1, 1, 10, {
        score: { scoredAt: '2027-03-30T00:00:00Z' },
      }),
    ];
    xs[2].lead.previousScore = {
      ...xs[2].lead.score,
      tierId: 'c',
      tierLabel: 'Tier 3',
      tone: 'low',
      scoredAt: '2026-01-01T00:00:00Z',
    };
    const r = report(xs);
    expect(r).toMatchObject({ decided: 3, undated: 2, tierNow: 1 });
    // Leads without a logged decision have no days to close.
    expect(r.cycles[0].closed).toBe(0);
  });

  it('is empty when nothing was decided', () => {
    const r = report([]);
    expect(r.icps).toEqual([]);
    expect(r.decided).toBe(0);
    expect(r.tiers).toEqual([]);
    const open = closed('a', true, 10);
    open.lead.status = 'working';
    expect(report([open]).decided).toBe(0);
  });
});
