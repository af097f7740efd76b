import type { Company } from '../../icp/company';
import { normalizeCompany } from '../../normalize/company';
import { normalizeWebsite } from '../../normalize/domains';
import { foldKey } from '../../normalize/fold-key';
import { canonicalIndustry } from '../../normalize/industries';
import { cleanLinkedinUrl } from '../../normalize/linkedin-url';
import type { FieldScore, Mismatch } from '../site/eval';
import type { ExtractResult, PageKind, RawCompany, RawPerson } from '../types';

export type { FieldScore, Mismatch } from '../site/eval';

/**
 * A hand-written truth of what a saved LinkedIn page says (test/fixtures/linkedin/truth/<fixture>.json).
 * Values are as the page states them; headquarters as normalized ISO codes. An absent field means
 * the page does not say it (or, on the hostile page, must not be read); extracting one anyway is a
 * false positive.
 */
export interface LinkedInTruth {
  fixture: string;
  /** The URL the page is read at (the one it was captured at). */
  url: string;
  kind: PageKind;
  company?: CompanyTruth;
  person?: PersonTruth;
  /** List rows in page order. */
  items?: ItemTruth[];
  notes?: string;
}

export interface CompanyTruth {
  name?: string;
  /** As the page writes it; an equivalent name of the same LinkedIn industry also matches. */
  industry?: string;
  /** The size bucket ({min} alone for "10,001+"). */
  employees?: { min: number; max?: number };
  /** Headquarters as ISO 3166-1 country, ISO 3166-2 region and city. */
  hq?: { country: string; region?: string; city?: string };
  foundedYear?: number;
  /** The company's website as the page gives it. */
  website?: string;
  domain?: string;
  linkedinUrl?: string;
  followers?: number;
  /** The specialties, in any order; or, where a list is too long to write out, how many must be read. */
  specialties?: string[];
  specialtiesCount?: number;
  /** The description starts with this. */
  descriptionStartsWith?: string;
}

export interface PersonTruth {
  name?: string;
  headline?: string;
  title?: string;
  companyName?: string;
  location?: string;
}

export interface ItemTruth {
  kind: 'company' | 'person';
  name: string;
  /** People: the current position, where the row states one. */
  title?: string;
  companyName?: string;
  /** Companies. */
  industry?: string;
  linkedinUrl?: string;
}

export interface LinkedInEvalCase {
  truth: LinkedInTruth;
  result: ExtractResult;
}

export const LINKEDIN_FIELDS = [
  'kind',
  'company.name',
  'company.industry',
  'company.employees',
  'company.hq.country',
  'company.hq.region',
  'company.hq.city',
  'company.foundedYear',
  'company.website',
  'company.domain',
  'company.linkedinUrl',
  'company.followers',
  'company.specialties',
  'company.description',
  'person.name',
  'person.headline',
  'person.title',
  'person.companyName',
  'person.location',
  'items',
  'items.name',
  'items.title',
  'items.companyName',
  'items.industry',
  'items.linkedinUrl',
] as const;
export type LinkedInField = (typeof LINKEDIN_FIELDS)[number];

/** The targets, met overall and by every field with at least `minTruths` truth values. */
export const TARGETS = { precision: 0.97, recall: 0.9, minTruths: 3 } as const;

type Pair = [expected: unknown, actual: unknown, equal: boolean];

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined;
const sameText = (a: unknown, b: unknown): boolean => {
  const x = text(a);
  const y = text(b);
  return !!x && !!y && foldKey(x) === foldKey(y);
};
const textPair = (expected: unknown, actual: unknown): Pair => [
  text(expected),
  text(actual),
  sameText(expected, actual),
];

/** The page's words, or another name of the same industry ("Internet" is "Technology, Information and Internet"). */
function sameIndustry(expected: string | undefined, raw: string | undefined, normalized: string | undefined): boolean {
  if (!expected || !raw) return false;
  if (sameText(expected, raw)) return true;
  const canonical = canonicalIndustry(expected);
  return !!canonical && canonical === normalized;
}

const sameLinkedin = (expected: string | undefined, actual: string | undefined): boolean =>
  !!expected && !!actual && cleanLinkedinUrl(expected) === actual;

function specialtiesPair(truth: CompanyTruth, keywords: string[] | undefined): Pair {
  const actual = keywords?.length ? keywords : undefined;
  if (truth.specialtiesCount !== undefined) {
    return [`${truth.specialtiesCount} items`, actual, actual?.length === truth.specialtiesCount];
  }
  const expected = truth.specialties?.length ? truth.specialties : undefined;
  const key = (list: string[]) => [...new Set(list.map(foldKey))].sort().join('|');
  return [expected, actual, !!expected && !!actual && key(expected) === key(actual)];
}

function companyPairs(truth: CompanyTruth = {}, raw: RawCompany = {}): Record<string, Pair> {
  const n: Company = normalizeCompany(raw);
  const t = truth;
  const website = t.website ? normalizeWebsite(t.website) : undefined;
  const hq = (k: 'country' | 'region' | 'city'): Pair => [t.hq?.[k], n.hq?.[k], !!t.hq?.[k] && t.hq[k] === n.hq?.[k]];
  return {
    'company.name': textPair(t.name, n.name),
    'company.industry': [t.industry, raw.industry, sameIndustry(t.industry, raw.industry, n.industry)],
    'company.employees': [
      t.employees,
      n.employees,
      !!t.employees && !!n.employees && t.employees.min === n.employees.min && t.employees.max === n.employees.max,
    ],
    'company.hq.country': hq('country'),
    'company.hq.region': hq('region'),
    'company.hq.city': hq('city'),
    'company.foundedYear': [
      t.foundedYear,
      n.foundedYear,
      t.foundedYear !== undefined && t.foundedYear === n.foundedYear,
    ],
    'company.website': [t.website, n.website, !!website && website === n.website],
    'company.domain': [t.domain, n.domain, !!t.domain && t.domain === n.domain],
    'company.linkedinUrl': [t.linkedinUrl, n.linkedinUrl, sameLinkedin(t.linkedinUrl, n.linkedinUrl)],
    'company.followers': [t.followers, n.followers, t.followers !== undefined && t.followers === n.followers],
    'company.specialties': specialtiesPair(t, n.keywords),
    'company.description': [
      t.descriptionStartsWith,
      n.description?.slice(0, 80),
      !!t.descriptionStartsWith && !!n.description?.startsWith(t.descriptionStartsWith),
    ],
  };
}

function personPairs(truth: PersonTruth = {}, raw: RawPerson = {}): Record<string, Pair> {
  return {
    'person.name': textPair(truth.name, raw.name),
    'person.headline': textPair(truth.headline, raw.headline),
    'person.title': textPair(truth.title, raw.title),
    'person.companyName': textPair(truth.companyName, raw.companyName),
    'person.location': textPair(truth.location, raw.location),
  };
}

type Item = NonNullable<ExtractResult['items']>[number];

function itemPairs(truth: ItemTruth | undefined, item: Item | undefined): Record<string, Pair> {
  const n = item?.company ? normalizeCompany(item.company) : undefined;
  const name = item?.person?.name ?? item?.company?.name;
  return {
    items: [truth?.kind, item?.kind, !!truth && truth.kind === item?.kind],
    'items.name': textPair(truth?.name, name),
    'items.title': textPair(truth?.title, item?.person?.title),
    'items.companyName': textPair(truth?.companyName, item?.person?.companyName),
    'items.industry': [
      truth?.industry,
      item?.company?.industry,
      sameIndustry(truth?.industry, item?.company?.industry, n?.industry),
    ],
    'items.linkedinUrl': [truth?.linkedinUrl, n?.linkedinUrl, sameLinkedin(truth?.linkedinUrl, n?.linkedinUrl)],
  };
}

export const score = (tp: number, fp: number, fn: number): FieldScore => ({
  tp,
  fp,
  fn,
  // Nothing extracted is no wrong value; nothing to find is nothing missed.
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

const has = (v: unknown): boolean => v !== undefined && !(Array.isArray(v) && v.length === 0);

/**
 * Precision and recall per field over saved LinkedIn pages, the same way as the site evaluator
 * (lib/extract/site/eval.ts): an extracted value equal to the truth is a true positive, any other
 * extracted value a false positive, a truth value not extracted (or extracted wrong) a false
 * negative. Texts compare by fold key (case, accents, punctuation), URLs, websites, counts,
 * buckets and places after normalization (lib/normalize). List rows pair up by position; a row
 * only one side has counts against `items` and each of its fields, and a row's mismatch names its
 * index ("items.title[3]").
 */
export function evaluateLinkedIn(cases: readonly LinkedInEvalCase[]): {
  perField: Record<LinkedInField, FieldScore>;
  overall: FieldScore;
  mismatches: Mismatch[];
} {
  const counts = Object.fromEntries(LINKEDIN_FIELDS.map((f) => [f, [0, 0, 0]])) as Record<
    LinkedInField,
    [number, number, number]
  >;
  const mismatches: Mismatch[] = [];
  const count = (fixture: string, pairs: Record<string, Pair>, row?: number) => {
    for (const [field, [expected, actual, equal]] of Object.entries(pairs)) {
      const c = counts[field as LinkedInField];
      if (equal) {
        c[0]++;
        continue;
      }
      if (has(actual)) c[1]++;
      if (has(expected)) c[2]++;
      if (has(actual) || has(expected)) {
        mismatches.push({ fixture, field: row === undefined ? field : `${field}[${row}]`, expected, actual });
      }
    }
  };
  for (const { truth, result } of cases) {
    count(truth.fixture, { kind: [truth.kind, result.kind, truth.kind === result.kind] });
    count(truth.fixture, companyPairs(truth.company, result.company));
    count(truth.fixture, personPairs(truth.person, result.person));
    const rows = Math.max(truth.items?.length ?? 0, result.items?.length ?? 0);
    for (let i = 0; i < rows; i++) count(truth.fixture, itemPairs(truth.items?.[i], result.items?.[i]), i);
  }
  const perField = Object.fromEntries(LINKEDIN_FIELDS.map((f) => [f, score(...counts[f])])) as Record<
    LinkedInField,
    FieldScore
  >;
  const total = LINKEDIN_FIELDS.reduce((t, f) => t.map((x, i) => x + counts[f][i]), [0, 0, 0]);
  return { perField, overall: score(total[0], total[1], total[2]), mismatches };
}

/**
 * Where a report misses the targets: overall, and each field with at least `minTruths` truth
 * values (tp + fn). Works for the site evaluator's report too. Empty when every target is met.
 */
export function missedTargets(report: { perField: Record<string, FieldScore>; overall: FieldScore }): string[] {
  const missed: string[] = [];
  const check = (label: string, s: FieldScore) => {
    if (s.precision < TARGETS.precision)
      missed.push(`${label} precision ${s.precision.toFixed(3)} < ${TARGETS.precision}`);
    if (s.recall < TARGETS.recall) missed.push(`${label} recall ${s.recall.toFixed(3)} < ${TARGETS.recall}`);
  };
  for (const [field, s] of Object.entries(report.perField)) if (s.tp + s.fn >= TARGETS.minTruths) check(field, s);
  check('overall', report.overall);
  return missed;
}
