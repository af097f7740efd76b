import { compileCriteria, type EngineOptions } from './engine-compile';
import { summaryCore } from './engine-summary';
import type { ProfileLike } from './engine-types';
import {
  criterionResult,
  type CriterionResult,
  type CriterionStatus,
  type FitResult,
  type FitSummary,
  type ScoreSources,
} from './result';
import { dimensionTotals, earnedFor, type Plan } from './summarize';
import { selectTier } from './tiers';

/**
 * The scoring engine, generic over the record (company or person): criteria are compiled once
 * (engine-compile.ts), then each record costs one pass over them for the summary
 * (engine-summary.ts) and, for the full result, one more to word each criterion's evidence from
 * what the first pass prepared.
 */

export type { EngineOptions } from './engine-compile';

export type RecordScorer<R> = (record: R, sources?: ScoreSources) => FitResult;

/** The full result: the summary's totals, with the criteria results it has evidence for. */
function fullResult(plan: Plan, summary: FitSummary, criteria: CriterionResult[]): FitResult {
  return {
    icpId: plan.icpId,
    score: summary.score,
    tier: selectTier(plan.tiers, summary.score, summary.disqualified),
    disqualified: summary.disqualified,
    coverage: summary.coverage,
    lowConfidence: summary.lowConfidence,
    dimensions: dimensionTotals(plan, summary.earned),
    criteria,
  };
}

export function compileProfile<R>(profile: ProfileLike, opts: EngineOptions<R>): RecordScorer<R> {
  const compiled = compileCriteria(profile, opts);
  const { plan, criteria, context } = compiled;
  const core = summaryCore(compiled);
  return (record, sources) => {
    const ctx = context();
    ctx.begin(sources);
    ctx.busy = true;
    try {
      const summary = core(record, ctx);
      const results = new Array<CriterionResult>(criteria.length);
      for (let i = 0; i < criteria.length; i++) {
        const meta = plan.metas[i] as (typeof plan.metas)[number];
        const status = summary.statuses[i] as CriterionStatus;
        const earned = earnedFor(status, meta.points, plan.partialPoints[i] as number);
        const evidence = (criteria[i] as (typeof criteria)[number]).explain(record, ctx, status);
        results[i] = criterionResult(meta, status, earned, evidence);
      }
      return fullResult(plan, summary, results);
    } finally {
      ctx.busy = false;
    }
  };
}
