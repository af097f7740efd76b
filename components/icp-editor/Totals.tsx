import type { ProfileTotals } from '@/lib/icp/edit/totals';

/** The running total: points a perfect match earns, per dimension, and the penalties apart. */
export function Totals({ totals }: { totals: ProfileTotals }) {
  const scaled = totals.possible !== 100 && totals.possible > 0;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="running-total"
      className="rounded-md bg-gray-100 px-3 py-2 text-sm dark:bg-gray-800"
    >
      <p>
        <strong className="tabular-nums" data-testid="total-points">
          {totals.possible}
        </strong>{' '}
        points possible
        {totals.penalties < 0 && <span className="tabular-nums"> · penalties up to {totals.penalties}</span>}
        {totals.unset > 0 && <span> · {totals.unset} without points yet</span>}
      </p>
      <ul
        className="mt-1 flex flex-wrap gap-x-4 text-xs text-gray-700 dark:text-gray-300"
        aria-label="Points per dimension"
      >
        {totals.dimensions.map((d) => (
          <li key={d.dimension} data-testid="dimension-total">
            <span className="capitalize">{d.dimension}</span>: <span className="tabular-nums">{d.possible}</span>
            {d.penalties < 0 && <span className="tabular-nums"> ({d.penalties})</span>}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-gray-600 dark:text-gray-400">
        {scaled
          ? `Scores are scaled to 100 (a criterion worth 10 adds ${Math.round((1000 / totals.possible) * 10) / 10} to the score), so tier thresholds keep their meaning.`
          : totals.possible === 100
            ? 'Points add up to 100: the score is the plain sum of the points earned.'
            : 'Give some criterion positive points.'}
      </p>
    </div>
  );
}
