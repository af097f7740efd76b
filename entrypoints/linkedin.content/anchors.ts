import { COMPANY, LIST, PROFILE } from '@/lib/extract/linkedin/selectors';

const first = (root: ParentNode, selectors: readonly string[]): Element | null => {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
};

/** Where the page badge goes: after the name in the top card (company or profile), else the first h1. */
export function pageAnchor(doc: Document): Element | null {
  const card = first(doc, [...COMPANY.topCard, ...PROFILE.topCard]);
  return (card && first(card, ['h1'])) ?? doc.querySelector('main h1, h1');
}

/** Where a row badge goes: after the row's name link. */
export function rowAnchor(row: Element): Element {
  const name = first(row, LIST.rowName);
  return (
    name?.closest('a') ??
    name ??
    row.querySelector('a[href*="/in/"], a[href*="/company/"]') ??
    row.firstElementChild ??
    row
  );
}
