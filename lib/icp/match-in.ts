import type { CompileEnv, InRule, Matcher, ScoreContext } from './engine-types';
import { sourceSuffix, type FieldSpec } from './field-access';
import { formatList } from './format';
import { industryLookup } from './industry';
import { normalizeValue } from './normalize-text';
import { criterionResult, type CriterionMeta } from './result';

/** `in`: a scalar value is one of the values; a list holds any (or all) of them. */
export function compileIn<R>(rule: InRule, meta: CriterionMeta, spec: FieldSpec<R>, env: CompileEnv<R>): Matcher<R> {
  return spec.verb ? compileList(rule, meta, spec, env) : compileScalar(rule, meta, spec, env);
}

interface Outcome {
  status: 'match' | 'miss';
  evidence: string;
}

function compileScalar<R>(rule: InRule, meta: CriterionMeta, spec: FieldSpec<R>, env: CompileEnv<R>): Matcher<R> {
  const wanted = new Set(rule.values.map(normalizeValue));
  const within = formatList(rule.values);
  const parentOf =
    rule.field === 'industry' && env.industryMatches ? industryLookup(rule.values, env.industryMatches) : undefined;
  const judge = (value: string, source: string): Outcome => {
    const shown = value.trim() + source;
    if (wanted.has(normalizeValue(value))) return { status: 'match', evidence: `${shown} is one of ${within}` };
    const parent = parentOf?.(value);
    if (parent !== undefined) return { status: 'match', evidence: `${shown} is part of ${parent}` };
    return { status: 'miss', evidence: `${shown} is not one of ${within}` };
  };
  // Industries and countries repeat across companies: remember each value's outcome.
  const memo = new Map<string, Outcome>();
  return (record, ctx) => {
    const value = spec.get(record);
    if (typeof value !== 'string') return criterionResult(meta, 'unknown', 0, spec.unknown);
    const source = sourceSuffix(ctx.sources, spec.sourceKeys);
    let outcome = source ? undefined : memo.get(value);
    if (outcome === undefined) {
      outcome = judge(value, source);
      if (!source) remember(memo, value, outcome);
    }
    const earned = outcome.status === 'match' ? meta.points : 0;
    return criterionResult(meta, outcome.status, earned, outcome.evidence);
  };
}

const MEMO_LIMIT = 1024;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** The record's list, normalized once per scoring however many criteria read it. */
function normalizedList(ctx: ScoreContext, slot: number, list: unknown[]): string[] {
  let normalized = ctx.slots[slot] as string[] | undefined;
  if (normalized === undefined) {
    normalized = [];
    for (const item of list) normalized.push(typeof item === 'string' ? normalizeValue(item) : '');
    ctx.slots[slot] = normalized;
  }
  return normalized;
}

function compileList<R>(rule: InRule, meta: CriterionMeta, spec: FieldSpec<R>, env: CompileEnv<R>): Matcher<R> {
  const wanted = rule.values.map(normalizeValue);
  const all = rule.match === 'all';
  const slot = env.slot(`in:${rule.field}`);
  const verb = spec.verb ?? '';
  const noneOf = `${verb} none of ${formatList(rule.values)}`;
  return (record, ctx) => {
    const value = spec.get(record);
    if (!Array.isArray(value)) return criterionResult(meta, 'unknown', 0, spec.unknown);
    const have = normalizedList(ctx, slot, value);
    const found: string[] = [];
    for (let i = 0; i < wanted.length; i++) {
      if (have.includes(wanted[i] as string)) found.push(rule.values[i] as string);
    }
    const source = sourceSuffix(ctx.sources, spec.sourceKeys);
    if (found.length === 0) return criterionResult(meta, 'miss', 0, noneOf + source);
    const uses = `${verb} ${found.length === 1 ? found[0] : found.join(', ')}${source}`;
    if (!all || found.length === wanted.length) return criterionResult(meta, 'match', meta.points, uses);
    const missing = rule.values.filter((v) => !found.includes(v));
    return criterionResult(meta, 'miss', 0, `${uses}; missing ${formatList(missing)}`);
  };
}
