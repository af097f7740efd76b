import type { FieldValues } from './field-values';
import type { InData } from './match-in';
import type { RangeData } from './match-range';
import type { SignalData } from './match-signal';
import type { TextData } from './match-text';
import type { CriterionStatus } from './result';
import type { ScoreContext } from './score-context';
import type { SignalGroup } from './signal-group';

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

/** Words the evidence for the status judge() found (same record, same context). */
export type Explain<R> = (record: R, ctx: ScoreContext, status: CriterionStatus) => string;

/**
 * A criterion compiled once per ICP: its rule as data, judged by judge() (judge.ts) for both the
 * full result and the summary, and how to word its evidence for the full result. The rules are
 * data rather than closures so that judging is one switch over a few functions.
 */
export type CompiledCriterion<R> =
  | { kind: typeof SCALAR; rule: InData<R>; explain: Explain<R> }
  | { kind: typeof LIST; rule: InData<R>; explain: Explain<R> }
  | { kind: typeof RANGE; rule: RangeData<R>; explain: Explain<R> }
  | { kind: typeof TEXT; rule: TextData<R>; explain: Explain<R> }
  | { kind: typeof SIGNAL; rule: SignalData<R>; explain: Explain<R> };

// Kinds of compiled criteria: small integers, which the judging switch compares cheapest.
export const SCALAR = 0;
export const LIST = 1;
export const RANGE = 2;
export const TEXT = 3;
export const SIGNAL = 4;

export type IndustryMatcher = (icpValue: string, companyIndustry: string) => boolean;

/** What criteria may use while compiling. */
export interface CompileEnv<R> {
  asOfDay: number;
  asOf: string;
  industryMatches: IndustryMatcher | undefined;
  /** Reads the record's signals list; absent for records that have none (people). */
  signals: ((record: R) => unknown) | undefined;
  /** A per-scoring slot for a value several criteria prepare the same way (same key, same slot). */
  slot(key: string): number;
  /** The ICP values of every `in` criterion on the field, matched once per record. */
  fieldValues(field: string): FieldValues;
  /** Every `signal` criterion, judged in one pass over a record's signals. */
  signalGroup(): SignalGroup<R>;
}
