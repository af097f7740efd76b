import { countryKeys } from '../../normalize/country-names';
import { registrableDomain } from '../../normalize/domains';
import type { ExtractResult } from '../types';
import { countryTest, type CountryTest } from './address-text';
import { readSite, type ReaderHelp } from './read-site';

let isCountry: CountryTest | undefined;

/** readSite's help for a URL, from the tables (public-suffix list, place tables) in this bundle. */
export function readerHelp(url: URL): ReaderHelp {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  isCountry ??= countryTest(countryKeys());
  return { domain: web ? registrableDomain(url.hostname) : undefined, isCountry };
}

/**
 * `readSite` with its help (the page's registrable domain, the country names) computed here.
 * For the CLI, tests and the extractor registry; the content script calls `readSite` with what
 * the background sent, so tldts and the place tables stay out of the page.
 * @example extractSite(document, new URL(location.href)).company?.name // 'Acme'
 */
export function extractSite(doc: Document, url: URL): ExtractResult {
  return readSite(doc, url, readerHelp(url));
}
