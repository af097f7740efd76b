import type { FitResult } from '@/lib/icp/result';
import type { TierTone } from '@/lib/messaging/protocol';
import { TONE_BG, TONE_TEXT } from './tone';

interface Props {
  title?: string;
  fit: FitResult;
  tone: TierTone;
  /** What the score is against, e.g. "ICP: Mid-market B2B SaaS". */
  scoredWith: string;
}

/** Score, tier and what to do next: the one glance a rep needs. */
export function ScoreHeader({ title, fit, tone, scoredWith }: Props) {
  return (
    <header className="flex items-center gap-4">
      <div
        data-testid="score"
        aria-label={`Fit score ${fit.score} out of 100`}
        className={`${TONE_BG[tone]} flex h-16 w-16 shrink-0 items-center justify-center rounded-full text-2xl font-bold text-white tabular-nums`}
      >
        {fit.score}
      </div>
      <div className="min-w-0">
        <h1 className="truncate text-base font-semibold" title={title}>
          {title ?? 'This company'}
        </h1>
        <p data-testid="tier" data-tier={fit.tier.id} className={`text-sm font-semibold ${TONE_TEXT[tone]}`}>
          {fit.tier.label}
          {fit.disqualified && <span className="font-normal"> · knocked out by a required criterion</span>}
        </p>
        {fit.tier.action && (
          <p className="text-xs text-gray-600 dark:text-gray-400">
            Next: <span data-testid="action">{fit.tier.action}</span>
          </p>
        )}
        <p className="truncate text-xs text-gray-500 dark:text-gray-400">{scoredWith}</p>
      </div>
    </header>
  );
}
