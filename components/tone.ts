import type { TierTone } from '@/lib/messaging/protocol';

/** Tailwind classes per tier tone, so every page paints a tier the same way. */
export const TONE_BG: Record<TierTone, string> = {
  high: 'bg-tier-high',
  mid: 'bg-tier-mid',
  low: 'bg-tier-low',
};

export const TONE_TEXT: Record<TierTone, string> = {
  high: 'text-green-700 dark:text-green-400',
  mid: 'text-amber-700 dark:text-amber-400',
  low: 'text-gray-600 dark:text-gray-300',
};
