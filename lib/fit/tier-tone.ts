import type { TierTone } from '../messaging/protocol';

interface TierLike {
  id: string;
  min: number;
}

/** The best tier is 'high', the lowest 'low', anything between 'mid', whatever the ICP calls them. */
export function tierTone(tiers: readonly TierLike[], tierId: string): TierTone {
  const ordered = [...tiers].sort((a, b) => b.min - a.min);
  const index = ordered.findIndex((t) => t.id === tierId);
  if (index <= 0) return index === 0 && ordered.length > 1 ? 'high' : 'low';
  return index === ordered.length - 1 ? 'low' : 'mid';
}

/** Toolbar badge and in-page badge colours (WCAG AA against white text). */
export const TONE_COLORS: Record<TierTone, string> = {
  high: '#15803d',
  mid: '#b45309',
  low: '#4b5563',
};
