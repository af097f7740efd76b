import type { TierCount } from '@/lib/leads/import-scores';
import { shortTierLabel } from '@/lib/leads/tier-label';
import type { ScoreSnapshot } from '@/lib/leads/types';
import { TONE_BG, TONE_TEXT } from '../tone';

const field = 'rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800';

/** Which of the bundle's ICPs scores the import (the one in use unless the rep picks another). */
export function ImportIcpSelect({
  icps,
  value,
  activeId,
  onChange,
}: {
  icps: readonly { id: string; name: string }[];
  value: string;
  activeId: string;
  onChange(id: string): void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      Score with
      <select className={field} value={value} onChange={(e) => onChange(e.target.value)} data-testid="import-icp">
        {icps.map((icp) => (
          <option key={icp.id} value={icp.id}>
            {icp.name}
            {icp.id === activeId ? ' (in use)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "A: 12 · B: 30 · C: 8" in tier colours, with progress while rows are still being scored. */
export function ImportTally({ tally, done, total }: { tally: readonly TierCount[]; done: number; total: number }) {
  const complete = done >= total;
  return (
    <p className="text-sm" role="status" aria-live="polite" data-testid="import-tally" data-complete={complete}>
      {complete ? 'Tiers: ' : `Scoring ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows… `}
      {tally.map((t, i) => (
        <span key={t.tierId} data-tier={t.tierId} data-count={t.count}>
          {i > 0 && ' · '}
          <span className={`font-semibold ${TONE_TEXT[t.tone]}`} title={t.label}>
            {shortTierLabel(t.label)}
          </span>
          : {t.count.toLocaleString('en-US')}
        </span>
      ))}
    </p>
  );
}

/** A preview row's score in its tier colour and the tier's name; a dash until it is scored. */
export function ImportScoreCells({ score }: { score: ScoreSnapshot | undefined }) {
  if (!score)
    return (
      <>
        <td aria-label="not scored yet">–</td>
        <td />
      </>
    );
  return (
    <>
      <td>
        <span
          data-testid="import-score"
          className={`${TONE_BG[score.tone]} inline-flex h-5 min-w-7 items-center justify-center rounded-full px-1.5 text-xs font-bold text-white tabular-nums`}
        >
          {score.score}
        </span>
      </td>
      <td className={`font-semibold ${TONE_TEXT[score.tone]}`} data-testid="import-tier">
        {score.tierLabel}
      </td>
    </>
  );
}
