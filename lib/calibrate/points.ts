import type { Icp } from '../icp/schema-icp';
import type { Design } from './design';
import type { LogisticFit } from './logistic';

/**
 * From fitted log-odds effects to whole points. The ICP's total of positive points (usually 100)
 * stays what it is: criteria that were not fitted keep their points, and the fitted ones share
 * the rest in proportion to their effects, so a score still reads on the same 0..100 scale and
 * tiers keep their meaning.
 *
 * Signs are kept (the fit is constrained): a criterion that gives points never becomes a penalty,
 * since its label says what it rewards; when the data says it works the other way it gets 0 and
 * the report says why. Penalties stay penalties, scaled like the rest.
 */

/** Points per criterion, and partial points for range criteria with a partial range. */
export interface PointSet {
  points: number[];
  partial: (number | undefined)[];
}

export function currentPoints(icp: Icp): PointSet {
  return {
    points: icp.criteria.map((c) => c.points),
    partial: icp.criteria.map((c) => (c.type === 'range' && c.partial ? c.partial.points : undefined)),
  };
}

const positiveTotal = (points: readonly number[]) => points.reduce((sum, p) => sum + Math.max(p, 0), 0);

/** Keeps a partial value between 0 and its criterion's points, as the schema asks. */
const clampPartial = (partial: number, points: number) =>
  Math.min(Math.max(partial, Math.min(0, points)), Math.max(0, points));

/** The fitted points as real numbers, or undefined when no fitted criterion has a positive effect. */
export function fittedPoints(icp: Icp, design: Design, fit: LogisticFit): PointSet | undefined {
  const current = currentPoints(icp);
  const total = positiveTotal(current.points);
  const keptPositive = positiveTotal(current.points.filter((_, i) => design.main[i] === undefined));
  const effects = design.main.map((f) => (f === undefined ? undefined : fit.beta[f]));
  const positiveEffects = effects.reduce<number>((sum, b) => sum + Math.max(b ?? 0, 0), 0);
  if (positiveEffects <= 0 || total - keptPositive <= 0) return undefined;
  const scale = (total - keptPositive) / positiveEffects;
  const points = effects.map((b, i) => (b === undefined ? current.points[i] : b * scale));
  const partial = current.partial.map((p, i) => {
    if (p === undefined || design.main[i] === undefined) return p;
    const feature = design.partial[i];
    const value = feature === undefined ? design.partialShare[i] * points[i] : fit.beta[feature] * scale;
    return clampPartial(value, points[i]);
  });
  return { points, partial };
}

/** `t` of the way from one point set to another (t = 1 is `to`). */
export function blendPoints(from: PointSet, to: PointSet, t: number): PointSet {
  const mix = (a: number, b: number) => (1 - t) * a + t * b;
  return {
    points: from.points.map((p, i) => mix(p, to.points[i])),
    partial: from.partial.map((p, i) => (p === undefined ? undefined : mix(p, to.partial[i] ?? p))),
  };
}

/**
 * Whole points: positive ones by largest remainder, so they add up to the same total as the real
 * values (ties to the earlier criterion); penalties and partial points rounded half up.
 */
export function wholePoints(real: PointSet): PointSet {
  const positives = real.points.map((p, i) => ({ i, p })).filter(({ p }) => p > 0);
  const target = Math.round(positives.reduce((sum, { p }) => sum + p, 0));
  const points = real.points.map((p) => (p > 0 ? Math.floor(p) : Math.max(-1000, Math.round(p) + 0)));
  let missing = target - positives.reduce((sum, { i }) => sum + points[i], 0);
  const byRemainder = [...positives].sort((a, b) => b.p - Math.floor(b.p) - (a.p - Math.floor(a.p)) || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    points[i]++;
    missing--;
  }
  // The schema's limit; only an ICP whose positive points add up to far more than 100 gets near it.
  for (let i = 0; i < points.length; i++) points[i] = Math.min(points[i], 1000);
  const partial = real.partial.map((p, i) =>
    p === undefined ? undefined : clampPartial(Math.round(p), points[i]) + 0,
  );
  return { points, partial };
}

export const samePoints = (a: PointSet, b: PointSet) =>
  a.points.every((p, i) => p === b.points[i]) && a.partial.every((p, i) => p === b.partial[i]);

/** The ICP with other points; everything else (ids, labels, rules, required, tiers) as it was. */
export function withPoints(icp: Icp, set: PointSet): Icp {
  return {
    ...icp,
    criteria: icp.criteria.map((c, i) => {
      const changed = { ...c, points: set.points[i] };
      const partial = set.partial[i];
      return changed.type === 'range' && changed.partial && partial !== undefined
        ? { ...changed, partial: { ...changed.partial, points: partial } }
        : changed;
    }),
  };
}
