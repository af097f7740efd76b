import type { CriterionResult } from '@/lib/icp/result';

const GROUPS = [
  { status: 'match', title: 'Matched', mark: '✓', cls: 'text-green-700 dark:text-green-400' },
  { status: 'partial', title: 'Partly matched', mark: '◐', cls: 'text-amber-700 dark:text-amber-400' },
  { status: 'miss', title: 'Missed', mark: '✗', cls: 'text-red-700 dark:text-red-400' },
  { status: 'unknown', title: 'Unknown', mark: '?', cls: 'text-gray-500 dark:text-gray-400' },
] as const;

function points(c: CriterionResult): string {
  if (c.points < 0) return c.status === 'match' ? `${c.earned}` : `(${c.points})`;
  return `${c.earned}/${c.points}`;
}

/** Criteria grouped by status, each with its evidence line; empty groups are left out. */
export function CriteriaList({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <div className="space-y-3">
      {GROUPS.map((group) => {
        const items = criteria.filter((c) => c.status === group.status);
        if (items.length === 0) return null;
        return (
          <section key={group.status} aria-label={group.title}>
            <h2 className={`mb-1 text-xs font-semibold tracking-wide uppercase ${group.cls}`}>
              {group.title} ({items.length})
            </h2>
            <ul className="space-y-1">
              {items.map((c) => (
                <li
                  key={c.id}
                  data-testid="criterion"
                  data-status={c.status}
                  data-criterion={c.id}
                  className="flex gap-2 text-sm"
                >
                  <span aria-hidden className={`w-4 shrink-0 text-center ${group.cls}`}>
                    {group.mark}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="font-medium">{c.label}</span>
                    {c.required && <span className="ml-1 text-xs text-gray-500 dark:text-gray-400">(required)</span>}
                    <span className="block text-xs break-words text-gray-600 dark:text-gray-400">{c.evidence}</span>
                  </span>
                  <span className="shrink-0 text-xs text-gray-500 tabular-nums dark:text-gray-400">{points(c)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
