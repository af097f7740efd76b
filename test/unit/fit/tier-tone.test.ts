import { describe, expect, it } from 'vitest';
import { tierTone } from '../../../lib/fit/tier-tone';

const three = [
  { id: 'c', min: 0 },
  { id: 'a', min: 80 },
  { id: 'b', min: 50 },
];

describe('tierTone', () => {
  it.each([
    ['a', 'high'],
    ['b', 'mid'],
    ['c', 'low'],
    ['missing', 'low'],
  ])('tier %s of three is %s, whatever the order in the ICP', (id, tone) => {
    expect(tierTone(three, id)).toBe(tone);
  });

  it('two tiers are high and low; one tier is low', () => {
    const two = [
      { id: 'yes', min: 60 },
      { id: 'no', min: 0 },
    ];
    expect(tierTone(two, 'yes')).toBe('high');
    expect(tierTone(two, 'no')).toBe('low');
    expect(tierTone([{ id: 'only', min: 0 }], 'only')).toBe('low');
  });
});
