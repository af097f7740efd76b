import type { RawAddress, Source } from '../types';
import { addressInLines, type CountryTest } from './address-text';
import { MAX_BLOCKS, MAX_BLOCK_CHARS } from './limits';
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

/** Lines of a block, as linesOf(el, MAX_BLOCK_CHARS) reads them (a page reading remembers them). */
export type BlockLines = (el: Element) => string[];

/**
 * The first postal address written in the page's address, contact and footer blocks, most
 * specific first: <address> (outside articles, where HTML says it is the author's contact),
 * blocks named address/contact/location, footers. Blocks are read in that order, and only until
 * one holds an address (a block inside one already read is skipped).
 */
export function textAddress(
  doc: Document,
  isCountry: CountryTest,
  chrome: readonly Element[] = chromeRoots(doc),
  lines: BlockLines = (el) => linesOf(el, MAX_BLOCK_CHARS),
): AddressPick | undefined {
  const read: Element[] = [];
  const inBlock = (el: Element, detail: string): AddressPick | undefined => {
    if (read.length >= MAX_BLOCKS || inArticle(el) || read.some((b) => b === el || b.contains(el))) return undefined;
    read.push(el);
    const address = addressInLines(lines(el), isCountry);
    return address && { address, source: 'markup', detail };
  };
  for (const el of select(doc, 'address', MAX_BLOCKS)) {
    const found = inBlock(el, '<address>');
    if (found) return found;
  }
  // Substrings without the first letter match "address" and "Address" at case-sensitive selector speed.
  const named =
    '[class*="ddress"], [id*="ddress"], [class*="dresse"], [class*="nschrift"], [class*="ontact"], [id*="ontact"], [class*="ontakt"], [class*="ocation"]';
  for (const el of select(doc, named, MAX_BLOCKS * 2)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const found = NAMED.test(names) ? inBlock(el, `block .${names.trim().split(/\s+/)[0]}`) : undefined;
    if (found) return found;
  }
  for (const el of chrome) {
    const found = inBlock(el, 'site footer/header');
    if (found) return found;
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
  isCountry: CountryTest,
  chrome: readonly Element[],
  lines?: BlockLines,
): AddressPick | undefined {
  const text = textAddress(doc, isCountry, chrome, lines);
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
