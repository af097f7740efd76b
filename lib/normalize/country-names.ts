import { foldKey } from './fold-key';
import { countryByName } from './place-index';

let keys: string[] | undefined;

/**
 * Every country name and alias of places-data/countries.ts, folded (foldKey): what the site
 * reader needs to tell a country line in an address ("Deutschland", "U.S."). The background
 * sends these to the injected reader, which has no place tables (entrypoints/site-reader.ts).
 */
export function countryKeys(): string[] {
  return (keys ??= [...countryByName.keys()]);
}

/** Is this text a country's name or alias ("Germany", "Deutschland", "U.S.", "Côte d'Ivoire")? */
export const isCountryName = (text: string): boolean => countryByName.has(foldKey(text));
