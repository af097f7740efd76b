import { MATCH, MISS, PARTIAL } from '../icp/result';
import type { Icp } from '../icp/schema-icp';
import { MIN_FIT } from './constants';
import type { StatusGroup } from './groups';
import type { FitRow } from './logistic';

/**
 * The features the fit sees, per criterion: a match is 1 and anything else 0. Unknown is 0 like
 * a miss, because a score gives an unknown criterion nothing either: points fitted any other way
 * would be tuned for a model the score cannot run. (The report still counts unknown apart.)
 *
 * Only accounts that are not disqualified are fitted: a disqualified account ranks below every
 * other whatever its points, so points only decide the order of the rest (fitting the others too
 * would mostly teach the fit that a required criterion's miss loses, which the tier already says).
 *
 * A range criterion with a partial range gets a second feature for a partial match when enough
 * accounts have one, so its partial points are fitted too; otherwise a partial match counts as
 * the share of the points it earns today. Criteria too few accounts match (or miss) to fit are
 * not fitted: they keep their points.
 */

export interface Design {
  rows: FitRow[];
  features: number;
  /** Per criterion: its match feature, or undefined when it is not fitted. */
  main: (number | undefined)[];
  /** Per criterion: its partial feature, when it has one. */
  partial: (number | undefined)[];
  /** Per criterion: what a partial match counts as on the match feature (0 with a partial feature). */
  partialShare: number[];
  /** Per feature: +1 must not go below 0, -1 not above, 0 free (the sign of the points today). */
  signs: number[];
  /** Per feature: the feature to drop with it (a partial feature goes with its match feature). */
  linked: (number | undefined)[];
}

interface Tally {
  match: number;
  partial: number;
  total: number;
}

function tally(groups: readonly StatusGroup[], index: number): Tally {
  const t: Tally = { match: 0, partial: 0, total: 0 };
  for (const g of groups) {
    t.total += g.accounts;
    if (g.statuses[index] === MATCH) t.match += g.accounts;
    else if (g.statuses[index] === PARTIAL) t.partial += g.accounts;
  }
  return t;
}

const enough = (has: number, total: number) => has >= MIN_FIT && total - has >= MIN_FIT;

function currentShare(c: Icp['criteria'][number]): number {
  if (c.type !== 'range' || !c.partial || c.points === 0) return 0;
  return Math.min(1, Math.max(0, c.partial.points / c.points));
}

/** Whether a group's accounts are disqualified: a required criterion missed. */
function disqualified(icp: Icp, group: StatusGroup): boolean {
  return icp.criteria.some((c, i) => c.required === true && group.statuses[i] === MISS);
}

export function buildDesign(icp: Icp, allGroups: readonly StatusGroup[]): Design {
  const groups = allGroups.filter((g) => !disqualified(icp, g));
  const design: Design = { rows: [], features: 0, main: [], partial: [], partialShare: [], signs: [], linked: [] };
  const sign = (points: number) => Math.sign(points) + 0;
  icp.criteria.forEach((c, i) => {
    const t = tally(groups, i);
    const separatePartial = enough(t.partial, t.total) && enough(t.match, t.total);
    const share = separatePartial ? 0 : currentShare(c);
    const positive = t.match + (share > 0 ? t.partial : 0);
    design.partialShare.push(share);
    if (!enough(positive, t.total)) {
      design.main.push(undefined);
      design.partial.push(undefined);
      return;
    }
    const main = design.features++;
    design.main.push(main);
    design.signs.push(sign(c.points));
    design.linked.push(undefined);
    if (!separatePartial) {
      design.partial.push(undefined);
      return;
    }
    const partial = design.features++;
    design.partial.push(partial);
    design.signs.push(sign(c.points));
    design.linked.push(undefined);
    design.linked[main] = partial;
  });
  design.rows = groups.map((g) => ({ x: featureRow(design, g), n: g.accounts, won: g.won }));
  return design;
}

function featureRow(design: Design, group: StatusGroup): number[] {
  const x = new Array<number>(design.features).fill(0);
  group.statuses.forEach((status, i) => {
    const main = design.main[i];
    if (main === undefined) return;
    if (status === MATCH) x[main] = 1;
    else if (status === PARTIAL) {
      const partial = design.partial[i];
      if (partial !== undefined) x[partial] = 1;
      else x[main] = design.partialShare[i];
    }
  });
  return x;
}
