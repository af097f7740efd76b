import type { RowFit } from '@/lib/messaging/protocol';
import { ScorePill } from './ScorePill';

interface Props {
  rows: RowFit[];
  onSelect(index: number): void;
}

/** Every row of a result list with its score, best first; a row opens its explanation. */
export function RowList({ rows, onSelect }: Props) {
  const order = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.result?.fit.score ?? -1) - (a.r.result?.fit.score ?? -1));
  return (
    <ul className="divide-y divide-gray-200 dark:divide-gray-700" data-testid="rows">
      {order.map(({ r, i }) => (
        <li key={i}>
          <button
            type="button"
            data-testid="row"
            onClick={() => onSelect(i)}
            className="flex w-full items-center gap-3 py-2 text-left hover:bg-gray-50 dark:hover:bg-gray-800"
          >
            {r.result ? (
              <ScorePill score={r.result.fit.score} tone={r.result.tone} label={r.result.fit.tier.label} />
            ) : (
              <span className="w-9" />
            )}
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">{r.title ?? 'Unnamed'}</span>
              {r.subtitle && (
                <span className="block truncate text-xs text-gray-600 dark:text-gray-400">{r.subtitle}</span>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
