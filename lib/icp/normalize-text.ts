/**
 * The two string rules of the scoring spec: value comparison (`in`) and tokenizing (`text`).
 */

// Compiling ICPs normalizes the same values again and again, so a small memo turns most of that
// into one Map lookup. Cleared wholesale when full: simple, bounded. Scoring itself does not use
// it: value-index.ts compares company values against precompiled ICP values instead.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

/** NFKC, lower case, runs of white space collapsed, trimmed: the rule itself, without the memo. */
export function normalizeValueUncached(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** normalizeValue, remembered: for compile-time work and callers outside the scoring hot path. */
export function normalizeValue(value: string): string {
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  const normalized = normalizeValueUncached(value);
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
