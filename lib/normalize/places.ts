import type { RawAddress } from '../extract/types';
import { foldKey } from './fold-key';
import { countryByName, countryNames, regionNames } from './place-index';
import { readingsOf, type Reading, type Role } from './place-readings';
import { fieldSegment, placeSegments, type Segment } from './place-segments';
import { addKnownCity, bestCombination, type Place } from './place-solver';

export type { Place } from './place-solver';

// A headquarters line is short; longer text is prose and is not folded or split at all.
const MAX_TEXT = 300;

function solve(parts: readonly { segment: Segment; role: Role }[]): Place | undefined {
  const options: Reading[][] = parts.map(({ segment, role }, i) => readingsOf(segment, role, i, parts.length));
  const best = bestCombination(options);
  // A place is only useful for scoring with its country; a lone unknown name ("Springfield") is not.
  if (!best?.country) return undefined;
  return addKnownCity(best, options[0] ?? []);
}

function parseText(text: string): Place | undefined {
  if (text.length > MAX_TEXT) return undefined;
  // Names with commas in them ("Korea, Republic of") are whole countries before they are parts.
  const whole = text.includes(',') ? countryByName.get(foldKey(text)) : undefined;
  if (whole) return { country: whole };
  return solve(placeSegments(text).map((segment) => ({ segment, role: 'any' as const })));
}

function parseAddress(address: RawAddress): Place | undefined {
  const fields: [unknown, Role][] = [
    [address.locality, 'city'],
    [address.region, 'region'],
    [address.country, 'country'],
  ];
  const parts = fields.flatMap(([value, role]) => {
    const segment = fieldSegment(value);
    return segment ? [{ segment, role }] : [];
  });
  return solve(parts);
}

/**
 * A headquarters string or structured address as ISO codes: country (3166-1 alpha-2), region
 * (3166-2) where known, and city. Matching ignores case and accents. Two-letter tokens are read
 * by context: after a city, a US state (or Canadian/Australian) abbreviation ("Austin, TX"),
 * unless the city is known to lie in the country of that code ("Berlin, DE"); alone, or in an
 * address's country field, a country code ("CA" is Canada).
 * @example parsePlace('Austin, TX') // { country: 'US', region: 'US-TX', city: 'Austin' }
 * @example parsePlace('Greater London') // { country: 'GB', region: 'GB-ENG', city: 'London' }
 * @example parsePlace('Remote') // undefined
 */
export function parsePlace(input: string | RawAddress): Place | undefined {
  try {
    if (typeof input === 'string') return parseText(input);
    if (input !== null && typeof input === 'object') return parseAddress(input);
  } catch {
    // Unreachable by design; a page must never break normalization.
  }
  return undefined;
}

/** Display name of an ISO 3166-1 alpha-2 code: countryName('DE') is "Germany". */
export function countryName(code: string): string | undefined {
  return typeof code === 'string' ? countryNames.get(code.toUpperCase()) : undefined;
}

/** Display name of an ISO 3166-2 code we know: regionName('DE-BY') is "Bayern". */
export function regionName(code: string): string | undefined {
  return typeof code === 'string' ? regionNames.get(code.toUpperCase()) : undefined;
}
