import { MAX_SELECTORS, SELECTOR_CHARS } from './signals';

// `tag[attr]`, `tag[attr="v"]`, `tag[attr*="v"]`, `tag[attr^="v"]`, `tag[attr$="v"]` on attributes
// whose values selectors compare case-sensitively (href, src, action, value, data-*).
const SIMPLE = /^([a-z][a-z0-9]*)\[(href|src|action|value|data-[a-z0-9-]+)(?:([*^$]?=)"([^"\\]*)")?\]$/;
// Elements of one tag read in JavaScript; a page with more is asked with querySelector.
const MAX_ELEMENTS = 5000;

/**
 * The selectors (from the background's DOM_SELECTORS) that match something on the page, in
 * input order. Invalid selectors are skipped rather than failing the whole reading.
 *
 * Most are "iframe[src*=…]", "form[action*=…]" or "a[href*=…]": those are answered from the
 * attribute values of the page's elements of that tag, read once (a page has few iframes and
 * forms), instead of one walk of the whole page per selector.
 */
export function matchDom(doc: Document, selectors: readonly string[]): string[] {
  const hits: string[] = [];
  const read = new Map<string, (string | null)[] | undefined>();
  const valuesOf = (tag: string, attr: string): (string | null)[] | undefined => {
    const key = `${tag} ${attr}`;
    if (read.has(key)) return read.get(key);
    const els = doc.getElementsByTagName(tag);
    let values: (string | null)[] | undefined;
    if (els.length <= MAX_ELEMENTS) {
      values = [];
      for (let i = 0; i < els.length; i++) values[i] = els[i].getAttribute(attr);
    }
    read.set(key, values);
    return values;
  };
  const n = selectors.length < MAX_SELECTORS ? selectors.length : MAX_SELECTORS;
  for (let i = 0; i < n; i++) {
    const selector = selectors[i];
    if (typeof selector !== 'string' || !selector || selector.length > SELECTOR_CHARS) continue;
    try {
      const simple = SIMPLE.exec(selector);
      const values = simple ? valuesOf(simple[1], simple[2]) : undefined;
      const hit = values ? values.some((v) => test(v, simple![3], simple![4])) : doc.querySelector(selector) !== null;
      if (hit) hits.push(selector);
    } catch {
      // Not a selector this browser understands.
    }
  }
  return hits;
}

/** Does an attribute value pass `[attr op "expected"]` (no op: the attribute is there)? */
function test(value: string | null, op: string | undefined, expected: string): boolean {
  if (value === null) return false;
  if (!op) return true;
  if (op === '=') return value === expected;
  // "[a*='']", "[a^='']" and "[a$='']" match nothing.
  if (!expected) return false;
  return op === '*=' ? value.includes(expected) : op === '^=' ? value.startsWith(expected) : value.endsWith(expected);
}
