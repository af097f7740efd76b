import { describe, expect, it } from 'vitest';
import { daysBetween, decisionsOf, snapshotWhenDecided } from '../../../lib/outcomes/decisions';
import type { OutcomeLead, StatusEntry } from '../../../lib/outcomes/types';
import { closed, daysAgo, snap } from './make';

describe('decisionsOf', () => {
  it('dates a won or lost lead by its logged status change, with days from saved to decided', () => {
    const { lead, log } = closed('a', true, 20, { cycle: 34 });
    const [d] = decisionsOf([lead], log);
    expect(d).toMatchObject({ key: lead.key, won: true, at: daysAgo(20), logged: true, days: 34, tierKnown: true });
  });

  it('leaves open leads out', () => {
    const { lead, log } = closed('a', true, 20);
    expect(decisionsOf([{ ...lead, status: 'working' }], log)).toEqual([]);
  });

  it('takes the latest status change, whatever order the log is in', () => {
    const { lead } = closed('b', false, 5, { cycle: 20 });
    const log: StatusEntry[] = [
      { leadKey: lead.key, at: daysAgo(5), type: 'status', from: 'won', to: 'lost' },
      { leadKey: lead.key, at: daysAgo(12), type: 'status', from: 'working', to: 'won' },
      { leadKey: lead.key, at: daysAgo(25), type: 'created' },
    ];
    const [d] = decisionsOf([lead], log);
    expect(d).toMatchObject({ won: false, at: daysAgo(5), logged: true, days: 20 });
  });

  it('falls back to updatedAt, without days to close, when the log has no change to the current status', () => {
    const imported = closed('a', true, 8, { logged: false });
    // A status change logged earlier that the lead no longer has (a merge set it since) does not date it.
    const merged = closed('c', false, 3);
    const stale: StatusEntry[] = [{ leadKey: merged.lead.key, at: daysAgo(40), type: 'status', to: 'won' }];
    const out = decisionsOf([imported.lead, merged.lead], stale);
    expect(out[0]).toMatchObject({ at: daysAgo(8), logged: false });
    expect(out[0].days).toBeUndefined();
    expect(out[1]).toMatchObject({ at: merged.lead.updatedAt, logged: false });
  });

  it('counts a lead in the tier its status change recorded, whatever re-scores moved it since', () => {
    const { lead, log } = closed('a', true, 20, { cycle: 34 });
    // Re-scored to tier C after it was won, with a tier move in between that nothing else records.
    const moved = {
      ...lead,
      score: snap('c', { scoredAt: daysAgo(2) }),
      previousScore: snap('b', { scoredAt: daysAgo(9) }),
    };
    expect(decisionsOf([moved], log)[0]).toMatchObject({ tierKnown: false, snapshot: { tierId: 'c' } });
    const recorded = log.map((e) => (e.type === 'status' ? { ...e, score: snap('a', { scoredAt: daysAgo(30) }) } : e));
    expect(decisionsOf([moved], recorded)[0]).toMatchObject({ tierKnown: true, snapshot: { tierId: 'a' } });
  });

  it('ignores other activity and other leads', () => {
    const { lead } = closed('a', true, 8, { logged: false });
    const log: StatusEntry[] = [
      { leadKey: lead.key, at: daysAgo(2), type: 'merged', to: 'won' },
      { leadKey: 'domain:other.com', at: daysAgo(1), type: 'status', to: 'won' },
    ];
    expect(decisionsOf([lead], log)[0].logged).toBe(false);
  });
});

describe('snapshotWhenDecided: the tier a lead had when it was decided', () => {
  const at = daysAgo(30);
  const lead = (over: Partial<OutcomeLead>) => ({ score: snap('a'), ...over });

  it('is known when the current score was written by then', () => {
    expect(snapshotWhenDecided(lead({ score: snap('a', { scoredAt: daysAgo(31) }) }), at).tierKnown).toBe(true);
    expect(snapshotWhenDecided(lead({ score: snap('a', { scoredAt: at }) }), at).tierKnown).toBe(true);
  });

  it('is known when the score never moved since the lead was saved', () => {
    expect(snapshotWhenDecided(lead({ score: snap('a', { scoredAt: daysAgo(1) }) }), at).tierKnown).toBe(true);
  });

  it('is known when the last move stayed within the tier and the score before it was written by then', () => {
    const moved = lead({
      score: snap('a', { score: 95, scoredAt: daysAgo(1) }),
      previousScore: snap('a', { score: 90, scoredAt: daysAgo(60) }),
    });
    expect(snapshotWhenDecided(moved, at)).toEqual({ snapshot: moved.score, tierKnown: true });
  });

  it('is not known when the lead changed tier after the score before was written: its current tier counts', () => {
    const moved = lead({
      score: snap('a', { scoredAt: daysAgo(1) }),
      previousScore: snap('b', { scoredAt: daysAgo(60) }),
    });
    expect(snapshotWhenDecided(moved, at)).toEqual({ snapshot: moved.score, tierKnown: false });
  });

  it('is not known when even the score before was written after the decision', () => {
    const moved = lead({
      score: snap('a', { score: 95, scoredAt: daysAgo(1) }),
      previousScore: snap('a', { score: 90, scoredAt: daysAgo(10) }),
    });
    expect(snapshotWhenDecided(moved, at).tierKnown).toBe(false);
  });

  it('is not known when the same tier id belongs to another ICP before the move', () => {
    const moved = lead({
      score: snap('a', { scoredAt: daysAgo(1) }),
      previousScore: snap('a', { icpId: 'other', scoredAt: daysAgo(60) }),
    });
    expect(snapshotWhenDecided(moved, at).tierKnown).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts UTC calendar days, never below 0', () => {
    expect(daysBetween('2027-01-01T23:59:00Z', '2027-01-02T00:01:00Z')).toBe(1);
    expect(daysBetween('2027-01-05', '2027-01-01')).toBe(0);
    expect(daysBetween('soon', '2027-01-01')).toBeUndefined();
  });
});
