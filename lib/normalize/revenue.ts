import type { Bucket } from '../icp/company';
import { CURRENCY_MARKS, CURRENCY_TOKENS, USD_PER_UNIT, type Currency } from './currency-rates';
import { prepareNumericText } from './numeric-text';
import { parseQuantity, type UnitTable } from './quantity';

// Multiplier words in the languages company pages use (lower case, accents stripped).
const MONEY_UNITS: UnitTable = {
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  tausend: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  millon: 1e6,
  millones: 1e6,
  milhoes: 1e6,
  milioni: 1e6,
  miljoen: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  billions: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  md: 1e9,
  mds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  miliardi: 1e9,
  miljard: 1e9,
  bilhoes: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

// Ten times the largest company revenue on record: anything above is a parse error.
const MAX_USD = 1e13;
// A bare number without currency or unit below this is more likely a year than a revenue.
const MIN_BARE = 10_000;

function currencyOf(text: string): Currency | null | undefined {
  for (const [mark, currency] of CURRENCY_MARKS) if (mark.test(text)) return currency;
  return undefined;
}

function toBucket(min: number, max: number | undefined, rate: number): Bucket | undefined {
  const bucket: Bucket = { min: Math.round(min * rate) };
  if (max !== undefined) bucket.max = Math.round(max * rate);
  return (bucket.max ?? bucket.min) <= MAX_USD ? bucket : undefined;
}

/**
 * Revenue text as a US dollar bucket; other currencies convert at the fixed rates in
 * currency-rates.ts. Text without a currency is read as US dollars.
 * @example parseRevenueUsd('$10M-$50M') // { min: 10000000, max: 50000000 }
 * @example parseRevenueUsd('Less than $1M') // { min: 0, max: 1000000 }
 */
export function parseRevenueUsd(text: string): Bucket | undefined {
  if (typeof text !== 'string') return undefined;
  const prepared = prepareNumericText(text);
  const currency = currencyOf(prepared);
  if (currency === null) return undefined;
  const q = parseQuantity(prepared.replace(CURRENCY_TOKENS, ' ').trim(), MONEY_UNITS);
  if (!q) return undefined;
  const rate = USD_PER_UNIT[currency ?? 'USD'];
  switch (q.kind) {
    case 'exact': {
      const bare = currency === undefined && !/[a-z]/.test(prepared);
      return bare && q.value < MIN_BARE ? undefined : toBucket(q.value, q.value, rate);
    }
    case 'range':
      return toBucket(q.min, q.max, rate);
    case 'atLeast':
    case 'over':
      return toBucket(q.min, undefined, rate);
    case 'below':
      return toBucket(0, q.max, rate);
  }
}
