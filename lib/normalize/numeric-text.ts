/**
 * Numbers as pages write them: "10,001", "1.001" (German thousands), "1 001" (French, with a
 * narrow no-break space), "1'000" (Swiss), "12,5" (decimal comma), "1.5" (decimal point).
 */

// Every dash sites put between two numbers (hyphen, en and em dash, minus, ...).
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Lower case, no accents, one kind of dash, every space (nbsp, U+202F, thin) as " ". */
export function prepareNumericText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/**
 * One number token: digit groups of exactly three after a separator, or plain digits with an
 * optional decimal part. Not preceded by a letter or digit, so "fy2023" and "x86" are no numbers.
 */
export const NUMBER_PATTERN = String.raw`(?<![a-z\d])(?:\d{1,3}(?:[,.' ’]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;

/**
 * The value of a token matched by NUMBER_PATTERN. A lone "." or "," followed by exactly three
 * digits groups thousands ("1.001" is 1001) unless the integer part is 0; with both separators
 * the last one is the decimal mark ("1.234,5" and "1,234.5").
 */
export function readNumber(token: string): number | undefined {
  const compact = token.replace(/[ '’]/g, '');
  const separators = compact.match(/[.,]/g) ?? [];
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const mixed = new Set(separators).size > 1;
  const decimals = compact.length - last - 1;
  const grouping = !mixed && (separators.length > 1 || (decimals === 3 && !/^0[.,]/.test(compact)));
  const plain =
    separators.length === 0 || grouping
      ? compact.replace(/[.,]/g, '')
      : `${compact.slice(0, last).replace(/[.,]/g, '')}.${compact.slice(last + 1)}`;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
