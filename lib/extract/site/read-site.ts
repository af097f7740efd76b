import type { ExtractResult } from '../types';
import type { ReaderHelp } from './context';
import { newsSignals } from './news-sentences';
import { NEWS_EVIDENCE } from './read-evidence';
import { readSitePage, type SiteReading } from './read-site-page';

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * The background half: the funding, acquisition and leadership news in the text the page half
 * gathered, added to its signals (after the hiring signal). Never throws: news that cannot be
 * read leaves the rest as it was, with a note in `missing`.
 */
export function withNews({ result, news }: SiteReading): ExtractResult {
  if (!news) return result;
  let found: ReturnType<typeof newsSignals>;
  try {
    found = newsSignals(news);
  } catch (error) {
    return { ...result, missing: [...result.missing, `news failed: ${reason(error)}`] };
  }
  if (!found.length) return result;
  const company = { ...result.company, signals: [...(result.company?.signals ?? []), ...found] };
  const provenance = { ...result.provenance };
  provenance.signals ??= { source: 'text', detail: NEWS_EVIDENCE };
  return { ...result, company, provenance, missing: result.missing.filter((m) => m !== 'signals') };
}

/**
 * Reads a page of a company's own website (home, about, blog, press, careers): firmographics
 * from JSON-LD, microdata, OpenGraph and the site's frame, and buying signals (hiring, funding,
 * acquisitions, leadership changes) with their evidence. Pure and bounded; never throws.
 * `kind` is 'company' when the site's owner can be named, else 'unknown'. On a news outlet,
 * press wire or directory the owner is the publisher, and stories about others are no signals.
 *
 * `help` carries what the big tables know of the page (its registrable domain, the country
 * names): the content script gets it from the background, so those tables never ship in the
 * page; extractSite computes it for the CLI and tests. The content script runs the page half
 * (readSitePage) and the background the rest (withNews): together they are this function.
 * @example readSite(document, new URL(location.href), { domain: 'acme.com', isCountry }).company?.name // 'Acme'
 */
export function readSite(doc: Document, url: URL, help: ReaderHelp): ExtractResult {
  return withNews(readSitePage(doc, url, help));
}

export type { ReaderHelp } from './context';
export type { SiteReading } from './read-site-page';
