import type { RescoreProgress } from '@/lib/leads/types';

/** The background's re-scoring after an ICP change: a progress bar, then what moved. */
export function RescoreBar({ progress: p }: { progress: RescoreProgress | null }) {
  if (!p || p.total === 0) return null;
  const pct = Math.round((100 * p.done) / p.total);
  return (
    <div
      data-testid="rescore"
      data-state={p.state}
      className="space-y-1 rounded-md bg-blue-50 px-3 py-2 text-sm dark:bg-blue-950"
    >
      {p.state === 'running' && (
        <>
          <p>
            Re-scoring {p.total} saved leads with “{p.icpName}” (version {p.bundleVersion})… {p.done} of {p.total}
          </p>
          <progress className="h-2 w-full" max={p.total} value={p.done} aria-label="Re-scoring progress">
            {pct}%
          </progress>
        </>
      )}
      {p.state === 'done' && (
        <p>
          Re-scored {p.total} leads with “{p.icpName}” (version {p.bundleVersion}): {p.moved ?? 0} changed score or tier
          (marked in the list).
        </p>
      )}
      {p.state === 'failed' && (
        <p className="text-red-800 dark:text-red-200">
          Re-scoring stopped after {p.done} of {p.total} leads: {p.error}. The leads not re-scored keep their previous
          score; it resumes on the next ICP change.
        </p>
      )}
    </div>
  );
}
