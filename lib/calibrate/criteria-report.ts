import { MATCH, MISS, PARTIAL, UNKNOWN, type StatusCode } from '../icp/result';
import type { Icp } from '../icp/schema-icp';
import { MIN_BUCKET } from './constants';
import type { Design } from './design';
import type { StatusGroup } from './groups';
import type { LogisticFit } from './logistic';
import type { PointSet } from './points';
import { riskRatio, round4, winRate } from './stats';
import type { CriterionFlag, CriterionReport, StatusCount } from './types';

type Criterion = Icp['criteria'][number];

function count(groups: readonly StatusGroup[], index: number, code: StatusCode): StatusCount {
  const c: StatusCount = { accounts: 0, won: 0, lost: 0 };
  for (const g of groups) {
    if (g.statuses[index] !== code) continue;
    c.accounts += g.accounts;
    c.won += g.won;
  }
  c.lost = c.accounts - c.won;
  return c;
}

function meanWonDeal(groups: readonly StatusGroup[], index: number, code: StatusCode): number | null {
  let sum = 0;
  let n = 0;
  for (const g of groups) {
    if (g.statuses[index] !== code) continue;
    sum += g.wonDealSum;
    n += g.wonDealCount;
  }
  return n > 0 ? Math.round(sum / n) : null;
}

/** What a criterion reads, in words for "no account has …". */
function dataName(c: Criterion): string {
  if (c.type === 'signal') return `a "${c.signal}" signal (CRM exports carry no signals)`;
  return `a value for ${c.field}`;
}

const fmt = (x: number) => x.toFixed(2);

type Judged = Omit<CriterionReport, 'predictive' | 'flag' | 'reason'>;

/**
 * Why the data does not show the criterion tells won from lost (a flag and one sentence), a note
 * without a flag for a predictive criterion worth explaining, or undefined.
 */
function judgement(c: Criterion, r: Judged, fitted: boolean): { flag?: CriterionFlag; reason: string } | undefined {
  const { matched, partial, missed } = r.counts;
  const kept = fitted ? '' : '; its points are kept';
  if (matched.accounts + partial.accounts + missed.accounts === 0) {
    return { flag: 'no-data', reason: `No account has ${dataName(c)}, so this file cannot tell${kept}.` };
  }
  if (matched.accounts < MIN_BUCKET || missed.accounts < MIN_BUCKET || !r.lift) {
    const reason = `Too few accounts to tell: ${matched.accounts} matched and ${missed.accounts} missed (${MIN_BUCKET} of each needed)${kept}.`;
    return { flag: 'too-few', reason };
  }
  const lift = `lift ${fmt(r.lift.value)}, 95% CI ${fmt(r.lift.low)}–${fmt(r.lift.high)}`;
  if (r.lift.low <= 1 && r.lift.high >= 1) {
    return { flag: 'no-difference', reason: `Won and lost accounts match it about as often (${lift}).` };
  }
  const helps = r.lift.low > 1;
  if ((c.points > 0 && !helps) || (c.points < 0 && helps)) {
    const how = helps ? 'more' : 'less';
    const what = c.points > 0 ? 'gives points' : 'takes points away';
    return {
      flag: 'opposite',
      reason: `It works the other way: matched accounts win ${how} often (${lift}), yet it ${what}.`,
    };
  }
  if (fitted && r.suggestedPoints === 0 && c.required === true) {
    const note = `It predicts through "required": a miss disqualifies (${lift}); among the accounts it does not disqualify, a match adds little, so it gets 0 points.`;
    return { reason: note };
  }
  if (fitted && r.suggestedPoints === 0) {
    return {
      flag: 'explained',
      reason: `Adds nothing once the other criteria are counted: alone it shows ${lift}, which they explain.`,
    };
  }
  return undefined;
}

export function criteriaReport(
  icp: Icp,
  groups: readonly StatusGroup[],
  design: Design,
  fit: LogisticFit,
  suggested: PointSet,
  hasDealSizes: boolean,
): CriterionReport[] {
  return icp.criteria.map((c, i) => {
    const matched = count(groups, i, MATCH);
    const partial = count(groups, i, PARTIAL);
    const missed = count(groups, i, MISS);
    const unknown = count(groups, i, UNKNOWN);
    const main = design.main[i];
    const report: Judged = {
      id: c.id,
      label: c.label,
      type: c.type,
      dimension: c.dimension,
      required: c.required === true,
      currentPoints: c.points,
      suggestedPoints: suggested.points[i],
      counts: { matched, partial, missed, unknown },
      winRateMatched: winRate(matched.won, matched.accounts),
      winRateMissed: winRate(missed.won, missed.accounts),
      lift: riskRatio(matched.won, matched.accounts, missed.won, missed.accounts),
      coefficient: main === undefined ? 0 : round4(fit.beta[main]) + 0,
    };
    if (c.type === 'range' && c.partial) {
      report.currentPartialPoints = c.partial.points;
      report.suggestedPartialPoints = suggested.partial[i] ?? c.partial.points;
      report.winRatePartial = winRate(partial.won, partial.accounts);
    }
    if (hasDealSizes) {
      report.wonDealSize = { matched: meanWonDeal(groups, i, MATCH), missed: meanWonDeal(groups, i, MISS) };
    }
    const judged = judgement(c, report, main !== undefined);
    return judged ? { ...report, predictive: judged.flag === undefined, ...judged } : { ...report, predictive: true };
  });
}
