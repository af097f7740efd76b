import type { FitResult } from '@/lib/icp/result';

/** How much of the ICP could be checked, and a warning when too little was. */
export function CoverageNote({ fit }: { fit: FitResult }) {
  const pct = Math.round(fit.coverage * 100);
  return (
    <div className="space-y-1" data-testid="coverage">
      <div className="flex justify-between text-xs text-gray-600 dark:text-gray-400">
        <span>Data coverage</span>
        <span className="tabular-nums">{pct}% of points checkable</span>
      </div>
      <div
        className="h-1.5 overflow-hidden rounded bg-gray-200 dark:bg-gray-700"
        role="progressbar"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label="Data coverage"
      >
        <div className="h-full bg-blue-600" style={{ width: `${pct}%` }} />
      </div>
      {fit.lowConfidence && (
        <p
          data-testid="low-confidence"
          className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          Low confidence: too little is known about this company for a firm score. Open its LinkedIn company page or
          website to fill in the unknowns.
        </p>
      )}
    </div>
  );
}
