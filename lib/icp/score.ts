import type { Company } from './company';
import { compileProfile, type EngineOptions, type RecordScorer } from './engine';
import { compileProfileSummary, type SummaryScorer } from './engine-summary';
import type { IndustryMatcher } from './engine-types';
import { companyFields } from './company-fields';
import { personFields } from './person-fields';
import type { Person } from './person';
import type { FitResult, ScoreSources } from './result';
import type { IcpInput } from './schema-icp';
import type { PersonaInput } from './schema-persona';

export interface CompileIcpOptions {
  /** YYYY-MM-DD; signal windows count back from this day, so results depend on it. */
  asOf: string;
  /**
   * Whether an ICP industry covers a company's industry (e.g. a taxonomy-aware parent-group
   * matcher from lib/normalize). Normalized equality always matches first. Must be pure.
   */
  industryMatches?: IndustryMatcher;
}

export interface ScoreOptions extends CompileIcpOptions {
  /** Where each field came from, for evidence: {employees: "LinkedIn"}. */
  sources?: ScoreSources;
}

export type CompanyScorer = RecordScorer<Company>;
export type PersonScorer = RecordScorer<Person>;
export type CompanySummaryScorer = SummaryScorer<Company>;
export type PersonSummaryScorer = SummaryScorer<Person>;

function companyEngine(opts: CompileIcpOptions): EngineOptions<Company> {
  return {
    asOf: opts.asOf,
    industryMatches: opts.industryMatches,
    fields: companyFields,
    signals: (company) => company.signals,
  };
}

/**
 * Prepares an ICP for scoring many companies (value sets, tokenized phrases, tiers in order).
 * @example
 * const score = compileIcp(icp, { asOf: '2026-06-30' });
 * const results = companies.map((company) => score(company));
 */
export function compileIcp(icp: IcpInput, opts: CompileIcpOptions): CompanyScorer {
  return compileProfile<Company>(icp, companyEngine(opts));
}

/**
 * Like compileIcp, for scoring many companies when only the numbers are needed (re-scoring saved
 * leads, CSV files): the same rules and totals, no evidence. Each summary equals the matching
 * fields of the full result.
 * @example
 * const summarize = compileIcpSummary(icp, { asOf: '2026-06-30' });
 * const scores = companies.map((company) => summarize(company).score);
 */
export function compileIcpSummary(icp: IcpInput, opts: CompileIcpOptions): CompanySummaryScorer {
  return compileProfileSummary<Company>(icp, companyEngine(opts));
}

/** Scores one company; for many, compile once with compileIcp. */
export function scoreCompany(icp: IcpInput, company: Company, opts: ScoreOptions): FitResult {
  return compileIcp(icp, opts)(company, opts.sources);
}

export function compilePersona(persona: PersonaInput, opts: { asOf: string }): PersonScorer {
  return compileProfile<Person>(persona, { asOf: opts.asOf, fields: personFields });
}

export function compilePersonaSummary(persona: PersonaInput, opts: { asOf: string }): PersonSummaryScorer {
  return compileProfileSummary<Person>(persona, { asOf: opts.asOf, fields: personFields });
}

/** Scores a person against a persona, the same way a company is scored against an ICP. */
export function scorePerson(
  persona: PersonaInput,
  person: Person,
  opts: { asOf: string; sources?: ScoreSources },
): FitResult {
  return compilePersona(persona, opts)(person, opts.sources);
}
