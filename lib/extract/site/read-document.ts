import type { ReadHtmlReply } from '../../messaging/offscreen';
import { extractSite } from './extract-site';
import { collectSignals, matchDom } from './technologies/collect';

/**
 * Reads a fetched page ("Enrich from website"): the same site reader and technology signals as
 * the content script, over a Document parsed from the page's HTML. A parsed document runs no
 * scripts, so there are no page globals and no cookies to read.
 */
export function readParsedPage(doc: Document, url: URL, selectors: readonly string[]): ReadHtmlReply {
  const result = extractSite(doc, url);
  const signals = collectSignals(doc, { cookieString: '' });
  signals.domHits = matchDom(doc, selectors);
  return { result, signals };
}

/** Parses HTML without running it (DOMParser documents are inert) and reads it. */
export function readHtml(html: string, url: URL, selectors: readonly string[]): ReadHtmlReply {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readParsedPage(doc, url, selectors);
}
