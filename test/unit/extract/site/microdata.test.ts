import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { microdataOrganization } from '../../../../lib/extract/site/microdata';
import { siteOf } from '../../../../lib/extract/site/site';
import { registrableDomain } from '../../../../lib/normalize/domains';
import { page } from './fixtures';

const read = (body: string, url = 'https://www.acme.io/') => {
  const p = page(`<body>${body}</body>`, url);
  return microdataOrganization(p.doc, siteOf(p.url, p.doc, registrableDomain(p.url.hostname)));
};

describe('microdata organizations', () => {
  it('reads name, url, description, sameAs and a nested PostalAddress', () => {
    const r = read(`
      <div itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Acme GmbH</span> <a itemprop="url" href="/">home</a>
        <p itemprop="description">Anvils since 1901.</p>
        <link itemprop="sameAs" href="https://www.linkedin.com/company/acme-gmbh">
        <meta itemprop="foundingDate" content="1901">
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="streetAddress">Hauptstraße 5</span>
          <span itemprop="postalCode">10115</span> <span itemprop="addressLocality">Berlin</span>
          <span itemprop="addressCountry">Deutschland</span>
        </div>
      </div>`);
    expect(r).toMatchObject({
      name: 'Acme GmbH',
      url: 'https://www.acme.io/',
      description: 'Anvils since 1901.',
      sameAs: ['https://www.linkedin.com/company/acme-gmbh'],
      founded: '1901',
      address: { street: 'Hauptstraße 5', postalCode: '10115', locality: 'Berlin', country: 'Deutschland' },
    });
  });

  it('reads LocalBusiness subtypes and legalName / brand as the name', () => {
    expect(
      read('<div itemscope itemtype="http://schema.org/Restaurant"><b itemprop="legalName">Acme Diner</b></div>')?.name,
    ).toBe('Acme Diner');
    expect(
      read('<div itemscope itemtype="http://schema.org/LegalService"><b itemprop="brand">ACME &amp; Partner</b></div>')
        ?.name,
    ).toBe('ACME & Partner');
  });

  it('does not take the properties of nested items (a Person, another address) as its own', () => {
    const r = read(`
      <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span>
        <div itemprop="founder" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></div>
      </div>`);
    expect(r?.name).toBe('Acme');
  });

  it('takes the first address in document order when street and town sit on the Organization itself', () => {
    // The shape of viehbacher.com's footer (2019): own props first, then a second office as PostalAddress.
    const r = read(`
      <div itemscope itemtype="http://schema.org/Organization">
        <span itemprop="brand">ACME GmbH &amp; Co. KG</span><span itemprop="streetAddress">Stadtplatz 3</span>
        <span itemprop="postalCode">93437</span> <span itemprop="addressLocality">Furth im Wald</span>
        <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
          <span itemprop="streetAddress">Nymphenburger Straße 4</span><span itemprop="addressLocality">München</span>
        </div>
      </div>`);
    expect(r?.address).toEqual({ street: 'Stadtplatz 3', postalCode: '93437', locality: 'Furth im Wald' });
  });

  it("ignores an organization that is not the site's (foreign url, or a name that does not match the domain)", () => {
    expect(
      read('<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Globex</span></div>'),
    ).toBeUndefined();
    const foreign =
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span><a itemprop="url" href="https://globex.com">x</a></div>';
    expect(read(foreign)).toBeUndefined();
    expect(
      read('<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Acme Anvil</span></div>'),
    ).toBeUndefined();
  });

  it('feeds the company when the page has no JSON-LD', () => {
    const { doc, url } = page(
      '<title>Anvils | Acme</title><div itemscope itemtype="https://schema.org/Corporation"><span itemprop="name">Acme Inc.</span><meta itemprop="numberOfEmployees" content="40"></div>',
    );
    const r = extractSite(doc, url);
    expect(r.company).toMatchObject({ name: 'Acme Inc.', employeeCount: '40' });
    expect(r.provenance.name).toEqual({ source: 'markup', detail: 'microdata corporation' });
  });
});
