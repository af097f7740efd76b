/**
 * Every CSS selector the LinkedIn extractors use. Each field lists alternatives, newest layout
 * first; the date says when that markup was seen in a saved page under test/fixtures/linkedin/.
 * "not in a saved page" marks selectors kept from memory or third-party scrapers: they are
 * tested only against hand-made fixtures and may be wrong.
 * Attribute and data-* hooks are preferred: LinkedIn obfuscates class names since ~2024.
 */

export const COMPANY = {
  /** Roots: other company selectors are relative to them, so no query scans the whole page. */
  topCard: [
    '.org-top-card', // 2018-12, 2021-10, 2025-04 logged-in
    '.org-top-card-module', // 2018-05 logged-in
    'section.top-card-layout', // 2024-10 guest
  ],
  about: [
    '.org-page-details-module__card-spacing', // 2025-04 logged-in about tab ("Overview" card)
    '[data-test-id="about-us"]', // 2024-10 guest
    '.org-about-company-module', // 2018-05 logged-in overview, "About us" + "Company details"
    '.org-grid__core-rail > section', // 2018-12 logged-in about tab ("Page details")
  ],
  /** Embedded Voyager JSON (BigPipe): one <code> per API response, HTML-escaped. */
  voyagerIdPrefix: 'bpr-guid-', // 2017-12 .. 2025-04 logged-in; "datalet-bpr-guid-*" hold request metadata only
  // Relative to the top card.
  name: ['h1'], // 2018-05 .. 2025-04 and 2024-10 guest: the only h1 of the card
  topIndustry: [
    '.org-top-card-primary-content__industry', // 2018-12
    '.company-industries', // 2018-05
    'h2.top-card-layout__headline', // 2024-10 guest: the headline of a company is its industry
  ],
  topHeadquarters: [
    '.org-top-card-primary-content__headquarter', // 2018-12
    '.org-top-card-module__location', // 2018-05
  ],
  topFollowers: [
    '.org-top-card-primary-content__follower-count', // 2018-12
    '.org-top-card-module__followers-count', // 2018-05
  ],
  /** Unlabelled items: industry first, then place, followers, and a size link (2025). */
  topInfoItems: [
    '.org-top-card-summary-info-list__info-item', // 2021-10 and 2025-04 logged-in
  ],
  /** "London, London · 5,750 followers", split at the middot span. */
  guestSubline: [
    'h3.top-card-layout__first-subline', // 2024-10 guest
  ],
  employeeCount: [
    '.org-top-card-secondary-content__see-all', // 2021-10: "38 employees"
    '.org-company-employees-snackbar__employees-count', // 2018-05 and 2018-12: "44,632 employees on LinkedIn"
    '.face-pile__text', // 2024-10 guest: "View all 69 employees"
  ],
  /** Links to a people search filtered by the company carry its numeric id. */
  idLink: [
    'a[href*="urrentCompany"]', // 2018-05 .. 2025-04 (currentCompany / facetCurrentCompany, encoded once or twice)
  ],
  // Relative to the about root.
  guestFields: '[data-test-id^="about-us__"]', // 2024-10 guest: one div per field, e.g. about-us__industry
  detailsDl: 'dl', // 2018-12, 2024-10, 2025-04: dt label / dd value pairs, labels in the UI language (labels.ts)
  description: [
    '[data-test-id="about-us__description"]', // 2024-10 guest
    '.org-about-us-organization-description__text', // 2018-05
    'p', // 2018-12 and 2025-04: the first paragraph of the about card
  ],
  legacyDetails: {
    website: '.org-about-company-module__company-page-url a', // 2018-05 overview "Company details"
    size: '.org-about-company-module__company-staff-count-range', // 2018-05
    headquarters: '.org-about-company-module__headquarters', // 2018-05
    founded: '.org-about-company-module__founded', // 2018-05
    companyType: '.org-about-company-module__company-type', // 2018-05
    specialties: '.org-about-company-module__specialities', // 2018-05
  },
  /** Jobs tab only. */
  jobOpenings: [
    'h4.org-jobs-job-search-form-module__headline', // not in a saved page: "X has 12 job openings", named by third-party scrapers 2022-2025
  ],
} as const;

export const PROFILE = {
  topCard: [
    'section[data-member-id]', // 2022-03 and 2025-04 logged-in top card
    '#topcard', // 2016-01 guest
    'section.top-card-layout', // not in a saved page: 2019-2024 guest profile
  ],
  name: [
    'h1', // 2022-03, 2025-04 (inside the top card), 2016-01 h1#name
  ],
  headline: [
    'div.text-body-medium.break-words', // 2022-03 and 2025-04
    'p.headline', // 2016-01 guest
    'h2.top-card-layout__headline', // not in a saved page: 2019-2024 guest profile
  ],
  location: [
    'span.text-body-small.inline.t-black--light.break-words', // 2022-03 and 2025-04
    '#demographics .locality', // 2016-01 guest
    '.top-card__subline-item', // not in a saved page: 2019-2024 guest profile
  ],
  /** Current company button in the top card; its label is UI text ("Current company: X. Click to ..."). */
  currentCompany: [
    '[aria-label^="Current company"]', // 2022-03 and 2025-04, English UI only
  ],
  /** The Experience card: an anchor div inside the section, or the legacy section id. */
  experienceAnchor: [
    'div#experience', // 2022-03 and 2025-04: empty anchor div first in the section
    'section#experience', // 2016-01 guest
  ],
  /** /in/<slug>/details/experience/: the whole page is the list. */
  detailsItem: [
    'li.pvs-list__paged-list-item', // 2022-03 details/experience sub-page
  ],
  experienceItem: [
    'li.position', // 2016-01 guest
    '[data-view-name="profile-component-entity"]', // 2025-04
    'li.artdeco-list__item', // 2022-03
  ],
  itemTitle: [
    '.t-bold span[aria-hidden="true"]', // 2022-03 and 2025-04
    '.item-title', // 2016-01
  ],
  itemCompany: [
    'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]', // 2022-03 and 2025-04: "Google · Full-time"
    '.item-subtitle', // 2016-01
  ],
  companyLink: [
    'a[href*="/company/"]', // 2016-01 .. 2025-04
  ],
} as const;

export const LIST = {
  rows: [
    '[data-view-name="search-entity-result-universal-template"]', // 2025-04 people search
    'li.reusable-search__result-container', // not in a saved page: 2021-2023 search results
    'li.search-result', // not in a saved page: 2018-2020 search results
  ],
  rowName: [
    '.entity-result__title-text a span[aria-hidden="true"]', // not in a saved page: 2021-2023
    'span[dir="ltr"] > span[aria-hidden="true"]', // 2025-04: name link text beside a visually-hidden "View X's profile"
    '.actor-name', // not in a saved page: 2018-2020
  ],
  rowPrimary: [
    '.entity-result__primary-subtitle', // not in a saved page: 2021-2023 (headline, or "Industry • Place")
    'div.t-14.t-black.t-normal', // 2025-04 people search: headline
    '.subline-level-1', // not in a saved page: 2018-2020
  ],
  rowSecondary: [
    '.entity-result__secondary-subtitle', // not in a saved page: 2021-2023 (location, or followers)
    'div.t-14.t-normal:not(.t-black)', // 2025-04 people search: location
    '.subline-level-2', // not in a saved page: 2018-2020
  ],
  /** Sales Navigator marks personal data with data-anonymize; rows are list items or table rows. */
  salesName: [
    '[data-anonymize="person-name"]', // not in a saved page: Sales Navigator lead lists and search
    '[data-anonymize="company-name"]', // not in a saved page: account lists (lead rows use it for the employer)
  ],
  salesRow: 'li, tr', // not in a saved page: search results are li.artdeco-list__item, lists are table rows
  // Not in a saved page: the data-anonymize names public Sales Navigator scrapers used 2022-2025.
  sales: {
    title: '[data-anonymize="job-title"], [data-anonymize="title"]',
    headline: '[data-anonymize="headline"]',
    company: '[data-anonymize="company-name"]',
    location: '[data-anonymize="location"]',
    industry: '[data-anonymize="industry"]',
    size: '[data-anonymize="company-size"]',
  },
} as const;
