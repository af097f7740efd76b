import { NUMBER_PATTERN, readNumber } from './numeric-text';

/**
 * The shape of an amount in page text, before a caller decides what it means: "51-200" is a
 * range, "10,001+" at least, "over 500" over, "less than $1M" below, "about 250" exact.
 */
export type Quantity =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'over'; min: number }
  | { kind: 'below'; max: number };

/** Multiplier words, lower case and without accents: { k: 1e3, mio: 1e6, ... }. */
export type UnitTable = Readonly<Record<string, number>>;

// Page text is short; longer input is not an amount and is refused before any regex runs.
const MAX_TEXT = 300;

const OVER_BEFORE =
  /(?:^|[^a-z])(?:over|more than|greater than|above|in excess of|upwards of|uber|mehr als|plus de|mas de|mais de|oltre|meer dan|>)\s*$/;
const AT_LEAST_BEFORE = /(?:^|[^a-z])(?:at least|minimum|min|mindestens|au moins|al menos|>=|≥|\+)\s*$/;
const BELOW_BEFORE =
  /(?:^|[^a-z])(?:less than|fewer than|under|below|up to|weniger als|unter|bis zu|moins de|menos de|fino a|minder dan|maximum|max|<=|≤|<)\s*$/;
// One word may sit between the amount and its qualifier: "500 employees or more".
const AT_LEAST_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:\+|or more|and more|or above|and above|und mehr|et plus|ou plus|o mas|ou mais)/;
const BELOW_AFTER = /^\s*(?:[a-z]+\s+)?(?:or less|or fewer|and below|or below|und weniger)/;
const RANGE_SEPARATOR = String.raw`(?:\s*-\s*|\s*~\s*|\s+(?:to|bis|a|tot|til|till|through|and|und|et|y|e)\s+)`;

interface Patterns {
  single: RegExp;
  range: RegExp;
}
const patternCache = new WeakMap<UnitTable, Patterns>();

function patternsFor(units: UnitTable): Patterns {
  const cached = patternCache.get(units);
  if (cached) return cached;
  const names = Object.keys(units)
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const unit = names.length > 0 ? String.raw`(?:\s*(${names.join('|')})(?![a-z]))?` : '()';
  const amount = `(${NUMBER_PATTERN})${unit}(?![a-z\\d])`;
  const patterns = { single: new RegExp(amount), range: new RegExp(amount + RANGE_SEPARATOR + amount, 'y') };
  patternCache.set(units, patterns);
  return patterns;
}

function valueOf(token: string | undefined, unit: string | undefined, units: UnitTable): number | undefined {
  const n = token === undefined ? undefined : readNumber(token);
  return n === undefined ? undefined : n * (unit ? (units[unit] ?? 1) : 1);
}

// "1-5k" and "$10-50M" carry the second unit back to the first, unless that would invert the range ("500-1k").
function rangeOf(m: RegExpExecArray, units: UnitTable): Quantity | undefined {
  const [, aToken, aUnit, bToken, bUnit] = m;
  const aRaw = aToken === undefined ? undefined : readNumber(aToken);
  const bRaw = bToken === undefined ? undefined : readNumber(bToken);
  if (aRaw === undefined || bRaw === undefined) return undefined;
  const sharedUnit = !aUnit && bUnit && aRaw < bRaw ? bUnit : aUnit;
  const min = valueOf(aToken, sharedUnit, units);
  const max = valueOf(bToken, bUnit, units);
  if (min === undefined || max === undefined || max < min) return undefined;
  return { kind: 'range', min, max };
}

function singleOf(m: RegExpExecArray, text: string, units: UnitTable): Quantity | undefined {
  const value = valueOf(m[1], m[2], units);
  if (value === undefined) return undefined;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (BELOW_BEFORE.test(before) || BELOW_AFTER.test(after)) return { kind: 'below', max: value };
  if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) return { kind: 'atLeast', min: value };
  if (OVER_BEFORE.test(before)) return { kind: 'over', min: value };
  return { kind: 'exact', value };
}

/** Reads the first amount, or the range it starts, in text already passed through prepareNumericText. */
export function parseQuantity(text: string, units: UnitTable): Quantity | undefined {
  // Negative amounts and markup ("<script>…1…") are not page amounts.
  if (text.length === 0 || text.length > MAX_TEXT || /^-\s*\d|<\/?[a-z!]/.test(text)) return undefined;
  const { single, range } = patternsFor(units);
  const s = single.exec(text);
  if (!s) return undefined;
  range.lastIndex = s.index;
  const r = range.exec(text);
  return r ? rangeOf(r, units) : singleOf(s, text, units);
}
