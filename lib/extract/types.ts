/**
 * What extractors return. Values are raw page strings (trimmed, as text); the background
 * normalizes them (lib/normalize) before scoring. Extractors never touch browser APIs.
 */

/** Where a value was read, most robust first. */
export type Source = 'json-ld' | 'embedded-json' | 'meta' | 'markup' | 'text' | 'url';

export interface Provenance {
  source: Source;
  /** Short human note, e.g. the selector, meta name or JSON key that held the value. */
  detail?: string;
}

export interface RawAddress {
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** A company as found on a page: every value is page text, not yet normalized. */
export interface RawCompany {
  name?: string;
  website?: string;
  linkedinUrl?: string;
  /** LinkedIn numeric company id, when the page exposes it. */
  linkedinId?: string;
  /** LinkedIn slug (/company/<slug>/). */
  linkedinSlug?: string;
  industry?: string;
  /** Size bucket text, e.g. "51-200 employees", "Company size: 2-10", "1.001-5.000". */
  size?: string;
  /** Associated members / exact head count text, e.g. "1,234 employees on LinkedIn". */
  employeeCount?: string;
  /** Revenue text, e.g. "$10M-$50M", "US$5 million", "€12,5 Mio.". */
  revenue?: string;
  /** Headquarters as one string, e.g. "San Francisco, California" or "Greater London". */
  headquarters?: string;
  /** Headquarters as structured parts (JSON-LD PostalAddress and the like). */
  address?: RawAddress;
  founded?: string;
  followers?: string;
  jobOpenings?: string;
  companyType?: string;
  specialties?: string[];
  description?: string;
  technologies?: string[];
  signals?: { type: string; observedAt?: string; detail?: string; source?: string }[];
}

export interface RawPerson {
  name?: string;
  headline?: string;
  title?: string;
  companyName?: string;
  companyLinkedinUrl?: string;
  location?: string;
}

export type PageKind = 'company' | 'person' | 'list' | 'unknown';

export interface ExtractResult {
  kind: PageKind;
  company?: RawCompany;
  person?: RawPerson;
  items?: { kind: 'company' | 'person'; company?: RawCompany; person?: RawPerson }[];
  /** Field names the extractor looked for and could not read. */
  missing: string[];
  /** Per field (dotted for nested), where its value came from. */
  provenance: Record<string, Provenance>;
}

/** An extractor: a pure URL predicate and a pure reader, listed in a registry. */
export interface Extractor {
  id: string;
  /** Does this extractor read pages at this URL? */
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): ExtractResult;
}
