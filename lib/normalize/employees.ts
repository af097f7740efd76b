import type { Bucket } from '../icp/company';
import { prepareNumericText } from './numeric-text';
import { parseQuantity, type UnitTable } from './quantity';

// "mil" is Spanish/Portuguese for thousand ("10 mil empleados"); head counts never reach a billion.
const HEADCOUNT_UNITS: UnitTable = {
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  tausend: 1e3,
  mil: 1e3,
  m: 1e6,
  mio: 1e6,
  million: 1e6,
};

// Larger than any employer on earth: a parse error, not a company.
const MAX_EMPLOYEES = 10_000_000;

// LinkedIn's smallest bucket, in the languages its pages come in.
const SELF_EMPLOYED =
  /^(?:self[- ]?employed|myself only|sole proprietor(?:ship)?|freelance(?:r)?|selbst(?:st)?andig|independant|autonomo|lavoratore autonomo|zzp)$/;

function withinLimit(bucket: Bucket): Bucket | undefined {
  const top = bucket.max ?? bucket.min;
  return Number.isInteger(bucket.min) && top <= MAX_EMPLOYEES ? bucket : undefined;
}

/**
 * A head count or size bucket from page text.
 * @example parseEmployees('51-200 employees') // { min: 51, max: 200 }
 * @example parseEmployees('10.001+ Mitarbeiter') // { min: 10001 }
 * @example parseEmployees('1,234 employees on LinkedIn') // { min: 1234, max: 1234 }
 */
export function parseEmployees(text: string): Bucket | undefined {
  if (typeof text !== 'string') return undefined;
  const prepared = prepareNumericText(text).replace(/^(?:company size|size|unternehmensgrosse|taille)\s*:?\s*/, '');
  if (SELF_EMPLOYED.test(prepared)) return { min: 1, max: 1 };
  const q = parseQuantity(prepared, HEADCOUNT_UNITS);
  if (!q) return undefined;
  const round = Math.round;
  switch (q.kind) {
    case 'exact':
      return withinLimit({ min: round(q.value), max: round(q.value) });
    case 'range':
      return withinLimit({ min: round(q.min), max: round(q.max) });
    case 'atLeast':
      return withinLimit({ min: round(q.min) });
    // Counts are whole people: "over 10,000" means 10,001 or more, LinkedIn's top bucket.
    case 'over':
      return withinLimit({ min: Math.floor(q.min) + 1 });
    case 'below':
      return withinLimit({ min: 0, max: round(q.max) });
  }
}
