import { tierTone } from '../fit/tier-tone';
import type { Tier } from '../icp/schema-common';
import type { TierTone } from '../messaging/protocol';
import type { Decision, TierRef } from './types';

const TONE_RANK: Record<TierTone, number> = { high: 0, mid: 1, low: 2 };

/**
 * The tiers to show for one ICP, best first: its tiers as defined now (when it is in the bundle
 * in use), then tiers its leads were scored into that it no longer has (an earlier version's),
 * by tone and label. Labels and tones of those come from the latest score that named them.
 */
export function tierOrder(defined: readonly Tier[] | undefined, decisions: readonly Decision[]): TierRef[] {
  const out: TierRef[] = [...(defined ?? [])]
    .sort((a, b) => b.min - a.min)
    .map((t) => ({ id: t.id, label: t.label, tone: tierTone(defined!, t.id) }));
  const known = new Set(out.map((t) => t.id));
  const others = new Map<string, { ref: TierRef; at: number }>();
  for (const d of decisions) {
    const s = d.snapshot;
    if (known.has(s.tierId)) continue;
    const at = Date.parse(s.scoredAt);
    const had = others.get(s.tierId);
    if (!had || at > had.at) others.set(s.tierId, { ref: { id: s.tierId, label: s.tierLabel, tone: s.tone }, at });
  }
  const rest = [...others.values()]
    .map((o) => o.ref)
    .sort((a, b) => TONE_RANK[a.tone] - TONE_RANK[b.tone] || a.label.localeCompare(b.label));
  return [...out, ...rest];
}
