import { registrableDomain } from '../../normalize/domains';
import type { ExtractResult } from '../types';
import { readSite } from './read-site';

/**
 * `readSite` with the page's registrable domain computed here, from the public-suffix list.
 * For the CLI, tests and the extractor registry; the content script calls `readSite` with the
 * domain the background computed, so tldts stays out of the page.
 * @example extractSite(document, new URL(location.href)).company?.name // 'Acme'
 */
export function extractSite(doc: Document, url: URL): ExtractResult {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return readSite(doc, url, web ? registrableDomain(url.hostname) : undefined);
}
