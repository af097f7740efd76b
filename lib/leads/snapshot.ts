import { tierTone } from '../fit/tier-tone';
import type { Tier } from '../icp/schema-common';
import type { TierTone } from '../messaging/protocol';
import type { LeadRow, ScoreSnapshot } from './types';

/** The numbers a snapshot keeps: a full FitResult (tier object) or a bulk FitSummary (tier id) both fit. */
export type FitNumbers = {
  score: number;
  coverage: number;
  disqualified: boolean;
  lowConfidence: boolean;
} & ({ tier: { id: string; label: string } } | { tierId: string });

export interface SnapshotInput {
  fit: FitNumbers;
  icp: { id: string; name: string; tiers: readonly Pick<Tier, 'id' | 'label' | 'min'>[] };
  /** The bundle's id and version (0 for the bundled defaults, as the caller knows). */
  bundle: { id: string; version: number };
  /** The tier's tone, when the caller has it; else computed from the ICP's tiers. */
  tone?: TierTone;
  /** When it was scored (ISO). */
  at: string;
}

/** A score as a lead keeps it: the ICP and bundle version it was scored with, and when. */
export function snapshotOf({ fit, icp, bundle, tone, at }: SnapshotInput): ScoreSnapshot {
  const tierId = 'tier' in fit ? fit.tier.id : fit.tierId;
  const tierLabel = 'tier' in fit ? fit.tier.label : (icp.tiers.find((t) => t.id === tierId)?.label ?? tierId);
  return {
    icpId: icp.id,
    icpName: icp.name,
    bundleVersion: bundle.version,
    bundleId: bundle.id,
    score: fit.score,
    tierId,
    tierLabel,
    tone: tone ?? tierTone(icp.tiers, tierId),
    coverage: fit.coverage,
    disqualified: fit.disqualified,
    lowConfidence: fit.lowConfidence,
    scoredAt: at,
  };
}

/** Did the score or the tier change between two snapshots? */
export function scoreChanged(previous: ScoreSnapshot, next: ScoreSnapshot): boolean {
  return previous.tierId !== next.tierId || previous.score !== next.score;
}

/**
 * What moved from one snapshot to the next ("Tier 2 → Tier 1 since v7"): undefined when neither
 * the tier nor the score changed.
 */
export function moved(previous: ScoreSnapshot, next: ScoreSnapshot): LeadRow['moved'] | undefined {
  if (!scoreChanged(previous, next)) return undefined;
  return {
    fromScore: previous.score,
    fromTierLabel: previous.tierLabel,
    fromTone: previous.tone,
    sinceVersion: next.bundleVersion,
  };
}

/** "55 Tier 1": a snapshot in the activity log's from/to. */
export function scoreWords(s: ScoreSnapshot): string {
  return `${s.score} ${s.tierLabel}`;
}
