import { describe, expect, it } from 'vitest';
import { median, rateOf, relative } from '../../../lib/outcomes/stats';

describe('rateOf: conversion with a 95% Wilson interval', () => {
  // Reference values of the Wilson score interval (as statsmodels' proportion_confint(method="wilson") gives them).
  it.each([
    [0, 10, 0, 0, 0.2775],
    [1, 10, 0.1, 0.0179, 0.4042],
    [5, 10, 0.5, 0.2366, 0.7634],
    [10, 10, 1, 0.7225, 1],
    [45, 100, 0.45, 0.3561, 0.5476],
  ])('%i won of %i decided', (won, decided, rate, low, high) => {
    const r = rateOf(won, decided);
    expect(r.won).toBe(won);
    expect(r.decided).toBe(decided);
    expect(r.rate).toBe(rate);
    expect(r.low).toBeCloseTo(low, 4);
    expect(r.high).toBeCloseTo(high, 4);
  });

  it('has no rate and no interval without decided leads', () => {
    expect(rateOf(0, 0)).toEqual({ won: 0, decided: 0 });
  });

  it('never leaves 0..100%', () => {
    for (let decided = 1; decided <= 30; decided++) {
      for (let won = 0; won <= decided; won++) {
        const r = rateOf(won, decided);
        expect(r.low!).toBeGreaterThanOrEqual(0);
        expect(r.high!).toBeLessThanOrEqual(1);
        expect(r.low!).toBeLessThanOrEqual(r.rate!);
        expect(r.high!).toBeGreaterThanOrEqual(r.rate!);
      }
    }
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([7, 8])).toBe(7.5);
    expect(median([5])).toBe(5);
  });
  it('is undefined for nothing', () => expect(median([])).toBeUndefined());
});

describe('relative', () => {
  it('is (a − b) / b', () => {
    expect(relative(0.5, 0.4)).toBeCloseTo(0.25);
    expect(relative(0.3, 0.4)).toBeCloseTo(-0.25);
  });
  it('is undefined against 0 or nothing', () => {
    expect(relative(0.5, 0)).toBeUndefined();
    expect(relative(undefined, 0.4)).toBeUndefined();
  });
});
