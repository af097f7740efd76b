import { describe, expect, it } from 'vitest';
import {
  describeOrigin,
  fuseRecords,
  joinSignals,
  mergeSighting,
  originLabels,
  provenanceOf,
  sourceKind,
  sourcePages,
  type CompanyRecord,
  type Sighting,
} from '../../../lib/merge/merge-company';

const LI = 'https://www.linkedin.com/company/acme/';
const SITE = 'https://www.acme.io/';
const CAREERS = 'https://www.acme.io/careers';
const DAY1 = '2026-11-01T10:00:00.000Z';
const DAY2 = '2026-11-02T10:00:00.000Z';

const see = (over: Partial<Sighting>): Sighting => ({ company: {}, provenance: {}, url: LI, seenAt: DAY1, ...over });
const fold = (...sightings: Sighting[]): CompanyRecord =>
  sightings.reduce<CompanyRecord | undefined>((r, s) => mergeSighting(r, s), undefined)!;

describe('source kinds', () => {
  it('tells LinkedIn pages from websites, and survives garbage', () => {
    expect(sourceKind(LI)).toBe('linkedin');
    expect(sourceKind('https://linkedin.com/in/someone')).toBe('linkedin');
    expect(sourceKind(SITE)).toBe('website');
    expect(sourceKind('https://notlinkedin.com/')).toBe('website');
    expect(sourceKind('not a url')).toBe('website');
  });

  it("finds a normalized field's provenance under its raw extractor name", () => {
    const p = { size: { source: 'markup' as const, detail: 'about' }, address: { source: 'json-ld' as const } };
    expect(provenanceOf('employees', p)).toEqual({ source: 'markup', detail: 'about' });
    expect(provenanceOf('hq', p)).toEqual({ source: 'json-ld' });
    expect(provenanceOf('industry', p)).toEqual({ source: 'markup' });
  });
});

describe('source priority', () => {
  it('LinkedIn wins firmographics over the website, whichever was seen first', () => {
    const linkedin = see({
      company: { name: 'Acme Inc', industry: 'Software Development', employees: { min: 51, max: 200 } },
    });
    const site = see({
      url: SITE,
      seenAt: DAY2,
      company: { name: 'ACME', industry: 'Retail', employees: { min: 11, max: 50 }, domain: 'acme.io' },
    });
    for (const record of [fold(linkedin, site), fold({ ...site, seenAt: DAY1 }, { ...linkedin, seenAt: DAY2 })]) {
      expect(record.company.name).toBe('Acme Inc');
      expect(record.company.industry).toBe('Software Development');
      expect(record.company.employees).toEqual({ min: 51, max: 200 });
      expect(record.company.domain).toBe('acme.io');
      expect(sourceKind(record.origins.industry.url)).toBe('linkedin');
      expect(sourceKind(record.origins.domain.url)).toBe('website');
    }
  });

  it('the website wins its own domain, website and job openings', () => {
    const linkedin = see({ company: { domain: 'acme-old.com', website: 'https://acme-old.com', jobOpenings: 3 } });
    const site = see({ url: SITE, company: { domain: 'acme.io', website: 'https://www.acme.io', jobOpenings: 12 } });
    const record = fold(site, linkedin);
    expect(record.company).toMatchObject({ domain: 'acme.io', website: 'https://www.acme.io', jobOpenings: 12 });
    expect(record.domain).toBe('acme.io');
  });

  it('between pages of one kind the newer sighting wins; a missing field keeps the older value', () => {
    const older = see({ company: { industry: 'Retail', followers: 10 } });
    const newer = see({ seenAt: DAY2, company: { industry: 'Software Development' } });
    const record = fold(older, newer);
    expect(record.company).toMatchObject({ industry: 'Software Development', followers: 10 });
    expect(record.visits).toBe(2);
    expect(record.lastSeen).toBe(DAY2);
    expect(record.firstSeen).toBe(DAY1);
    // An older sighting replayed late does not overwrite the newer value.
    expect(fold(newer, older).company.industry).toBe('Software Development');
  });

  it('technologies come from the website only; same-day pages add up, a later day replaces', () => {
    const li = see({ company: { technologies: ['Salesforce'] } });
    expect(fold(li).company.technologies).toBeUndefined();
    const home = see({
      url: SITE,
      company: { technologies: ['HubSpot', 'Segment'] },
      detections: [{ name: 'HubSpot', category: 'crm', confidence: 80, evidence: ['script'] }],
    });
    const careers = see({
      url: CAREERS,
      company: { technologies: ['HubSpot', 'Greenhouse'] },
      detections: [
        { name: 'HubSpot', category: 'crm', confidence: 100, evidence: ['script', 'global'] },
        { name: 'Greenhouse', category: 'ats', confidence: 80, evidence: ['embed'] },
      ],
    });
    const sameDay = fold(li, home, careers);
    expect(sameDay.company.technologies).toEqual(['HubSpot', 'Segment', 'Greenhouse']);
    expect(sameDay.detections?.map((d) => [d.name, d.confidence])).toEqual([
      ['HubSpot', 100],
      ['Greenhouse', 80],
    ]);
    const nextDay = fold(home, { ...careers, seenAt: DAY2 });
    expect(nextDay.company.technologies).toEqual(['HubSpot', 'Greenhouse']);
    expect(nextDay.detections?.map((d) => d.name)).toEqual(['HubSpot', 'Greenhouse']);
    // "Looked, found none" is kept as an empty list, not dropped.
    expect(fold(see({ url: SITE, company: { technologies: [] } })).company.technologies).toEqual([]);
  });

  it('signals from both sources are joined without repeats, newest first', () => {
    const a = { type: 'funding', observedAt: '2026-03-01', detail: 'Raised a $30M Series B' };
    const b = { type: 'hiring', observedAt: '2026-11-01', detail: '5 postings' };
    const record = fold(see({ company: { signals: [a] } }), see({ url: SITE, company: { signals: [b, { ...a }] } }));
    expect(record.company.signals).toEqual([b, a]);
    expect(joinSignals(Array.from({ length: 80 }, (_, i) => ({ type: 'hiring', detail: `job ${i}` })))).toHaveLength(
      50,
    );
  });
});

describe('records', () => {
  it('keys a record by LinkedIn slug when known, else by domain', () => {
    expect(fold(see({ linkedinSlug: 'acme' })).key).toBe('li:acme');
    expect(fold(see({ url: SITE, company: { domain: 'acme.io' } })).key).toBe('domain:acme.io');
  });

  it('fuses two records of one company under the same priority and keeps the older key', () => {
    const site = fold(see({ url: SITE, company: { domain: 'acme.io', name: 'ACME', technologies: ['HubSpot'] } }));
    const li = fold(
      see({ seenAt: DAY2, linkedinSlug: 'acme', company: { name: 'Acme Inc', industry: 'Software Development' } }),
    );
    const fused = fuseRecords(li, site);
    expect(fused.key).toBe('domain:acme.io');
    expect(fused.linkedinSlug).toBe('acme');
    expect(fused.company).toMatchObject({
      name: 'Acme Inc',
      domain: 'acme.io',
      industry: 'Software Development',
      technologies: ['HubSpot'],
    });
    expect(fused.visits).toBe(2);
    expect(fused.lastSeen).toBe(DAY2);
  });

  it('lists the pages behind the kept values, LinkedIn first, and labels evidence by source', () => {
    const record = fold(
      see({
        url: SITE,
        company: { domain: 'acme.io', hq: { country: 'US' } },
        provenance: { address: { source: 'json-ld' } },
      }),
      see({ company: { industry: 'Software Development', hq: { country: 'US', city: 'Austin' } } }),
    );
    const pages = sourcePages(record.origins);
    expect(pages.map((p) => [p.kind, p.fields.sort()])).toEqual([
      ['linkedin', ['hq', 'industry']],
      ['website', ['domain']],
    ]);
    expect(originLabels(record.origins)).toMatchObject({
      industry: 'LinkedIn',
      'hq.city': 'LinkedIn',
      domain: 'website',
    });
    expect(describeOrigin({ source: 'json-ld', url: SITE, seenAt: DAY1 })).toBe('website, structured data');
    expect(describeOrigin({ source: 'markup', url: LI, seenAt: DAY1 })).toBe('LinkedIn');
  });
});
