import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../lib/icp/company';
import { utcDay } from '../../../lib/icp/dates';
import { scoreCompany } from '../../../lib/icp/score';

const asOf = '2026-06-30';

/** `window` 'none' leaves withinDays out (undefined would pick the default parameter). */
function status(signals: Signal[] | undefined, window: number | 'none' = 90, type = 'hiring') {
  const withinDays = window === 'none' ? undefined : window;
  const criterion = { id: 's', label: 'S', type: 'signal' as const, signal: type, withinDays, points: 10 };
  const icp = { id: 'x', name: 'X', tiers: [{ id: 't', label: 'T', min: 0 }], criteria: [criterion] };
  return scoreCompany(icp, signals === undefined ? {} : { signals }, { asOf }).criteria[0]?.status;
}

describe('signal windows', () => {
  it('counts calendar days in UTC: 2026-04-01 is 90 days before 2026-06-30', () => {
    expect((utcDay('2026-06-30') ?? 0) - (utcDay('2026-04-01') ?? 0)).toBe(90);
    expect(status([{ type: 'hiring', observedAt: '2026-04-01' }])).toBe('match');
    expect(status([{ type: 'hiring', observedAt: '2026-03-31' }])).toBe('miss');
  });

  it('includes asOf itself and withinDays 0 means that day only', () => {
    expect(status([{ type: 'hiring', observedAt: '2026-06-30' }], 0)).toBe('match');
    expect(status([{ type: 'hiring', observedAt: '2026-06-29' }], 0)).toBe('miss');
  });

  it('never counts a date after asOf, with or without a window', () => {
    expect(status([{ type: 'hiring', observedAt: '2026-07-01' }])).toBe('miss');
    expect(status([{ type: 'hiring', observedAt: '2026-07-01' }], 'none')).toBe('miss');
  });

  it('reads timestamps on their UTC day; without a zone as UTC', () => {
    // 23:30 in New York on March 31 is already April 1 in UTC.
    expect(status([{ type: 'hiring', observedAt: '2026-03-31T23:30:00-05:00' }])).toBe('match');
    expect(status([{ type: 'hiring', observedAt: '2026-03-31T23:30:00Z' }])).toBe('miss');
    expect(utcDay('2026-04-01T10:00:00')).toBe(utcDay('2026-04-01'));
    expect(status([{ type: 'hiring', observedAt: '2026-07-01T01:00:00+02:00' }])).toBe('match');
  });

  it('an undated signal matches only when no window is asked for', () => {
    expect(status([{ type: 'hiring' }])).toBe('miss');
    expect(status([{ type: 'hiring', observedAt: 'last week' }])).toBe('miss');
    expect(status([{ type: 'hiring', observedAt: '2026-02-30' }])).toBe('miss');
    expect(status([{ type: 'hiring' }], 'none')).toBe('match');
  });

  it('matches any dated signal of the type without a window, however old', () => {
    expect(status([{ type: 'funding', observedAt: '2010-01-01' }], 'none', 'funding')).toBe('match');
  });

  it('is unknown only when signals were not looked for', () => {
    expect(status(undefined)).toBe('unknown');
    expect(status([])).toBe('miss');
    expect(status([{ type: 'funding', observedAt: '2026-06-01' }])).toBe('miss');
  });

  it('accepts the type in another case', () => {
    expect(status([{ type: 'Hiring', observedAt: '2026-06-01' }])).toBe('match');
    expect(status([{ type: 'LeadershipChange', observedAt: '2026-06-01' }], 90, 'leadershipChange')).toBe('match');
  });

  it('refuses an unreadable asOf instead of guessing', () => {
    const icp = { id: 'x', name: 'X', tiers: [{ id: 't', label: 'T', min: 0 }], criteria: [] };
    expect(() => scoreCompany(icp, {}, { asOf: '30/06/2026' })).toThrow(RangeError);
  });
});

describe('utcDay', () => {
  it('validates calendar dates, including leap years', () => {
    expect(utcDay('1970-01-01')).toBe(0);
    expect(utcDay('2028-02-29')).toBeDefined();
    expect(utcDay('2026-02-29')).toBeUndefined();
    expect(utcDay('2000-02-29')).toBeDefined();
    expect(utcDay('1900-02-29')).toBeUndefined();
    expect(utcDay('2026-13-01')).toBeUndefined();
    expect(utcDay('2026-6-1')).toBeUndefined();
  });

  it('agrees with Date.UTC over many days', () => {
    for (let ms = Date.UTC(1999, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 86_400_000 * 7) {
      const iso = new Date(ms).toISOString();
      expect(utcDay(iso.slice(0, 10))).toBe(ms / 86_400_000);
    }
  });
});
