import { describe, expect, it } from 'vitest';
import {
  icpChangesOf,
  lastIcpChange,
  reviewOf,
  reviewWords,
  type IcpChangeSources,
} from '../../../lib/outcomes/review';

const CHANGE = { at: '2027-01-01T15:00:00.000Z', what: 'Saved (version 4)' };
const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n, 9)).toISOString();

describe('reviewOf: a review 90 days after the last ICP change', () => {
  it('is due in 1 day at day 89', () => {
    const r = reviewOf(CHANGE, day(89));
    expect(r).toEqual({ state: 'upcoming', change: CHANGE, changedOn: '2027-01-01', dueOn: '2027-04-01', days: 1 });
    expect(reviewWords(r)).toBe(
      'ICP review due in 1 day, on 2027-04-01: 90 days after the last ICP change on 2027-01-01 (Saved (version 4)).',
    );
  });

  it('is due today at day 90', () => {
    const r = reviewOf(CHANGE, day(90));
    expect(r).toMatchObject({ state: 'due', dueOn: '2027-04-01', days: 0 });
    expect(reviewWords(r)).toMatch(/^ICP review due today: 90 days after the last ICP change on 2027-01-01/);
  });

  it('is overdue by 1 day at day 91', () => {
    const r = reviewOf(CHANGE, day(91));
    expect(r).toMatchObject({ state: 'overdue', dueOn: '2027-04-01', days: 1 });
    expect(reviewWords(r)).toMatch(/^ICP review overdue by 1 day \(due 2027-04-01, 90 days after/);
  });

  it('counts calendar days in UTC, whatever the time of day', () => {
    expect(reviewOf(CHANGE, '2027-04-01T00:00:01.000Z').state).toBe('due');
    expect(reviewOf(CHANGE, '2027-03-31T23:59:59.000Z')).toMatchObject({ state: 'upcoming', days: 1 });
  });

  it('right after a change is due in 90 days; a change dated later than now counts as now', () => {
    expect(reviewOf(CHANGE, CHANGE.at)).toMatchObject({ state: 'upcoming', days: 90 });
    expect(reviewOf({ ...CHANGE, at: '2027-02-01T00:00:00Z' }, CHANGE.at)).toMatchObject({ days: 90 });
  });

  it('is unknown without a change on record, and says how to start the clock', () => {
    const r = reviewOf(undefined, day(3));
    expect(r).toEqual({ state: 'unknown' });
    expect(reviewWords(r)).toMatch(/No ICP change is on record.*starts a 90-day review clock/);
  });
});

describe('the last ICP change', () => {
  const sources: IcpChangeSources = {
    bundle: { id: 'team', name: 'Team ICPs', version: 7, publishedAt: '2026-12-01T00:00:00Z' },
    isDefault: false,
    history: [
      { bundle: { id: 'team' }, version: 6, savedAt: '2026-11-20T00:00:00Z', note: 'Saved' },
      { bundle: { id: 'other' }, version: 9, savedAt: '2027-02-01T00:00:00Z', note: 'Saved' },
    ],
    team: { appliedAt: '2026-12-03T08:00:00Z', bundleId: 'team', version: 7 },
  };

  it('is the latest of the background’s record, editor saves, team applications and the publish date', () => {
    expect(lastIcpChange(icpChangesOf(sources))).toEqual({
      at: '2026-12-03T08:00:00Z',
      what: 'Team ICP version 7 applied',
    });
    expect(lastIcpChange(icpChangesOf({ ...sources, recorded: '2027-01-10T00:00:00Z' }))).toEqual({
      at: '2027-01-10T00:00:00Z',
      what: 'ICP in use changed',
    });
  });

  it('leaves out other bundles’ history, another bundle’s team status and unreadable dates', () => {
    const changes = icpChangesOf({ ...sources, team: { ...sources.team, bundleId: 'x' }, recorded: 'garbage' });
    expect(changes.map((c) => c.what)).toEqual(['Saved (version 6)', 'Version 7 of “Team ICPs” published']);
  });

  it('does not count the bundled defaults’ release date as a change', () => {
    expect(icpChangesOf({ ...sources, isDefault: true, history: [], team: undefined })).toEqual([]);
    expect(lastIcpChange([])).toBeUndefined();
  });
});
