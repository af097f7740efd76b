/**
 * Lists: LinkedIn search results (people, companies, all) and Sales Navigator lead/account
 * lists and searches. One item per row; rows are read by structure, so any UI language works.
 * A person's title and employer come from the headline ("X at Y"), the only place a row has them.
 */
import type { ExtractResult, Provenance, RawCompany, RawPerson } from '../types';
import { CAP, clean, pickText, textOf } from './dom';
import { splitHeadline } from './headline';
import { canonicalLinkedInUrl, companySlugFromUrl, isSalesNavList } from './page-types';
import { LIST } from './selectors';

export type ListItem = NonNullable<ExtractResult['items']>[number];

/** A row of a list, with its element (for placing a badge) and the LinkedIn URL of its entity. */
export interface ListRow {
  el: Element;
  item: ListItem;
  url?: string;
}

/** The message schema takes at most 200 items. */
const MAX_ROWS = 200;
const ENTITY_LINK = 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]';

const text = (row: Element, sel: string, max?: number) => textOf(row.querySelector(sel), max);

function rowName(row: Element, links: Element[]): string | undefined {
  const named = pickText(row, LIST.rowName, CAP.name)?.value;
  return named ?? links.map((a) => textOf(a, CAP.name)).find(Boolean);
}

function searchRow(row: Element): ListRow | undefined {
  const links = Array.from(row.querySelectorAll(ENTITY_LINK));
  const href = links[0]?.getAttribute('href');
  const url = href ? canonicalLinkedInUrl(href) : undefined;
  if (!url) return undefined;
  const name = rowName(row, links);
  const primary = pickText(row, LIST.rowPrimary, CAP.headline)?.value;
  const secondary = pickText(row, LIST.rowSecondary)?.value;
  if (url.includes('/in/')) {
    const split = splitHeadline(primary);
    const person: RawPerson = {
      name,
      headline: primary,
      title: split?.title,
      companyName: split?.companyName,
      location: secondary,
    };
    return { el: row, url, item: { kind: 'person', person: defined(person) } };
  }
  // "Software Development • San Francisco, CA" then "12K followers".
  const [industry, headquarters] = (primary ?? '').split(/\s+[•·]\s+/);
  const company: RawCompany = {
    name,
    linkedinUrl: url,
    linkedinSlug: companySlugFromUrl(new URL(url)),
    industry: clean(industry),
    headquarters: clean(headquarters),
    followers: secondary,
  };
  return { el: row, url, item: { kind: 'company', company: defined(company) } };
}

function salesRow(row: Element): ListRow {
  const s = LIST.sales;
  const person = text(row, LIST.salesName[0], CAP.name);
  if (person) {
    const p: RawPerson = {
      name: person,
      title: text(row, s.title),
      headline: text(row, s.headline, CAP.headline),
      companyName: text(row, s.company, CAP.name),
      location: text(row, s.location),
    };
    return { el: row, item: { kind: 'person', person: defined(p) } };
  }
  const c: RawCompany = {
    name: text(row, s.company, CAP.name),
    industry: text(row, s.industry),
    size: text(row, s.size),
    headquarters: text(row, s.location),
  };
  return { el: row, item: { kind: 'company', company: defined(c) } };
}

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Rows of a search results page or Sales Navigator list, in page order. */
export function readRows(doc: Document, url: URL): ListRow[] {
  if (isSalesNavList(url)) {
    const rows = new Set<Element>();
    for (const sel of LIST.salesName) {
      doc.querySelectorAll(sel).forEach((n) => {
        const row = n.closest(LIST.salesRow);
        if (row) rows.add(row);
      });
      if (rows.size) break;
    }
    return Array.from(rows).slice(0, MAX_ROWS).map(salesRow);
  }
  for (const sel of LIST.rows) {
    const rows = doc.querySelectorAll(sel);
    if (!rows.length) continue;
    const out: ListRow[] = [];
    for (let i = 0; i < rows.length && out.length < MAX_ROWS; i++) {
      const r = searchRow(rows[i]);
      if (r) out.push(r);
    }
    return out;
  }
  return [];
}

const PERSON_KEYS = ['name', 'title', 'location'] as const;
const COMPANY_KEYS = ['name', 'industry', 'headquarters', 'followers'] as const;

/** Reads a list page: one item per row. */
export function extractList(doc: Document, url: URL): ExtractResult {
  return listResult(readRows(doc, url), url);
}

/** The result for rows already read (the content script reads rows once, for data and badges). */
export function listResult(rows: ListRow[], url: URL): ExtractResult {
  if (!rows.length) return { kind: 'list', items: [], missing: ['rows'], provenance: {} };
  const items = rows.map((r) => r.item);
  const sales = isSalesNavList(url);
  const source: Provenance = {
    source: 'markup',
    detail: sales ? 'Sales Navigator [data-anonymize]' : 'search result rows',
  };
  // Search rows have no title of their own: it is split from the headline.
  const derived: Provenance = { source: 'text', detail: 'headline "X at Y"' };
  const provenance: Record<string, Provenance> = { items: source };
  const missing: string[] = [];
  for (const kind of ['person', 'company'] as const) {
    const recs = items.map((i) => i[kind]).filter((x): x is RawPerson & RawCompany => !!x);
    if (!recs.length) continue;
    for (const key of kind === 'person' ? PERSON_KEYS : COMPANY_KEYS) {
      const name = `items.${kind}.${key}`;
      if (!recs.some((r) => r[key] !== undefined)) missing.push(name);
      else provenance[name] = !sales && key === 'title' ? derived : source;
    }
  }
  return { kind: 'list', items, missing, provenance };
}
