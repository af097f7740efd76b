import type { CompiledProfile, EngineOptions } from './engine-compile';
import { compileCriteria } from './engine-compile';
import type { CompiledCriterion, ProfileLike } from './engine-types';
import { judge } from './judge';
import { STATUSES, type CriterionStatus, type FitSummary } from './result';
import type { ScoreContext } from './score-context';
import { coverageOf, scoreOf, zeroPerDimension } from './summarize';
import { selectTier } from './tiers';

/**
 * Bulk scoring: every criterion judged, the totals of the spec's Result section, no evidence.
 * The full result (engine.ts) is this plus an evidence line per criterion.
 */
export interface SummaryScorer<R> {
  (record: R): FitSummary;
  /** Dimension names, in the order of FitSummary.earned. */
  readonly dimensions: readonly string[];
}

/** The summary of a record in a context begun for it; the context keeps what was prepared. */
export function summaryCore<R>({
  plan,
  criteria,
  tables,
}: CompiledProfile<R>): (record: R, ctx: ScoreContext) => FitSummary {
  const { dimensionOf } = plan;
  return (record, ctx) => {
    const statuses = new Array<CriterionStatus>(criteria.length);
    const earned = zeroPerDimension(plan);
    let raw = 0;
    let known = 0;
    let disqualifying = 0;
    for (let i = 0; i < criteria.length; i++) {
      const code = judge(criteria[i] as CompiledCriterion<R>, record, ctx);
      statuses[i] = STATUSES[code] as CriterionStatus;
      // The totals' rules for this criterion and status, looked up rather than branched on.
      const at = i * 4 + code;
      const e = tables.earned[at] as number;
      raw += e;
      earned[dimensionOf[i] as number] += e;
      known += tables.known[at] as number;
      disqualifying |= tables.disqualifies[at] as number;
    }
    const score = scoreOf(plan, raw);
    const coverage = coverageOf(plan, known);
    const disqualified = disqualifying !== 0;
    const tierId = selectTier(plan.tiers, score, disqualified).id;
    return { score, tierId, disqualified, coverage, lowConfidence: coverage < plan.minCoverage, statuses, earned };
  };
}

export function compileProfileSummary<R>(profile: ProfileLike, opts: EngineOptions<R>): SummaryScorer<R> {
  const compiled = compileCriteria(profile, opts);
  const core = summaryCore(compiled);
  const scorer = (record: R): FitSummary => {
    const ctx = compiled.context();
    ctx.begin(undefined);
    ctx.busy = true;
    try {
      return core(record, ctx);
    } finally {
      ctx.busy = false;
    }
  };
  return Object.assign(scorer, { dimensions: Object.freeze([...compiled.plan.dimensionNames]) });
}
