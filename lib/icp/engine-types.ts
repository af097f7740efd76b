import type { CriterionResult, ScoreSources } from './result';

/**
 * The structural shapes the engine scores. Both parsed ICPs/personas and hand-written ones
 * (before zod fills in defaults) fit them, so callers never need a cast.
 */

interface CriterionCommon {
  id: string;
  label: string;
  dimension?: string | undefined;
  points: number;
  required?: boolean | undefined;
}

export interface Bounds {
  min?: number | undefined;
  max?: number | undefined;
}

export type InRule = { type: 'in'; field: string; values: string[]; match?: 'any' | 'all' | undefined };
export type RangeRule = Bounds & {
  type: 'range';
  field: string;
  partial?: (Bounds & { points: number }) | undefined;
};
export type TextRule = { type: 'text'; field: string; anyOf: string[] };
export type SignalRule = { type: 'signal'; signal: string; withinDays?: number | undefined };

export type AnyCriterion = CriterionCommon & (InRule | RangeRule | TextRule | SignalRule);

export interface ProfileLike {
  id: string;
  minCoverage?: number | undefined;
  tiers: { id: string; label: string; min: number; action?: string | undefined }[];
  criteria: AnyCriterion[];
}

/** Per-scoring scratch space: caller's source labels and field values prepared once. */
export interface ScoreContext {
  sources: ScoreSources | undefined;
  /** Indexed by slots handed out at compile time (see CompileEnv.slot). */
  slots: unknown[];
}

export type Matcher<R> = (record: R, ctx: ScoreContext) => CriterionResult;

export type IndustryMatcher = (icpValue: string, companyIndustry: string) => boolean;

/** What matchers may use while compiling. */
export interface CompileEnv<R> {
  asOfDay: number;
  asOf: string;
  industryMatches: IndustryMatcher | undefined;
  /** Reads the record's signals list; absent for records that have none (people). */
  signals: ((record: R) => unknown) | undefined;
  /** A per-scoring slot for a value several criteria prepare the same way (same key, same slot). */
  slot(key: string): number;
}
