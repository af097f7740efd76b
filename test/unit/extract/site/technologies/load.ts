import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { collectSignals, matchDom, type PageSignals } from '../../../../../lib/extract/site/technologies/collect';
import { DOM_SELECTORS } from '../../../../../lib/extract/site/technologies/probes';

const DIR = new URL('../../../../fixtures/sites/', import.meta.url);

/** A saved page from test/fixtures/sites/ (byte copies of shared/fixtures/real/sites/, see SOURCES.md there). */
export function fixture(name: string): Document {
  return new JSDOM(readFileSync(new URL(name, DIR), 'utf8'), { url: 'https://example.test/' }).window.document;
}

/** A page made from a string, for small cases that need no fixture file. */
export function page(html: string): Document {
  return new JSDOM(html, { url: 'https://example.test/' }).window.document;
}

/** What the content script would send for `doc` (no main-world globals, no cookies). */
export function signalsOf(doc: Document): PageSignals {
  return { ...collectSignals(doc, { cookieString: '' }), domHits: matchDom(doc, DOM_SELECTORS) };
}

/** Empty signals with some fields set. */
export function signals(partial: Partial<PageSignals> = {}): PageSignals {
  return { scriptSrcs: [], linkHrefs: [], metas: [], inlineScripts: [], cookieNames: [], globals: [], ...partial };
}
