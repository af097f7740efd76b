import { isLinkedInHost } from '../extract/linkedin/page-types';
import { extractPage } from '../extract/registry';
import { collectSignals, matchDom } from '../extract/site/technologies/collect';
import { DOM_SELECTORS } from '../extract/site/technologies/probes';
import type { ExtractResult } from '../extract/types';
import { siteTechnologies, withTechnologies } from './technologies';

/**
 * What the extension learns from a saved page, outside the browser (CLI, tests): the extractor's
 * result and, on a company website, the technologies its markup shows. Page globals and cookies
 * need a live page, so a saved one is read without them.
 */
export function readSavedPage(doc: Document, url: URL): ExtractResult {
  const result = extractPage(doc, url);
  if (isLinkedInHost(url) || result.kind !== 'company') return result;
  const signals = collectSignals(doc, { cookieString: '' });
  signals.domHits = matchDom(doc, DOM_SELECTORS);
  return withTechnologies(result, siteTechnologies(signals), []);
}
