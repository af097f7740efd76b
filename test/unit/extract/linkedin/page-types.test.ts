import { describe, expect, it } from 'vitest';
import {
  canonicalLinkedInUrl,
  companySlugFromUrl,
  isCompanyPage,
  isLinkedInHost,
  isProfilePage,
  isSalesNavList,
  isSchoolPage,
  isSearchResultsPage,
  isShowcasePage,
  profileSlugFromUrl,
} from '../../../../lib/extract/linkedin/page-types';

const predicates = { isCompanyPage, isShowcasePage, isSchoolPage, isProfilePage, isSearchResultsPage, isSalesNavList };
type Kind = keyof typeof predicates | null;

// Each URL and the one predicate that must match it (null: none may match).
const URLS: [string, Kind][] = [
  ['https://www.linkedin.com/company/audiense/', 'isCompanyPage'],
  ['https://www.linkedin.com/company/audiense', 'isCompanyPage'],
  ['https://linkedin.com/company/audiense/about/', 'isCompanyPage'],
  ['https://de.linkedin.com/company/beispiel-gmbh/about/', 'isCompanyPage'],
  ['https://fr.linkedin.com/company/exemple/people/', 'isCompanyPage'],
  ['https://uk.linkedin.com/company/audiense', 'isCompanyPage'],
  ['https://www.linkedin.com/company/10529043/', 'isCompanyPage'],
  ['https://www.linkedin.com/company/motionapp/jobs/', 'isCompanyPage'],
  ['https://www.linkedin.com/company/motionapp/posts/?feedView=all', 'isCompanyPage'],
  ['https://www.linkedin.com/company/motionapp/posts?feedView=all#x', 'isCompanyPage'],
  ['https://www.linkedin.com/company/motionapp/life/', 'isCompanyPage'],
  ['https://www.linkedin.com/company/motionapp/insights/', 'isCompanyPage'],
  ['https://www.linkedin.com/company/caf%C3%A9-bleu/', 'isCompanyPage'],
  ['http://www.linkedin.com/company/audiense/', 'isCompanyPage'],
  ['https://www.linkedin.com/showcase/linkedin-talent-solutions/', 'isShowcasePage'],
  ['https://www.linkedin.com/showcase/linkedin-talent-solutions/about/', 'isShowcasePage'],
  ['https://www.linkedin.com/school/stanford-university/', 'isSchoolPage'],
  ['https://www.linkedin.com/school/stanford-university/people/', 'isSchoolPage'],
  ['https://www.linkedin.com/in/robin-chang-fake/', 'isProfilePage'],
  ['https://www.linkedin.com/in/jules-wexworth-fake', 'isProfilePage'],
  ['https://de.linkedin.com/in/max-mustermann-12345/', 'isProfilePage'],
  ['https://www.linkedin.com/in/aidan-ofarrow-fake/details/experience/', 'isProfilePage'],
  ['https://www.linkedin.com/in/robin-chang-fake/overlay/contact-info/', 'isProfilePage'],
  ['https://www.linkedin.com/in/robin-chang-fake/recent-activity/all/', 'isProfilePage'],
  ['https://www.linkedin.com/in/ACoAAFAKEYCamm0lPvMFgE7fN5BcG5XYWWJfdsi?miniProfileUrn=x', 'isProfilePage'],
  ['https://www.linkedin.com/search/results/companies/?keywords=saas', 'isSearchResultsPage'],
  ['https://www.linkedin.com/search/results/people/?keywords=cto&network=%5B%22F%22%5D', 'isSearchResultsPage'],
  ['https://www.linkedin.com/search/results/all/?keywords=motion', 'isSearchResultsPage'],
  ['https://www.linkedin.com/sales/lists/people/7012345678901234567?sortCriteria=CREATED_TIME', 'isSalesNavList'],
  ['https://www.linkedin.com/sales/lists/company/7012345678901234568/', 'isSalesNavList'],
  ['https://www.linkedin.com/sales/search/people?query=(keywords%3Acto)', 'isSalesNavList'],
  ['https://www.linkedin.com/sales/search/company?query=x', 'isSalesNavList'],
  // Must match nothing.
  ['https://www.linkedin.com/feed/', null],
  ['https://www.linkedin.com/', null],
  ['https://www.linkedin.com/jobs/view/3912345678/', null],
  ['https://www.linkedin.com/company/', null],
  ['https://www.linkedin.com/company', null],
  ['https://www.linkedin.com/company/audiense/admin/', null],
  ['https://www.linkedin.com/company/setup/new/', null],
  ['https://www.linkedin.com/in/', null],
  ['https://www.linkedin.com/in/robin-chang-fake/edit/forms/position/new/', null],
  ['https://www.linkedin.com/search/results/content/?keywords=x', null],
  ['https://www.linkedin.com/search/results/', null],
  ['https://www.linkedin.com/sales/home', null],
  ['https://www.linkedin.com/sales/lists/people', null],
  ['https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH,x', null],
  ['https://linkedin.com.evil.io/company/audiense/', null],
  ['https://evillinkedin.com/company/audiense/', null],
  ['https://www.linkedin.co/company/audiense/', null],
  ['https://example.com/company/audiense/', null],
  ['https://example.com/?u=https://www.linkedin.com/company/audiense/', null],
  ['ftp://www.linkedin.com/company/audiense/', null],
  ['https://www.linkedin.com/pulse/company-news-audiense/', null],
];

describe('page predicates', () => {
  it('have at least 30 rows, non-matching included', () => {
    expect(URLS.length).toBeGreaterThanOrEqual(30);
    expect(URLS.filter(([, k]) => k === null).length).toBeGreaterThanOrEqual(10);
  });

  it.each(URLS)('%s -> %s', (href, kind) => {
    const url = new URL(href);
    for (const [name, p] of Object.entries(predicates)) expect(p(url), name).toBe(name === kind);
  });
});

describe('isLinkedInHost', () => {
  it.each([
    ['https://linkedin.com/', true],
    ['https://www.linkedin.com/', true],
    ['https://es.linkedin.com/', true],
    ['https://WWW.LINKEDIN.COM/', true],
    ['https://linkedin.com.evil.io/', false],
    ['https://notlinkedin.com/', false],
    ['javascript:alert(1)//linkedin.com', false],
  ])('%s -> %s', (href, ok) => expect(isLinkedInHost(new URL(href))).toBe(ok));
});

describe('slugs', () => {
  it.each([
    ['https://www.linkedin.com/company/audiense/about/', 'audiense'],
    ['https://www.linkedin.com/company/10529043/', '10529043'],
    ['https://www.linkedin.com/showcase/linkedin-talent-solutions/', 'linkedin-talent-solutions'],
    ['https://www.linkedin.com/school/stanford-university/', 'stanford-university'],
    ['https://www.linkedin.com/company/caf%C3%A9-bleu/', 'café-bleu'],
    ['https://www.linkedin.com/company/bad%E0%A4%A/', 'bad%E0%A4%A'],
    ['https://www.linkedin.com/in/robin-chang-fake/', undefined],
    ['https://linkedin.com.evil.io/company/audiense/', undefined],
  ])('companySlugFromUrl(%s) = %s', (href, slug) => expect(companySlugFromUrl(new URL(href))).toBe(slug));

  it.each([
    ['https://www.linkedin.com/in/robin-chang-fake/', 'robin-chang-fake'],
    ['https://www.linkedin.com/in/aidan-ofarrow-fake/details/experience/', 'aidan-ofarrow-fake'],
    ['https://www.linkedin.com/in/jules-wexworth-fake?trk=x', 'jules-wexworth-fake'],
    ['https://www.linkedin.com/company/audiense/', undefined],
  ])('profileSlugFromUrl(%s) = %s', (href, slug) => expect(profileSlugFromUrl(new URL(href))).toBe(slug));

  it.each([
    ['https://www.linkedin.com/company/1441/', 'https://www.linkedin.com/company/1441/'],
    ['https://www.linkedin.com/company/linkedin?trk=ppro_cprof', 'https://www.linkedin.com/company/linkedin/'],
    ['/company/facebook/jobs/', 'https://www.linkedin.com/company/facebook/'],
    ['https://de.linkedin.com/in/max?miniProfileUrn=x', 'https://www.linkedin.com/in/max/'],
    ['https://evil.io/company/x/', undefined],
    ['https://www.linkedin.com/feed/', undefined],
    ['http://[bad', undefined],
  ])('canonicalLinkedInUrl(%s) = %s', (href, out) => expect(canonicalLinkedInUrl(href)).toBe(out));
});
