import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, prepareNumericText, readNumber } from '../../../lib/normalize/numeric-text';

describe('readNumber', () => {
  it.each([
    ['1,234', 1234],
    ['10,001', 10001],
    ['1.001', 1001],
    ['10.000', 10000],
    ['1 001', 1001],
    ["1'000", 1000],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['12,5', 12.5],
    ['1.5', 1.5],
    ['2.25', 2.25],
    ['0.125', 0.125],
    ['42', 42],
  ])('%s -> %d', (token, value) => {
    expect(readNumber(token)).toBe(value);
  });
});

describe('NUMBER_PATTERN', () => {
  const numbers = (text: string) =>
    [...prepareNumericText(text).matchAll(new RegExp(NUMBER_PATTERN, 'g'))].map((m) => m[0]);

  it('keeps space-grouped thousands together and ranges apart', () => {
    expect(numbers('1\u202f001-5\u00a0000')).toEqual(['1 001', '5 000']);
    expect(numbers('5.001 - 10.000')).toEqual(['5.001', '10.000']);
  });

  it('does not start inside words', () => {
    expect(numbers('FY2023 revenue x86 5')).toEqual(['5']);
  });
});
