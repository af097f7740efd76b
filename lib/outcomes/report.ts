import type { Tier } from '../icp/schema-common';
import { conversionByTier, icpVsNonIcp, topVsRest, type GroupComparison, type TierConversion } from './conversion';
import { cycleByTier, type TierCycle } from './cycle';
import { decisionsOf } from './decisions';
import { PERIOD_CHOICES, periodOf, previousPeriod, within, type PeriodChoice } from './periods';
import { tierOrder } from './tiers';
import type { Decision, OutcomeLead, Period, StatusEntry, TierRef } from './types';
import { checkCycles, checkLift, type OutcomeNotice, type OutcomeWarning } from './warnings';

export interface OutcomeInput {
  /** Saved leads (only won and lost ones count) and the status changes of the activity log. */
  leads: readonly OutcomeLead[];
  log: readonly StatusEntry[];
  /** The ICPs of the bundle in use (their tiers as defined now) and which one scores pages. */
  icps: readonly { id: string; name: string; tiers: readonly Tier[] }[];
  activeIcpId?: string;
  /** The ICP to show; the active one (or the one with most decided leads) when absent or unknown. */
  icpId?: string;
  period: PeriodChoice;
  asOf: string;
}

export interface IcpChoice {
  id: string;
  name: string;
  /** Won and lost leads counted under this ICP, all time. */
  decided: number;
}

export interface OutcomeReport {
  /** Every ICP that won or lost leads were counted under (the active one first). */
  icps: IcpChoice[];
  icpId?: string;
  period: Period;
  /** The ICP's tiers, best first, each with its conversion in the period. */
  tiers: TierConversion[];
  /** The top tier's tiers (normally one) and how it converts against all the others. */
  top: { tiers: TierRef[]; comparison: GroupComparison };
  icpVsNon: GroupComparison;
  cycles: TierCycle[];
  warnings: OutcomeWarning[];
  notices: OutcomeNotice[];
  /** Decided in the period. */
  decided: number;
  /** Of those, dated by their last update (no status change in the log). */
  undated: number;
  /** Of those, counted in their current tier (they changed tier after their decision). */
  tierNow: number;
}

/** ICPs that decided leads were counted under: the active one first, then by how many. */
function icpChoicesOf(decisions: readonly Decision[], activeIcpId: string | undefined): IcpChoice[] {
  const byId = new Map<string, IcpChoice & { at: number }>();
  for (const d of decisions) {
    const s = d.snapshot;
    const at = Date.parse(s.scoredAt);
    const had = byId.get(s.icpId);
    if (!had) byId.set(s.icpId, { id: s.icpId, name: s.icpName, decided: 1, at });
    else byId.set(s.icpId, { ...had, decided: had.decided + 1, ...(at > had.at && { name: s.icpName, at }) });
  }
  return [...byId.values()]
    .sort((a, b) => Number(b.id === activeIcpId) - Number(a.id === activeIcpId) || b.decided - a.decided)
    .map(({ id, name, decided }) => ({ id, name, decided }));
}

/**
 * Outcomes of one ICP's leads over a period: conversion per tier, the top tier against the rest,
 * median days to close, the warnings and the comparisons that had too little data.
 * Pure: the options page passes what it read and the time (`asOf`).
 */
export function outcomeReport(input: OutcomeInput): OutcomeReport {
  const all = decisionsOf(input.leads, input.log);
  const icps = icpChoicesOf(all, input.activeIcpId);
  const icpId = icps.some((c) => c.id === input.icpId) ? input.icpId : icps[0]?.id;
  const mine = all.filter((d) => d.snapshot.icpId === icpId);
  // Tiers from every decision of this ICP, so switching periods never adds or drops a row.
  const tiers = tierOrder(input.icps.find((i) => i.id === icpId)?.tiers, mine);
  const period = periodOf(input.period, input.asOf);
  const now = mine.filter((d) => within(d.at, period));
  const previous = previousPeriod(period);
  const before = previous && mine.filter((d) => within(d.at, previous));
  const icpVsNon = icpVsNonIcp(now);
  const cycles = cycleByTier(now, tiers);
  const lift = checkLift(icpVsNon);
  const label = PERIOD_CHOICES.find((p) => p.id === input.period)!.before;
  const cycle = checkCycles(cycles, before && cycleByTier(before, tiers), label);
  return {
    icps,
    ...(icpId !== undefined && { icpId }),
    period,
    tiers: conversionByTier(now, tiers),
    top: { tiers: tiers.filter((t) => t.tone === 'high'), comparison: topVsRest(now) },
    icpVsNon,
    cycles,
    warnings: [...(lift.warning ? [lift.warning] : []), ...cycle.warnings],
    notices: [...(lift.notice ? [lift.notice] : []), ...cycle.notices],
    decided: now.length,
    undated: now.filter((d) => !d.logged).length,
    tierNow: now.filter((d) => !d.tierKnown).length,
  };
}
