import type { RawAddress, Source } from '../types';
import { addressInLines } from './address-text';
import { LIMITS } from './limits';
import { chromeRoots } from './links';
import { ancestor, linesOf, select } from './text';

export interface AddressPick {
  address?: RawAddress;
  headquarters?: string;
  source: Source;
  detail: string;
}

const NAMED = /address|adresse|anschrift|contact|kontakt|location/i;

const inArticle = (el: Element): boolean => !!ancestor(el, (e) => e.nodeName.toUpperCase() === 'ARTICLE');

/**
 * Blocks that hold the company's own address, most specific first: <address> (outside articles,
 * where HTML says it is the author's contact), blocks named address/contact/location, footers.
 */
function addressBlocks(doc: Document, chrome: readonly Element[]): [Element, string][] {
  const out: [Element, string][] = [];
  const add = (el: Element, detail: string): void => {
    if (out.length < LIMITS.blocks && !inArticle(el) && !out.some(([b]) => b === el || b.contains(el)))
      out.push([el, detail]);
  };
  for (const el of select(doc, 'address', LIMITS.blocks)) add(el, '<address>');
  // Substrings without the first letter match "address" and "Address" at case-sensitive selector speed.
  const named =
    '[class*="ddress"], [id*="ddress"], [class*="dresse"], [class*="nschrift"], [class*="ontact"], [id*="ontact"], [class*="ontakt"], [class*="ocation"]';
  for (const el of select(doc, named, LIMITS.blocks * 2)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NAMED.test(names)) add(el, `block .${names.trim().split(/\s+/)[0]}`);
  }
  for (const el of chrome) add(el, 'site footer/header');
  return out;
}

/** The first postal address written in the page's address, contact and footer blocks. */
export function textAddress(doc: Document, chrome: readonly Element[] = chromeRoots(doc)): AddressPick | undefined {
  for (const [el, detail] of addressBlocks(doc, chrome)) {
    const address = addressInLines(linesOf(el, LIMITS.blockChars));
    if (address) return { address, source: 'markup', detail };
  }
  return undefined;
}

/**
 * The headquarters: the owner's structured address when there is one, else the first written
 * one. A written address with the same postal code fills parts the structured one left out
 * (a footer's "DE-93437" gives the country a microdata PostalAddress lacks).
 */
export function pickAddress(
  structured: AddressPick | undefined,
  doc: Document,
  chrome: readonly Element[],
): AddressPick | undefined {
  const text = textAddress(doc, chrome);
  if (!structured) return text;
  const a = structured.address;
  const t = text?.address;
  if (a && t && a.postalCode && t.postalCode && a.postalCode.replace(/\s/g, '') === t.postalCode.replace(/\s/g, '')) {
    const merged: RawAddress = { ...t };
    for (const k of Object.keys(a) as (keyof RawAddress)[]) if (a[k]) merged[k] = a[k];
    return { ...structured, address: merged };
  }
  return structured;
}
