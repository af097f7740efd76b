import { describe, expect, it } from 'vitest';
import { formatBucket, formatCount, formatList, formatUsd } from '../../../lib/icp/format';
import { normalizeValue } from '../../../lib/icp/normalize-text';
import { roundHalfUpRatio } from '../../../lib/icp/rounding';

describe('formatting for evidence', () => {
  it('groups thousands and abbreviates dollars', () => {
    expect([formatCount(0), formatCount(999), formatCount(10001), formatCount(1234567)]).toEqual([
      '0',
      '999',
      '10,001',
      '1,234,567',
    ]);
    expect([
      formatUsd(950),
      formatUsd(12_500),
      formatUsd(10_000_000),
      formatUsd(1_500_000),
      formatUsd(2_250_000_000),
    ]).toEqual(['$950', '$12.5K', '$10M', '$1.5M', '$2.25B']);
  });

  it('writes buckets and long lists compactly', () => {
    expect([
      formatBucket(51, 200, formatCount),
      formatBucket(10001, undefined, formatCount),
      formatBucket(50, 50, formatCount),
    ]).toEqual(['51-200', '10,001+', '50']);
    expect(formatList(['US', 'CA', 'GB', 'DE', 'FR'])).toBe('US, CA, GB (+2 more)');
  });
});

describe('normalizeValue', () => {
  it('applies NFKC, lower case and collapses white space', () => {
    expect(normalizeValue('  Software \t Development ')).toBe('software development');
    expect(normalizeValue('ＨｕｂＳｐｏｔ')).toBe('hubspot');
  });
});

describe('roundHalfUpRatio', () => {
  it('rounds halves up exactly', () => {
    expect(roundHalfUpRatio(700, 8)).toBe(88);
    expect(roundHalfUpRatio(100, 8)).toBe(13);
    expect(roundHalfUpRatio(3500, 60)).toBe(58);
    expect(roundHalfUpRatio(5000, 60)).toBe(83);
    expect(roundHalfUpRatio(200, 3)).toBe(67);
    expect(roundHalfUpRatio(100, 3)).toBe(33);
  });
});
