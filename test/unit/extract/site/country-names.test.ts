import { describe, expect, it } from 'vitest';
import { addressInLines, countryTest } from '../../../../lib/extract/site/address-text';
import { countryKeys, isCountryName } from '../../../../lib/normalize/country-names';
import { countryByName } from '../../../../lib/normalize/place-index';
import { COUNTRIES } from '../../../../lib/normalize/places-data/countries';

/** Every name and alias of countries.ts, as written there. */
function countryNames(): string[] {
  return COUNTRIES.flatMap((line) => {
    const names = line.slice(line.indexOf(' ') + 1).split('|');
    return [names[0].split(' ').slice(1).join(' '), ...names.slice(1)];
  });
}

describe('country names for the site reader (sent by the background: no place tables in the page)', () => {
  it('holds exactly the names place-index knows, and countryTest over them answers as isCountryName', () => {
    expect([...countryKeys()].sort()).toEqual([...countryByName.keys()].sort());
    // What the injected reader builds from the structured-cloned keys.
    const isCountry = countryTest(structuredClone(countryKeys()));
    for (const name of [...countryNames(), 'Germany', 'U.S.', 'Acme', 'Berlin', 'DE', ''])
      expect(isCountry(name), name).toBe(isCountryName(name));
  });

  it('recognizes names and aliases as written, and nothing else', () => {
    for (const name of countryNames()) expect(isCountryName(name), name).toBe(true);
    for (const name of ['Germany', 'DEUTSCHLAND', 'U.S.', 'Côte d’Ivoire', 'Türkiye', 'the Netherlands', 'UK'])
      expect(isCountryName(name), name).toBe(true);
    for (const name of ['Acme', 'Berlin', 'Bavaria', 'California', 'Suite 100', 'DE', '', 'Republic', 'islands'])
      expect(isCountryName(name), name).toBe(false);
  });

  it('gives the address reader its country line', () => {
    expect(addressInLines(['Hauptstr. 5', '80331 München', 'Deutschland'], isCountryName)).toEqual({
      street: 'Hauptstr. 5',
      locality: 'München',
      postalCode: '80331',
      country: 'Deutschland',
    });
    // A bare number before a town is a house number or a year unless a country confirms it.
    expect(addressInLines(['1526 Frankford', 'Acme'], isCountryName)).toBeUndefined();
    expect(addressInLines(['1010 Wien', 'Österreich'], isCountryName)?.country).toBe('Österreich');
  });
});
