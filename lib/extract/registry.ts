import { extractLinkedIn } from './linkedin/registry';
import { isLinkedInHost } from './linkedin/page-types';
import { extractSite } from './site/extract-site';
import type { ExtractResult, Extractor } from './types';

/** Tried in order; the first that matches the URL and finds something wins. */
export const extractors: Extractor[] = [
  { id: 'linkedin', matches: isLinkedInHost, extract: extractLinkedIn },
  { id: 'site', matches: (url) => !isLinkedInHost(url), extract: extractSite },
];

/** Reads a page; never throws (a failed extractor reports what went wrong in `missing`). */
export function extractPage(doc: Document, url: URL): ExtractResult {
  const missing: string[] = [];
  for (const extractor of extractors) {
    if (!extractor.matches(url)) continue;
    try {
      const result = extractor.extract(doc, url);
      if (result.kind !== 'unknown') return result;
      missing.push(...result.missing);
    } catch (error) {
      missing.push(`${extractor.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { kind: 'unknown', missing: [...new Set(missing)], provenance: {} };
}
