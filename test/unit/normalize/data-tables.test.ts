import { describe, expect, it } from 'vitest';
import { LEGACY_INDUSTRIES } from '../../../lib/normalize/industries-data/legacy';
import { TAXONOMY } from '../../../lib/normalize/industries-data/taxonomy';
import { canonicalIndustry, industryAncestors } from '../../../lib/normalize/industries';
import { countryName, parsePlace, regionName } from '../../../lib/normalize/places';
import { CA_PROVINCES } from '../../../lib/normalize/places-data/ca-provinces';
import { CITIES } from '../../../lib/normalize/places-data/cities';
import { COUNTRIES } from '../../../lib/normalize/places-data/countries';
import { DE_STATES } from '../../../lib/normalize/places-data/de-states';
import { GB_NATIONS } from '../../../lib/normalize/places-data/gb-nations';
import { METROS } from '../../../lib/normalize/places-data/metros';
import { OTHER_REGIONS } from '../../../lib/normalize/places-data/other-regions';
import { US_STATES } from '../../../lib/normalize/places-data/us-states';

const code = (line: string) => line.slice(0, line.indexOf(' '));
const names = (line: string) => line.slice(line.indexOf(' ') + 1).split('|');

describe('place tables', () => {
  it('list every ISO 3166-1 country once (249 plus Kosovo)', () => {
    const alpha2 = COUNTRIES.map(code);
    const alpha3 = COUNTRIES.map((l) => l.split(' ')[1]);
    expect(COUNTRIES).toHaveLength(250);
    expect(new Set(alpha2).size).toBe(250);
    expect(new Set(alpha3).size).toBe(250);
    for (const c of alpha2) expect(c).toMatch(/^[A-Z]{2}$/);
    for (const c of alpha3) expect(c).toMatch(/^[A-Z]{3}$/);
  });

  it('resolve every country by its names and codes (but "NA" reads as "n/a", not Namibia)', () => {
    expect(parsePlace({ country: 'NA' })).toBeUndefined();
    for (const line of COUNTRIES) {
      const [alpha2 = '', alpha3 = ''] = line.split(' ');
      const all = [line.split(' ').slice(2).join(' ').split('|')[0] ?? '', ...names(line).slice(1)];
      if (alpha2 !== 'NA') expect(parsePlace({ country: alpha2 })?.country).toBe(alpha2);
      expect(parsePlace({ country: alpha3 })?.country).toBe(alpha2);
      for (const name of all) expect(parsePlace({ country: name })?.country, name).toBe(alpha2);
    }
  });

  it('hold 50 states and DC, 13 provinces and territories, 4 UK nations, 16 Länder', () => {
    expect(US_STATES).toHaveLength(51);
    expect(CA_PROVINCES).toHaveLength(13);
    expect(GB_NATIONS).toHaveLength(4);
    expect(DE_STATES).toHaveLength(16);
  });

  it('resolve every region by each of its names, and US/CA/AU ones by abbreviation after a city', () => {
    for (const line of [...US_STATES, ...CA_PROVINCES, ...GB_NATIONS, ...DE_STATES, ...OTHER_REGIONS]) {
      const region = code(line);
      for (const name of names(line)) expect(parsePlace({ region: name })?.region, name).toBe(region);
      expect(parsePlace({ region })?.region).toBe(region);
      if (/^(US|CA)-/.test(region)) expect(parsePlace(`Smalltown, ${region.slice(3)}`)?.region).toBe(region);
    }
  });

  it('point cities and metros only at codes with display names', () => {
    for (const line of [...CITIES, ...METROS]) {
      const c = code(line);
      expect(countryName(c.slice(0, 2)), line).toBeDefined();
      if (c.length > 2) expect(regionName(c), line).toBeDefined();
    }
  });
});

describe('industry tables', () => {
  const entries = TAXONOMY.split('\n').filter((l) => l.trim());

  it('list each industry once, under a parent, two spaces per level', () => {
    const list = entries.map((l) => l.trim());
    expect(new Set(list).size).toBe(list.length);
    expect(list.length).toBeGreaterThan(300);
    for (const l of entries) expect((l.length - l.trimStart().length) % 2).toBe(0);
  });

  it('has the 20 top-level groups of LinkedIn V2', () => {
    const top = entries.filter((l) => !l.startsWith(' '));
    expect(top).toHaveLength(20);
    for (const name of top) expect(industryAncestors(name)).toEqual([]);
  });

  it('maps every legacy name to an industry of the taxonomy', () => {
    const list = new Set(entries.map((l) => l.trim()));
    for (const [old, current] of Object.entries(LEGACY_INDUSTRIES)) {
      expect(list.has(current), `${old} -> ${current}`).toBe(true);
      expect(canonicalIndustry(old)).toBe(current);
    }
  });
});
