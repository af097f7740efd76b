/**
 * The two string rules of the scoring spec: value comparison (`in`) and tokenizing (`text`).
 */

// Industries, countries and technology names repeat across thousands of companies, so a small
// memo turns most normalizations into one Map lookup. Cleared wholesale when full: simple, bounded.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

/** NFKC, lower case, runs of white space collapsed, trimmed. */
export function normalizeValue(value: string): string {
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  const normalized = value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, normalized);
  return normalized;
}

/** Every character that is not a letter, a digit, `+` or `#` separates tokens. */
const SEPARATORS = /[^\p{L}\p{Nd}+#]+/u;

/** NFKC, lower case, split on separators: "Supply-Chain C#" -> ["supply", "chain", "c#"]. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}
