import type { IcpBundle } from '../icp/schema-bundle';
import type { Icp } from '../icp/schema-icp';
import { aucOfHistogram } from './auc';
import { choosePoints } from './choose';
import { LAMBDA, MIN_PER_OUTCOME } from './constants';
import { criteriaReport } from './criteria-report';
import { buildDesign } from './design';
import { groupAccounts, groupHistogram } from './groups';
import { fitLogistic } from './logistic';
import { modelReport } from './model-report';
import { calibrationNote, describeWithNote } from './note';
import { fittedPoints, withPoints } from './points';
import { scorePass } from './scoring';
import { round4 } from './stats';
import { suggestTierMins } from './thresholds';
import type {
  Account,
  CalibrateOptions,
  CalibrationOutcome,
  CalibrationPhase,
  CalibrationReport,
  NotEnoughData,
} from './types';
import { calibrationWarnings } from './warnings';

/** "not enough data (need at least 20 won and 20 lost; this file has 3 won and 41 lost)" */
export function notEnoughDataMessage(won: number, lost: number): string {
  return (
    `not enough data (need at least ${MIN_PER_OUTCOME} won and ${MIN_PER_OUTCOME} lost; ` +
    `this file has ${won} won and ${lost} lost)`
  );
}

function notEnoughData(won: number, lost: number): NotEnoughData {
  return { code: 'not-enough-data', message: notEnoughDataMessage(won, lost), won, lost, needed: MIN_PER_OUTCOME };
}

/**
 * Calibrates one ICP of a bundle on accounts with known outcomes: per-criterion win rates and
 * lift, points fitted by L2-regularized logistic regression and scaled to the ICP's total, tier
 * thresholds that separate won from lost, and how the current and suggested ICPs rank the
 * accounts (both scored account by account with the real engine). Pure and deterministic: the
 * same accounts, bundle and options give a deep-equal report.
 * @example
 * const { accounts } = accountsFromCsv(text, { fileName: 'deals.csv' });
 * const outcome = calibrate(accounts, bundle, bundle.defaultIcpId, { asOf: '2026-06-30' });
 * if (outcome.ok) show(outcome.report); else say(outcome.problem.message);
 */
export function calibrate(
  accounts: readonly Account[],
  bundle: IcpBundle,
  icpId: string,
  opts: CalibrateOptions,
): CalibrationOutcome {
  const icp = bundle.icps.find((i) => i.id === icpId);
  if (!icp) {
    const ids = bundle.icps.map((i) => i.id).join(', ');
    return {
      ok: false,
      problem: { code: 'unknown-icp', message: `the bundle has no ICP "${icpId}" (it has: ${ids})` },
    };
  }
  let won = 0;
  for (const a of accounts) if (a.outcome === 'won') won++;
  const lost = accounts.length - won;
  if (won < MIN_PER_OUTCOME || lost < MIN_PER_OUTCOME) return { ok: false, problem: notEnoughData(won, lost) };
  return { ok: true, report: report(accounts, bundle, icp, opts, won) };
}

type Progress = (phase: CalibrationPhase, fraction: number) => void;

/** Scores and groups the accounts, fits the points, picks whole points and tier mins. */
function suggest(accounts: readonly Account[], icp: Icp, asOf: string, progress: Progress) {
  progress('scoring', 0);
  const grouped = groupAccounts(accounts, icp, asOf, (f) => progress('scoring', 0.45 * f));
  progress('fitting', 0.45);
  const design = buildDesign(icp, grouped.groups);
  const fit = fitLogistic(design.rows, design.features, LAMBDA, design.signs, design.linked);
  const fitted = fittedPoints(icp, design, fit);
  progress('choosing', 0.5);
  const currentAuc = aucOfHistogram(grouped.histogram);
  const chosen = choosePoints(icp, fitted, currentAuc, accounts, grouped.groups, asOf);
  const pointed = withPoints(icp, chosen.set);
  const thresholds = suggestTierMins(groupHistogram(accounts, grouped.groups, pointed, asOf), icp.tiers);
  const tiers = icp.tiers.map((t, i) => ({ ...t, min: thresholds.mins[i] }));
  return { grouped, design, fit, fitted, currentAuc, chosen, thresholds, icp: { ...pointed, tiers } };
}

function report(
  accounts: readonly Account[],
  bundle: IcpBundle,
  icp: Icp,
  opts: CalibrateOptions,
  won: number,
): CalibrationReport {
  const { asOf } = opts;
  const now = opts.now ?? `${asOf}T00:00:00Z`;
  const progress: Progress = (phase, fraction) => opts.onProgress?.({ phase, fraction });
  const s = suggest(accounts, icp, asOf, progress);

  // The suggested ICP scored account by account, as the current one was.
  progress('evaluating', 0.55);
  const histogram = scorePass(accounts, s.icp, asOf, (f) => progress('evaluating', 0.55 + 0.43 * f));
  const suggestedAuc = aucOfHistogram(histogram);
  if (suggestedAuc < s.currentAuc) {
    // Scores depend on statuses only, so the per-group evaluation is exact; this would be a bug.
    throw new Error(`calibration: suggested AUC ${suggestedAuc} is below the current ${s.currentAuc}`);
  }
  const date = now.slice(0, 10);
  const note = calibrationNote({
    rows: accounts.length,
    source: opts.source,
    date,
    currentAuc: s.currentAuc,
    suggestedAuc,
  });
  const suggestedIcp: Icp = { ...s.icp, description: describeWithNote(icp.description, note) };
  const criteria = criteriaReport(icp, s.grouped.groups, s.design, s.fit, s.chosen.set, s.grouped.hasDealSizes);
  const lost = accounts.length - won;
  const result: CalibrationReport = {
    icpId: icp.id,
    icpName: icp.name,
    asOf,
    rows: accounts.length,
    won,
    lost,
    baselineWinRate: round4(won / accounts.length),
    criteria,
    current: modelReport(s.grouped.histogram, icp.tiers),
    suggested: modelReport(histogram, suggestedIcp.tiers),
    thresholds: icp.tiers.map((t, i) => ({
      id: t.id,
      label: t.label,
      currentMin: t.min,
      suggestedMin: suggestedIcp.tiers[i].min,
    })),
    suggestedIcp,
    suggestedBundle: {
      ...bundle,
      version: bundle.version + 1,
      publishedAt: now,
      icps: bundle.icps.map((i) => (i.id === icp.id ? suggestedIcp : i)),
    },
    note,
    fit: {
      method: 'l2-logistic-regression',
      lambda: LAMBDA,
      iterations: s.fit.iterations,
      converged: s.fit.converged,
      intercept: round4(s.fit.intercept),
      blend: s.chosen.blend,
    },
    warnings: calibrationWarnings({
      won,
      lost,
      criteria,
      nothingPredicts: s.fitted === undefined,
      blend: s.chosen.blend,
      currentAuc: s.currentAuc,
      roundedAuc: s.chosen.roundedAuc,
      spacedThresholds: s.thresholds.spaced,
    }),
  };
  progress('evaluating', 1);
  return result;
}
