import { describe, expect, it } from 'vitest';
import { addToHistogram, emptyHistogram, rankKey } from '@/lib/calibrate/ranking';
import { suggestTierMins } from '@/lib/calibrate/thresholds';
import { defaultTiers } from '@/lib/icp/defaults/tiers';

const twoTiers = [
  { id: 'top', label: 'Top', min: 70 },
  { id: 'out', label: 'Out', min: 0 },
];

describe('suggestTierMins', () => {
  it('puts a two-tier cut where won and lost separate best', () => {
    const h = emptyHistogram();
    for (let s = 0; s <= 100; s += 5) addToHistogram(h, s, s >= 60 ? 10 : 1, s >= 60 ? 1 : 10);
    expect(suggestTierMins(h, twoTiers)).toEqual({ mins: [60, 0], spaced: false });
  });

  it('places each tier above the one below it, strictly descending, the lowest at 0', () => {
    const h = emptyHistogram();
    // Win chance rises with the score; disqualified accounts are all lost.
    for (let s = 0; s <= 100; s++) addToHistogram(h, s, s, 100 - s);
    addToHistogram(h, rankKey(95, true), 0, 500);
    const { mins, spaced } = suggestTierMins(h, defaultTiers);
    expect(spaced).toBe(false);
    const [a, b, c] = mins;
    expect(c).toBe(0);
    expect(b).toBeGreaterThan(0);
    expect(a).toBeGreaterThan(b);
  });

  it('keeps tier order as given, whatever order the ICP lists them in', () => {
    const h = emptyHistogram();
    for (let s = 0; s <= 100; s++) addToHistogram(h, s, s, 100 - s);
    const reversed = [...defaultTiers].reverse();
    expect(suggestTierMins(h, reversed).mins).toEqual([...suggestTierMins(h, defaultTiers).mins].reverse());
  });

  it('keeps the current proportions when nothing separates', () => {
    const h = emptyHistogram();
    addToHistogram(h, 40, 0, 50);
    expect(suggestTierMins(h, defaultTiers)).toEqual({ mins: [80, 50, 0], spaced: true });
  });
});
