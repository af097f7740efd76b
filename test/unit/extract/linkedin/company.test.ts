import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../../../lib/extract/linkedin/company';
import { load, page } from './load';

const read = (key: Parameters<typeof load>[0]) => {
  const { doc, url } = load(key);
  return extractCompany(doc, url);
};
const sources = (r: ReturnType<typeof read>) =>
  Object.fromEntries(Object.entries(r.provenance).map(([k, p]) => [k, p.source]));

describe('extractCompany on saved pages', () => {
  it('2024 guest page: JSON-LD, meta description, about-us hooks', () => {
    const r = read('guest2024');
    expect(r.kind).toBe('company');
    expect(r.company).toMatchObject({
      name: 'Audiense',
      linkedinSlug: 'audiense',
      linkedinUrl: 'https://www.linkedin.com/company/audiense/',
      linkedinId: '10529043',
      website: 'http://www.audiense.com',
      industry: 'Advertising Services',
      size: '51-200 employees',
      employeeCount: '69',
      headquarters: 'London, London',
      address: { street: 'Kemp House', locality: 'London', region: 'London', postalCode: 'EC1V2NX', country: 'GB' },
      founded: '2011',
      companyType: 'Privately Held',
      followers: '5,750 followers',
    });
    expect(r.company?.description).toMatch(/^The Audiense platform combines rich social data sources/);
    expect(r.missing).toEqual(['specialties', 'jobOpenings']);
    expect(sources(r)).toMatchObject({
      name: 'json-ld',
      employeeCount: 'json-ld',
      followers: 'meta',
      size: 'markup',
      linkedinSlug: 'url',
    });
  });

  it('2025 logged-in About tab: Voyager JSON first, the dl for the v2 industry and the visible HQ', () => {
    const r = read('about2025');
    expect(r.company).toEqual({
      name: 'Motion',
      linkedinSlug: 'motionapp',
      linkedinUrl: 'https://www.linkedin.com/company/motionapp/',
      linkedinId: '28817244',
      website: 'https://www.usemotion.com/teams',
      industry: 'Software Development',
      size: '51-200',
      employeeCount: '100',
      headquarters: 'Mountain View, CA',
      address: { locality: 'Mountain View', region: 'CA', postalCode: '94103', country: 'US' },
      founded: '2019',
      specialties: ['Project Management', 'Work Management', 'Team Collaboration'],
      followers: '7899',
      description:
        'Motion’s AI Project Manager maximizes efficiency, eliminates busywork, creates visibility & accountability, and reduces stress for every team.',
    });
    expect(r.missing).toEqual(['companyType', 'jobOpenings']);
    expect(r.provenance.size).toEqual({ source: 'embedded-json', detail: 'Voyager Company.staffCountRange' });
    expect(r.provenance.industry).toEqual({ source: 'markup', detail: 'dl dt "industry"' });
  });

  it('2025 logged-in Overview: same company from Voyager JSON and the top card', () => {
    const r = read('overview2025');
    expect(r.company).toMatchObject({
      name: 'Motion',
      linkedinId: '28817244',
      industry: 'Software Development',
      headquarters: 'Mountain View, CA',
      size: '51-200',
      followers: '7899',
      founded: '2019',
    });
    expect(r.provenance.industry.detail).toBe('.org-top-card-summary-info-list__info-item #1');
    expect(r.missing).toEqual(['companyType', 'jobOpenings']);
  });

  it('2021 logged-in Overview', () => {
    const r = read('overview2021');
    expect(r.company).toMatchObject({
      name: 'Audiense',
      linkedinId: '10529043',
      linkedinSlug: 'audiense',
      website: 'http://www.audiense.com',
      industry: 'Marketing & Advertising',
      size: '51-200',
      employeeCount: '38',
      headquarters: 'London, England',
      address: { street: '81 Rivington Street', locality: 'London', region: 'England', country: 'GB' },
      founded: '2011',
      companyType: 'Privately Held',
      followers: '2362',
    });
    expect(r.missing).toEqual(['specialties', 'jobOpenings']);
  });

  it('2017 page with only Voyager JSON, opened by numeric id', () => {
    const r = read('voyager2017');
    expect(r.company).toMatchObject({
      name: 'Audiense',
      linkedinId: '10529043',
      linkedinSlug: 'audiense',
      linkedinUrl: 'https://www.linkedin.com/company/10529043/',
      website: 'http://www.audiense.com',
      industry: 'Marketing and Advertising',
      size: '51-200',
      employeeCount: '41',
      founded: '2011',
      companyType: 'Privately Held',
      followers: '732',
    });
    expect(r.company?.description).toMatch(/^Audiense delivers unique consumer insight/);
    expect(r.missing).toEqual(['headquarters', 'specialties', 'jobOpenings']);
    expect(new Set(Object.values(sources(r)))).toEqual(new Set(['url', 'embedded-json']));
  });

  const facebook = {
    name: 'Facebook',
    linkedinSlug: 'facebook',
    linkedinId: '10667',
    website: 'http://www.facebook.com/careers',
    industry: 'Internet',
    size: '10,001+ employees',
    headquarters: 'Menlo Park, CA',
    founded: '2004',
    companyType: 'Public Company',
    specialties: [
      'Connectivity',
      'Artificial Intelligence',
      'Virtual Reality',
      'Machine Learning',
      'Social Media',
      'Augmented Reality',
      'Marketing Science',
      'Mobile Connectivity',
      'Open Compute',
    ],
  };

  it('2018-05 overview fragment (no <head>): class hooks', () => {
    const r = read('overview2018');
    expect(r.company).toMatchObject({
      ...facebook,
      followers: '2,587,822 followers',
      employeeCount: '29,293 employees on LinkedIn',
    });
    expect(r.company?.description).toMatch(/^Founded in 2004, Facebook’s mission/);
    expect(r.missing).toEqual(['jobOpenings']);
  });

  it('2018-12 about fragment: org-page-details dl', () => {
    const r = read('about2018');
    expect(r.company).toMatchObject({
      ...facebook,
      followers: '3,243,580 followers',
      employeeCount: '44,632 employees on LinkedIn',
    });
    expect(r.provenance.size).toEqual({ source: 'markup', detail: 'dl dt "size"' });
    expect(r.missing).toEqual(['jobOpenings']);
  });
});

describe('extractCompany in other UI languages (hand-made pages)', () => {
  it('German About tab', () => {
    const r = read('aboutDe');
    expect(r.company).toMatchObject({
      name: 'Beispiel Maschinenbau GmbH',
      linkedinId: '90000001',
      website: 'https://www.beispiel-maschinenbau.de',
      industry: 'Maschinenbau',
      size: '201–500 Beschäftigte',
      employeeCount: '312 Mitglieder mit Zuordnung',
      headquarters: 'Stuttgart, Baden-Württemberg',
      founded: '1987',
      companyType: 'Privatunternehmen',
      specialties: ['Sondermaschinen', 'Automatisierung', 'Robotik', 'Wartung'],
      followers: '4.812 Follower:innen',
    });
    expect(r.missing).toEqual(['jobOpenings']);
  });

  it('French About tab (curly apostrophe in "Taille de l’entreprise")', () => {
    const r = read('aboutFr');
    expect(r.company).toMatchObject({
      name: 'Exemple Logiciels',
      website: 'https://www.exemple-logiciels.fr',
      industry: 'Développement de logiciels',
      size: '11-50 employés',
      employeeCount: '38 membres associés',
      headquarters: 'Lyon, Auvergne-Rhône-Alpes',
      founded: '2016',
      companyType: 'Société civile/Société commerciale/Autres types de sociétés',
      specialties: ['SaaS', 'facturation', 'comptabilité', 'PME'],
      followers: '1 204 abonnés',
    });
    expect(r.missing).toEqual(['jobOpenings']);
  });

  it('Spanish dl labels', () => {
    const { doc, url } = page(`
      <section class="org-page-details-module__card-spacing"><dl>
        <dt><h3>Sitio web</h3></dt><dd><a href="https://ejemplo.es">https://ejemplo.es</a></dd>
        <dt><h3>Sector</h3></dt><dd>Seguros</dd>
        <dt><h3>Tamaño de la empresa</h3></dt><dd>51-200 empleados</dd>
        <dt><h3>Sede</h3></dt><dd>Madrid, Comunidad de Madrid</dd>
        <dt><h3>Año de fundación</h3></dt><dd>1999</dd>
        <dt><h3>Tipo</h3></dt><dd>Empresa privada</dd>
        <dt><h3>Especialidades</h3></dt><dd>seguros de hogar, seguros de vida y pymes</dd>
      </dl></section>`);
    expect(extractCompany(doc, url).company).toMatchObject({
      website: 'https://ejemplo.es',
      industry: 'Seguros',
      size: '51-200 empleados',
      headquarters: 'Madrid, Comunidad de Madrid',
      founded: '1999',
      companyType: 'Empresa privada',
      specialties: ['seguros de hogar', 'seguros de vida', 'pymes'],
    });
  });

  it('ignores dt labels in languages it does not know, but still reads the top card', () => {
    const { doc, url } = page(`
      <section class="org-top-card"><h1>Przykład</h1>
        <div class="org-top-card-summary-info-list__info-item">Ubezpieczenia</div>
        <div class="org-top-card-summary-info-list__info-item">Warszawa</div></section>
      <section class="org-page-details-module__card-spacing"><dl><dt>Branża</dt><dd>Ubezpieczenia</dd></dl></section>`);
    const r = extractCompany(doc, url);
    expect(r.company).toMatchObject({ name: 'Przykład', industry: 'Ubezpieczenia', headquarters: 'Warszawa' });
    expect(r.missing).toContain('size');
  });
});

describe('extractCompany, other cases', () => {
  it('showcase page (hand-made, guest markup)', () => {
    const r = read('showcase');
    expect(r.company).toMatchObject({
      name: 'Example Cloud Security',
      linkedinSlug: 'example-cloud-security',
      linkedinUrl: 'https://www.linkedin.com/showcase/example-cloud-security/',
      website: 'https://security.example.com',
      industry: 'Computer and Network Security',
      size: '201-500 employees',
      employeeCount: '240',
      headquarters: 'Austin, Texas',
      companyType: 'Public Company',
      specialties: ['cloud security', 'CSPM', 'compliance'],
      followers: '2,481 followers',
    });
    expect(r.missing).toEqual(['linkedinId', 'founded', 'jobOpenings']);
  });

  it('jobs tab headline, in English and German', () => {
    const jobs = (h: string) => {
      const { doc, url } = page(
        `<h4 class="org-jobs-job-search-form-module__headline">${h}</h4>`,
        'https://www.linkedin.com/company/3m/jobs/',
      );
      return extractCompany(doc, url).company?.jobOpenings;
    };
    expect(jobs('3M has 1,204 job openings - find the one for you.')).toBe('1,204 job openings');
    expect(jobs('Bei Beispiel GmbH gibt es 12 offene Stellen')).toBe('12 offene Stellen');
    expect(jobs('No jobs right now')).toBeUndefined();
  });

  it('reads nothing and reports every field missing on an empty page', () => {
    const { doc, url } = page('<p>nothing here</p>');
    const r = extractCompany(doc, url);
    expect(r.company).toEqual({ linkedinSlug: 'acme', linkedinUrl: 'https://www.linkedin.com/company/acme/' });
    expect(r.missing).toHaveLength(13);
  });

  it('takes the name from the tab title as a last resort', () => {
    const { doc, url } = page('<title>(12) Acme Corp: About | LinkedIn</title>');
    expect(extractCompany(doc, url).company?.name).toBe('Acme Corp');
    expect(extractCompany(doc, url).provenance.name).toEqual({ source: 'text', detail: 'document.title' });
  });
});
