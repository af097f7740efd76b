import { pageOutline } from './outline';
import {
  INLINE_CHARS,
  INLINE_TOTAL_CHARS,
  MAX_COOKIE_NAMES,
  MAX_INLINE_SCRIPTS,
  MAX_LINK_TAGS,
  MAX_META_TAGS,
  META_CHARS,
  SCRIPTS_HEAD,
  SCRIPTS_TAIL,
  URL_CHARS,
  type PageSignals,
} from './signals';

export { matchDom } from './match-dom';
export { probeGlobals } from './probe-globals';
export type { PageSignals } from './signals';

/**
 * Reads what technology detection needs from a page: pure DOM reading with bounded work, safe
 * for the content script (it does not import the fingerprint tables). `globals` stays empty
 * (they need probeGlobals in the main world) and `domHits` is left to matchDom.
 *
 * Page scripts may have replaced built-ins in their realm, so this walks collections with
 * indexed loops and uses only DOM APIs on page objects, never Array or JSON methods; each part
 * is read on its own so one failure costs only that part.
 */
export function collectSignals(doc: Document, opts: { cookieString?: string } = {}): PageSignals {
  const signals: PageSignals = {
    scriptSrcs: [],
    linkHrefs: [],
    metas: [],
    inlineScripts: [],
    cookieNames: [],
    globals: [],
  };
  attempt(() => readScripts(doc, signals));
  attempt(() => readLinks(doc, signals));
  attempt(() => readMetas(doc, signals));
  attempt(() => (signals.cookieNames = cookieNames(opts.cookieString ?? documentCookie(doc))));
  attempt(() => (signals.html = pageOutline(doc)));
  return signals;
}

function attempt(read: () => unknown): void {
  try {
    read();
  } catch {
    // Keep what the other parts found.
  }
}

function attr(el: Element, name: string, max: number): string {
  const v = el.getAttribute(name);
  return typeof v === 'string' ? v.slice(0, max).trim() : '';
}

function readScripts(doc: Document, out: PageSignals): void {
  const scripts = doc.getElementsByTagName('script');
  const n = scripts.length;
  // Head and tail: tag snippets usually sit at the top of <head> or the end of <body>.
  const tailStart = n - SCRIPTS_TAIL > SCRIPTS_HEAD ? n - SCRIPTS_TAIL : SCRIPTS_HEAD;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i === SCRIPTS_HEAD && i < tailStart) i = tailStart;
    const el = scripts[i];
    const src = attr(el, 'src', URL_CHARS);
    if (src) {
      out.scriptSrcs.push(src);
      continue;
    }
    if (out.inlineScripts.length >= MAX_INLINE_SCRIPTS || total >= INLINE_TOTAL_CHARS) continue;
    const text = String(el.textContent ?? '')
      .slice(0, INLINE_CHARS)
      .trim();
    if (!text) continue;
    out.inlineScripts.push(text);
    total += text.length;
  }
}

function readLinks(doc: Document, out: PageSignals): void {
  const links = doc.getElementsByTagName('link');
  const n = links.length < MAX_LINK_TAGS ? links.length : MAX_LINK_TAGS;
  for (let i = 0; i < n; i++) {
    const href = attr(links[i], 'href', URL_CHARS);
    if (href) out.linkHrefs.push(href);
  }
}

function readMetas(doc: Document, out: PageSignals): void {
  const metas = doc.getElementsByTagName('meta');
  const n = metas.length < MAX_META_TAGS ? metas.length : MAX_META_TAGS;
  for (let i = 0; i < n; i++) {
    const el = metas[i];
    const name = (attr(el, 'name', 100) || attr(el, 'property', 100) || attr(el, 'http-equiv', 100)).toLowerCase();
    if (name) out.metas.push({ name, content: attr(el, 'content', META_CHARS) });
  }
}

function documentCookie(doc: Document): string {
  try {
    return String(doc.cookie ?? '');
  } catch {
    return ''; // Sandboxed and opaque-origin documents throw on cookie access.
  }
}

function cookieNames(cookie: string): string[] {
  const names: string[] = [];
  const parts = cookie.slice(0, 50_000).split(';');
  for (let i = 0; i < parts.length && names.length < MAX_COOKIE_NAMES; i++) {
    const eq = parts[i].indexOf('=');
    const name = (eq === -1 ? parts[i] : parts[i].slice(0, eq)).trim();
    if (name && name.length <= 200) names.push(name);
  }
  return names;
}
