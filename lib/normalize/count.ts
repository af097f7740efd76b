import { prepareNumericText } from './numeric-text';
import { parseQuantity, type UnitTable } from './quantity';

// "1.2K followers", "3 Mio. Follower", "2,5 M abonnés", "10 mil seguidores".
const COUNT_UNITS: UnitTable = {
  k: 1e3,
  tsd: 1e3,
  thousand: 1e3,
  mil: 1e3,
  m: 1e6,
  mio: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  billion: 1e9,
};

// More than every person on earth: a parse error.
const MAX_COUNT = 1e10;

/**
 * The first count in page text, for followers, job openings and head counts:
 * "12,345" / "12.345" / "1 234" / "1.2K" are 12345, 12345, 1234 and 1200.
 * @example parseCount('12.345 Follower') // 12345
 */
export function parseCount(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const q = parseQuantity(prepareNumericText(text), COUNT_UNITS);
  // "10K+ followers" counts as 10,000; a range or a ceiling is no count.
  const value = q?.kind === 'exact' ? q.value : q?.kind === 'atLeast' || q?.kind === 'over' ? q.min : undefined;
  if (value === undefined) return undefined;
  const rounded = Math.round(value);
  return rounded <= MAX_COUNT ? rounded : undefined;
}
