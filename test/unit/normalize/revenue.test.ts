import { describe, expect, it } from 'vitest';
import { USD_PER_UNIT } from '../../../lib/normalize/currency-rates';
import { parseRevenueUsd } from '../../../lib/normalize/revenue';

const { EUR, GBP, CHF, CAD, AUD, JPY, INR } = USD_PER_UNIT;
const usd = (n: number) => Math.round(n);

describe('parseRevenueUsd', () => {
  it.each([
    ['$10M-$50M', { min: 10e6, max: 50e6 }],
    ['$10M to $50M', { min: 10e6, max: 50e6 }],
    ['$1M - $10M', { min: 1e6, max: 10e6 }],
    ['$1-10M', { min: 1e6, max: 10e6 }],
    ['$100-500M', { min: 100e6, max: 500e6 }],
    ['$500K-$1M', { min: 500e3, max: 1e6 }],
    ['10M-50M', { min: 10e6, max: 50e6 }],
    ['$1B+', { min: 1e9 }],
    ['Over $1B', { min: 1e9 }],
    ['$10B or more', { min: 10e9 }],
    ['Less than $1M', { min: 0, max: 1e6 }],
    ['Under $500K', { min: 0, max: 500e3 }],
    ['US$5 million', { min: 5e6, max: 5e6 }],
    ['USD 5 million', { min: 5e6, max: 5e6 }],
    ['$500K', { min: 500e3, max: 500e3 }],
    ['$2.5 billion', { min: 2.5e9, max: 2.5e9 }],
    ['$2.5B', { min: 2.5e9, max: 2.5e9 }],
    ['$750,000', { min: 750e3, max: 750e3 }],
    ['Revenue: $5.2M', { min: 5.2e6, max: 5.2e6 }],
    ['$12MM', { min: 12e6, max: 12e6 }],
    ['€12,5 Mio.', { min: usd(12.5e6 * EUR), max: usd(12.5e6 * EUR) }],
    ['12,5 Mio. €', { min: usd(12.5e6 * EUR), max: usd(12.5e6 * EUR) }],
    ['1 Mrd. €', { min: usd(1e9 * EUR), max: usd(1e9 * EUR) }],
    ['€1,5 Mrd.', { min: usd(1.5e9 * EUR), max: usd(1.5e9 * EUR) }],
    ['EUR 10-50 Mio.', { min: usd(10e6 * EUR), max: usd(50e6 * EUR) }],
    ['2,3 milliards d’euros', { min: usd(2.3e9 * EUR), max: usd(2.3e9 * EUR) }],
    ['£3m', { min: usd(3e6 * GBP), max: usd(3e6 * GBP) }],
    ['GBP 250k', { min: usd(250e3 * GBP), max: usd(250e3 * GBP) }],
    ['CHF 20 Mio', { min: usd(20e6 * CHF), max: usd(20e6 * CHF) }],
    ['C$5M', { min: usd(5e6 * CAD), max: usd(5e6 * CAD) }],
    ['CAD 1-5 million', { min: usd(1e6 * CAD), max: usd(5e6 * CAD) }],
    ['A$10 million', { min: usd(10e6 * AUD), max: usd(10e6 * AUD) }],
    ['¥500 million', { min: usd(500e6 * JPY), max: usd(500e6 * JPY) }],
    ['₹50 crore', { min: usd(50e7 * INR), max: usd(50e7 * INR) }],
    ['Rs 10 crore', { min: usd(10e7 * INR), max: usd(10e7 * INR) }],
    ['INR 5 lakh', { min: usd(5e5 * INR), max: usd(5e5 * INR) }],
  ])('%s', (text, expected) => {
    expect(parseRevenueUsd(text)).toEqual(expected);
  });

  it('rounds converted amounts to whole dollars', () => {
    const b = parseRevenueUsd('€1.234,56');
    expect(b).toEqual({ min: usd(1234.56 * EUR), max: usd(1234.56 * EUR) });
    expect(Number.isInteger(b?.min)).toBe(true);
  });

  it.each([
    ['HK$5M'],
    ['R$ 10 milhões'],
    ['SEK 100 Mio'],
    ['2012'],
    ['$'],
    [''],
    ['NaN'],
    ['<script>alert(1)</script>'],
    ['Revenue unknown'],
    ['$99999999999999999'],
    ['$50M-$10M'],
    ['x'.repeat(100_000)],
    ['-$5M'],
  ])('garbage or unconvertible %#: undefined', (text) => {
    expect(parseRevenueUsd(text)).toBeUndefined();
  });

  it('never throws on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      expect(parseRevenueUsd(v as unknown as string)).toBeUndefined();
    }
  });
});
