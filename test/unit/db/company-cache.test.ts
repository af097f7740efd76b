import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpLensDb } from '../../../lib/db/database';
import { findCompany, rememberCompany, type Sighting } from '../../../lib/db/company-cache';

let n = 0;
const fresh = () => new IcpLensDb(`test-${n++}`);
let database: IcpLensDb;
afterEach(async () => database?.delete());

const sighting = (over: Partial<Sighting>): Sighting => ({
  company: {},
  provenance: {},
  url: 'https://www.linkedin.com/company/acme/',
  seenAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('company cache', () => {
  it('creates a record keyed by LinkedIn slug and finds it by slug and by domain', async () => {
    database = fresh();
    await rememberCompany(
      sighting({
        linkedinSlug: 'acme',
        company: { name: 'Acme', domain: 'acme.io' },
        provenance: { name: { source: 'json-ld' } },
      }),
      database,
    );
    const bySlug = await findCompany({ linkedinSlug: 'acme' }, database);
    expect(bySlug?.key).toBe('li:acme');
    expect(bySlug?.origins.name).toMatchObject({ source: 'json-ld', url: 'https://www.linkedin.com/company/acme/' });
    expect((await findCompany({ domain: 'acme.io' }, database))?.key).toBe('li:acme');
  });

  it('merges visits: new values win, missing ones are kept, last seen and visits update', async () => {
    database = fresh();
    await rememberCompany(
      sighting({
        linkedinSlug: 'acme',
        company: { name: 'Acme', industry: 'Software Development', employees: { min: 51, max: 200 } },
      }),
      database,
    );
    await rememberCompany(
      sighting({
        linkedinSlug: 'acme',
        company: { name: 'Acme Inc', followers: 1200 },
        seenAt: '2026-11-05T10:00:00.000Z',
        url: 'https://www.linkedin.com/company/acme/about/',
      }),
      database,
    );
    const record = await findCompany({ linkedinSlug: 'acme' }, database);
    expect(record?.company).toEqual({
      name: 'Acme Inc',
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      followers: 1200,
    });
    expect(record).toMatchObject({
      visits: 2,
      firstSeen: '2026-11-01T10:00:00.000Z',
      lastSeen: '2026-11-05T10:00:00.000Z',
    });
    expect(record?.origins.industry.url).toBe('https://www.linkedin.com/company/acme/');
    expect(record?.origins.followers.url).toBe('https://www.linkedin.com/company/acme/about/');
    expect(await database.companies.count()).toBe(1);
  });

  it('links a website visit to the LinkedIn record through the domain', async () => {
    database = fresh();
    await rememberCompany(sighting({ linkedinSlug: 'acme', company: { name: 'Acme', domain: 'acme.io' } }), database);
    await rememberCompany(
      sighting({ company: { domain: 'acme.io', technologies: ['HubSpot'] }, url: 'https://acme.io/' }),
      database,
    );
    expect(await database.companies.count()).toBe(1);
    expect((await findCompany({ linkedinSlug: 'acme' }, database))?.company.technologies).toEqual(['HubSpot']);
  });

  it('a site naming its LinkedIn page fuses the two records cached apart until then', async () => {
    database = fresh();
    await rememberCompany(
      sighting({
        url: 'https://www.acme.io/',
        company: { name: 'ACME', domain: 'acme.io', technologies: ['HubSpot'] },
      }),
      database,
    );
    await rememberCompany(
      sighting({
        linkedinSlug: 'acme',
        seenAt: '2026-11-02T10:00:00.000Z',
        company: { name: 'Acme Inc', industry: 'Retail' },
      }),
      database,
    );
    expect(await database.companies.count()).toBe(2);
    const fused = await rememberCompany(
      sighting({
        url: 'https://www.acme.io/about',
        linkedinSlug: 'acme',
        seenAt: '2026-11-03T10:00:00.000Z',
        company: { domain: 'acme.io', foundedYear: 2012 },
      }),
      database,
    );
    expect(await database.companies.count()).toBe(1);
    expect(fused.company).toMatchObject({
      name: 'Acme Inc',
      industry: 'Retail',
      domain: 'acme.io',
      foundedYear: 2012,
      technologies: ['HubSpot'],
    });
    expect(fused.visits).toBe(3);
    expect((await findCompany({ linkedinSlug: 'acme' }, database))?.key).toBe(fused.key);
    expect((await findCompany({ domain: 'acme.io' }, database))?.key).toBe(fused.key);
  });
});
