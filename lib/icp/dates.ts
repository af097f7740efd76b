/** Calendar-day arithmetic in UTC, as the spec requires for signal windows. */

const DAY_MS = 86_400_000;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
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
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
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
