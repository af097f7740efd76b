import type { ExtractResult, RawCompany } from '../types';
import { readContext, type PageContext } from './context';
import { Found } from './found';
import { readPresence, readSignals } from './read-evidence';
import { readIdentity, readProfile } from './read-profile';

// What a company site can tell, in RawCompany's names; reported in `missing` when absent.
const FIELDS = ['name', 'description', 'linkedinUrl', 'address', 'founded', 'employeeCount', 'jobOpenings', 'signals'];

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

function absent(c: RawCompany, field: string): boolean {
  if (field === 'address') return !c.address && !c.headquarters;
  if (field === 'employeeCount') return !c.employeeCount && !c.size;
  return c[field as keyof RawCompany] === undefined;
}

function pageNote(c: PageContext): string {
  const r = c.role;
  const kind = r.home
    ? 'home page'
    : r.about
      ? 'about page'
      : r.careers
        ? 'careers page'
        : r.article
          ? 'article'
          : 'page';
  const who = r.directory
    ? ' of a directory: the companies it lists are not the site owner'
    : r.outlet
      ? ' of a news outlet or press wire: only news naming the outlet itself counts'
      : '';
  const date = r.published ? `, published ${r.published.day} (${r.published.detail})` : '';
  const broken = c.graph.broken ? `; ${c.graph.broken} JSON-LD block(s) unreadable` : '';
  return `${kind}${who}${date}${broken}`;
}

function read(doc: Document, url: URL, domain: string | undefined): ExtractResult {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'unknown', missing: ['company', 'not a web page URL'], provenance: {} };
  }
  const c = readContext(doc, url, domain);
  const f = new Found();
  // One reader tripping over a strange page loses its own fields, not the others'.
  const step = (label: string, run: () => void): void => {
    try {
      run();
    } catch (error) {
      c.failed.push(`${label} failed: ${reason(error)}`);
    }
  };
  let name: string | undefined;
  step('name', () => (name = readIdentity(c, f)?.value));
  step('profile', () => readProfile(c, f, name));
  step('links', () => readPresence(c, f, name));
  step('signals', () => readSignals(c, f, name));
  f.note('page', 'url', pageNote(c));
  const co = f.company;
  const missing = [...FIELDS.filter((k) => absent(co, k)), ...c.failed];
  return { kind: co.name ? 'company' : 'unknown', company: co, missing, provenance: f.provenance };
}

/**
 * Reads a page of a company's own website (home, about, blog, press, careers): firmographics
 * from JSON-LD, microdata, OpenGraph and the site's frame, and buying signals (hiring, funding,
 * acquisitions, leadership changes) with their evidence. Pure and bounded; never throws.
 * `kind` is 'company' when the site's owner can be named, else 'unknown'. On a news outlet,
 * press wire or directory the owner is the publisher, and stories about others are no signals.
 *
 * `domain` is the page's registrable domain (eTLD+1, e.g. "acme.co.uk"), computed by the caller
 * with the public-suffix list (`registrableDomain` in lib/normalize/domains.ts): the content
 * script gets it from the background, so that list never ships in the page. A domain that is
 * not the page host or one of its parents is ignored (read as a page without a domain).
 * @example readSite(document, new URL(location.href), 'acme.com').company?.name // 'Acme'
 */
export function readSite(doc: Document, url: URL, domain: string | undefined): ExtractResult {
  try {
    return read(doc, url, domain);
  } catch (error) {
    return { kind: 'unknown', missing: ['company', `site reader failed: ${reason(error)}`], provenance: {} };
  }
}
