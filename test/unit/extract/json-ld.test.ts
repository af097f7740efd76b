import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractJsonLdOrganization, jsonLdNodes } from '../../../lib/extract/json-ld';

const doc = (html: string) => new JSDOM(html).window.document;
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('extractJsonLdOrganization', () => {
  it('reads the sample LinkedIn page', () => {
    const html = fs.readFileSync('test/fixtures/sample/northwind-analytics-company.html', 'utf8');
    const result = extractJsonLdOrganization(doc(html));
    expect(result.kind).toBe('company');
    expect(result.company).toMatchObject({
      name: 'Northwind Analytics',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics',
      website: 'https://www.northwind-analytics.com',
      employeeCount: '143',
      address: { locality: 'San Francisco', region: 'CA', country: 'US', postalCode: '94105' },
    });
    expect(result.provenance.name).toEqual({ source: 'json-ld', detail: 'schema.org Organization' });
    expect(result.missing).toEqual(['industry', 'founded']);
  });

  it('finds an Organization inside @graph and arrays, and a size range', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        [
          {
            '@type': ['Corporation'],
            legalName: 'Acme GmbH',
            url: 'https://acme.de',
            numberOfEmployees: { minValue: 51, maxValue: 200 },
            foundingDate: '2012-04-01',
          },
        ],
      ],
    });
    const result = extractJsonLdOrganization(doc(html));
    expect(result.company).toMatchObject({
      name: 'Acme GmbH',
      website: 'https://acme.de',
      size: '51-200',
      founded: '2012-04-01',
    });
  });

  it('skips broken JSON-LD blocks and reads the next one', () => {
    const html = `<script type="application/ld+json">{ not json</script>${ld({ '@type': 'Organization', name: 'Good' })}`;
    expect(extractJsonLdOrganization(doc(html)).company?.name).toBe('Good');
  });

  it('reports unknown when there is no organization', () => {
    const result = extractJsonLdOrganization(doc(ld({ '@type': 'Person', name: 'Ann' })));
    expect(result).toEqual({ kind: 'unknown', missing: ['organization'], provenance: {} });
  });

  it('keeps hostile markup as plain text', () => {
    const name = '<img src=x onerror=alert(1)>Evil';
    const result = extractJsonLdOrganization(doc(ld({ '@type': 'Organization', name })));
    expect(result.company?.name).toBe(name);
  });

  it('stops descending into absurdly nested JSON', () => {
    let deep: unknown = { '@type': 'Organization', name: 'Deep' };
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(jsonLdNodes(doc(ld(deep)))).toEqual([]);
  });
});
