import { describe, expect, it } from 'vitest';
import { addressInLines } from '../../../../lib/extract/site/address-text';
import { isCountryName } from '../../../../lib/normalize/country-names';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { page } from './fixtures';

describe('postal address lines', () => {
  it.each([
    [
      ['101 15th Street', 'San Francisco, CA 94010'],
      { street: '101 15th Street', locality: 'San Francisco', region: 'CA', postalCode: '94010' },
    ],
    [
      ['PO Box 1866, Mountain View, CA 94042'],
      { street: 'PO Box 1866', locality: 'Mountain View', region: 'CA', postalCode: '94042' },
    ],
    [
      ['111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086 - 408 827-Lean (5326)'],
      { street: '111 West Evelyn Ave. Suite 106', locality: 'Sunnyvale', region: 'CA', postalCode: '94086' },
    ],
    [
      ['40 Exchange Place, Suite #1104', '11th FL, New York, NY 10005'],
      { street: '11th FL', locality: 'New York', region: 'NY', postalCode: '10005' },
    ],
    [
      ['200 Bay St', 'Toronto, ON M5J 2J2', 'Canada'],
      { street: '200 Bay St', locality: 'Toronto', region: 'ON', postalCode: 'M5J 2J2', country: 'Canada' },
    ],
    [
      ['Stadtplatz 3', 'DE-93437 Furth im Wald'],
      { street: 'Stadtplatz 3', locality: 'Furth im Wald', postalCode: '93437', country: 'DE' },
    ],
    [
      ['Hauptstraße 5', '10115 Berlin', 'Deutschland'],
      { street: 'Hauptstraße 5', locality: 'Berlin', postalCode: '10115', country: 'Deutschland' },
    ],
    [
      ['12 rue de la Paix, 75002 Paris, France'],
      { street: '12 rue de la Paix', locality: 'Paris', postalCode: '75002', country: 'France' },
    ],
    [
      ['Meander 151 (8510)', '6825 MB Arnhem', 'Niederlande'],
      { street: 'Meander 151 (8510)', locality: 'Arnhem', postalCode: '6825 MB', country: 'Niederlande' },
    ],
    [['1 Poultry', 'London EC2R 8EJ'], { street: '1 Poultry', locality: 'London', postalCode: 'EC2R 8EJ' }],
    [
      ['Shop no.9, SV Road, Jogeshwari (W), Mumbai 400102.'],
      { street: 'Shop no.9, SV Road, Jogeshwari (W)', locality: 'Mumbai', postalCode: '400102' },
    ],
  ])('%j', (lines, expected) => {
    expect(addressInLines(lines, isCountryName)).toEqual(expected);
  });

  it.each([
    [['© 2016 Acme. All rights reserved.']],
    [['2016 Acme Industries']],
    [['PHL', '1526 Frankford Ave']],
    [['T 919-951-0052', 'F 919-928-5516']],
    [['Call us: +49 30 1234567']],
    [['Founded 1998 in Berlin']],
  ])('finds no address in %j', (lines) => {
    expect(addressInLines(lines, isCountryName)).toBeUndefined();
  });
});

describe('address blocks of a page', () => {
  const read = (body: string) => {
    const p = page(`<title>Acme</title><body>${body}</body>`);
    return extractSite(p.doc, p.url);
  };

  it('reads <address>, blocks named address/contact, and the footer, first address first', () => {
    const r = read(`<main><p>Anvils.</p></main><footer><div class="locations">
      <div class="address">1526 Frankford Ave<br>Philadelphia, PA 19125</div>
      <div class="address">40 Exchange Place<br>New York, NY 10005</div></div></footer>`);
    expect(r.company?.address).toEqual({
      street: '1526 Frankford Ave',
      locality: 'Philadelphia',
      region: 'PA',
      postalCode: '19125',
    });
    expect(r.provenance.address.source).toBe('markup');
  });

  it("ignores an <address> inside an article (HTML: the article author's contact) and postal codes in prose", () => {
    const r = read(`<article><address>Jane Doe, 1 Main St, Springfield, IL 62701</address>
      <p>We visited 1 Infinite Loop, Cupertino, CA 95014 last week.</p></article><footer>© 2020 Acme</footer>`);
    expect(r.company?.address).toBeUndefined();
    expect(r.missing).toContain('address');
  });

  it('prefers JSON-LD and fills what it left out from a written address with the same postal code', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Organization","name":"Acme","url":"https://www.acme.io","address":{"postalCode":"93437","addressLocality":"Furth im Wald"}}</script>';
    const r = read(`${ld}<footer>Stadtplatz 3<br>DE-93437 Furth im Wald</footer>`);
    expect(r.company?.address).toEqual({
      street: 'Stadtplatz 3',
      locality: 'Furth im Wald',
      postalCode: '93437',
      country: 'DE',
    });
    expect(r.provenance.address.source).toBe('json-ld');
  });
});
