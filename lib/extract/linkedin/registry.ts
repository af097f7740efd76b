import type { ExtractResult, Extractor } from '../types';
import { extractCompany } from './company';
import { extractList } from './list';
import { isOrganizationPage, isProfilePage, isSalesNavList, isSearchResultsPage } from './page-types';
import { extractProfile } from './profile';

export const linkedinExtractors: Extractor[] = [
  { id: 'linkedin-company', matches: isOrganizationPage, extract: extractCompany },
  { id: 'linkedin-profile', matches: isProfilePage, extract: extractProfile },
  { id: 'linkedin-list', matches: (url) => isSearchResultsPage(url) || isSalesNavList(url), extract: extractList },
];

const unknown = (missing: string): ExtractResult => ({
  kind: 'unknown',
  missing: [missing.slice(0, 200)],
  provenance: {},
});

/**
 * Reads any LinkedIn page this folder knows; never throws.
 * @example extractLinkedIn(document, new URL(location.href)).kind // "company"
 */
export function extractLinkedIn(doc: Document, url: URL): ExtractResult {
  let id = 'linkedin';
  try {
    const extractor = linkedinExtractors.find((e) => e.matches(url));
    if (!extractor) return unknown('page type');
    id = extractor.id;
    return extractor.extract(doc, url);
  } catch (error) {
    return unknown(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
