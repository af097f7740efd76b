import { CAP_DESCRIPTION, CAP_SHORT, CAP_URL, MAX_METAS } from './limits';
import { clean, select } from './text';

/** Meta tags by lower-case name/property (first non-empty value wins), plus the document title. */
export interface Meta {
  get(key: string): string | undefined;
  title?: string;
  canonical?: string;
}

/** Reads `<meta name|property|itemprop content>` (OpenGraph, Twitter, description, ...). */
export function readMeta(doc: Document): Meta {
  const map = new Map<string, string>();
  // Meta tags live in <head>; searching only there keeps a giant body from costing anything.
  const head = doc.head ?? doc;
  for (const m of select(head, 'meta[content]', MAX_METAS)) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const value = clean(m.getAttribute('content'), CAP_DESCRIPTION);
    if (key && value && !map.has(key)) map.set(key, value);
  }
  const titleEl = select(head, 'title', 1)[0];
  const canonical = select(head, 'link[rel~="canonical" i][href]', 1)[0];
  return {
    get: (key) => map.get(key),
    title: clean(titleEl?.textContent, CAP_SHORT),
    canonical: clean(canonical?.getAttribute('href'), CAP_URL),
  };
}
