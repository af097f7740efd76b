import type { GroupComparison } from './conversion';
import type { TierCycle } from './cycle';
import { days, percent, percentBeside } from './format';
import type { TierRef } from './types';

/** ICP leads should convert at least this much better (relative) than non-ICP leads. */
export const LIFT_TARGET = 0.15;
/** A tier's median days to close may grow this much (relative) from one period to the next. */
export const CYCLE_GROWTH_LIMIT = 0.2;
/**
 * Fewer decided leads than this on either side and the comparison is not made. At 10 a side a
 * 15% difference is still well inside the noise (see the intervals shown), but below it one
 * deal moves a rate by 10 points or more: a warning would mostly report chance.
 */
export const MIN_DECIDED = 10;
/** Dated closes a tier needs in each of the two periods before its medians are compared. */
export const MIN_CLOSED = 5;

export interface OutcomeWarning {
  id: string;
  /** What is wrong, with the numbers. */
  message: string;
  /** What to do about it. */
  action: string;
}

/** A comparison that was not made, and why. */
export interface OutcomeNotice {
  id: string;
  message: string;
}

export type Checked = { warning?: OutcomeWarning; notice?: OutcomeNotice };

const LIFT_ACTION =
  'Compare won and lost leads criterion by criterion: give more points to the criteria that separate them and fewer (or none) to those that do not, and check the tier thresholds. Saving the changed ICP starts the next 90-day review.';

/**
 * ICP leads (tiers above the lowest) against non-ICP leads (the lowest tier): a warning when they
 * convert less than 15% better, a notice instead when either side has too few decided leads.
 * Compared in whole numbers (won·decided cross products), so exactly 15% better is never warned.
 */
export function checkLift(c: GroupComparison): Checked {
  const { better: icp, other: non } = c;
  if (icp.decided < MIN_DECIDED || non.decided < MIN_DECIDED) {
    return {
      notice: {
        id: 'lift-too-few',
        message: `Too few decided leads to compare ICP with non-ICP leads: ${icp.decided} ICP and ${non.decided} non-ICP leads were won or lost in this period; at least ${MIN_DECIDED} of each are needed.`,
      },
    };
  }
  const target = Math.round((1 + LIFT_TARGET) * 100);
  const below = non.won === 0 ? icp.won === 0 : icp.won * non.decided * 100 < target * non.won * icp.decided;
  if (!below) return {};
  const r = c.relative;
  const how =
    r === undefined || r === 0
      ? 'no better than'
      : r > 0
        ? `only ${percentBeside(r, LIFT_TARGET)}% better than`
        : `${percentBeside(r, LIFT_TARGET)}% worse than`;
  return {
    warning: {
      id: 'lift',
      message: `ICP leads converted ${how} non-ICP leads: ${percent(icp.rate)} against ${percent(non.rate)} (${icp.won} of ${icp.decided} won, against ${non.won} of ${non.decided}). They should convert at least ${Math.round(LIFT_TARGET * 100)}% better.`,
      action: LIFT_ACTION,
    },
  };
}

const CYCLE_ACTION =
  'Open this tier’s recent closes in the leads page: if the slow ones share a trait (size, region, industry), lower the points of that criterion or raise the tier’s threshold; if they do not, ask the team what held them up.';

/**
 * Each tier's median days to close against the period before: a warning when it grew more than
 * 20%; tiers with too few dated closes in either period are named in one notice.
 */
export function checkCycles(
  current: readonly TierCycle[],
  previous: readonly TierCycle[] | undefined,
  before: string,
): { warnings: OutcomeWarning[]; notices: OutcomeNotice[] } {
  if (!previous) {
    const message =
      'Times to close are compared with the period before; choose a period other than All time for that comparison.';
    return { warnings: [], notices: [{ id: 'cycle-all-time', message }] };
  }
  const warnings: OutcomeWarning[] = [];
  const short: string[] = [];
  for (const now of current) {
    const then = previous.find((p) => p.id === now.id);
    const closedBefore = then?.closed ?? 0;
    if (!now.closed && !closedBefore) continue;
    if (now.closed < MIN_CLOSED || closedBefore < MIN_CLOSED) {
      short.push(`${now.label} (${now.closed} now, ${closedBefore} before)`);
      continue;
    }
    const cur = now.median!;
    const prev = then!.median!;
    // Medians are whole or half days: in tenths the comparison with 120% is exact.
    if (cur * 10 <= prev * Math.round((1 + CYCLE_GROWTH_LIMIT) * 10)) continue;
    warnings.push(cycleWarning(now, prev, closedBefore, before));
  }
  const notices: OutcomeNotice[] = short.length
    ? [
        {
          id: 'cycle-too-few',
          message: `Times to close are compared when a tier has at least ${MIN_CLOSED} dated closes in this period and in ${before}; not enough yet for ${short.join(', ')}.`,
        },
      ]
    : [];
  return { warnings, notices };
}

function cycleWarning(now: TierCycle & TierRef, prev: number, closedBefore: number, before: string): OutcomeWarning {
  const cur = now.median!;
  const growth = prev === 0 ? undefined : (cur - prev) / prev;
  const how = growth === undefined ? 'grew' : `grew ${percentBeside(growth, CYCLE_GROWTH_LIMIT)}%`;
  return {
    id: `cycle-${now.id}`,
    message: `${now.label}: the median time to close ${how}, from ${days(prev)} to ${days(cur)}, compared with ${before} (${now.closed} closes now, ${closedBefore} before). The limit is ${Math.round(CYCLE_GROWTH_LIMIT * 100)}%.`,
    action: CYCLE_ACTION,
  };
}
