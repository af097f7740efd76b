import type { Icp } from '../icp/schema-icp';
import { aucOfHistogram } from './auc';
import { BLENDS } from './constants';
import { groupHistogram, type StatusGroup } from './groups';
import { blendPoints, currentPoints, samePoints, wholePoints, withPoints, type PointSet } from './points';
import type { Account } from './types';

/**
 * The suggested points: the fitted ones rounded to whole points, unless that ranks the accounts
 * worse than the current points do (rounding and the score's floor at 0 can cost a little
 * ranking). Then the first blend toward the current points that ranks them at least as well;
 * at worst the current points themselves. So the suggested AUC is never below the current one.
 */

export interface Chosen {
  set: PointSet;
  /** How far toward the fitted points: 1 all the way, 0 the current points. */
  blend: number;
  /** AUC of the chosen points over the accounts. */
  auc: number;
  /** AUC of the fitted points rounded, when it was computed. */
  roundedAuc?: number;
}

export function choosePoints(
  icp: Icp,
  fitted: PointSet | undefined,
  currentAuc: number,
  accounts: readonly Account[],
  groups: readonly StatusGroup[],
  asOf: string,
): Chosen {
  const current = currentPoints(icp);
  if (!fitted) return { set: current, blend: 0, auc: currentAuc };
  let previous: PointSet | undefined;
  let roundedAuc: number | undefined;
  for (const t of BLENDS) {
    const set = t === 0 ? current : wholePoints(blendPoints(current, fitted, t));
    if (previous && samePoints(set, previous)) continue;
    previous = set;
    const auc = t === 0 ? currentAuc : aucOfHistogram(groupHistogram(accounts, groups, withPoints(icp, set), asOf));
    if (t === 1) roundedAuc = auc;
    if (auc >= currentAuc) return { set, blend: t, auc, roundedAuc };
  }
  return { set: current, blend: 0, auc: currentAuc, roundedAuc };
}
