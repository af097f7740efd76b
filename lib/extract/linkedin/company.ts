/**
 * LinkedIn company pages (also showcase and school pages, which share the template).
 *
 * Which fields depend on the UI language:
 * - Never: everything read from JSON-LD (guest pages), the embedded Voyager JSON (logged-in
 *   pages 2017-2025), meta tags, the URL, the guest about-us data-test-id hooks, the 2018 class
 *   hooks and the top card (name, industry, place, followers, size link; read by position and
 *   class). Values are raw page text, so they are in the UI language ("51-200 Beschäftigte").
 * - Labels in English, German, French or Spanish: the logged-in About tab's dl (website,
 *   industry, size, associated members, headquarters, founded, type, specialties; labels.ts).
 *   On an About tab in another language these come only from Voyager JSON or the top card.
 * - Phrases in those four languages: job openings ("12 job openings", "12 offene Stellen").
 * - Position only: the follower count in the guest meta description ("X | 5,750 followers ...").
 */
import type { ExtractResult, RawCompany } from '../types';
import { clean, found, missingOf, put } from './dom';
import { COMPANY_FIELDS, putText, type F } from './company-fields';
import { fromJsonLd, fromMeta, fromUrl, fromVoyager } from './company-data';
import { fromAbout, fromJobsTab, fromTopCard } from './company-markup';

/** Last resorts: values derived from what was found, or from the tab title. */
function fallbacks(f: F, doc: Document, legacyIndustry: string | undefined) {
  put(f, 'industry', legacyIndustry, 'embedded-json', 'Voyager Company.*industry (v1 taxonomy)');
  const a = f.rec.address;
  if (a)
    put(
      f,
      'headquarters',
      clean([a.locality, a.region, a.country].filter(Boolean).join(', ')),
      f.prov.address.source,
      'joined from address',
    );
  // "(99+) Motion: About | LinkedIn"
  const title = /^(?:\(\d+\+?\)\s*)?(.+?)(?::\s*[^:|]+)?\s*\|\s*LinkedIn$/.exec(doc.title.trim());
  if (title) putText(f, 'name', title[1], 'text', 'document.title');
}

/**
 * Reads a LinkedIn company, showcase or school page; the first source to give a field wins.
 * @example extractCompany(document, new URL(location.href)).company?.size // "51-200 employees"
 */
export function extractCompany(doc: Document, url: URL): ExtractResult {
  const f = found<RawCompany>();
  fromUrl(f, url);
  const voyager = fromVoyager(f, doc, url);
  // Guest pages carry JSON-LD, logged-in pages Voyager JSON, never both: skip the second scan.
  if (!voyager.found) fromJsonLd(f, doc, url);
  fromMeta(f, doc);
  fromAbout(f, doc);
  fromTopCard(f, doc);
  fromJobsTab(f, doc, url);
  fallbacks(f, doc, voyager.legacyIndustry);
  return { kind: 'company', company: f.rec, missing: missingOf(f.rec, COMPANY_FIELDS), provenance: f.prov };
}
