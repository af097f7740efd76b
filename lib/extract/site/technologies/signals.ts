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
 * every loop below stops at one of these. Plain constants, so that the bundler writes the numbers
 * where they are used; SIGNAL_CAPS holds them as a table.
 */
/** Script elements looked at: the first `scriptsHead` and the last `scriptsTail`. */
export const SCRIPTS_HEAD = 400;
export const SCRIPTS_TAIL = 100;
export const MAX_LINK_TAGS = 400;
export const MAX_META_TAGS = 200;
export const MAX_INLINE_SCRIPTS = 120;
export const INLINE_CHARS = 20_000;
export const INLINE_TOTAL_CHARS = 400_000;
export const URL_CHARS = 1_000;
export const META_CHARS = 500;
export const MAX_COOKIE_NAMES = 200;
/** Outline: nodes walked, tags written, attribute values and total length. */
export const OUTLINE_NODES_WALKED = 20_000;
export const OUTLINE_TAGS = 3_000;
export const OUTLINE_ATTRS = 20;
export const OUTLINE_ATTR_CHARS = 300;
export const OUTLINE_CHARS = 120_000;
export const MAX_SELECTORS = 1_000;
export const SELECTOR_CHARS = 200;
export const MAX_GLOBAL_PATHS = 1_000;

export const SIGNAL_CAPS = {
  scriptsHead: SCRIPTS_HEAD,
  scriptsTail: SCRIPTS_TAIL,
  links: MAX_LINK_TAGS,
  metas: MAX_META_TAGS,
  inlineScripts: MAX_INLINE_SCRIPTS,
  inlineChars: INLINE_CHARS,
  inlineTotalChars: INLINE_TOTAL_CHARS,
  urlChars: URL_CHARS,
  metaChars: META_CHARS,
  cookies: MAX_COOKIE_NAMES,
  outlineNodesWalked: OUTLINE_NODES_WALKED,
  outlineTags: OUTLINE_TAGS,
  outlineAttrs: OUTLINE_ATTRS,
  outlineAttrChars: OUTLINE_ATTR_CHARS,
  outlineChars: OUTLINE_CHARS,
  selectors: MAX_SELECTORS,
  selectorChars: SELECTOR_CHARS,
  globalPaths: MAX_GLOBAL_PATHS,
} as const;
