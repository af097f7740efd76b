/** Calendar-day arithmetic in UTC, as the spec requires for signal windows. */

const DAY_MS = 86_400_000;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The number written by two digits at `from`, or -1 (a NaN char code fails the test too). */
function twoDigits(text: string, from: number): number {
  const tens = text.charCodeAt(from) - 48;
  const ones = text.charCodeAt(from + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days before each month (January = 0) in a year counted from March, as days_from_civil counts. */
const DAYS_BEFORE_MONTH = [306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275];

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, years 0 to 9999 (H. Hinnant's
 * days_from_civil). Integer division only, on values that cannot be negative: `| 0` truncates,
 * which is the floor there, and is much cheaper than Math.floor of a division.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = y >= 0 ? (y / 400) | 0 : -1;
  const yearOfEra = y - era * 400;
  const dayOfYear = (DAYS_BEFORE_MONTH[month - 1] as number) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Days since 1970-01-01 (UTC) of an ISO date or timestamp; undefined if unreadable.
 * "2026-04-01" and "2026-04-01T23:59:59Z" are the same day; a timestamp with an offset counts
 * on its UTC day, one without a zone is read as UTC. Dates are parsed by hand: signals are
 * read on every scoring, and this is several times faster than a RegExp and a Date.
 */
export function utcDay(iso: string): number | undefined {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const high = twoDigits(iso, 0);
  const low = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const year = high * 100 + low;
  if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (iso.length === 10) return daysFromCivil(year, month, day);
  if (iso[10] !== 'T' && iso[10] !== 't') return undefined;
  // Without a zone Date.parse would use the machine's local time; read it as UTC instead.
  const ms = Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

/** "2026-06-30" for a day number from utcDay. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `asOf` must be readable: a wrong one would silently change every signal's status. */
export function requireUtcDay(iso: string, name: string): number {
  const day = utcDay(iso);
  if (day === undefined) throw new RangeError(`${name} must be a date like 2026-06-30, got "${iso}"`);
  return day;
}
