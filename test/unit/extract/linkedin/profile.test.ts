import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../../lib/extract/linkedin/headline';
import { extractProfile } from '../../../../lib/extract/linkedin/profile';
import { personRole } from '../../../../lib/extract/linkedin/title';
import { load, page } from './load';

const read = (key: Parameters<typeof load>[0]) => {
  const { doc, url } = load(key);
  return extractProfile(doc, url);
};

describe('extractProfile on saved pages', () => {
  it('2025 logged-in profile: top card and first Experience entry', () => {
    const r = read('profile2025');
    expect(r.kind).toBe('person');
    expect(r.person).toEqual({
      name: 'Robin Chang',
      headline: 'Co-Founder ꩜Substrate',
      location: 'Brooklyn, New York, United States',
      title: 'Co-Founder, CEO',
      companyName: '꩜Substrate',
      companyLinkedinUrl: 'https://www.linkedin.com/company/98733860/',
    });
    expect(r.missing).toEqual([]);
    expect(personRole(r.person)).toEqual({ seniority: 'c-level', department: 'Executive' });
  });

  it('2022 logged-in profile', () => {
    const r = read('profile2022');
    expect(r.person).toEqual({
      name: "Aidan O'Farrow",
      headline: 'Software Engineer at Google',
      location: 'Palo Alto, California, United States',
      title: 'Software Engineer',
      companyName: 'Google',
      companyLinkedinUrl: 'https://www.linkedin.com/company/1441/',
    });
    expect(r.provenance.title).toEqual({ source: 'markup', detail: 'Experience .t-bold span[aria-hidden="true"]' });
    expect(personRole(r.person)).toEqual({ seniority: 'individual contributor', department: 'Engineering' });
  });

  it('2022 /details/experience/ sub-page: the first entry, the name from the tab title, headline and location from the embedded data', () => {
    const r = read('experience2022');
    expect(r.person).toEqual({
      name: "Aidan O'Farrow",
      headline: 'Software Engineer at Google',
      location: 'Palo Alto, California, United States',
      title: 'Software Engineer',
      companyName: 'Google',
      companyLinkedinUrl: 'https://www.linkedin.com/company/1441/',
    });
    expect(r.missing).toEqual([]);
    // The signed-in viewer's own profile sits in the same data ("Software Engineer at Gantry"): not read.
    expect(r.provenance.headline).toEqual({ source: 'embedded-json', detail: 'Voyager Profile.headline' });
  });

  it('2016 guest profile: JSON-LD name, legacy markup', () => {
    const r = read('profile2016');
    expect(r.person).toEqual({
      name: 'Jules Wexworth',
      headline: 'CEO at LinkedIn',
      location: 'San Francisco Bay Area',
      title: 'CEO',
      companyName: 'LinkedIn',
      companyLinkedinUrl: 'https://www.linkedin.com/company/linkedin/',
    });
    expect(r.provenance.name.source).toBe('json-ld');
    expect(r.provenance.title.detail).toBe('Experience .item-title');
  });
});

describe('extractProfile, other layouts', () => {
  it('reads a JSON-LD Person (guest profiles 2019+)', () => {
    const ld = {
      '@context': 'http://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        {
          '@type': 'Person',
          name: 'Pat Example',
          jobTitle: ['Head of Sales'],
          worksFor: [{ '@type': 'Organization', name: 'Acme', url: 'https://www.linkedin.com/company/acme?trk=x' }],
          address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
        },
      ],
    };
    const { doc, url } = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      'https://de.linkedin.com/in/pat-example',
    );
    const r = extractProfile(doc, url);
    expect(r.person).toEqual({
      name: 'Pat Example',
      title: 'Head of Sales',
      companyName: 'Acme',
      companyLinkedinUrl: 'https://www.linkedin.com/company/acme/',
      location: 'Berlin, DE',
    });
    expect(r.missing).toEqual(['headline']);
  });

  it('reads a grouped Experience entry (several roles at one company)', () => {
    const { doc, url } = page(
      `<section><div id="experience"></div><ul><li class="artdeco-list__item">
        <a data-field="experience_company_logo" href="https://www.linkedin.com/company/42/">logo</a>
        <div class="t-bold"><span aria-hidden="true">Acme</span></div>
        <span class="t-14 t-normal"><span aria-hidden="true">Full-time · 5 yrs</span></span>
        <div class="pvs-entity__sub-components"><ul>
          <li><div class="t-bold"><span aria-hidden="true">VP Sales</span></div></li>
          <li><div class="t-bold"><span aria-hidden="true">Sales Director</span></div></li>
        </ul></div></li></ul></section>`,
      'https://www.linkedin.com/in/pat/',
    );
    expect(extractProfile(doc, url).person).toMatchObject({
      title: 'VP Sales',
      companyName: 'Acme',
      companyLinkedinUrl: 'https://www.linkedin.com/company/42/',
    });
  });

  it('falls back to the headline, then the tab title', () => {
    const { doc, url } = page(
      `<title>(3) Pat Example | LinkedIn</title><section data-member-id="1"><div class="text-body-medium break-words">Gründerin bei Beispiel GmbH</div></section>`,
      'https://www.linkedin.com/in/pat/',
    );
    const r = extractProfile(doc, url);
    expect(r.person).toEqual({
      name: 'Pat Example',
      headline: 'Gründerin bei Beispiel GmbH',
      title: 'Gründerin',
      companyName: 'Beispiel GmbH',
    });
    expect(r.provenance.title).toEqual({ source: 'text', detail: 'headline "X at Y"' });
    expect(r.missing).toEqual(['companyLinkedinUrl', 'location']);
  });
});

describe('splitHeadline', () => {
  it.each([
    ['Software Engineer at Google', { title: 'Software Engineer', companyName: 'Google' }],
    ['Data Scientist @ Gaimin | ex-PhD', { title: 'Data Scientist', companyName: 'Gaimin' }],
    ['Founder & CEO @Nomic', { title: 'Founder & CEO', companyName: 'Nomic' }],
    ['Geschäftsführer bei Beispiel GmbH', { title: 'Geschäftsführer', companyName: 'Beispiel GmbH' }],
    ['Directeur commercial chez Exemple SA', { title: 'Directeur commercial', companyName: 'Exemple SA' }],
    ['Licenciado en Derecho', undefined],
    ['Head of Growth | SaaS', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s', (h, out) => expect(splitHeadline(h)).toEqual(out));
});
