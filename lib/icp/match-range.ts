import type { Bounds, Matcher, RangeRule } from './engine-types';
import { sourceSuffix, type FieldSpec } from './field-access';
import { formatBucket, formatCount } from './format';
import { criterionResult, type CriterionMeta } from './result';

/** `range`: a number, or a bucket's midpoint (an open bucket's min), within [min, max]. */

/** The number a range compares: exact counts as is, buckets by midpoint, open buckets by min. */
export function rangeValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const { min, max } = value as { min?: unknown; max?: unknown };
  if (typeof min !== 'number') return undefined;
  return typeof max === 'number' ? (min + max) / 2 : min;
}

function within(value: number, bounds: Bounds): boolean {
  return (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
}

/** "50-200", "1,000+", "2005 or later", "0-200". */
function boundsText(bounds: Bounds, fmt: (n: number) => string, year: boolean): string {
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined) return `${fmt(min)}-${fmt(max)}`;
  if (min !== undefined) return year ? `${fmt(min)} or later` : `${fmt(min)}+`;
  if (max !== undefined) return year ? `${fmt(max)} or earlier` : `${fmt(0)}-${fmt(max)}`;
  return 'any value';
}

function valueText(value: unknown, fmt: (n: number) => string): string {
  if (typeof value === 'number') return fmt(value);
  const { min, max } = value as { min: number; max?: number };
  return formatBucket(min, max, fmt);
}

export function compileRange<R>(rule: RangeRule, meta: CriterionMeta, spec: FieldSpec<R>): Matcher<R> {
  const fmt = spec.number ?? formatCount;
  const phrase = spec.phrase ?? ((s: string) => s);
  const year = spec.year === true;
  // Copies of one shape keep the bound checks monomorphic, whatever shape the ICP's objects had.
  const target: Bounds = { min: rule.min, max: rule.max };
  const p = rule.partial;
  // + 0 turns -0 into 0, as for CriterionMeta.points in engine.ts.
  const partial = p && { min: p.min, max: p.max, points: p.points + 0 };
  const targetText = boundsText(target, fmt, year);
  const near = partial ? ` (partial credit in ${boundsText(partial, fmt, year)})` : '';
  return (record, ctx) => {
    const raw = spec.get(record);
    const value = rangeValue(raw);
    if (value === undefined) return criterionResult(meta, 'unknown', 0, spec.unknown);
    const shown = phrase(valueText(raw, fmt)) + sourceSuffix(ctx.sources, spec.sourceKeys);
    if (within(value, target)) return criterionResult(meta, 'match', meta.points, `${shown} in ${targetText}`);
    if (partial && within(value, partial)) {
      return criterionResult(meta, 'partial', partial.points, `${shown} outside ${targetText}${near}`);
    }
    return criterionResult(meta, 'miss', 0, `${shown} outside ${targetText}`);
  };
}
