/** What scoring returns: the score and, per criterion, the reason for every point. */

export type CriterionStatus = 'match' | 'partial' | 'miss' | 'unknown';

/** Statuses as the engine computes them: small integers, the index of the name in STATUSES. */
export type StatusCode = 0 | 1 | 2 | 3;
export const UNKNOWN = 0;
export const MISS = 1;
export const PARTIAL = 2;
export const MATCH = 3;
export const STATUSES: readonly CriterionStatus[] = ['unknown', 'miss', 'partial', 'match'];
export type CriterionType = 'in' | 'range' | 'text' | 'signal';

export interface CriterionResult {
  id: string;
  label: string;
  dimension: string;
  type: CriterionType;
  status: CriterionStatus;
  /** The criterion's points as configured (negative for a penalty). */
  points: number;
  /** What it contributed: points, partial points, or 0. */
  earned: number;
  required: boolean;
  /** One human line, e.g. "51-200 employees in 50-200" or "HQ country unknown". */
  evidence: string;
}

export interface TierRef {
  id: string;
  label: string;
  min: number;
  action?: string;
}

export interface DimensionTotal {
  earned: number;
  possible: number;
}

export interface FitResult {
  /** The ICP's id (the persona's, for a person). */
  icpId: string;
  score: number;
  tier: TierRef;
  disqualified: boolean;
  coverage: number;
  lowConfidence: boolean;
  dimensions: Record<string, DimensionTotal>;
  criteria: CriterionResult[];
}

/**
 * The numbers of a FitResult without its evidence, for scoring many records at once (saved leads,
 * CSV files). Every field equals the same field of the full result.
 */
export interface FitSummary {
  score: number;
  /** The id of FitResult.tier. */
  tierId: string;
  disqualified: boolean;
  coverage: number;
  lowConfidence: boolean;
  /** Each criterion's status, in the ICP's criterion order. */
  statuses: CriterionStatus[];
  /** Points earned per dimension, in the order of the scorer's `dimensions`. */
  earned: number[];
}

/** Optional per-field labels of where values came from, e.g. {employees: "LinkedIn"}. */
export type ScoreSources = Partial<Record<string, string>>;

/** What a compiled criterion knows about itself; copied into each of its results. */
export interface CriterionMeta {
  id: string;
  label: string;
  dimension: string;
  type: CriterionType;
  points: number;
  required: boolean;
}

export function criterionResult(
  meta: CriterionMeta,
  status: CriterionStatus,
  earned: number,
  evidence: string,
): CriterionResult {
  // One literal shape for every result keeps the hot path monomorphic.
  return {
    id: meta.id,
    label: meta.label,
    dimension: meta.dimension,
    type: meta.type,
    status,
    points: meta.points,
    earned,
    required: meta.required,
    evidence,
  };
}
