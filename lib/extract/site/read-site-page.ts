import type { ExtractResult, RawCompany } from '../types';
import { readContext, type PageContext, type ReaderHelp } from './context';
import { Found } from './found';
import type { NewsText } from './news';
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

/**
 * What the page half of the reader found: the result without news signals, and the text they
 * are read from (on press, news and blog pages).
 */
export interface SiteReading {
  result: ExtractResult;
  news?: NewsText;
}

function read(doc: Document, url: URL, help: ReaderHelp): SiteReading {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { result: { kind: 'unknown', missing: ['company', 'not a web page URL'], provenance: {} } };
  }
  const c = readContext(doc, url, help);
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
  let news: NewsText | undefined;
  step('signals', () => (news = readSignals(c, f, name)));
  f.note('page', 'url', pageNote(c));
  const co = f.company;
  const missing = [...FIELDS.filter((k) => absent(co, k)), ...c.failed];
  const result: ExtractResult = {
    kind: co.name ? 'company' : 'unknown',
    company: co,
    missing,
    provenance: f.provenance,
  };
  return news ? { result, news } : { result };
}

/**
 * The page half of readSite (read-site.ts), what the injected reader runs: everything but
 * reading the news sentences, whose text it returns for `withNews` (in the background). Pure and
 * bounded; never throws. Nothing here may import the sentence patterns (news-sentences.ts).
 */
export function readSitePage(doc: Document, url: URL, help: ReaderHelp): SiteReading {
  try {
    return read(doc, url, help);
  } catch (error) {
    return {
      result: { kind: 'unknown', missing: ['company', `site reader failed: ${reason(error)}`], provenance: {} },
    };
  }
}

export type { ReaderHelp } from './context';
