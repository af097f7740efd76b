import { CAP_URL, MAX_ANCHORS, MAX_BLOCKS, MAX_FOOTER_ANCHORS } from './limits';
import { absolute, type Site } from './site';
import { clean, select } from './text';

/** A link on the page, resolved against the page URL. */
export interface Link {
  url: URL;
  /** Visible text, else aria-label or title. */
  text: string;
  /** In the site's header, navigation or footer rather than in the page's content. */
  chrome: boolean;
}

const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER']);
const CHROME_ROLES = /^(?:banner|navigation|contentinfo)$/i;
const CHROME_CLASS = /footer|header|navbar|masthead|site-?nav|socket|social|menu/i;
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);

/** An element's own say: part of the frame (true), of the content (false), or neither (undefined). */
function frameVerdict(e: Element): boolean | undefined {
  const tag = e.nodeName.toUpperCase();
  if (CONTENT_TAGS.has(tag)) return false;
  if (
    CHROME_TAGS.has(tag) ||
    CHROME_ROLES.test(e.getAttribute('role') ?? '') ||
    CHROME_CLASS.test(`${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`)
  )
    return true;
  return undefined;
}

/** Is an element part of the site's frame (header, nav, footer) and not of an article or main content? */
export type ChromeTest = (el: Element) => boolean;

// Ancestors looked at, the element itself included.
const LEVELS = 40;

/**
 * An inChrome test for one page reading: the nearest ancestor-or-self within LEVELS that is
 * frame or content decides. Links share their ancestors, so each element's distance to its
 * deciding ancestor is remembered and every element is looked at once.
 */
export function chromeTest(): ChromeTest {
  // Per element: distance to the nearest deciding ancestor-or-self and its verdict.
  const memo = new Map<Element, [number, boolean]>();
  return (el) => {
    const path: Element[] = [];
    let found: [number, boolean] = [Infinity, false];
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = memo.get(cur);
      if (known) {
        found = known;
        break;
      }
      const verdict = frameVerdict(cur);
      if (verdict !== undefined) {
        found = [0, verdict];
        memo.set(cur, found);
        break;
      }
      path.push(cur);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      found = [found[0] + 1, found[1]];
      memo.set(path[i], found);
    }
    return found[0] < LEVELS && found[1];
  };
}

const FOOTER = /footer|contentinfo/i;
const FRAME_TAGS = new Set(['FOOTER', 'HEADER', 'NAV']);
const attrs = (el: Element): string =>
  `${el.getAttribute('role') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
const isFooter = (el: Element): boolean => el.nodeName.toUpperCase() === 'FOOTER' || FOOTER.test(attrs(el));

/** The site's frame: footers first (where companies put addresses and social links), then headers. */
export function chromeRoots(doc: Document): Element[] {
  const roots: Element[] = [];
  // One pass over the document. "ooter" matches footer and Footer: case-insensitive attribute
  // selectors cost four times as much in some engines; the regex below makes it exact.
  const all = select(doc, 'footer, [role="contentinfo"], [id*="ooter"], [class*="ooter"], header, nav', MAX_BLOCKS * 4);
  for (const el of all) {
    if (roots.length >= MAX_BLOCKS) break;
    if (!FRAME_TAGS.has(el.nodeName.toUpperCase()) && !FOOTER.test(attrs(el))) continue;
    // Outermost only: a footer's inner "footer-column" adds nothing.
    if (!roots.some((r) => r === el || r.contains(el))) roots.push(el);
  }
  return [...roots.filter(isFooter), ...roots.filter((el) => !isFooter(el))];
}

/**
 * Links of the page: the first MAX_ANCHORS in document order, plus those in footers and
 * headers, which a giant page could push past that cap.
 */
export function readLinks(
  doc: Document,
  site: Site,
  chrome: readonly Element[] = chromeRoots(doc),
  inChrome: ChromeTest = chromeTest(),
): Link[] {
  const seen = new Set<Element>();
  // Menus repeat their links (header, footer, mobile menu): each distinct href is resolved once.
  const resolved = new Map<string, URL | undefined>();
  const out: Link[] = [];
  const add = (a: Element): void => {
    if (seen.has(a)) return;
    seen.add(a);
    const href = a.getAttribute('href') ?? '';
    let url = resolved.get(href);
    if (!resolved.has(href)) {
      url = absolute(href, site.base);
      resolved.set(href, (url = url && url.href.length <= CAP_URL ? url : undefined));
    }
    if (!url) return;
    const text = clean(a.textContent, 100) ?? clean(a.getAttribute('aria-label') ?? a.getAttribute('title'), 100) ?? '';
    out.push({ url, text, chrome: inChrome(a) });
  };
  for (const a of select(doc, 'a[href]', MAX_ANCHORS)) add(a);
  for (const root of chrome) for (const a of select(root, 'a[href]', MAX_FOOTER_ANCHORS)) add(a);
  return out;
}
