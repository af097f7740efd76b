import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../lib/extract/types';
import { companyFacts } from '../../../lib/fit/company-facts';
import { readSavedPage } from '../../../lib/fit/read-page';
import { datedByReading, siteTechnologies, TECH_MIN_CONFIDENCE, withTechnologies } from '../../../lib/fit/technologies';
import { probeDom } from '../../../lib/extract/site/technologies/probe-dom';
import { siteOriginsFor } from '../../../lib/storage/site-access';
import type { PageSignals } from '../../../lib/extract/site/technologies/signals';

const empty: PageSignals = {
  scriptSrcs: [],
  linkHrefs: [],
  metas: [],
  inlineScripts: [],
  cookieNames: [],
  globals: [],
};
const site: ExtractResult = { kind: 'company', company: { name: 'Acme' }, missing: [], provenance: {} };

describe('site technologies', () => {
  it('counts a vendor script as a technology and keeps weak detections as evidence only', () => {
    const tech = siteTechnologies({ ...empty, scriptSrcs: ['//js.hs-scripts.com/123.js'] });
    expect(tech.names).toContain('HubSpot');
    const hubspot = tech.detections.find((d) => d.name === 'HubSpot')!;
    expect(hubspot.confidence).toBeGreaterThanOrEqual(TECH_MIN_CONFIDENCE);
    expect(hubspot.evidence.join(' ')).toContain('js.hs-scripts.com');
    for (const d of tech.detections) expect(tech.names.includes(d.name)).toBe(d.confidence >= TECH_MIN_CONFIDENCE);
  });

  it('puts the names in the company and the evidence in provenance; "none found" is an empty list', () => {
    const found = withTechnologies(site, siteTechnologies({ ...empty, globals: ['HubSpotConversations'] }), [
      'page globals',
    ]);
    expect(found.company?.technologies).toContain('HubSpot');
    expect(found.provenance.technologies.detail).toMatch(/^page markup, page globals: .*HubSpot/);
    const none = withTechnologies(site, siteTechnologies(empty), []);
    expect(none.company?.technologies).toEqual([]);
    expect(none.provenance.technologies.detail).toBe('page markup: none found');
    // Pages without a company are left as they are.
    const unknown: ExtractResult = { kind: 'unknown', missing: ['company'], provenance: {} };
    expect(withTechnologies(unknown, siteTechnologies(empty), [])).toBe(unknown);
  });

  it('dates undated hiring signals of a live reading, and nothing else', () => {
    const result: ExtractResult = {
      ...site,
      company: {
        signals: [
          { type: 'hiring', detail: "We're hiring" },
          { type: 'funding', detail: 'raised a Series B' },
          { type: 'hiring', observedAt: '2026-01-05' },
        ],
      },
    };
    expect(datedByReading(result, '2026-11-24').company?.signals).toEqual([
      { type: 'hiring', detail: "We're hiring", observedAt: '2026-11-24' },
      { type: 'funding', detail: 'raised a Series B' },
      { type: 'hiring', observedAt: '2026-01-05' },
    ]);
    expect(datedByReading(site, '2026-11-24')).toBe(site);
  });
});

describe('page probes', () => {
  it('probeDom reports the selectors that match, skipping invalid and oversized ones', () => {
    const { window } = new JSDOM(
      '<div id="hubspot-messages-iframe-container"></div><div class="intercom-lightweight-app"></div>',
    );
    const g = globalThis as { document?: Document };
    const saved = g.document;
    g.document = window.document;
    try {
      const hits = probeDom([
        '#hubspot-messages-iframe-container',
        'div[',
        '.missing',
        `.${'x'.repeat(300)}`,
        '.intercom-lightweight-app',
      ]);
      expect(hits).toEqual(['#hubspot-messages-iframe-container', '.intercom-lightweight-app']);
      expect(probeDom(null as unknown as string[])).toEqual([]);
    } finally {
      g.document = saved;
    }
  });
});

describe('saved pages (CLI) and popup facts', () => {
  it('reads technologies from a saved company site, never on LinkedIn', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('test/fixtures/sample/northwind-analytics-website.html', 'utf8');
    const url = 'https://www.northwind-analytics.com/';
    const result = readSavedPage(new JSDOM(html, { url }).window.document, new URL(url));
    expect(result.company?.technologies).toEqual(expect.arrayContaining(['HubSpot', 'Segment', 'Intercom', 'Stripe']));
    const li = readFileSync('test/fixtures/sample/northwind-analytics-company.html', 'utf8');
    const liUrl = 'https://www.linkedin.com/company/northwind-analytics/';
    expect(
      readSavedPage(new JSDOM(li, { url: liUrl }).window.document, new URL(liUrl)).company?.technologies,
    ).toBeUndefined();
  });

  it('lists the known fields in order with their source in words', () => {
    const facts = companyFacts(
      {
        name: 'Acme',
        employees: { min: 51, max: 200 },
        hq: { city: 'Austin', country: 'US' },
        technologies: [],
        signals: [{ type: 'hiring' }],
      },
      {
        name: { source: 'markup', url: 'https://www.linkedin.com/company/acme/', seenAt: 'x' },
        hq: { source: 'json-ld', url: 'https://acme.io/', seenAt: 'x' },
      },
    );
    expect(facts.map((f) => [f.label, f.value, f.source ?? null])).toEqual([
      ['Name', 'Acme', 'LinkedIn'],
      ['Employees', '51-200', null],
      ['Headquarters', 'Austin, US', 'website, structured data'],
      ['Technologies', 'none detected', null],
      ['Signals', '1 (hiring)', null],
    ]);
  });

  it('asks for one site and its subdomains when enriching, and nothing for odd URLs', () => {
    expect(siteOriginsFor('https://www.acme.io/about')).toEqual([
      'https://acme.io/*',
      'https://*.acme.io/*',
      'http://acme.io/*',
      'http://*.acme.io/*',
    ]);
    expect(siteOriginsFor('javascript:alert(1)')).toBeUndefined();
    expect(siteOriginsFor('nonsense')).toBeUndefined();
  });
});
