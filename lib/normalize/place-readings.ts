import {
  cityByName,
  countryByCode,
  countryByName,
  metroByName,
  placeOfCode,
  regionsByAbbreviation,
  regionsByName,
} from './place-index';
import type { Segment } from './place-segments';

/** One way to read one segment: as a country, a region, or a city (known or free text). */
export interface Reading {
  kind: 'country' | 'region' | 'city';
  country?: string;
  region?: string;
  city?: string;
  /** True for a city from cities.ts, whose region is a default that context may override. */
  known?: boolean;
  weight: number;
}

/**
 * What each reading is worth when the solver weighs one interpretation of a whole string against
 * another. Names beat codes; a region name beats the same country name ("Atlanta, Georgia");
 * a postal abbreviation beats a country code after a city ("Austin, IN" is Indiana), while a
 * lone code is a country ("CA" alone is Canada, see SINGLE_BONUS).
 */
export const WEIGHT = {
  regionName: 3.5,
  countryName: 3,
  regionAbbreviation: 2.5,
  countryCode: 2,
  knownCity: 2,
  freeCity: 1,
} as const;
const SINGLE_BONUS = 1;

/** Which readings a segment may take: a structured address field names its role. */
export type Role = 'any' | 'city' | 'region' | 'country';

// "Greater Boston", "San Francisco Bay Area", "Metropolregion München": the city inside.
const METRO_PREFIX = /^(?:greater|metropolregion|grossraum|metro|region)\s+/;
const METRO_SUFFIX =
  /\s+(?:bay area|metropolitan area|metropolitan region|metro area|metroplex|metropolitan|area|region|metro)$/;

function regionReadings(key: string): Reading[] {
  const named = (regionsByName.get(key) ?? []).map((code) => ({ code, weight: WEIGHT.regionName }));
  const abbreviated = (regionsByAbbreviation.get(key) ?? []).map((code) => ({
    code,
    weight: WEIGHT.regionAbbreviation,
  }));
  return [...named, ...abbreviated].map(({ code, weight }) => ({
    kind: 'region',
    ...placeOfCode(code),
    weight,
  }));
}

function countryReadings(key: string, single: boolean): Reading[] {
  const bonus = single ? SINGLE_BONUS : 0;
  const byName = countryByName.get(key);
  if (byName) return [{ kind: 'country', country: byName, weight: WEIGHT.countryName + bonus }];
  const byCode = /^[a-z]{2,3}$/.test(key) ? countryByCode.get(key) : undefined;
  return byCode ? [{ kind: 'country', country: byCode, weight: WEIGHT.countryCode + bonus }] : [];
}

function cityReadings(segment: Segment, allowFree: boolean): Reading[] {
  const core = segment.key.replace(METRO_PREFIX, '').replace(METRO_SUFFIX, '');
  const known = cityByName.get(segment.key) ?? metroByName.get(segment.key) ?? cityByName.get(core);
  const readings: Reading[] = known ? [{ kind: 'city', ...known, known: true, weight: WEIGHT.knownCity }] : [];
  if (allowFree) readings.push({ kind: 'city', city: segment.text, weight: WEIGHT.freeCity });
  return readings;
}

/** Every reading of a segment, in tie-break order: region, country, city. */
export function readingsOf(segment: Segment, role: Role, position: number, count: number): Reading[] {
  const out: Reading[] = [];
  if (role === 'any' || role === 'region') out.push(...regionReadings(segment.key));
  if (role === 'any' || role === 'country') out.push(...countryReadings(segment.key, count === 1));
  // Only the first part of "city, region, country" can be the city; alone, a free name says nothing.
  if (role === 'city' || (role === 'any' && position === 0)) {
    out.push(...cityReadings(segment, role === 'city' || count > 1));
  }
  return out;
}
