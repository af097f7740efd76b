import type { TierTone } from '@/lib/messaging/protocol';
import { TONE_BG } from './tone';

/** A small score in its tier colour, for rows and side-by-side fits. */
export function ScorePill({ score, tone, label }: { score: number; tone: TierTone; label: string }) {
  return (
    <span
      aria-label={`Score ${score}, ${label}`}
      title={label}
      className={`${TONE_BG[tone]} inline-flex h-7 min-w-9 items-center justify-center rounded-full px-2 text-sm font-bold text-white tabular-nums`}
    >
      {score}
    </span>
  );
}
