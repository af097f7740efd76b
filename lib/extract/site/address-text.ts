import { foldKey } from '../../normalize/fold-key';
import type { RawAddress } from '../types';

// The last word of a street part: a house number, "Suite 106", "Ave.", "Straße", "Box 1866".
const STREET_END =
  /(?:\d+[a-z]?|#\s?\d+|\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|way|lane|ln|pl|place|plaza|sq|square|pkwy|parkway|ct|court|hwy|highway|floor|fl|suite|ste|unit)\.?)$/i;
const STREET_LIKE = /^(?=.*\d)(?=.*\p{L}{2}).{4,90}$/u;
// Contact lines ("T 919-951-0052", "Tel.: +49 …", an e-mail or web address), with boundaries that know "ß".
const NOT_STREET =
  /@|https?:|www\.|(?<![\p{L}\p{N}])(?:tel|phone|fax|telefon|t|f|p|e|mail|email)(?![\p{L}\p{N}])\.?\s*:?\s*[+(\d]/iu;
const LOCALITY = "(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)";

interface LineHit {
  locality: string;
  region?: string;
  postalCode: string;
  country?: string;
  /** Text before the locality on the same line (street, when the address is on one line). */
  before: string;
  /**
   * A bare number before a town ("1526 Frankford Ave", "2016 Acme") is a house number or a year
   * as often as a postal code: such a hit needs a street, a country or a country prefix with it.
   */
  weak: boolean;
}

// Each pattern reads one line; the order is most specific first.
const PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<LineHit, 'before' | 'weak'>][] = [
  // US: "Durham, NC 27701", "Sunnyvale, CA, 94086"; Canada: "Toronto, ON M5V 2T6"
  [
    /,\s*([A-Z]{2}),?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\dA-Za-z])/u,
    (m) => ({ locality: '', region: m[1], postalCode: m[2] }),
  ],
  // Netherlands: "6825 MB Arnhem"
  [
    new RegExp(`(?:^|,\\s*)(\\d{4}\\s?[A-Z]{2})\\s+${LOCALITY}(?=,|$|\\s+(?:Tel|Phone|Fax)\\b)`, 'u'),
    (m) => ({ locality: m[2], postalCode: m[1] }),
  ],
  // Continental Europe: "DE-93437 Furth im Wald", "75008 Paris", "1010 Wien"
  [
    new RegExp(`(?:^|,\\s*)(?:([A-Z]{1,2})[-–]\\s?)?(\\d{4,5})\\s+${LOCALITY}(?=,|$|\\s+(?:Tel|Phone|Fax)\\b)`, 'u'),
    (m) => ({ locality: m[3], postalCode: m[2], country: m[1] }),
  ],
  // UK: "London EC1A 1BB"
  [
    new RegExp(`${LOCALITY},?\\s+([A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})(?![A-Za-z\\d])`, 'u'),
    (m) => ({ locality: m[1], postalCode: m[2] }),
  ],
  // India: "Jogeshwari (W), Mumbai 400102."
  [
    new RegExp(`(?:^|,\\s*)${LOCALITY}\\s*[-–]?\\s*(\\d{3}\\s?\\d{3})(?![\\d])\\.?\\s*$`, 'u'),
    (m) => ({ locality: m[1], postalCode: m[2] }),
  ],
];

function hitOf(line: string): LineHit | undefined {
  // Every pattern needs a digit (a postal code): most lines of a page have none.
  if (!/\d/.test(line)) return undefined;
  for (const [re, read] of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const hit = read(m);
    let before = line.slice(0, m.index);
    if (!hit.locality) {
      // US form: the locality is the last comma-separated part before the state.
      const parts = before.split(',');
      const last = parts.pop()?.trim() ?? '';
      const split = splitStreet(last);
      hit.locality = split.locality;
      before = [...parts, split.street].filter((s) => s && s.trim()).join(',');
    }
    const locality = hit.locality.trim();
    const words = locality.split(/\s+/);
    // "1526 Frankford Ave" is a street, not "1526 Frankford Ave(nue town)".
    if (!locality || /\d/.test(locality) || STREET_END.test(words[words.length - 1])) continue;
    const weak = !hit.region && !hit.country && /^\d+$/.test(hit.postalCode);
    return { ...hit, locality, before: before.replace(/[,\s]+$/, '').trim(), weak };
  }
  return undefined;
}

/** "111 West Evelyn Ave. Suite 106 Sunnyvale" → street "… Suite 106", locality "Sunnyvale". */
function splitStreet(text: string): { street: string; locality: string } {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    if (STREET_END.test(words[i]))
      return { street: words.slice(0, i + 1).join(' '), locality: words.slice(i + 1).join(' ') };
  }
  return { street: '', locality: text };
}

/** Tells a country's name or alias ("Germany", "U.S."), given every country name folded. */
export type CountryTest = (text: string) => boolean;

/** A CountryTest over folded names (the background's countryKeys(), lib/normalize/country-names.ts). */
export function countryTest(keys: Iterable<string>): CountryTest {
  const known = new Set(keys);
  return (text) => known.has(foldKey(text));
}

/**
 * The first postal address in some lines of text (an <address>, a footer, a contact block).
 * A line needs a postal code next to a town; a bare "2016 Acme" (a copyright year) counts only
 * with a street line above it, or a country (`isCountry`) after it.
 */
export function addressInLines(lines: readonly string[], isCountry: CountryTest): RawAddress | undefined {
  const countryOf = (text: string | undefined): string | undefined =>
    text && text.length <= 40 && isCountry(text) ? text : undefined;
  for (let i = 0; i < lines.length && i < 80; i++) {
    const line = lines[i].slice(0, 300);
    const hit = hitOf(line);
    if (!hit) continue;
    const prev = i > 0 ? lines[i - 1] : '';
    const prevStreet = STREET_LIKE.test(prev) && !NOT_STREET.test(prev) && !hitOf(prev) ? prev : undefined;
    const street = hit.before && /\d/.test(hit.before) ? hit.before : prevStreet;
    const trailing = /,\s*([^,]{2,40})$/.exec(line.slice(line.indexOf(hit.postalCode)));
    const country = hit.country ?? countryOf(trailing?.[1]?.trim()) ?? countryOf(lines[i + 1]);
    if (hit.weak && !street && !country) continue;
    const out: RawAddress = { street, locality: hit.locality, region: hit.region, postalCode: hit.postalCode, country };
    for (const k of Object.keys(out) as (keyof RawAddress)[]) if (!out[k]) delete out[k];
    return out;
  }
  return undefined;
}
