import { normalizeCompany } from '../../normalize/company';
import { foldKey } from '../../normalize/fold-key';
import { cleanLinkedinUrl } from '../../normalize/linkedin-url';
import type { ExtractResult, RawAddress } from '../types';
import { nameKey } from './name-match';

/**
 * A hand-written truth of what a saved page says (test/fixtures/sites/truth/<fixture>.json).
 * An absent field means the page does not say it; extracting one anyway is a false positive.
 */
export interface SiteTruth {
  fixture: string;
  /** The URL the page is read at (its canonical URL or og:url). */
  url: string;
  kind: 'company' | 'unknown';
  name?: string;
  domain?: string;
  /** The description starts with this (first 60 characters or fewer). */
  descriptionStartsWith?: string;
  linkedinUrl?: string;
  address?: RawAddress;
  foundedYear?: number;
  employees?: { min: number; max?: number };
  jobOpenings?: number;
  /** Any of these is the careers (pricing) page. */
  careersUrl?: string[];
  pricingUrl?: string[];
  signals: { type: string; observedAt?: string }[];
  /**
   * Technologies the saved markup itself shows (script src, link href, generator meta, inline
   * snippets, DOM markers, comments), named as in technologies/fingerprints.json where it has
   * them; absent: not judged for this page. What only a live page shows (globals, cookies) is
   * left out, as are themes, minor plugins, single-purpose widget libraries and server-side
   * stacks (languages, server frameworks, build tools); doubtful cases are in `notes`.
   */
  technologies?: string[];
  notes?: string;
}

export interface EvalCase {
  truth: SiteTruth;
  result: ExtractResult;
}

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mismatch {
  fixture: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

/** The firmographic fields: each is one value per page, and together they make `overall`. */
export const FIELDS = [
  'kind',
  'name',
  'domain',
  'description',
  'linkedinUrl',
  'address.street',
  'address.locality',
  'address.region',
  'address.postalCode',
  'address.country',
  'foundedYear',
  'employees',
  'jobOpenings',
  'careersUrl',
  'pricingUrl',
  'signals',
] as const;

/**
 * Every scored field: FIELDS plus `technologies`, counted per technology and kept out of
 * `overall` (a detection figure, not a firmographic one).
 */
export const SITE_FIELDS = [...FIELDS, 'technologies'] as const;
export type Field = (typeof SITE_FIELDS)[number];
type ScalarField = Exclude<(typeof FIELDS)[number], 'signals'>;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined;
const sameText = (a: string, b: string): boolean => foldKey(a) === foldKey(b);
const sameUrl = (a: string, b: string): boolean => a.replace(/\/$/, '') === b.replace(/\/$/, '');

type Pair = [expected: unknown, actual: unknown, equal: boolean];

/** Expected and extracted value of each scalar field, and whether they agree. */
function pairs(truth: SiteTruth, result: ExtractResult): Record<ScalarField, Pair> {
  const raw = result.company ?? {};
  const n = normalizeCompany(raw);
  const desc = text(raw.description);
  const careers = result.provenance.careersPage?.detail;
  const pricing = result.provenance.pricingPage?.detail;
  const addr = (k: keyof RawAddress): Pair => {
    const e = text(truth.address?.[k]);
    const a = text(raw.address?.[k]) ?? (k === 'locality' ? text(raw.headquarters) : undefined);
    return [e, a, !!e && !!a && sameText(e, a)];
  };
  return {
    kind: [truth.kind, result.kind, truth.kind === result.kind],
    name: [truth.name, text(raw.name), !!truth.name && !!raw.name && nameKey(truth.name) === nameKey(raw.name)],
    domain: [truth.domain, n.domain, !!truth.domain && truth.domain === n.domain],
    description: [
      truth.descriptionStartsWith,
      desc?.slice(0, 80),
      !!truth.descriptionStartsWith && !!desc?.startsWith(truth.descriptionStartsWith),
    ],
    linkedinUrl: [
      truth.linkedinUrl,
      n.linkedinUrl,
      !!truth.linkedinUrl && cleanLinkedinUrl(truth.linkedinUrl) === n.linkedinUrl,
    ],
    'address.street': addr('street'),
    'address.locality': addr('locality'),
    'address.region': addr('region'),
    'address.postalCode': addr('postalCode'),
    'address.country': addr('country'),
    foundedYear: [
      truth.foundedYear,
      n.foundedYear,
      truth.foundedYear !== undefined && truth.foundedYear === n.foundedYear,
    ],
    employees: [
      truth.employees,
      n.employees,
      !!truth.employees &&
        !!n.employees &&
        truth.employees.min === n.employees.min &&
        truth.employees.max === n.employees.max,
    ],
    jobOpenings: [
      truth.jobOpenings,
      n.jobOpenings,
      truth.jobOpenings !== undefined && truth.jobOpenings === n.jobOpenings,
    ],
    careersUrl: [truth.careersUrl, careers, !!careers && !!truth.careersUrl?.some((u) => sameUrl(u, careers))],
    pricingUrl: [truth.pricingUrl, pricing, !!pricing && !!truth.pricingUrl?.some((u) => sameUrl(u, pricing))],
  };
}

const score = (tp: number, fp: number, fn: number): FieldScore => ({
  tp,
  fp,
  fn,
  // Nothing extracted is no wrong value; nothing to find is nothing missed.
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

const signalKeys = (list: readonly { type: string; observedAt?: string }[] | undefined): string[] =>
  (list ?? []).map((s) => `${s.type}@${s.observedAt?.slice(0, 10) ?? ''}`);

/** Technology names as compared: case-insensitive, trimmed, each once. */
const techKeys = (names: readonly string[] | undefined): Map<string, string> =>
  new Map((names ?? []).map((n) => [n.trim().toLowerCase(), n.trim()] as const).filter(([k]) => k));

/**
 * Precision and recall per field over saved pages. A field's extracted value is a true positive
 * when it equals the truth (names by comparison key, descriptions by prefix, URLs after
 * cleaning), a false positive otherwise; a truth value not extracted (or extracted wrong) is a
 * false negative. Signals count per `type@day` item.
 *
 * Technologies are judged only with `technologies: true`, for the cases whose truth lists them,
 * and the results must come from readSavedPage (lib/fit/read-page.ts), which runs detection:
 * each technology counts once per page, by name case-insensitively (tp: in both, fp: detected
 * but not in the truth, fn: in the truth but not detected). Off, that field stays 0/0/0 and
 * no technology mismatch is listed. `overall` sums FIELDS only.
 */
export function evaluateExtraction(
  cases: readonly EvalCase[],
  opts: { technologies?: boolean } = {},
): {
  perField: Record<Field, FieldScore>;
  overall: FieldScore;
  mismatches: Mismatch[];
} {
  const counts = Object.fromEntries(SITE_FIELDS.map((f) => [f, [0, 0, 0]])) as Record<Field, [number, number, number]>;
  const mismatches: Mismatch[] = [];
  for (const { truth, result } of cases) {
    for (const [field, [expected, actual, equal]] of Object.entries(pairs(truth, result)) as [ScalarField, Pair][]) {
      const c = counts[field];
      const has = (v: unknown): boolean => v !== undefined && !(Array.isArray(v) && v.length === 0);
      if (equal) c[0]++;
      else {
        if (has(actual)) c[1]++;
        if (has(expected)) c[2]++;
        if (has(actual) || has(expected)) mismatches.push({ fixture: truth.fixture, field, expected, actual });
      }
    }
    const expected = signalKeys(truth.signals);
    const actual = signalKeys(result.company?.signals);
    const left = [...expected];
    for (const key of actual) {
      const i = left.indexOf(key);
      if (i >= 0) {
        left.splice(i, 1);
        counts.signals[0]++;
      } else {
        counts.signals[1]++;
        mismatches.push({ fixture: truth.fixture, field: 'signals', expected: undefined, actual: key });
      }
    }
    for (const key of left) {
      counts.signals[2]++;
      mismatches.push({ fixture: truth.fixture, field: 'signals', expected: key, actual: undefined });
    }
    if (opts.technologies && truth.technologies) {
      const want = techKeys(truth.technologies);
      const got = techKeys(result.company?.technologies);
      for (const [key, name] of got) {
        if (want.has(key)) counts.technologies[0]++;
        else {
          counts.technologies[1]++;
          mismatches.push({ fixture: truth.fixture, field: 'technologies', expected: undefined, actual: name });
        }
      }
      for (const [key, name] of want) {
        if (got.has(key)) continue;
        counts.technologies[2]++;
        mismatches.push({ fixture: truth.fixture, field: 'technologies', expected: name, actual: undefined });
      }
    }
  }
  const perField = Object.fromEntries(SITE_FIELDS.map((f) => [f, score(...counts[f])])) as Record<Field, FieldScore>;
  const total = FIELDS.reduce((t, f) => t.map((x, i) => x + counts[f][i]), [0, 0, 0]);
  return { perField, overall: score(total[0], total[1], total[2]), mismatches };
}
