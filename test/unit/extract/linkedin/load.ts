import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const DIR = new URL('../../../fixtures/linkedin/', import.meta.url);
const cache = new Map<string, Document>();

/** A saved page from test/fixtures/linkedin/, parsed once per test file as if the browser were at `url`. */
export function fixture(name: string, url: string): { doc: Document; url: URL } {
  const key = `${name} ${url}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = new JSDOM(readFileSync(new URL(name, DIR), 'utf8'), { url }).window.document;
    cache.set(key, doc);
  }
  return { doc, url: new URL(url) };
}

/** A page made from a string, for small cases that need no fixture file. */
export function page(html: string, url = 'https://www.linkedin.com/company/acme/about/'): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}

/** The saved pages with the URL each was captured at (see test/fixtures/README.md). */
export const PAGES = {
  guest2024: ['linkedin-company-logged-out-2024-audiense.html', 'https://uk.linkedin.com/company/audiense'],
  about2025: ['linkedin-company-about-logged-in-2025-motion.html', 'https://www.linkedin.com/company/motionapp/about/'],
  overview2025: ['linkedin-company-logged-in-2025-motion-overview.html', 'https://www.linkedin.com/company/motionapp/'],
  overview2021: [
    'linkedin-company-logged-in-2021-audiense-overview.html',
    'https://www.linkedin.com/company/audiense/',
  ],
  voyager2017: [
    'linkedin-company-logged-in-2017-audiense-voyager-json.html',
    'https://www.linkedin.com/company/10529043/',
  ],
  overview2018: [
    'linkedin-company-logged-in-2018-05-facebook-overview-fragment.html',
    'https://www.linkedin.com/company/facebook/',
  ],
  about2018: [
    'linkedin-company-logged-in-2018-12-facebook-about-fragment.html',
    'https://www.linkedin.com/company/facebook/about/',
  ],
  aboutDe: [
    'linkedin-company-about-de-ui-synthetic.html',
    'https://de.linkedin.com/company/beispiel-maschinenbau/about/',
  ],
  aboutFr: ['linkedin-company-about-fr-ui-synthetic.html', 'https://fr.linkedin.com/company/exemple-logiciels/about/'],
  hostile: ['linkedin-company-hostile-synthetic.html', 'https://www.linkedin.com/company/evil-corp/about/'],
  showcase: [
    'linkedin-showcase-logged-out-synthetic.html',
    'https://www.linkedin.com/showcase/example-cloud-security/',
  ],
  profile2025: ['linkedin-profile-logged-in-2025-sanitized.html', 'https://www.linkedin.com/in/robin-chang-fake/'],
  profile2022: ['linkedin-profile-logged-in-2022-sanitized.html', 'https://www.linkedin.com/in/aidan-ofarrow-fake/'],
  experience2022: [
    'linkedin-profile-experience-logged-in-2022-sanitized.html',
    'https://www.linkedin.com/in/aidan-ofarrow-fake/details/experience/',
  ],
  profile2016: ['linkedin-profile-logged-out-2016-sanitized.html', 'https://www.linkedin.com/in/jules-wexworth-fake'],
  people2025: [
    'linkedin-search-people-logged-in-2025-sanitized.html',
    'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=MEMBER_PROFILE_CANNED_SEARCH',
  ],
  people25: [
    'linkedin-search-people-25-synthetic.html',
    'https://www.linkedin.com/search/results/people/?keywords=sales',
  ],
  companies: [
    'linkedin-search-companies-synthetic.html',
    'https://www.linkedin.com/search/results/companies/?keywords=example',
  ],
  salesList: [
    'linkedin-salesnav-lead-list-synthetic.html',
    'https://www.linkedin.com/sales/lists/people/7012345678901234567?sortCriteria=CREATED_TIME',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export function load(key: keyof typeof PAGES): { doc: Document; url: URL } {
  const [name, href] = PAGES[key];
  return fixture(name, href);
}
