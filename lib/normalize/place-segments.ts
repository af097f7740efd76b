import { foldKey } from './fold-key';
import { regionNames, regionsByAbbreviation } from './place-index';

/** One comma-separated part of a place string: as written (for display) and as a lookup key. */
export interface Segment {
  text: string;
  key: string;
}

// Longer text is prose, not a headquarters line.
const MAX_TEXT = 300;
// More parts than "street, district, city, region, postal code, country" is not an address.
const MAX_SEGMENTS = 6;

// Parts that say "no single place"; they are dropped, and a string of only these has no place.
const PLACELESS = new Set([
  'remote',
  'fully remote',
  'remote first',
  'worldwide',
  'global',
  'globally',
  'anywhere',
  'everywhere',
  'international',
  'online',
  'virtual',
  'various',
  'multiple locations',
  'hybrid',
  'distributed',
  'earth',
  'n a',
  'na',
  'none',
  'unknown',
  'tbd',
  'headquarters',
  'hq',
  'head office',
  'main office',
]);

// Postal codes, removed so "CA 94089" reads as "CA" and "80331 München" as "München". The
// letter forms are matched case-sensitively: real codes are upper case, words are not.
const POSTAL_CODES = [
  /\b[A-Z]{1,2}-\d{4,5}\b/g, // "D-80331", "CH-8001"
  /\b\d{4} ?[A-Z]{2}\b/g, // Netherlands "1012 AB"
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g, // United Kingdom "SW1A 1AA"
  /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/g, // Canada "M5V 3L9"
  /\b[A-Z]\d{2} ?[A-Z\d]{4}\b/g, // Ireland "D02 X285"
  /\b\d{3,6}(?:-\d{3,4})?\b/g, // US ZIP(+4), most of Europe, India, Brazil "01310-100"
];

// Street and suite lines ("1600 Amphitheatre Pkwy", "Friedrichstraße 123", "Suite 400") carry no
// place name. "St" and "Dr" are left out: "St. Louis", "St. Gallen".
const STREET_WORD =
  /\b(?:street|avenue|ave|road|rd|boulevard|blvd|parkway|pkwy|drive|lane|way|suite|floor|unit|building|bldg|tower|level|po box|rue|avenida|calle|via|str)\b|(?:strasse|weg|platz|allee|gasse|straat|laan|gracht|plein)\b/;

const LEAD_IN = /^\s*(?:(?:headquartered|based|located)\s+in|hq\s+in|headquarters\s+in)\s+/i;
const SEPARATORS = /[,;|·•\n\r\t()[\]/]| [-–—] /;

function cleanPart(part: string): Segment | undefined {
  // ISO 3166-2 codes may hold digits ("JP-13", "AT-9") and are no postal codes.
  const code = part.trim().toUpperCase();
  if (regionNames.has(code)) return { text: code, key: foldKey(code) };
  const text = POSTAL_CODES.reduce((t, re) => t.replace(re, ' '), part)
    .replace(/\s+/g, ' ')
    .trim();
  const key = foldKey(text);
  // Whatever still holds a digit is a street or suite line, not a place name.
  if (key.length === 0 || /\d/.test(key) || STREET_WORD.test(key) || PLACELESS.has(key)) return undefined;
  return { text, key };
}

// "Sydney NSW 2000" and "Austin TX 78701" put the state after the city without a comma.
function splitTrailingAbbreviation(part: string): string[] {
  const m = /^(.*\S)\s+([A-Z]{2,3})(\s+[\d\s-]+)?$/.exec(part.trim());
  return m?.[1] && m[2] && regionsByAbbreviation.has(m[2].toLowerCase()) ? [m[1], m[2]] : [part];
}

/** Splits a headquarters string into place-name segments, first to last. Garbage gives []. */
export function placeSegments(input: string): Segment[] {
  if (input.length > MAX_TEXT || /[<>{}@=]|https?:/i.test(input)) return [];
  const body = input.slice(input.lastIndexOf(':') + 1).replace(LEAD_IN, '');
  const segments = body
    .split(SEPARATORS)
    .flatMap(splitTrailingAbbreviation)
    .map(cleanPart)
    .filter((s): s is Segment => s !== undefined);
  return segments.length <= MAX_SEGMENTS ? segments : [];
}

/** One segment from a structured address field, or undefined when it holds no place name. */
export function fieldSegment(value: unknown): Segment | undefined {
  if (typeof value !== 'string' || value.length > MAX_TEXT) return undefined;
  return cleanPart(value);
}
