import { describe, expect, it } from 'vitest';
import { extractList, readRows } from '../../../../lib/extract/linkedin/list';
import { load, page } from './load';

const read = (key: Parameters<typeof load>[0]) => {
  const { doc, url } = load(key);
  return extractList(doc, url);
};

describe('extractList', () => {
  it('2025 people search: one person per result card', () => {
    const r = read('people2025');
    expect(r.kind).toBe('list');
    expect(r.items).toHaveLength(10);
    expect(r.items?.every((i) => i.kind === 'person')).toBe(true);
    expect(r.items?.[0]).toEqual({
      kind: 'person',
      person: {
        name: 'Dorian Olek Langdale',
        headline: 'Data Scientist @ Gaimin | ex-PhD -> MA Statistics and Data Science + MS Computer Science',
        title: 'Data Scientist',
        companyName: 'Gaimin',
        location: 'New York City Metropolitan Area',
      },
    });
    expect(r.items?.[2].person).toEqual({
      name: 'Fenna Gilwood',
      headline: 'Engineering Leader',
      location: 'New York City Metropolitan Area',
    });
    expect(r.items?.map((i) => i.person?.name)).toEqual([
      'Dorian Olek Langdale',
      'Magnus Bramby',
      'Fenna Gilwood',
      'Reva Langwick',
      'Hedda Wilworth',
      'Hector Penmere',
      'Keira Valebrook',
      'KC Wexwell',
      'Sunniva Elmridge',
      'Leona Fairfield',
    ]);
    expect(r.missing).toEqual([]);
    expect(r.provenance['items.person.title']).toEqual({ source: 'text', detail: 'headline "X at Y"' });
  });

  it('keeps each row element and profile URL for badges', () => {
    const { doc, url } = load('people2025');
    const rows = readRows(doc, url);
    expect(rows[0].url).toBe('https://www.linkedin.com/in/dorian-olek-langdale-fake/');
    expect(rows[0].el.getAttribute('data-chameleon-result-urn')).toBe('urn:li:member:747649365');
  });

  it('25-row people search (hand-made)', () => {
    const r = read('people25');
    expect(r.items).toHaveLength(25);
    expect(r.items?.[1].person).toEqual({
      name: 'Sam Sample',
      headline: 'VP of Engineering @ Example Cloud',
      title: 'VP of Engineering',
      companyName: 'Example Cloud',
      location: 'Berlin, Germany',
    });
  });

  it('company search (hand-made): name, industry, place, followers, LinkedIn URL', () => {
    const r = read('companies');
    expect(r.items).toHaveLength(12);
    expect(r.items?.[0]).toEqual({
      kind: 'company',
      company: {
        name: 'Acme Analytics',
        linkedinUrl: 'https://www.linkedin.com/company/acme-analytics/',
        linkedinSlug: 'acme-analytics',
        industry: 'Software Development',
        headquarters: 'San Francisco, CA',
        followers: '12K followers',
      },
    });
    expect(r.items?.[4].company).toMatchObject({ industry: 'Maschinenbau', followers: '4.812 Follower:innen' });
    expect(r.items?.[11].company?.linkedinUrl).toBe('https://www.linkedin.com/school/example-university/');
    expect(r.missing).toEqual([]);
  });

  it('Sales Navigator lead list (hand-made from data-anonymize hooks)', () => {
    const r = read('salesList');
    expect(r.items).toEqual([
      {
        kind: 'person',
        person: {
          name: 'Robin Example',
          title: 'VP of Sales',
          companyName: 'Acme Analytics',
          location: 'Chicago, Illinois, United States',
        },
      },
      {
        kind: 'person',
        person: {
          name: 'Kim Sample',
          title: 'Leiterin Marketing',
          companyName: 'Beispiel Maschinenbau GmbH',
          location: 'Stuttgart, Baden-Württemberg, Deutschland',
        },
      },
      {
        kind: 'person',
        person: {
          name: 'Lou Testwell',
          title: 'Directeur commercial',
          companyName: 'Exemple Logiciels',
          location: 'Lyon, Auvergne-Rhône-Alpes, France',
        },
      },
    ]);
    expect(r.provenance['items.person.title']).toEqual({
      source: 'markup',
      detail: 'Sales Navigator [data-anonymize]',
    });
  });

  it('Sales Navigator account rows', () => {
    const { doc, url } = page(
      `<table><tr><td><span data-anonymize="company-name">Acme</span></td><td><span data-anonymize="industry">Software Development</span></td>
       <td><span data-anonymize="company-size">51-200</span></td><td><span data-anonymize="location">Berlin</span></td></tr></table>`,
      'https://www.linkedin.com/sales/lists/company/123/',
    );
    expect(extractList(doc, url).items).toEqual([
      {
        kind: 'company',
        company: { name: 'Acme', industry: 'Software Development', size: '51-200', headquarters: 'Berlin' },
      },
    ]);
  });

  it('reports a page without rows', () => {
    const { doc, url } = page(
      '<main>No results</main>',
      'https://www.linkedin.com/search/results/people/?keywords=zzz',
    );
    expect(extractList(doc, url)).toEqual({ kind: 'list', items: [], missing: ['rows'], provenance: {} });
  });

  it('skips rows without a person or company link (posts in "all" results)', () => {
    const { doc, url } = page(
      `<div data-view-name="search-entity-result-universal-template"><a href="/feed/update/urn:li:activity:1/">A post</a></div>
       <div data-view-name="search-entity-result-universal-template"><a href="/company/acme/">Acme</a><div class="t-14 t-black t-normal">Software Development • Berlin</div></div>`,
      'https://www.linkedin.com/search/results/all/?keywords=acme',
    );
    expect(extractList(doc, url).items).toEqual([
      {
        kind: 'company',
        company: {
          name: 'Acme',
          linkedinUrl: 'https://www.linkedin.com/company/acme/',
          linkedinSlug: 'acme',
          industry: 'Software Development',
          headquarters: 'Berlin',
        },
      },
    ]);
  });
});
