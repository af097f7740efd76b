import { CAP, LIMITS } from './limits';
import { absolute, type Site } from './site';
import { ancestor, clean, select } from './text';

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

/** Is the element part of the site's frame (header, nav, footer) and not of an article or main content? */
export function inChrome(el: Element): boolean {
  let chrome = false;
  ancestor(el, (e) => {
    const tag = e.nodeName.toUpperCase();
    if (CONTENT_TAGS.has(tag)) return true;
    if (
      CHROME_TAGS.has(tag) ||
      CHROME_ROLES.test(e.getAttribute('role') ?? '') ||
      CHROME_CLASS.test(`${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`)
    ) {
      chrome = true;
      return true;
    }
    return false;
  });
  return chrome;
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
  const all = select(
    doc,
    'footer, [role="contentinfo"], [id*="ooter"], [class*="ooter"], header, nav',
    LIMITS.blocks * 4,
  );
  for (const el of all) {
    if (roots.length >= LIMITS.blocks) break;
    if (!FRAME_TAGS.has(el.nodeName.toUpperCase()) && !FOOTER.test(attrs(el))) continue;
    // Outermost only: a footer's inner "footer-column" adds nothing.
    if (!roots.some((r) => r === el || r.contains(el))) roots.push(el);
  }
  return [...roots.filter(isFooter), ...roots.filter((el) => !isFooter(el))];
}

function linkOf(a: Element, site: Site): Link | undefined {
  const url = absolute(a.getAttribute('href'), site.base);
  if (!url) return undefined;
  const text = clean(a.textContent, 100) ?? clean(a.getAttribute('aria-label') ?? a.getAttribute('title'), 100) ?? '';
  return { url, text, chrome: inChrome(a) };
}

/**
 * Links of the page: the first LIMITS.anchors in document order, plus those in footers and
 * headers, which a giant page could push past that cap.
 */
export function readLinks(doc: Document, site: Site, chrome: readonly Element[] = chromeRoots(doc)): Link[] {
  const seen = new Set<Element>();
  const out: Link[] = [];
  const add = (a: Element): void => {
    if (seen.has(a)) return;
    seen.add(a);
    const link = linkOf(a, site);
    if (link && link.url.href.length <= CAP.url) out.push(link);
  };
  for (const a of select(doc, 'a[href]', LIMITS.anchors)) add(a);
  for (const root of chrome) for (const a of select(root, 'a[href]', LIMITS.footerAnchors)) add(a);
  return out;
}
