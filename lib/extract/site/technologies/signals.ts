/**
 * What the content script reads from a page for technology detection. Plain strings only, so it
 * crosses the messaging boundary as is; the background matches it against the fingerprints.
 */
export interface PageSignals {
  /** `src` of script elements, as written in the page (may be relative). */
  scriptSrcs: string[];
  /** `href` of link elements (stylesheets, preloads, icons, rel=https://api.w.org/ ...). */
  linkHrefs: string[];
  /** Meta tags; `name` is the lower-cased name, property or http-equiv. */
  metas: { name: string; content: string }[];
  /** Text of inline script elements, each cut to SIGNAL_CAPS.inlineChars. */
  inlineScripts: string[];
  cookieNames: string[];
  /** Window property paths found present by probeGlobals (main world). */
  globals: string[];
  /** Fingerprint selectors that matched, from matchDom. */
  domHits?: string[];
  /** Bounded outline of the page: start tags with attributes, and comments. No text. */
  html?: string;
}

/**
 * Caps on the work done per page. A hostile or giant page gets a partial reading, never a hang:
 * every loop below stops at one of these.
 */
export const SIGNAL_CAPS = {
  /** Script elements looked at: the first `scriptsHead` and the last `scriptsTail`. */
  scriptsHead: 400,
  scriptsTail: 100,
  links: 400,
  metas: 200,
  inlineScripts: 120,
  inlineChars: 20_000,
  inlineTotalChars: 400_000,
  urlChars: 1_000,
  metaChars: 500,
  cookies: 200,
  /** Outline: nodes walked, tags written, attribute values and total length. */
  outlineNodesWalked: 20_000,
  outlineTags: 3_000,
  outlineAttrs: 20,
  outlineAttrChars: 300,
  outlineChars: 120_000,
  selectors: 1_000,
  selectorChars: 200,
  globalPaths: 1_000,
} as const;
