import { describe, expect, it } from 'vitest';
import { periodOf, previousPeriod, within } from '../../../lib/outcomes/periods';

const AS_OF = '2027-03-31T12:00:00.000Z';

describe('periodOf', () => {
  it('counts 90 days back', () => {
    expect(periodOf('90d', AS_OF)).toEqual({ from: '2026-12-31T12:00:00.000Z', to: AS_OF });
  });
  it('counts calendar months back, at the end of a shorter month when the day does not exist', () => {
    expect(periodOf('6m', AS_OF)).toEqual({ from: '2026-09-30T12:00:00.000Z', to: AS_OF });
    expect(periodOf('12m', AS_OF)).toEqual({ from: '2026-03-31T12:00:00.000Z', to: AS_OF });
    expect(periodOf('6m', '2026-08-31T00:00:00.000Z').from).toBe('2026-02-28T00:00:00.000Z');
  });
  it('has no start for all time', () => {
    expect(periodOf('all', AS_OF)).toEqual({ to: AS_OF });
  });
  it('refuses an unreadable asOf, naming it', () => {
    expect(() => periodOf('90d', 'yesterday')).toThrow('asOf must be an ISO date, got "yesterday"');
  });
});

describe('previousPeriod', () => {
  it('is as long and ends where the period starts', () => {
    expect(previousPeriod(periodOf('90d', AS_OF))).toEqual({
      from: '2026-10-02T12:00:00.000Z',
      to: '2026-12-31T12:00:00.000Z',
    });
  });
  it('does not exist for all time', () => expect(previousPeriod({ to: AS_OF })).toBeUndefined());
});

describe('within', () => {
  const p = periodOf('90d', AS_OF);
  it('includes the end and excludes the start, so back-to-back periods share nothing', () => {
    expect(within(p.to, p)).toBe(true);
    expect(within(p.from!, p)).toBe(false);
    expect(within(p.from!, previousPeriod(p)!)).toBe(true);
    expect(within('2027-01-01T00:00:00.000Z', p)).toBe(true);
  });
  it('leaves out what is later than the end, and unreadable dates', () => {
    expect(within('2027-04-01T00:00:00.000Z', p)).toBe(false);
    expect(within('not a date', p)).toBe(false);
  });
  it('takes everything up to the end for all time', () => {
    expect(within('2001-01-01T00:00:00.000Z', { to: AS_OF })).toBe(true);
  });
});
