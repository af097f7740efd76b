import { foldKey } from './fold-key';
import { CA_PROVINCES } from './places-data/ca-provinces';
import { CITIES } from './places-data/cities';
import { COUNTRIES } from './places-data/countries';
import { DE_STATES } from './places-data/de-states';
import { GB_NATIONS } from './places-data/gb-nations';
import { METROS } from './places-data/metros';
import { OTHER_REGIONS } from './places-data/other-regions';
import { US_STATES } from './places-data/us-states';

/** A place a name stands for: a country, optionally a region, optionally a display city. */
export interface KnownPlace {
  country: string;
  region?: string;
  city?: string;
}

// Countries whose region codes double as the postal abbreviations people write ("TX", "ON", "NSW").
// Listed in the order ties are broken: "Tacoma, WA" is Washington, not Western Australia.
const ABBREVIATING = ['US', 'CA', 'AU'];

/** Lookups keyed by foldKey(name); built once when the module loads (a few hundred entries). */
export const countryByName = new Map<string, string>();
/** alpha-2 and alpha-3 codes, lower case, to alpha-2. */
export const countryByCode = new Map<string, string>();
export const countryNames = new Map<string, string>();
/** Region names and ISO codes ("us ca" is foldKey("US-CA")) to region codes. */
export const regionsByName = new Map<string, string[]>();
/** Postal abbreviations ("tx", "wa") to region codes, in tie-break order. */
export const regionsByAbbreviation = new Map<string, string[]>();
export const regionNames = new Map<string, string>();
export const cityByName = new Map<string, KnownPlace>();
export const metroByName = new Map<string, KnownPlace>();

function splitLine(line: string): { code: string; names: string[] } {
  const space = line.indexOf(' ');
  return { code: line.slice(0, space), names: line.slice(space + 1).split('|') };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** "DE-BY" is { country: "DE", region: "DE-BY" }; "SG" is { country: "SG" }. */
export function placeOfCode(code: string): KnownPlace {
  const country = code.slice(0, 2);
  return code.length > 2 ? { country, region: code } : { country };
}

for (const line of COUNTRIES) {
  const { code: alpha2, names } = splitLine(line);
  const [alpha3 = '', ...rest] = names[0]?.split(' ') ?? [];
  const all = [rest.join(' '), ...names.slice(1)];
  countryNames.set(alpha2, all[0] ?? alpha2);
  countryByCode.set(alpha2.toLowerCase(), alpha2);
  countryByCode.set(alpha3.toLowerCase(), alpha2);
  for (const name of all) countryByName.set(foldKey(name), alpha2);
}

for (const line of [...US_STATES, ...CA_PROVINCES, ...GB_NATIONS, ...DE_STATES, ...OTHER_REGIONS]) {
  const { code, names } = splitLine(line);
  regionNames.set(code, names[0] ?? code);
  push(regionsByName, foldKey(code), code);
  for (const name of names) push(regionsByName, foldKey(name), code);
  if (ABBREVIATING.includes(code.slice(0, 2))) push(regionsByAbbreviation, foldKey(code.slice(3)), code);
}

for (const [lines, map] of [
  [CITIES, cityByName],
  [METROS, metroByName],
] as const) {
  for (const line of lines) {
    const { code, names } = splitLine(line);
    const place: KnownPlace = placeOfCode(code);
    if (lines === CITIES && names[0]) place.city = names[0];
    for (const name of names) map.set(foldKey(name), place);
  }
}
