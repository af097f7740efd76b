import { isAscii } from './is-ascii';
import { tokenize } from './normalize-text';

/**
 * Phrase search with the spec's tokens: a phrase matches when its tokens occur consecutively
 * among the text's tokens. Phrases are compiled into case-insensitive RegExps that find the
 * tokens as whole ASCII runs, separated and bounded by ASCII separators, in the text as written;
 * text that needs more (NFKC, non-ASCII letters) is tokenized in full.
 *
 * Why an ASCII run found that way is a match in any text: ASCII is unchanged by NFKC, no
 * composition takes an ASCII character as its second part (the few that start with one, like
 * "<" + U+0338, yield symbols, still separators), and lower-casing other characters does not
 * touch it. So the run's tokens are tokens of the normalized text too.
 */

/** Separates list items (keywords) so that no phrase can span two of them. */
export const ITEM_BREAK = '\u0000';

/** ASCII separators: all but letters, digits, + and #; ITEM_BREAK excluded. */
const SEPARATOR = '[\\x01-\\x22\\x24-\\x2a\\x2c-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]';
/**
 * What may touch a phrase's ends: a separator, ITEM_BREAK or the ends of the text. The one before
 * is matched rather than looked behind for: RegExps that start with a lookbehind run far slower.
 */
const BEFORE = `(?:^|${SEPARATOR}|\\x00)`;
const AFTER = `(?=${SEPARATOR}|\\x00|$)`;
const ASCII_TOKEN = /^[a-z0-9+#]+$/;

export interface SearchText {
  text: string;
  /** true: `text` is " token token " runs joined by ITEM_BREAK; false: ASCII text as written. */
  tokenized: boolean;
}

export function prepareSearchText(raw: string): SearchText {
  if (isAscii(raw)) return { text: raw, tokenized: false };
  const items = raw.split(ITEM_BREAK).map((item) => ` ${tokenize(item).join(' ')} `);
  return { text: items.join(ITEM_BREAK), tokenized: true };
}

/** The tokens as a pattern, or undefined when some token is not ASCII (never in ASCII text). */
function phrasePattern(tokens: readonly string[]): string | undefined {
  if (tokens.length === 0 || !tokens.every((t) => ASCII_TOKEN.test(t))) return undefined;
  return tokens.map((t) => t.replace(/\+/g, '\\+')).join(`${SEPARATOR}+`);
}

export interface PhraseFinder {
  /** Whether some phrase occurs in the raw text; undefined when only tokenizing it can tell. */
  test(raw: string): boolean | undefined;
  /** The same for a list, each item searched on its own (as joined by ITEM_BREAK). */
  testList(list: readonly unknown[]): boolean | undefined;
  /** Index of the first phrase (in list order) found in the text, or -1. */
  first(search: SearchText): number;
}

/**
 * Whether some phrase occurs as written, in one RegExp. A text shorter than every phrase with
 * single separators cannot hold one, and skips it.
 */
function anyPhrase(
  tokenLists: readonly string[][],
  patterns: readonly (string | undefined)[],
): (raw: string) => boolean {
  const known = patterns.filter((p) => p !== undefined);
  if (known.length === 0) return () => false;
  const some = new RegExp(`${BEFORE}(?:${known.join('|')})${AFTER}`, 'i');
  const shortest = Math.min(...tokenLists.filter((_, i) => patterns[i]).map((t) => t.join(' ').length));
  return (raw) => raw.length >= shortest && some.test(raw);
}

export function compilePhrases(phrases: readonly string[]): PhraseFinder {
  const tokenLists = phrases.map(tokenize);
  const padded = tokenLists.map((tokens) => (tokens.length > 0 ? ` ${tokens.join(' ')} ` : undefined));
  const patterns = tokenLists.map(phrasePattern);
  const each = patterns.map((p) => (p === undefined ? undefined : new RegExp(`${BEFORE}${p}${AFTER}`, 'i')));
  const found = anyPhrase(tokenLists, patterns);
  const test = (raw: string) => (found(raw) ? true : isAscii(raw) ? false : undefined);
  return {
    test,
    testList(list) {
      for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (typeof item !== 'string') return test(list.join(ITEM_BREAK));
        if (found(item)) return true;
      }
      for (let i = 0; i < list.length; i++) if (!isAscii(list[i] as string)) return undefined;
      return false;
    },
    first(search) {
      for (let i = 0; i < tokenLists.length; i++) {
        const tokens = padded[i];
        const pattern = each[i];
        const hit = search.tokenized
          ? tokens !== undefined && search.text.includes(tokens)
          : pattern !== undefined && pattern.test(search.text);
        if (hit) return i;
      }
      return -1;
    },
  };
}

/** Index of the first phrase found in the prepared text, or -1. */
export function compilePhraseFinder(phrases: readonly string[]): (search: SearchText) => number {
  const finder = compilePhrases(phrases);
  return (search) => finder.first(search);
}
