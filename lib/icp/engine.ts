import { requireUtcDay } from './dates';
import type { AnyCriterion, CompileEnv, IndustryMatcher, Matcher, ProfileLike, ScoreContext } from './engine-types';
import type { FieldSpec, FieldTable } from './field-access';
import { compileIn } from './match-in';
import { compileRange } from './match-range';
import { compileSignal } from './match-signal';
import { compileText } from './match-text';
import type { CriterionMeta, CriterionResult, FitResult, ScoreSources } from './result';
import { makePlan, summarize } from './summarize';

/**
 * The scoring engine, generic over the record (company or person): criteria are compiled once
 * into matchers (value sets, tokenized phrases, formatted ranges), then each record costs one
 * pass over them and one pass over the results.
 */

export interface EngineOptions<R> {
  /** YYYY-MM-DD: the day signal windows count back from. */
  asOf: string;
  industryMatches?: IndustryMatcher | undefined;
  fields: FieldTable<R>;
  signals?: ((record: R) => unknown) | undefined;
}

export type RecordScorer<R> = (record: R, sources?: ScoreSources) => FitResult;

function fieldSpec<R>(fields: FieldTable<R>, c: AnyCriterion & { field: string }): FieldSpec<R> {
  const spec = Object.hasOwn(fields, c.field) ? fields[c.field] : undefined;
  if (!spec) throw new Error(`criterion "${c.id}": field "${c.field}" cannot be scored (validate the ICP first)`);
  return spec;
}

function compileCriterion<R>(c: AnyCriterion, fields: FieldTable<R>, env: CompileEnv<R>): Matcher<R> {
  const meta: CriterionMeta = {
    id: c.id,
    label: c.label,
    dimension: c.dimension ?? 'fit',
    type: c.type,
    // + 0 turns -0 (valid JSON) into 0, so results survive a JSON round trip unchanged.
    points: c.points + 0,
    required: c.required === true,
  };
  switch (c.type) {
    case 'in':
      return compileIn(c, meta, fieldSpec(fields, c), env);
    case 'range':
      return compileRange(c, meta, fieldSpec(fields, c));
    case 'text':
      return compileText(c, meta, fieldSpec(fields, c), env);
    case 'signal':
      return compileSignal(c, meta, env);
  }
}

function makeEnv<R>(opts: EngineOptions<R>): CompileEnv<R> & { slotCount(): number } {
  const slots = new Map<string, number>();
  return {
    asOf: opts.asOf,
    asOfDay: requireUtcDay(opts.asOf, 'asOf'),
    industryMatches: opts.industryMatches,
    signals: opts.signals,
    slot(key) {
      let index = slots.get(key);
      if (index === undefined) slots.set(key, (index = slots.size));
      return index;
    },
    slotCount: () => slots.size,
  };
}

export function compileProfile<R>(profile: ProfileLike, opts: EngineOptions<R>): RecordScorer<R> {
  const env = makeEnv(opts);
  const matchers = profile.criteria.map((c) => compileCriterion(c, opts.fields, env));
  const plan = makePlan(profile);
  const slotCount = env.slotCount();
  return (record, sources) => {
    const ctx: ScoreContext = { sources, slots: slotCount > 0 ? new Array<unknown>(slotCount) : [] };
    const results = new Array<CriterionResult>(matchers.length);
    for (let i = 0; i < matchers.length; i++) results[i] = (matchers[i] as Matcher<R>)(record, ctx);
    return summarize(plan, results);
  };
}
