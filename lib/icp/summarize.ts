import type { AnyCriterion, ProfileLike } from './engine-types';
import type { CriterionMeta, CriterionResult, CriterionStatus, DimensionTotal, FitResult, TierRef } from './result';
import { roundHalfUpRatio } from './rounding';
import { orderTiers, selectTier } from './tiers';

/** Everything about the totals that does not depend on the record, computed once. */
export interface Plan {
  icpId: string;
  possible: number;
  minCoverage: number;
  tiers: TierRef[];
  dimensionNames: string[];
  dimensionPossible: number[];
  /** Per criterion: what it is, its dimension's index in dimensionNames, its partial points. */
  metas: CriterionMeta[];
  dimensionOf: number[];
  partialPoints: number[];
}

const DEFAULT_MIN_COVERAGE = 0.5;

function criterionMeta(c: AnyCriterion): CriterionMeta {
  return {
    id: c.id,
    label: c.label,
    dimension: c.dimension ?? 'fit',
    type: c.type,
    // + 0 turns -0 (valid JSON) into 0, so results survive a JSON round trip unchanged.
    points: c.points + 0,
    required: c.required === true,
  };
}

export function makePlan(profile: ProfileLike): Plan {
  const names: string[] = [];
  const possibleByDimension: number[] = [];
  const dimensionOf = profile.criteria.map((c) => {
    const name = c.dimension ?? 'fit';
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    possibleByDimension[index] = (possibleByDimension[index] ?? 0) + Math.max(c.points, 0);
    return index;
  });
  return {
    icpId: profile.id,
    possible: possibleByDimension.reduce((sum, p) => sum + p, 0),
    minCoverage: profile.minCoverage ?? DEFAULT_MIN_COVERAGE,
    tiers: orderTiers(profile.tiers),
    dimensionNames: names,
    dimensionPossible: possibleByDimension,
    metas: profile.criteria.map(criterionMeta),
    dimensionOf,
    partialPoints: profile.criteria.map((c) => (c.type === 'range' && c.partial ? c.partial.points + 0 : 0)),
  };
}

/** earned(c): points if match, partial points if partial, else 0. */
export function earnedFor(status: CriterionStatus, points: number, partialPoints: number): number {
  return status === 'match' ? points : status === 'partial' ? partialPoints : 0;
}

/** What a criterion adds to the points of known criteria (the numerator of coverage). */
export function knownFor(status: CriterionStatus, points: number): number {
  return points > 0 && status !== 'unknown' ? points : 0;
}

/** A required criterion that misses disqualifies; unknown does not. */
export function disqualifies(status: CriterionStatus, required: boolean): boolean {
  return required && status === 'miss';
}

/** score = round(100 * max(raw, 0) / possible), at most 100; 0 when nothing is possible. */
export function scoreOf(plan: Plan, raw: number): number {
  return plan.possible > 0 ? Math.min(100, roundHalfUpRatio(100 * Math.max(raw, 0), plan.possible)) : 0;
}

/** coverage = known / possible, rounded half up to 2 decimals. */
export function coverageOf(plan: Plan, known: number): number {
  return plan.possible > 0 ? roundHalfUpRatio(100 * known, plan.possible) / 100 : 0;
}

/** Per dimension, in plan.dimensionNames order, zeros to add earned points to. */
export function zeroPerDimension(plan: Plan): number[] {
  // Sized up front: pushing onto [] would allocate room for 17 numbers on every scoring.
  const earned = new Array<number>(plan.dimensionNames.length);
  for (let i = 0; i < earned.length; i++) earned[i] = 0;
  return earned;
}

/** dimensions = per dimension { earned, possible }, from the earned points per dimension. */
export function dimensionTotals(plan: Plan, earned: readonly number[]): Record<string, DimensionTotal> {
  const dimensions: Record<string, DimensionTotal> = {};
  plan.dimensionNames.forEach((name, i) => {
    dimensions[name] = { earned: earned[i] as number, possible: plan.dimensionPossible[i] as number };
  });
  return dimensions;
}

/** The spec's Result section over the criteria results, in one pass. */
export function summarize(plan: Plan, criteria: CriterionResult[]): FitResult {
  const earned = zeroPerDimension(plan);
  let raw = 0;
  let known = 0;
  let disqualified = false;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as CriterionResult;
    raw += c.earned;
    earned[plan.dimensionOf[i] as number] += c.earned;
    known += knownFor(c.status, c.points);
    disqualified ||= disqualifies(c.status, c.required);
  }
  const score = scoreOf(plan, raw);
  const coverage = coverageOf(plan, known);
  return {
    icpId: plan.icpId,
    score,
    tier: selectTier(plan.tiers, score, disqualified),
    disqualified,
    coverage,
    lowConfidence: coverage < plan.minCoverage,
    dimensions: dimensionTotals(plan, earned),
    criteria,
  };
}
