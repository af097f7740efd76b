/** Numbers and lists as evidence shows them: "1,001-5,000", "$10M", "US, CA (+3 more)". */

/** Whole digits with commas: "1234567" -> "1,234,567". */
function commas(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return text;
}

function groupThousands(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  // Whole numbers, nearly all counts, need no splitting of a decimal part.
  if (Number.isSafeInteger(abs)) return sign + commas(String(abs));
  const [whole = '', fraction] = String(abs).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 10001 -> "10,001". */
export const formatCount = groupThousands;

const USD_UNITS: [number, string][] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 10000000 -> "$10M", 1500000 -> "$1.5M", 950 -> "$950". */
export function formatUsd(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  for (const [size, unit] of USD_UNITS) {
    if (abs >= size) return `${sign}$${Math.round((abs / size) * 100) / 100}${unit}`;
  }
  return `${sign}$${groupThousands(abs)}`;
}

export function formatYear(n: number): string {
  return String(n);
}

/** A bucket: {51, 200} -> "51-200", {10001} -> "10,001+", {50, 50} -> "50". */
export function formatBucket(min: number, max: number | undefined, fmt: (n: number) => string): string {
  if (max === undefined) return `${fmt(min)}+`;
  return max === min ? fmt(min) : `${fmt(min)}-${fmt(max)}`;
}

/** Up to `limit` items, then how many more: long lists would drown the popup line. */
export function formatList(items: readonly string[], limit = 3): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} (+${items.length - limit} more)`;
}

export function quoteList(items: readonly string[], limit = 3): string {
  return formatList(
    items.map((item) => `"${item}"`),
    limit,
  );
}
