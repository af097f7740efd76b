import { describe, expect, it } from 'vitest';
import { addressInLines } from '../../../../lib/extract/site/address-text';
import { COUNTRY_KEYS, countryKeys, isCountryName } from '../../../../lib/normalize/country-names';
import { foldKey } from '../../../../lib/normalize/fold-key';
import { countryByName } from '../../../../lib/normalize/place-index';
import { COUNTRIES } from '../../../../lib/normalize/places-data/countries';

/** Every name and alias of countries.ts, as written there. */
function countryNames(): string[] {
  return COUNTRIES.flatMap((line) => {
    const names = line.slice(line.indexOf(' ') + 1).split('|');
    return [names[0].split(' ').slice(1).join(' '), ...names.slice(1)];
  });
}

/** COUNTRY_KEYS as it must be for countries.ts: the packing country-names.ts describes. */
function pack(words: readonly string[]): string {
  const short = [...new Set(countryNames().map(foldKey))]
    .map((key) =>
      key
        .split(' ')
        .map((w) => (words.includes(w) ? String.fromCharCode(65 + words.indexOf(w)) : w))
        .join(' ')
        .replace(/ ?([A-Z]) ?/g, '$1'),
    )
    .sort();
  let prev = '';
  return short
    .map((key) => {
      let shared = 0;
      while (shared < 9 && shared < prev.length && prev[shared] === key[shared]) shared++;
      prev = key;
      return (shared ? String(shared) : '') + key.slice(shared);
    })
    .join('|');
}

describe('country names for the site reader (no place tables in the content script)', () => {
  it('holds exactly the names place-index knows', () => {
    expect([...countryKeys()].sort()).toEqual([...countryByName.keys()].sort());
  });

  it('is packed from countries.ts as documented (rebuild COUNTRY_KEYS with the value printed on failure)', () => {
    const words = 'republic islands saint and united democratic congo of netherlands states korea micronesia'.split(
      ' ',
    );
    expect(COUNTRY_KEYS, pack(words)).toBe(pack(words));
  });

  it('recognizes names and aliases as written, and nothing else', () => {
    for (const name of countryNames()) expect(isCountryName(name), name).toBe(true);
    for (const name of ['Germany', 'DEUTSCHLAND', 'U.S.', 'Côte d’Ivoire', 'Türkiye', 'the Netherlands', 'UK'])
      expect(isCountryName(name), name).toBe(true);
    for (const name of ['Acme', 'Berlin', 'Bavaria', 'California', 'Suite 100', 'DE', '', 'Republic', 'islands'])
      expect(isCountryName(name), name).toBe(false);
  });

  it('gives the address reader its country line', () => {
    expect(addressInLines(['Hauptstr. 5', '80331 München', 'Deutschland'])).toEqual({
      street: 'Hauptstr. 5',
      locality: 'München',
      postalCode: '80331',
      country: 'Deutschland',
    });
    // A bare number before a town is a house number or a year unless a country confirms it.
    expect(addressInLines(['1526 Frankford', 'Acme'])).toBeUndefined();
    expect(addressInLines(['1010 Wien', 'Österreich'])?.country).toBe('Österreich');
  });
});
