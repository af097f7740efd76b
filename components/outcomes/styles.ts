import type { TierTone } from '@/lib/messaging/protocol';

/** Shared classes of the outcomes section, light and dark. */
export const CARD = 'rounded-lg border border-gray-200 bg-white p-3 dark:border-gray-700 dark:bg-gray-900';
export const HEADING = 'text-sm font-semibold';
export const HINT = 'text-xs text-gray-600 dark:text-gray-400';
export const TABLE = 'w-full text-left text-sm tabular-nums';
export const TH =
  'border-b border-gray-200 py-1 pr-3 text-xs font-medium text-gray-600 dark:border-gray-700 dark:text-gray-400';
export const TD = 'border-b border-gray-100 py-1 pr-3 dark:border-gray-800';

/**
 * Bar fills per tier tone: the badge colours (TONE_COLORS) in light mode, lighter ones on a dark
 * page so bars keep 3:1 against the background. Classes win over the SVG fill attribute.
 */
export const TONE_FILL: Record<TierTone, string> = {
  high: 'fill-tier-high dark:fill-green-500',
  mid: 'fill-tier-mid dark:fill-amber-500',
  low: 'fill-tier-low dark:fill-gray-400',
};

/** A small swatch beside a tier's name in tables, in the same colours as its bar. */
export const TONE_SWATCH: Record<TierTone, string> = {
  high: 'bg-tier-high dark:bg-green-500',
  mid: 'bg-tier-mid dark:bg-amber-500',
  low: 'bg-tier-low dark:bg-gray-400',
};
