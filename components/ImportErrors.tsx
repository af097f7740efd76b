import type { IssueLine } from '@/lib/icp/errors';

/** Validation errors, each with the JSON path a manager can find in their file. */
export function ImportErrors({ errors }: { errors: IssueLine[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="import-errors"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      <p className="font-semibold text-red-800 dark:text-red-200">
        Not imported: {errors.length} {errors.length === 1 ? 'problem' : 'problems'}. The ICP in use is unchanged.
      </p>
      <ul className="mt-2 space-y-1">
        {errors.map((e, i) => (
          <li key={i}>
            <code className="rounded bg-red-100 px-1 text-xs dark:bg-red-900">{e.path}</code> {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
