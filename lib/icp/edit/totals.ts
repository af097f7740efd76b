/** The running totals the editor shows while points are typed (spec: possible = sum of positive points). */

export interface DimensionTotals {
  dimension: string;
  /** Sum of positive points: what a perfect match earns. */
  possible: number;
  /** Sum of negative points (0 or less): what penalties can take away. */
  penalties: number;
  criteria: number;
}

export interface ProfileTotals {
  possible: number;
  penalties: number;
  dimensions: DimensionTotals[];
  /** Criteria whose points are not a number yet (left out of the totals). */
  unset: number;
}

interface DraftCriterion {
  points?: unknown;
  dimension?: unknown;
}

const DEFAULT_DIMENSION = 'fit';

function dimensionOf(c: DraftCriterion): string {
  return typeof c.dimension === 'string' && c.dimension.trim() ? c.dimension.trim() : DEFAULT_DIMENSION;
}

/**
 * Totals of a draft's criteria, per dimension in first-seen order; tolerant of values being typed.
 * @example profileTotals({ criteria: [{ points: 25 }, { points: -15 }] }).possible // 25
 */
export function profileTotals(profile: { criteria?: unknown }): ProfileTotals {
  const list = Array.isArray(profile.criteria) ? (profile.criteria as DraftCriterion[]) : [];
  const byDimension = new Map<string, DimensionTotals>();
  let unset = 0;
  for (const c of list) {
    const name = dimensionOf(c ?? {});
    const totals = byDimension.get(name) ?? { dimension: name, possible: 0, penalties: 0, criteria: 0 };
    byDimension.set(name, totals);
    totals.criteria++;
    const points = c?.points;
    if (typeof points !== 'number' || !Number.isFinite(points)) {
      unset++;
      continue;
    }
    if (points > 0) totals.possible += points;
    else totals.penalties += points;
  }
  const dimensions = [...byDimension.values()];
  return {
    possible: dimensions.reduce((sum, d) => sum + d.possible, 0),
    penalties: dimensions.reduce((sum, d) => sum + d.penalties, 0),
    dimensions,
    unset,
  };
}
