import { RANGE, type Bounds, type CompiledCriterion, type Explain, type RangeRule } from './engine-types';
import { sourceSuffix, type FieldReader, type FieldSpec } from './field-access';
import { formatBucket, formatCount } from './format';
import { MATCH, MISS, PARTIAL, UNKNOWN, type StatusCode } from './result';

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

export interface RangeData<R> {
  read: FieldReader<R>;
  field: number;
  target: Bounds;
  partial: Bounds | undefined;
}

export function rangeStatus<R>(d: RangeData<R>, record: R): StatusCode {
  const value = rangeValue(d.read(record, d.field));
  if (value === undefined) return UNKNOWN;
  if (within(value, d.target)) return MATCH;
  return d.partial !== undefined && within(value, d.partial) ? PARTIAL : MISS;
}

export function compileRange<R>(rule: RangeRule, spec: FieldSpec<R>): CompiledCriterion<R> {
  const fmt = spec.number ?? formatCount;
  const phrase = spec.phrase ?? ((s: string) => s);
  const year = spec.year === true;
  // Copies of one shape keep the bound checks monomorphic, whatever shape the ICP's objects had.
  const target: Bounds = { min: rule.min, max: rule.max };
  const p = rule.partial;
  const partial: Bounds | undefined = p && { min: p.min, max: p.max };
  const targetText = boundsText(target, fmt, year);
  const near = partial ? ` (partial credit in ${boundsText(partial, fmt, year)})` : '';
  const d: RangeData<R> = { read: spec.read, field: spec.field, target, partial };
  const explain: Explain<R> = (record, ctx, status) => {
    if (status === 'unknown') return spec.unknown;
    const shown = phrase(valueText(d.read(record, d.field), fmt)) + sourceSuffix(ctx.sources, spec.sourceKeys);
    if (status === 'match') return `${shown} in ${targetText}`;
    return status === 'partial' ? `${shown} outside ${targetText}${near}` : `${shown} outside ${targetText}`;
  };
  return { kind: RANGE, rule: d, explain };
}
