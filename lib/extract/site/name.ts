import type { Source } from '../types';
import { CAP_NAME } from './limits';
import type { Meta } from './meta';
import { agreesWithDomain, sameName } from './name-match';
import type { Site } from './site';
import { clean } from './text';

export interface Picked {
  value: string;
  source: Source;
  detail: string;
}

export interface NameInput {
  site: Site;
  meta: Meta;
  /** Names from the owner's structured data (JSON-LD, microdata), already tied to the site. */
  structured: Picked[];
  /** The WebSite node's name, when on this site. */
  webSiteName?: string;
  /** Lines of the site's footers, for the copyright holder (read only when needed). */
  footerLines: () => readonly string[];
  /** Short texts of the page (headings, link texts) to find how the company writes its domain name. */
  sample: readonly string[];
}

// A site section after the brand: "Segment Blog", "Pluralsight Tech Blog", "GlobeNewswire News Room".
const SECTION =
  /\s*[-–|:]?\s*(?:(?:tech|engineering|developer|dev|corporate|company|official|product)\s+)?(?:blog|news ?room|news|press(?: ?room)?|magazine|journal|insights|resources|console|careers|jobs)$/i;

export function stripSection(name: string): string {
  const stripped = name.replace(SECTION, '').trim();
  return stripped.length >= 2 ? stripped : name;
}

/** Segments of a page title: "Post title | Brand", "Brand – Tagline", "Post \ Brand". */
export function titleSegments(title: string | undefined): string[] {
  if (!title) return [];
  const parts = title.split(/\s+[|–—\\·•»]\s+|\s+[-:]\s+|:\s+/).map((s) => s.trim());
  return parts.filter((s) => s.length >= 2 && s.length <= 80);
}

/** "© 2016 LeanData, Inc. All Rights Reserved" → "LeanData, Inc"; undefined without a copyright sign. */
export function copyrightHolder(line: string): string | undefined {
  const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^©|]{2,80})/i.exec(line);
  if (!m) return undefined;
  const holder = m[1].split(/\.\s|,?\s*\d{4}|\s+all rights|\s+alle rechte|\s+tous droits|\s+todos los derechos/i)[0];
  return clean(holder.replace(/[.,]+$/, ''), CAP_NAME);
}

/** The shortest leading words of `text` that agree with the domain ("Segment Privacy Policy" → "Segment"). */
function agreeingPrefix(text: string, label: string | undefined): string | undefined {
  const words = text.split(/\s+/).slice(0, 5);
  for (let n = 1; n <= words.length; n++) {
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[,.;:]+$/, '');
    if (agreesWithDomain(candidate, label)) return candidate;
  }
  return undefined;
}

/** How the page writes its domain's label ("audiense" → "Audiense"), when it does. */
function casedLabel(label: string | undefined, sample: readonly string[]): string | undefined {
  if (!label || label.length < 3) return undefined;
  const counts = new Map<string, number>();
  for (const text of sample) {
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
      if (word.toLowerCase() === label && word !== label) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [word, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = word;
  return best;
}

/**
 * The company name, most robust source first. A meta or title name counts only when it agrees
 * with the domain (og:site_name "Google" on acme.io is a lie or a template left-over), unless
 * a second, independent page source says the same.
 */
export function pickName(input: NameInput): Picked | undefined {
  const { site, meta } = input;
  const label = site.label;
  if (input.structured[0]) return input.structured[0];
  const siteName = meta.get('og:site_name') && stripSection(meta.get('og:site_name')!);
  const segments = titleSegments(meta.title).map(stripSection);
  const footerLines = input.footerLines();
  const holders = footerLines.map(copyrightHolder).filter((h): h is string => !!h);
  const candidates: [string | undefined, Source, string][] = [
    [siteName, 'meta', 'og:site_name'],
    [input.webSiteName, 'json-ld', 'schema.org WebSite name'],
    [meta.get('application-name'), 'meta', 'application-name'],
    [meta.get('apple-mobile-web-app-title'), 'meta', 'apple-mobile-web-app-title'],
    [meta.get('publisher')?.split(/\s*[:|]\s*/)[0], 'meta', 'publisher'],
    ...segments.map((s): [string, Source, string] => [s, 'markup', 'title']),
    ...holders.map((h): [string | undefined, Source, string] => [agreeingPrefix(h, label), 'text', 'copyright line']),
  ];
  for (const [value, source, detail] of candidates) {
    const v = clean(value, CAP_NAME);
    if (v && agreesWithDomain(v, label)) return { value: v, source, detail };
  }
  const others = [...segments, input.webSiteName, meta.get('application-name'), ...holders];
  if (siteName && others.some((o) => o && sameName(o, siteName))) {
    return { value: siteName, source: 'meta', detail: 'og:site_name (confirmed by another page source)' };
  }
  const cased = casedLabel(label, [meta.title ?? '', ...input.sample, ...footerLines]);
  return cased ? { value: cased, source: 'url', detail: 'domain name, as written on the page' } : undefined;
}
