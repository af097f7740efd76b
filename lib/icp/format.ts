/** Numbers and lists as evidence shows them: "1,001-5,000", "$10M", "US, CA (+3 more)". */

// Evidence formats the same bucket bounds and amounts over and over; memoizing keeps the
// readable formatting off the scoring hot path. Cleared wholesale when full.
const MEMO_LIMIT = 2048;

function memoized(format: (n: number) => string): (n: number) => string {
  const memo = new Map<number, string>();
  return (n) => {
    let text = memo.get(n);
    if (text === undefined) {
      text = format(n);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(n, text);
    }
    return text;
  };
}

function groupThousands(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 10001 -> "10,001". */
export const formatCount = memoized(groupThousands);

const USD_UNITS: [number, string][] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 10000000 -> "$10M", 1500000 -> "$1.5M", 950 -> "$950". */
export const formatUsd = memoized((n) => {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  for (const [size, unit] of USD_UNITS) {
    if (abs >= size) return `${sign}$${Math.round((abs / size) * 100) / 100}${unit}`;
  }
  return `${sign}$${groupThousands(abs)}`;
});

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
