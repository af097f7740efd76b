import { describe, expect, it } from 'vitest';
import type { RawCompany } from '../../../lib/extract/types';
import { companySchema } from '../../../lib/icp/company';
import { USD_PER_UNIT } from '../../../lib/normalize/currency-rates';
import { normalizeCompany, parseCount } from '../../../lib/normalize/company';

describe('parseCount', () => {
  it.each([
    ['12,345', 12345],
    ['12,345 followers', 12345],
    ['12.345 Follower', 12345],
    ['1 234', 1234],
    ['1\u202f234 abonnés', 1234],
    ['1.2K followers', 1200],
    ['1,2 k', 1200],
    ['3 Mio. Follower', 3_000_000],
    ['2.5M followers', 2_500_000],
    ['10K+ followers', 10_000],
    ['See all 34 jobs', 34],
    ['0 open jobs', 0],
    ['1,234 employees on LinkedIn', 1234],
    ['999', 999],
  ])('%s -> %d', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each([[''], ['followers'], ['NaN'], ['<script>1</script>'], ['-3'], ['1e99'], ['99999999999999'], ['51-200']])(
    '%s -> undefined',
    (text) => {
      expect(parseCount(text)).toBeUndefined();
    },
  );
});

const full: RawCompany = {
  name: '  Acme   Analytics GmbH ',
  website: 'http://www.acme-analytics.io/?utm_source=linkedin',
  linkedinUrl: 'https://de.linkedin.com/company/Acme-Analytics/about/?trk=public',
  industry: 'Computer Software',
  size: '51-200 Mitarbeiter',
  employeeCount: '286 employees on LinkedIn',
  revenue: '€12,5 Mio.',
  headquarters: 'Austin, TX',
  address: { street: 'Leopoldstraße 1', locality: 'München', postalCode: '80802', country: 'DE' },
  founded: 'Founded 2012',
  followers: '12.345 Follower',
  jobOpenings: 'See all 12 jobs',
  specialties: ['Analytics, Data Science, Cloud and AI'],
  description: '  Acme builds\n\nanalytics.  ',
  technologies: [' React', 'react', 'HubSpot', ''],
  signals: [
    { type: 'hiring', observedAt: '2026-04-01', detail: '12 open roles' },
    { type: 'funding', observedAt: '2026-02-30' },
    { type: '  ', observedAt: '2026-01-01' },
    { type: 'expansion', observedAt: '2026-05-02T10:00:00Z', source: 'press' },
  ],
};

describe('normalizeCompany', () => {
  it('normalizes every field of a full record', () => {
    expect(normalizeCompany(full)).toEqual({
      name: 'Acme Analytics GmbH',
      website: 'https://www.acme-analytics.io',
      domain: 'acme-analytics.io',
      linkedinUrl: 'https://www.linkedin.com/company/acme-analytics/',
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      revenueUsd: { min: Math.round(12.5e6 * USD_PER_UNIT.EUR), max: Math.round(12.5e6 * USD_PER_UNIT.EUR) },
      foundedYear: 2012,
      followers: 12345,
      jobOpenings: 12,
      hq: { country: 'DE', region: 'DE-BY', city: 'Munich' },
      technologies: ['React', 'HubSpot'],
      keywords: ['Analytics', 'Data Science', 'Cloud', 'AI'],
      description: 'Acme builds analytics.',
      signals: [
        { type: 'hiring', observedAt: '2026-04-01', detail: '12 open roles' },
        { type: 'funding' },
        { type: 'expansion', observedAt: '2026-05-02T10:00:00Z', source: 'press' },
      ],
    });
  });

  it('produces records that satisfy the company schema', () => {
    expect(companySchema.safeParse(normalizeCompany(full)).success).toBe(true);
  });

  it('falls back to the exact head count and the headquarters string', () => {
    const c = normalizeCompany({ employeeCount: '1,234 employees on LinkedIn', headquarters: 'Austin, TX' });
    expect(c).toEqual({ employees: { min: 1234, max: 1234 }, hq: { country: 'US', region: 'US-TX', city: 'Austin' } });
  });

  it('builds the LinkedIn URL from a slug when there is no URL', () => {
    expect(normalizeCompany({ linkedinSlug: 'acme' }).linkedinUrl).toBe('https://www.linkedin.com/company/acme/');
  });

  it.each([
    ['https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme/'],
    ['linkedin.com/company/acme', 'https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/company/acme/jobs/?f=1#top', 'https://www.linkedin.com/company/acme/'],
    ['https://m.linkedin.com/company/ACME', 'https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/company/1035/', 'https://www.linkedin.com/company/1035/'],
    ['https://www.linkedin.com/sales/company/1035', 'https://www.linkedin.com/company/1035/'],
    ['https://www.linkedin.com/showcase/acme-cloud/', 'https://www.linkedin.com/showcase/acme-cloud/'],
    [
      'https://www.linkedin.com/school/harvard-university/people/',
      'https://www.linkedin.com/school/harvard-university/',
    ],
    [
      'https://www.linkedin.com/company/soci%C3%A9t%C3%A9-g%C3%A9n%C3%A9rale/',
      'https://www.linkedin.com/company/soci%C3%A9t%C3%A9-g%C3%A9n%C3%A9rale/',
    ],
  ])('cleans LinkedIn URL %s', (url, expected) => {
    expect(normalizeCompany({ linkedinUrl: url }).linkedinUrl).toBe(expected);
  });

  it.each([
    ['https://evil.com/company/acme'],
    ['https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/company/'],
    ['not a url'],
  ])('rejects non-organization URL %s', (url) => {
    expect(normalizeCompany({ linkedinUrl: url }).linkedinUrl).toBeUndefined();
  });

  it.each([
    ['Founded 2012', 2012],
    ['2012', 2012],
    ['Gegründet: 1998', 1998],
    ['Founded in 1602', 1602],
    ['Founded 1599', undefined],
    ['Founded 2999', undefined],
    ['twenty twelve', undefined],
  ])('foundedYear from %s', (founded, year) => {
    expect(normalizeCompany({ founded }).foundedYear).toBe(year);
  });

  it.each([
    [['SaaS, analytics and AI'], ['SaaS', 'analytics', 'AI']],
    [['Research and Development'], ['Research and Development']],
    [['Cloud; DevOps · Security | Data'], ['Cloud', 'DevOps', 'Security', 'Data']],
    [
      ['Cloud', 'cloud', ' CLOUD ', 'Edge'],
      ['Cloud', 'Edge'],
    ],
    [['Mergers & Acquisitions'], ['Mergers & Acquisitions']],
    [['Tax, Mergers & Acquisitions'], ['Tax', 'Mergers', 'Acquisitions']],
    [[], undefined],
    [['', '   '], undefined],
  ])('keywords from specialties %j', (specialties, keywords) => {
    expect(normalizeCompany({ specialties }).keywords).toEqual(keywords);
  });

  it('passes technologies through only when detection ran', () => {
    expect(normalizeCompany({}).technologies).toBeUndefined();
    expect(normalizeCompany({ technologies: [] }).technologies).toEqual([]);
    expect(normalizeCompany({ signals: [] }).signals).toEqual([]);
  });

  it('caps the description at 5,000 characters', () => {
    const description = normalizeCompany({ description: 'word '.repeat(3000) }).description;
    expect(description).toHaveLength(5000);
  });

  it('leaves unreadable fields out instead of guessing', () => {
    const c = normalizeCompany({
      name: '   ',
      website: 'javascript:alert(1)',
      linkedinUrl: '<script>',
      industry: '<b>x</b>',
      size: 'a lot',
      employeeCount: 'many',
      revenue: 'undisclosed',
      headquarters: 'Remote',
      address: {},
      founded: 'long ago',
      followers: 'NaN',
      jobOpenings: 'none',
      specialties: [''],
      description: '\n\t ',
    });
    expect(c).toEqual({});
  });

  it('never throws on hostile shapes', () => {
    const hostile = [
      null,
      undefined,
      42,
      'string',
      [],
      {
        name: 42,
        website: {},
        size: [],
        specialties: 'not a list',
        technologies: [1, null, 'Vue'],
        signals: [null, 1, { type: 7 }],
      },
      { address: 'Berlin, Germany' },
      { address: { country: { name: 'US' } } },
      { signals: [{ type: 'hiring', observedAt: 20260401 }] },
    ];
    for (const raw of hostile) {
      expect(() => normalizeCompany(raw as unknown as RawCompany)).not.toThrow();
    }
    expect(normalizeCompany(hostile[5] as unknown as RawCompany)).toEqual({ technologies: ['Vue'], signals: [] });
    expect(normalizeCompany({ address: 'Berlin, Germany' } as unknown as RawCompany).hq).toEqual({
      country: 'DE',
      region: 'DE-BE',
      city: 'Berlin',
    });
    expect(
      normalizeCompany({ signals: [{ type: 'hiring', observedAt: 20260401 }] } as unknown as RawCompany).signals,
    ).toEqual([{ type: 'hiring' }]);
  });
});
