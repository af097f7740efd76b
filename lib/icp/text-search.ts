import { isAscii } from './is-ascii';
import { tokenize } from './normalize-text';

/**
 * Phrase search with the spec's tokens: a phrase matches when its tokens occur consecutively
 * among the text's tokens. ASCII text (nearly all of it) is scanned in place with indexOf
 * instead of being split, which keeps scoring fast; other text is tokenized in full.
 */

/** Separates list items (keywords) so that no phrase can span two of them. */
export const ITEM_BREAK = '\u0000';

export interface SearchText {
  text: string;
  /** true: `text` is " token token " runs joined by ITEM_BREAK; false: lower-cased ASCII. */
  tokenized: boolean;
}

export function prepareSearchText(raw: string): SearchText {
  if (isAscii(raw)) return { text: raw.toLowerCase(), tokenized: false };
  const items = raw.split(ITEM_BREAK).map((item) => ` ${tokenize(item).join(' ')} `);
  return { text: items.join(ITEM_BREAK), tokenized: true };
}

/** Letters, digits, + and # (ASCII, lower case). */
function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 35;
}

/** After a token ending at `pos`, the remaining tokens follow, each after some separator. */
function restMatches(text: string, pos: number, tokens: readonly string[]): boolean {
  let at = pos;
  for (let i = 1; i < tokens.length; i++) {
    let next = at;
    while (next < text.length && !isTokenChar(text.charCodeAt(next))) {
      if (text.charCodeAt(next) === 0) return false;
      next++;
    }
    const token = tokens[i] as string;
    if (next === at || !text.startsWith(token, next)) return false;
    at = next + token.length;
  }
  return at === text.length || !isTokenChar(text.charCodeAt(at));
}

function scanAscii(text: string, tokens: readonly string[]): boolean {
  const first = tokens[0] as string;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const startsToken = at === 0 || !isTokenChar(text.charCodeAt(at - 1));
    if (startsToken && restMatches(text, at + first.length, tokens)) return true;
  }
  return false;
}

/** Index of the first phrase found in the text, or -1. */
export function compilePhraseFinder(phrases: readonly string[]): (text: SearchText) => number {
  const tokenLists = phrases.map(tokenize);
  const padded = tokenLists.map((tokens) => ` ${tokens.join(' ')} `);
  return (search) => {
    for (let i = 0; i < tokenLists.length; i++) {
      const tokens = tokenLists[i] as string[];
      if (tokens.length === 0) continue;
      const found = search.tokenized ? search.text.includes(padded[i] as string) : scanAscii(search.text, tokens);
      if (found) return i;
    }
    return -1;
  };
}
