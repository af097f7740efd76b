import { describe, expect, it } from 'vitest';
import { extractLinkedIn, linkedinExtractors } from '../../../../lib/extract/linkedin/registry';
import { load, page, type PAGES } from './load';

const KINDS: Record<keyof typeof PAGES, 'company' | 'person' | 'list'> = {
  guest2024: 'company',
  about2025: 'company',
  overview2025: 'company',
  overview2021: 'company',
  voyager2017: 'company',
  overview2018: 'company',
  about2018: 'company',
  aboutDe: 'company',
  aboutFr: 'company',
  hostile: 'company',
  showcase: 'company',
  profile2025: 'person',
  profile2022: 'person',
  experience2022: 'person',
  profile2016: 'person',
  people2025: 'list',
  people25: 'list',
  companies: 'list',
  salesList: 'list',
};

describe('extractLinkedIn', () => {
  it('has one extractor per page family, ids unique', () => {
    expect(linkedinExtractors.map((e) => e.id)).toEqual(['linkedin-company', 'linkedin-profile', 'linkedin-list']);
  });

  it.each(Object.entries(KINDS) as [keyof typeof PAGES, string][])('%s -> %s', (key, kind) => {
    const { doc, url } = load(key);
    expect(extractLinkedIn(doc, url).kind).toBe(kind);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/view/1/',
    'https://example.com/company/acme/',
  ])('refuses %s as an unknown page type', (href) => {
    const { doc, url } = page('<h1>x</h1>', href);
    expect(extractLinkedIn(doc, url)).toEqual({ kind: 'unknown', missing: ['page type'], provenance: {} });
  });

  it('reads school pages like company pages', () => {
    const { doc, url } = page(
      '<section class="top-card-layout"><h1>Example University</h1><h2 class="top-card-layout__headline">Higher Education</h2></section>',
      'https://www.linkedin.com/school/example-university/',
    );
    expect(extractLinkedIn(doc, url)).toMatchObject({
      kind: 'company',
      company: {
        name: 'Example University',
        industry: 'Higher Education',
        linkedinUrl: 'https://www.linkedin.com/school/example-university/',
      },
    });
  });

  it('gives results that survive structured cloning (they cross a message boundary)', () => {
    const { doc, url } = load('about2025');
    const r = extractLinkedIn(doc, url);
    expect(structuredClone(r)).toEqual(r);
  });
});

describe('timing sanity (budgets are measured by the benchmark, not here)', () => {
  it('runs every saved page repeatedly with the same result', () => {
    for (const key of Object.keys(KINDS) as (keyof typeof PAGES)[]) {
      const { doc, url } = load(key);
      const first = extractLinkedIn(doc, url);
      const start = performance.now();
      for (let i = 0; i < 3; i++) expect(extractLinkedIn(doc, url)).toEqual(first);
      expect(Number.isFinite(performance.now() - start)).toBe(true);
    }
  });
});
