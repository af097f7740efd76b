import type { CountryTest } from './address-text';
import { readJsonLd, type Graph } from './json-ld-graph';
import { ownerOrganization, webSite, type OrgReading } from './json-ld-org';
import { MAX_BLOCK_CHARS } from './limits';
import { chromeRoots, chromeTest, readLinks, type ChromeTest, type Link } from './links';
import { readMeta, type Meta } from './meta';
import { microdataOrganization } from './microdata';
import { pageRole, type PageRole } from './page-role';
import { siteOf, type Site } from './site';
import { linesOf, select, textOf } from './text';

/**
 * What the reader is told about its page by whoever holds the big tables (the background, or
 * extractSite for the CLI and tests), so the public-suffix list and the place tables never ship
 * in the injected script.
 */
export interface ReaderHelp {
  /**
   * The page's registrable domain (eTLD+1, e.g. "acme.co.uk"), from the public-suffix list
   * (`registrableDomain`, lib/normalize/domains.ts). One that is not the page host or one of its
   * parents is ignored (the page is read as one without a domain).
   */
  domain: string | undefined;
  /** Is a line a country's name? `countryTest(countryKeys())`. */
  isCountry: CountryTest;
}

/** Everything read once from a page and shared by the field readers. */
export interface PageContext {
  doc: Document;
  url: URL;
  site: Site;
  meta: Meta;
  graph: Graph;
  /** The site owner as JSON-LD Organization and as microdata, when the page has them. */
  org?: OrgReading;
  micro?: OrgReading;
  webSite?: { name?: string; description?: string };
  role: PageRole;
  links: Link[];
  /** Footers, headers and navigation of the site, outermost first. */
  chrome: Element[];
  /** Is an element in the site's frame rather than its content (answers remembered for this page)? */
  inChrome: ChromeTest;
  /** linesOf(el, MAX_BLOCK_CHARS), remembered: frame blocks are read for the name and the address. */
  blockLines: (el: Element) => string[];
  /** Lines of the site's frame, read when first asked for (many pages are named by their structured data). */
  chromeLines: () => string[];
  headings: string[];
  isCountry: CountryTest;
  /** Readers that failed on this page, for `missing`. */
  failed: string[];
}

/** Runs one reader; a reader that trips over a strange page yields its fallback and a note. */
function guarded<T>(failed: string[], label: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    failed.push(`${label} failed: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}`);
    return fallback;
  }
}

export function readContext(doc: Document, url: URL, help: ReaderHelp): PageContext {
  const failed: string[] = [];
  const site = siteOf(url, doc, help.domain);
  const meta = guarded(failed, 'meta tags', () => readMeta(doc), { get: () => undefined });
  const graph = guarded(failed, 'JSON-LD', () => readJsonLd(doc), { nodes: [], byId: new Map(), broken: 0 });
  const chrome = guarded(failed, 'page frame', () => chromeRoots(doc), []);
  const inChrome = chromeTest();
  const read = new Map<Element, string[]>();
  const blockLines = (el: Element): string[] => {
    let lines = read.get(el);
    if (!lines) read.set(el, (lines = linesOf(el, MAX_BLOCK_CHARS)));
    return lines;
  };
  let frameLines: string[] | undefined;
  const none: PageRole = {
    home: false,
    about: false,
    careers: false,
    article: false,
    newsSection: false,
    outlet: false,
    directory: false,
  };
  return {
    doc,
    url,
    site,
    meta,
    graph,
    org: guarded(failed, 'JSON-LD organization', () => ownerOrganization(graph, site), undefined),
    micro: guarded(failed, 'microdata', () => microdataOrganization(doc, site), undefined),
    webSite: guarded(failed, 'JSON-LD WebSite', () => webSite(graph, site), undefined),
    role: guarded(failed, 'page type', () => pageRole(doc, url, graph, meta), none),
    links: guarded(failed, 'links', () => readLinks(doc, site, chrome, inChrome), []),
    chrome,
    inChrome,
    blockLines,
    chromeLines: () => (frameLines ??= guarded(failed, 'page frame text', () => chrome.flatMap(blockLines), [])),
    headings: guarded(failed, 'headings', () => select(doc, 'h1, h2, h3', 50).map((h) => textOf(h, 200) ?? ''), []),
    isCountry: help.isCountry,
    failed,
  };
}
