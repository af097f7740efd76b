// LinkedIn accepts founding years from 1600 on; older ones are data entry errors.
const EARLIEST = 1600;

/**
 * The founding year in "Founded 2012", "2012" or "Gegründet: 1998".
 * @example parseFoundedYear('Founded 2012') // 2012
 */
export function parseFoundedYear(text: string, now: Date = new Date()): number | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const m = /(?<!\d)(\d{4})(?!\d)/.exec(text);
  const year = m?.[1] === undefined ? NaN : Number(m[1]);
  return year >= EARLIEST && year <= now.getUTCFullYear() ? year : undefined;
}
