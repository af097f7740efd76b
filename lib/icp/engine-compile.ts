import { requireUtcDay } from './dates';
import type { AnyCriterion, CompileEnv, CompiledCriterion, IndustryMatcher, ProfileLike } from './engine-types';
import type { FieldSpec, FieldTable } from './field-access';
import { FieldValues } from './field-values';
import { compileIn } from './match-in';
import { compileRange } from './match-range';
import { compileSignal } from './match-signal';
import { compileText } from './match-text';
import { ScoreContext } from './score-context';
import { SignalGroup } from './signal-group';
import { statusTables, type StatusTables } from './status-tables';
import { makePlan, type Plan } from './summarize';

/**
 * Compiling a profile (ICP or persona), generic over the record it scores: criteria become rules
 * as data (value indexes, phrase patterns, parsed dates) that judge() runs, once per ICP.
 */

export interface EngineOptions<R> {
  /** YYYY-MM-DD: the day signal windows count back from. */
  asOf: string;
  industryMatches?: IndustryMatcher | undefined;
  fields: FieldTable<R>;
  signals?: ((record: R) => unknown) | undefined;
}

/** A profile compiled: its plan and criteria, their totals as tables, and a context to score with. */
export interface CompiledProfile<R> {
  plan: Plan;
  criteria: CompiledCriterion<R>[];
  tables: StatusTables;
  /** The scorer's own context, or a new one when a scoring is already running (reentrancy). */
  context(): ScoreContext;
}

function fieldSpec<R>(fields: FieldTable<R>, c: AnyCriterion & { field: string }): FieldSpec<R> {
  const spec = Object.hasOwn(fields, c.field) ? fields[c.field] : undefined;
  if (!spec) throw new Error(`criterion "${c.id}": field "${c.field}" cannot be scored (validate the ICP first)`);
  return spec;
}

function compileCriterion<R>(c: AnyCriterion, fields: FieldTable<R>, env: CompileEnv<R>): CompiledCriterion<R> {
  switch (c.type) {
    case 'in':
      return compileIn(c, fieldSpec(fields, c), env);
    case 'range':
      return compileRange(c, fieldSpec(fields, c));
    case 'text':
      return compileText(c, fieldSpec(fields, c), env);
    case 'signal':
      return compileSignal(c, env);
  }
}

function makeEnv<R>(opts: EngineOptions<R>): CompileEnv<R> & { slotCount(): number } {
  const slots = new Map<string, number>();
  const values = new Map<string, FieldValues>();
  let group: SignalGroup<R> | undefined;
  const slot = (key: string): number => {
    let index = slots.get(key);
    if (index === undefined) slots.set(key, (index = slots.size));
    return index;
  };
  return {
    asOf: opts.asOf,
    asOfDay: requireUtcDay(opts.asOf, 'asOf'),
    industryMatches: opts.industryMatches,
    signals: opts.signals,
    slot,
    fieldValues(field) {
      let found = values.get(field);
      if (found === undefined) values.set(field, (found = new FieldValues(slot(`in:${field}`))));
      return found;
    },
    signalGroup: () => (group ??= new SignalGroup(slot('signal-group'), opts.signals)),
    slotCount: () => slots.size,
  };
}

export function compileCriteria<R>(profile: ProfileLike, opts: EngineOptions<R>): CompiledProfile<R> {
  const env = makeEnv(opts);
  const criteria = profile.criteria.map((c) => compileCriterion(c, opts.fields, env));
  const plan = makePlan(profile);
  const slotCount = env.slotCount();
  const own = new ScoreContext(slotCount);
  return {
    plan,
    criteria,
    tables: statusTables(plan),
    context: () => (own.busy ? new ScoreContext(slotCount) : own),
  };
}
