import type { FitResult } from '@/lib/icp/result';

/** Subtotals per dimension (fit, readiness, ...), as "earned / possible". */
export function DimensionBars({ dimensions }: { dimensions: FitResult['dimensions'] }) {
  const entries = Object.entries(dimensions).filter(([, d]) => d.possible > 0);
  if (entries.length < 2) return null;
  return (
    <dl className="grid grid-cols-2 gap-2 text-xs" data-testid="dimensions">
      {entries.map(([name, d]) => (
        <div key={name} className="rounded border border-gray-200 px-2 py-1 dark:border-gray-700">
          <dt className="text-gray-500 capitalize dark:text-gray-400">{name}</dt>
          <dd className="font-semibold tabular-nums">
            {d.earned} / {d.possible}
          </dd>
        </div>
      ))}
    </dl>
  );
}
