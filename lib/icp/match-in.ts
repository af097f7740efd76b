import { LIST, SCALAR, type CompileEnv, type CompiledCriterion, type Explain, type InRule } from './engine-types';
import { sourceSuffix, type FieldReader, type FieldSpec } from './field-access';
import { hasAll, hasAny, hasId, type FieldValues } from './field-values';
import { formatList } from './format';
import { industryLookup } from './industry';
import { MATCH, MISS, UNKNOWN, type StatusCode } from './result';
import type { ScoreContext } from './score-context';

/** `in`: a scalar value is one of the values; a list holds any (or all) of them. */

export interface InData<R> {
  read: FieldReader<R>;
  field: number;
  values: FieldValues;
  /** The criterion's values, as ids in `values` and as a mask of them. */
  ids: number[];
  words: number[];
  all: boolean;
  /** Industries only, with a taxonomy: the ICP value that covers a company industry. */
  parentOf: ((value: string) => string | undefined) | undefined;
}

export function scalarStatus<R>(d: InData<R>, record: R, ctx: ScoreContext): StatusCode {
  const value = d.read(record, d.field);
  if (typeof value !== 'string') return UNKNOWN;
  if (hasId(d.words, d.values.idOf(ctx, value))) return MATCH;
  return d.parentOf !== undefined && d.parentOf(value) !== undefined ? MATCH : MISS;
}

export function listStatus<R>(d: InData<R>, record: R, ctx: ScoreContext): StatusCode {
  const value = d.read(record, d.field);
  if (!Array.isArray(value)) return UNKNOWN;
  const present = d.values.present(ctx, value);
  return (d.all ? hasAll(present, d.words) : hasAny(present, d.words)) ? MATCH : MISS;
}

export function compileIn<R>(rule: InRule, spec: FieldSpec<R>, env: CompileEnv<R>): CompiledCriterion<R> {
  const values = env.fieldValues(rule.field);
  const { ids, words } = values.mask(rule.values);
  const parentOf =
    rule.field === 'industry' && env.industryMatches ? industryLookup(rule.values, env.industryMatches) : undefined;
  const d: InData<R> = { read: spec.read, field: spec.field, values, ids, words, all: rule.match === 'all', parentOf };
  if (spec.verb) return { kind: LIST, rule: d, explain: explainList(rule, d, spec) };
  return { kind: SCALAR, rule: d, explain: explainScalar(rule, d, spec) };
}

function explainScalar<R>(rule: InRule, d: InData<R>, spec: FieldSpec<R>): Explain<R> {
  const within = formatList(rule.values);
  return (record, ctx, status) => {
    if (status === 'unknown') return spec.unknown;
    const value = d.read(record, d.field) as string;
    const shown = value.trim() + sourceSuffix(ctx.sources, spec.sourceKeys);
    if (status === 'miss') return `${shown} is not one of ${within}`;
    if (hasId(d.words, d.values.idOf(ctx, value))) return `${shown} is one of ${within}`;
    return `${shown} is part of ${d.parentOf?.(value)}`;
  };
}

function explainList<R>(rule: InRule, d: InData<R>, spec: FieldSpec<R>): Explain<R> {
  const verb = spec.verb ?? '';
  const noneOf = `${verb} none of ${formatList(rule.values)}`;
  return (record, ctx, status) => {
    if (status === 'unknown') return spec.unknown;
    const present = d.values.present(ctx, d.read(record, d.field) as unknown[]);
    const found: string[] = [];
    for (let i = 0; i < d.ids.length; i++) if (hasId(present, d.ids[i] as number)) found.push(rule.values[i] as string);
    const source = sourceSuffix(ctx.sources, spec.sourceKeys);
    if (found.length === 0) return noneOf + source;
    const uses = `${verb} ${found.length === 1 ? found[0] : found.join(', ')}${source}`;
    if (status === 'match') return uses;
    return `${uses}; missing ${formatList(rule.values.filter((v) => !found.includes(v)))}`;
  };
}
