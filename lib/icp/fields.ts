/**
 * Which record fields each criterion type may name. The schemas validate against these lists and
 * the scoring engine reads the same fields, so an ICP that parses can always be scored.
 */

/** Company fields an `in` criterion compares by normalized equality. */
export const COMPANY_IN_FIELDS = [
  'industry',
  'hq.country',
  'hq.region',
  'hq.city',
  'technologies',
  'keywords',
  'name',
  'domain',
] as const;

/** Company fields holding a number or a {min, max?} bucket. */
export const COMPANY_RANGE_FIELDS = ['employees', 'revenueUsd', 'foundedYear', 'followers', 'jobOpenings'] as const;

/** Company fields searched for phrases. */
export const COMPANY_TEXT_FIELDS = ['description', 'keywords', 'name'] as const;

/** Fields holding a list of values; only these can use `match: "all"`. */
export const LIST_FIELDS: readonly string[] = ['technologies', 'keywords'];

export const SENIORITIES = ['c-level', 'vp', 'director', 'manager', 'individual contributor'] as const;

export const PERSON_IN_FIELDS = ['title', 'seniority', 'department', 'location', 'companyName'] as const;

export const PERSON_TEXT_FIELDS = ['title', 'headline', 'companyName', 'location'] as const;

export type CompanyInField = (typeof COMPANY_IN_FIELDS)[number];
export type CompanyRangeField = (typeof COMPANY_RANGE_FIELDS)[number];
export type CompanyTextField = (typeof COMPANY_TEXT_FIELDS)[number];
export type PersonInField = (typeof PERSON_IN_FIELDS)[number];
export type PersonTextField = (typeof PERSON_TEXT_FIELDS)[number];
export type Seniority = (typeof SENIORITIES)[number];
