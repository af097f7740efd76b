import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../lib/outcomes/conversion';
import type { TierCycle } from '../../../lib/outcomes/cycle';
import { checkCycles, checkLift, MIN_CLOSED, MIN_DECIDED } from '../../../lib/outcomes/warnings';
import { decisions } from './make';

/** ICP leads: `won` of `n` in Tier 2; non-ICP leads: `nonWon` of `nonN` in Tier 3. */
const lift = (won: number, n: number, nonWon: number, nonN: number) =>
  checkLift(compareGroups(decisions('b', won, n), decisions('c', nonWon, nonN)));

describe('checkLift: ICP leads must convert at least 15% better than non-ICP leads', () => {
  it('warns below 15%, saying by how much and what to do', () => {
    // 22% against 20%: 10% better.
    const { warning, notice } = lift(22, 100, 20, 100);
    expect(notice).toBeUndefined();
    expect(warning?.message).toBe(
      'ICP leads converted only 10% better than non-ICP leads: 22% against 20% (22 of 100 won, against 20 of 100). They should convert at least 15% better.',
    );
    expect(warning?.action).toMatch(/criterion by criterion/);
  });

  it('does not warn at exactly 15% (23% against 20%), however floating point divides it', () => {
    expect(lift(23, 100, 20, 100)).toEqual({});
    expect(lift(46, 200, 20, 100)).toEqual({});
  });

  it('warns just below 15%, without rounding the figure up to 15', () => {
    // 2280 of 10000 against 20%: 14% better, in whole percent as usual.
    expect(lift(2280, 10_000, 20, 100).warning?.message).toContain('only 14% better');
    // 2299 of 10000 against 20%: 14.95% better (14.9499… in floating point), which whole percent would show as 15.
    expect(lift(2299, 10_000, 20, 100).warning?.message).toContain('only 14.9% better');
  });

  it('does not warn above 15%', () => expect(lift(30, 100, 20, 100)).toEqual({}));

  it('says "worse" when ICP leads convert worse, and "no better" when neither was won', () => {
    expect(lift(15, 100, 20, 100).warning?.message).toContain('converted 25% worse than');
    expect(lift(0, 20, 0, 20).warning?.message).toContain('converted no better than');
    expect(lift(20, 100, 20, 100).warning?.message).toContain('converted no better than');
  });

  it('does not warn when non-ICP leads won nothing and ICP leads won some', () => {
    expect(lift(3, 20, 0, 20)).toEqual({});
  });

  it(`says there are too few decided leads below ${MIN_DECIDED} on either side, instead of warning`, () => {
    const few = lift(1, MIN_DECIDED - 1, 5, 20);
    expect(few.warning).toBeUndefined();
    expect(few.notice?.message).toBe(
      'Too few decided leads to compare ICP with non-ICP leads: 9 ICP and 20 non-ICP leads were won or lost in this period; at least 10 of each are needed.',
    );
    expect(lift(1, 20, 1, MIN_DECIDED - 1).notice?.id).toBe('lift-too-few');
    expect(lift(1, MIN_DECIDED, 5, MIN_DECIDED).warning).toBeDefined();
  });
});

const tier = (id: string, median: number | undefined, closed: number): TierCycle => ({
  id,
  label: `Tier ${id}`,
  tone: 'high',
  closed,
  ...(median !== undefined && { median }),
});

describe('checkCycles: a tier’s median days to close may not grow more than 20%', () => {
  const check = (now: number, before: number, closedNow = 8, closedBefore = 6) =>
    checkCycles([tier('1', now, closedNow)], [tier('1', before, closedBefore)], 'the 90 days before');

  it('warns above 20%, with both medians, the growth and what to do', () => {
    const { warnings, notices } = check(27, 20);
    expect(notices).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toBe(
      'Tier 1: the median time to close grew 35%, from 20 days to 27 days, compared with the 90 days before (8 closes now, 6 before). The limit is 20%.',
    );
    expect(warnings[0].action).toMatch(/leads page/);
  });

  it('does not warn at exactly 20%, and warns just above it', () => {
    expect(check(12, 10).warnings).toEqual([]);
    expect(check(24, 20).warnings).toEqual([]);
    expect(check(12.5, 10).warnings[0].message).toContain('grew 25%');
    // 24.1 would not be a median of whole days; 24.5 against 20 days is 22.5%, shown whole.
    expect(check(24.5, 20).warnings[0].message).toContain('from 20 days to 24.5 days');
  });

  it('does not warn when the cycle got shorter or stayed', () => {
    expect(check(10, 20).warnings).toEqual([]);
    expect(check(0, 0).warnings).toEqual([]);
  });

  it('warns when it grew from 0 days (no percentage then)', () => {
    expect(check(3, 0).warnings[0].message).toContain('grew, from 0 days to 3 days');
  });

  it(`names tiers with fewer than ${MIN_CLOSED} dated closes in either period instead of comparing them`, () => {
    const { warnings, notices } = checkCycles(
      [tier('1', 40, MIN_CLOSED - 1), tier('2', 40, 9), tier('3', undefined, 0)],
      [tier('1', 10, 9), tier('2', 10, 2), tier('3', undefined, 0)],
      'the 90 days before',
    );
    expect(warnings).toEqual([]);
    expect(notices).toEqual([
      {
        id: 'cycle-too-few',
        message:
          'Times to close are compared when a tier has at least 5 dated closes in this period and in the 90 days before; not enough yet for Tier 1 (4 now, 9 before), Tier 2 (9 now, 2 before).',
      },
    ]);
  });

  it('compares nothing for all time, and says so', () => {
    const { warnings, notices } = checkCycles([tier('1', 40, 9)], undefined, '');
    expect(warnings).toEqual([]);
    expect(notices[0].id).toBe('cycle-all-time');
  });
});
