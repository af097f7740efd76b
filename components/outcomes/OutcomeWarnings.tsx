import type { OutcomeNotice, OutcomeWarning } from '@/lib/outcomes/warnings';
import { HINT } from './styles';

interface Props {
  warnings: readonly OutcomeWarning[];
  notices: readonly OutcomeNotice[];
}

/**
 * What the numbers say needs attention, with what to do, and the comparisons left out for lack
 * of data. A polite live region (always there, so a period change is announced), not an alert:
 * nothing here is urgent enough to interrupt.
 */
export function OutcomeWarnings({ warnings, notices }: Props) {
  return (
    <div role="status" className="space-y-2" data-testid="outcome-warnings">
      {warnings.length > 0 && (
        <ul className="space-y-2">
          {warnings.map((w) => (
            <li
              key={w.id}
              data-testid="outcome-warning"
              data-warning={w.id}
              className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
            >
              <p className="font-medium">
                <span className="sr-only">Warning: </span>
                {w.message}
              </p>
              <p className="mt-1">What to do: {w.action}</p>
            </li>
          ))}
        </ul>
      )}
      {notices.map((n) => (
        <p key={n.id} className={HINT} data-testid="outcome-notice" data-notice={n.id}>
          {n.message}
        </p>
      ))}
    </div>
  );
}
