import { SIGNAL_CAPS as CAP } from './signals';

/**
 * The selectors (from the background's DOM_SELECTORS) that match something on the page, in
 * input order. Invalid selectors are skipped rather than failing the whole reading.
 */
export function matchDom(doc: Document, selectors: readonly string[]): string[] {
  const hits: string[] = [];
  const n = selectors.length < CAP.selectors ? selectors.length : CAP.selectors;
  for (let i = 0; i < n; i++) {
    const selector = selectors[i];
    if (typeof selector !== 'string' || !selector || selector.length > CAP.selectorChars) continue;
    try {
      if (doc.querySelector(selector) !== null) hits.push(selector);
    } catch {
      // Not a selector this browser understands.
    }
  }
  return hits;
}
