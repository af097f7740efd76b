import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { readJsonLd } from '../../../../lib/extract/site/json-ld-graph';
import { ownerOrganization } from '../../../../lib/extract/site/json-ld-org';
import { siteOf } from '../../../../lib/extract/site/site';
import { registrableDomain } from '../../../../lib/normalize/domains';
import { page } from './fixtures';

/** The site of a page URL, its registrable domain computed as the background does. */
const siteAt = (url: string) => siteOf(new URL(url), undefined, registrableDomain(new URL(url).hostname));

const ld = (...blocks: unknown[]): string =>
  blocks
    .map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`)
    .join('');

function read(blocks: unknown[], url = 'https://www.acme.io/about') {
  const { doc, url: u } = page(`<html><head>${ld(...blocks)}</head><body></body></html>`, url);
  return extractSite(doc, u);
}

const acme = { name: 'Acme', url: 'https://www.acme.io/' };

describe('JSON-LD organization types', () => {
  it.each([
    'Organization',
    'Corporation',
    'LocalBusiness',
    'Restaurant',
    'Store',
    'ProfessionalService',
    'LegalService',
    'Attorney',
    'NGO',
    'EducationalOrganization',
    'CollegeOrUniversity',
    'NewsMediaOrganization',
    'OnlineStore',
    'https://schema.org/Organization',
    'http://schema.org/Corporation',
    'schema:LocalBusiness',
    'SoftwareCompany',
  ])('reads %s', (type) => {
    expect(read([{ '@context': 'https://schema.org', '@type': type, ...acme }]).company?.name).toBe('Acme');
  });

  it.each(['WebPage', 'Person', 'Product', 'GovernmentService', 'Event'])('ignores %s', (type) => {
    const r = read([{ '@type': type, name: 'Acme Widget', url: 'https://www.acme.io/' }]);
    expect(r.provenance.name?.source).not.toBe('json-ld');
  });

  it('reads a type array with an organization in it', () => {
    expect(read([{ '@type': ['Thing', 'Corporation'], ...acme }]).provenance.name.source).toBe('json-ld');
  });
});

describe('JSON-LD shapes', () => {
  it('reads @graph, arrays of blocks, and @id references from WebSite.publisher', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'WebSite',
          '@id': 'https://www.acme.io/#website',
          url: 'https://www.acme.io/',
          publisher: { '@id': 'https://www.acme.io/#org' },
        },
        {
          '@type': 'Organization',
          '@id': 'https://www.acme.io/#org',
          name: 'Acme Holdings',
          description: 'We make anvils.',
        },
      ],
    };
    const r = read([[graph]]);
    expect(r.company?.name).toBe('Acme Holdings');
    expect(r.company?.description).toBe('We make anvils.');
    expect(r.provenance.name.detail).toContain('publisher of WebSite');
  });

  it('reads the publisher Organization of a WebPage or BlogPosting when it belongs to the site', () => {
    const post = { '@type': 'BlogPosting', headline: 'x', publisher: { '@type': 'Organization', name: 'Acme' } };
    expect(read([post]).company?.name).toBe('Acme');
    const pageNode = {
      '@type': 'WebPage',
      url: 'https://www.acme.io/about',
      author: { '@type': 'Organization', name: 'Anvil Works' },
    };
    expect(read([pageNode]).company?.name).toBe('Anvil Works');
  });

  it('reads a nested PostalAddress, an address array (first wins) and a plain string', () => {
    const a = {
      '@type': 'PostalAddress',
      streetAddress: '1 Main St',
      addressLocality: 'Austin',
      addressRegion: 'TX',
      postalCode: '78701',
      addressCountry: { '@type': 'Country', name: 'US' },
    };
    expect(read([{ '@type': 'Organization', ...acme, address: a }]).company?.address).toEqual({
      street: '1 Main St',
      locality: 'Austin',
      region: 'TX',
      postalCode: '78701',
      country: 'US',
    });
    const two = [{ addressLocality: 'Berlin', addressCountry: 'DE' }, { addressLocality: 'Paris' }];
    expect(read([{ '@type': 'Organization', ...acme, address: two }]).company?.address).toEqual({
      locality: 'Berlin',
      country: 'DE',
    });
    expect(read([{ '@type': 'Organization', ...acme, address: 'Austin, TX' }]).company?.headquarters).toBe(
      'Austin, TX',
    );
    const located = {
      '@type': 'Organization',
      ...acme,
      location: { '@type': 'Place', address: { addressLocality: 'Lyon' } },
    };
    expect(read([located]).company?.address).toEqual({ locality: 'Lyon' });
  });

  it.each([
    [69, { employeeCount: '69' }],
    ['1,200', { employeeCount: '1,200' }],
    [{ '@type': 'QuantitativeValue', value: 250 }, { employeeCount: '250' }],
    [{ '@type': 'QuantitativeValue', minValue: 51, maxValue: 200 }, { size: '51-200' }],
    [{ '@type': 'QuantitativeValue', minValue: 10001 }, { size: '10001+' }],
    [[{ '@type': 'QuantitativeValue', value: 12 }], { employeeCount: '12' }],
  ])('reads numberOfEmployees %j', (value, expected) => {
    const c = read([{ '@type': 'Organization', ...acme, numberOfEmployees: value }]).company!;
    expect({ size: c.size, employeeCount: c.employeeCount }).toEqual({
      size: undefined,
      employeeCount: undefined,
      ...expected,
    });
  });

  it('reads foundingDate, logo, description and a LinkedIn company URL from sameAs', () => {
    const r = read([
      {
        '@type': 'Corporation',
        ...acme,
        foundingDate: '2012-03-01',
        logo: { '@type': 'ImageObject', url: 'https://www.acme.io/logo.png' },
        description: 'Anvils for everyone.',
        sameAs: [
          'https://twitter.com/acme',
          'https://de.linkedin.com/company/acme-inc/about/',
          'https://github.com/acme',
        ],
      },
    ]);
    expect(r.company).toMatchObject({
      founded: '2012-03-01',
      description: 'Anvils for everyone.',
      linkedinUrl: 'https://www.linkedin.com/company/acme-inc/',
    });
    expect(r.provenance.linkedinUrl).toEqual({ source: 'json-ld', detail: 'sameAs' });
    expect(r.provenance.logo.detail).toBe('https://www.acme.io/logo.png');
    expect(r.provenance['social.github'].detail).toBe('https://github.com/acme');
  });

  it('tolerates wrong-case keys and values wrapped as {"@value"}', () => {
    const r = read([{ '@type': 'Organization', Name: { '@value': 'Acme' }, URL: 'https://acme.io' }]);
    expect(r.company?.name).toBe('Acme');
  });

  it('repairs raw line breaks, trailing commas and comment wrappers; skips what stays broken', () => {
    const raw = '<!--\n{"@type":"Organization","name":"Acme\nLabs","url":"https://www.acme.io/",}\n-->';
    const r = read(['{ this is not json', raw]);
    expect(r.company?.name).toBe('Acme Labs');
    expect(r.provenance.page.detail).toContain('1 JSON-LD block(s) unreadable');
  });
});

describe('whose organization it is', () => {
  const site = siteAt('https://www.globenewswire.com/news-release/1.html');
  const graphOf = (...blocks: unknown[]) => readJsonLd(page(`<head>${ld(...blocks)}</head>`).doc);

  it('rejects an Organization whose url is another site (a client, a partner, a subject)', () => {
    expect(
      ownerOrganization(graphOf({ '@type': 'Organization', name: 'Segment', url: 'https://segment.com' }), site),
    ).toBeUndefined();
  });

  it("rejects a press wire article's publisher that names the client, not the site", () => {
    const release = { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Segment' } };
    expect(ownerOrganization(graphOf(release), site)).toBeUndefined();
  });

  it('accepts the site owner by url on the same registrable domain even when the name differs', () => {
    const org = { '@type': 'Organization', name: 'Alphabet Inc.', url: 'https://abc.xyz/investor/' };
    expect(ownerOrganization(graphOf(org), siteAt('https://abc.xyz/'))?.name).toBe('Alphabet Inc.');
  });

  it('prefers the WebSite publisher over other organizations on the page', () => {
    const g = graphOf({
      '@graph': [
        { '@type': 'Organization', name: 'Acme Partner Program', url: 'https://www.acme.io/partners' },
        { '@type': 'WebSite', url: 'https://www.acme.io/', publisher: { '@id': '#o' } },
        { '@type': 'Organization', '@id': '#o', name: 'Acme' },
      ],
    });
    expect(ownerOrganization(g, siteAt('https://www.acme.io/'))?.name).toBe('Acme');
  });

  it('merges a full Organization with a publisher stub of the same company', () => {
    const g = graphOf(
      {
        '@type': 'BlogPosting',
        publisher: { '@type': 'Organization', name: 'Acme', logo: 'https://www.acme.io/l.png' },
      },
      { '@type': 'Organization', name: 'Acme', url: 'https://www.acme.io', foundingDate: '1999' },
    );
    const o = ownerOrganization(g, siteAt('https://www.acme.io/blog/x'));
    expect(o).toMatchObject({ name: 'Acme', founded: '1999', logo: 'https://www.acme.io/l.png' });
  });
});
