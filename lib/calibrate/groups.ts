import { MATCH, MISS, PARTIAL, UNKNOWN, type CriterionStatus, type StatusCode } from '../icp/result';
import type { Icp } from '../icp/schema-icp';
import { addToHistogram, emptyHistogram, rankKey, type KeyHistogram } from './ranking';
import { PROGRESS_EVERY, summarizer, type PassProgress } from './scoring';
import type { Account } from './types';

/**
 * Accounts grouped by their criteria statuses. A score depends on nothing else (spec, Result), so
 * every account of a group scores the same under any points: fitting and comparing candidate
 * points works on a few hundred groups instead of every account, and scoring a group's
 * representative with the engine scores the whole group.
 */

export interface StatusGroup {
  /** Status code per criterion, in the ICP's order (lib/icp/result.ts: unknown 0 .. match 3). */
  statuses: StatusCode[];
  /** Index of the first account with these statuses. */
  representative: number;
  accounts: number;
  won: number;
  /** Sum and count of deal sizes of its won accounts. */
  wonDealSum: number;
  wonDealCount: number;
}

export interface GroupedAccounts {
  groups: StatusGroup[];
  /** Won / lost per rank key under the ICP the statuses came from. */
  histogram: KeyHistogram;
  hasDealSizes: boolean;
}

const CODE: Readonly<Record<CriterionStatus, StatusCode>> = {
  unknown: UNKNOWN,
  miss: MISS,
  partial: PARTIAL,
  match: MATCH,
};

/** Scores every account with `icp` (the engine) and groups them by statuses, in file order. */
export function groupAccounts(
  accounts: readonly Account[],
  icp: Icp,
  asOf: string,
  progress?: PassProgress,
): GroupedAccounts {
  const summarize = summarizer(icp, asOf);
  const byPattern = new Map<string, StatusGroup>();
  const groups: StatusGroup[] = [];
  const histogram = emptyHistogram();
  let hasDealSizes = false;
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i];
    const s = summarize(account);
    let pattern = '';
    for (const status of s.statuses) pattern += CODE[status];
    let group = byPattern.get(pattern);
    if (!group) {
      group = {
        statuses: s.statuses.map((status) => CODE[status]),
        representative: i,
        accounts: 0,
        won: 0,
        wonDealSum: 0,
        wonDealCount: 0,
      };
      byPattern.set(pattern, group);
      groups.push(group);
    }
    const won = account.outcome === 'won' ? 1 : 0;
    group.accounts++;
    group.won += won;
    if (account.dealSize !== undefined) {
      hasDealSizes = true;
      if (won) {
        group.wonDealSum += account.dealSize;
        group.wonDealCount++;
      }
    }
    addToHistogram(histogram, rankKey(s.score, s.disqualified), won, 1 - won);
    if (progress && (i + 1) % PROGRESS_EVERY === 0) progress((i + 1) / accounts.length);
  }
  return { groups, histogram, hasDealSizes };
}

/** Won / lost per rank key under another ICP with the same criteria, scoring one account per group. */
export function groupHistogram(
  accounts: readonly Account[],
  groups: readonly StatusGroup[],
  icp: Icp,
  asOf: string,
): KeyHistogram {
  const summarize = summarizer(icp, asOf);
  const histogram = emptyHistogram();
  for (const g of groups) {
    const s = summarize(accounts[g.representative]);
    addToHistogram(histogram, rankKey(s.score, s.disqualified), g.won, g.accounts - g.won);
  }
  return histogram;
}
