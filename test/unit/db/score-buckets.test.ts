import { describe, expect, it } from 'vitest';
import { decodeScores, encodeScores, type StampedState } from '../../../lib/db/score-buckets';
import { snap, TIER_1 } from './lead-fixtures';

describe('score buckets (compact score states)', () => {
  const states: Record<string, StampedState> = {
    a: { score: snap(), stamp: 0 },
    b: {
      score: snap({ ...TIER_1, score: 91, coverage: 0.375, disqualified: true }),
      previousScore: snap(),
      movedSince: 7,
      stamp: 1764000000000,
    },
    c: { score: snap({ lowConfidence: true, disqualified: true, coverage: 1 }), movedSince: 3, stamp: 5 },
    d: {
      score: snap({ score: 0, scoredAt: '2026-01-01T00:00:00.000Z' }),
      previousScore: snap({ icpName: 'Other ICP' }),
      stamp: 7,
    },
  };

  it('gives back every state exactly, with or without a previous score and a version', () => {
    expect(decodeScores(structuredClone(encodeScores(3, states)))).toStrictEqual(states);
    expect(decodeScores(undefined)).toEqual({});
  });

  it('keeps what snapshots share once per bucket, and per lead only numbers', () => {
    const many = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `k${i}`,
        { score: snap({ score: i % 100, coverage: i / 200 }), stamp: i },
      ]),
    );
    const stored = encodeScores(0, many);
    expect(stored.templates).toHaveLength(1);
    expect(Object.values(stored.items).every((c) => c.every((n) => typeof n === 'number'))).toBe(true);
    expect(decodeScores(stored)).toStrictEqual(many);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(many).length / 5);
  });
});
