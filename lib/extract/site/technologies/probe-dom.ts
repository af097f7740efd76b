/**
 * Which of `selectors` (DOM_SELECTORS, from the background) match the page's document.
 *
 * Injected by the background with `scripting.executeScript({ func: probeDom, args: [selectors] })`
 * into the content scripts' isolated world, where the page cannot have replaced `querySelector`.
 * It is serialized for that: no imports and nothing from outside its own body (its caps are the
 * `selectors` / `selectorChars` of SIGNAL_CAPS, written out). `matchDom` is the same for a
 * given Document (tests, the offscreen reader).
 */
export function probeDom(selectors: string[]): string[] {
  const hits: string[] = [];
  const count = selectors && typeof selectors.length === 'number' ? selectors.length : 0;
  for (let i = 0; i < count && i < 1000; i++) {
    const selector = selectors[i];
    if (typeof selector !== 'string' || !selector || selector.length > 200) continue;
    try {
      if (document.querySelector(selector) !== null) hits[hits.length] = selector;
    } catch {
      // Not a selector this browser understands.
    }
  }
  return hits;
}
