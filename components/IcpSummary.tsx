import type { Icp } from '@/lib/icp/schema';

/** Read-only table of an ICP's criteria and tiers. */
export function IcpSummary({ icp }: { icp: Icp }) {
  return (
    <div className="space-y-2">
      {icp.description && <p className="text-sm text-gray-600 dark:text-gray-400">{icp.description}</p>}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Criteria of {icp.name}</caption>
        <thead className="text-xs text-gray-500 uppercase dark:text-gray-400">
          <tr>
            <th className="py-1">Criterion</th>
            <th className="py-1">Dimension</th>
            <th className="py-1 text-right">Points</th>
          </tr>
        </thead>
        <tbody>
          {icp.criteria.map((c) => (
            <tr key={c.id} className="border-t border-gray-200 dark:border-gray-700">
              <td className="py-1">
                {c.label}
                {c.required && <span className="ml-1 text-xs text-gray-500">(required)</span>}
              </td>
              <td className="py-1 capitalize">{c.dimension}</td>
              <td className="py-1 text-right tabular-nums">{c.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-gray-600 dark:text-gray-400">
        Tiers:{' '}
        {[...icp.tiers]
          .sort((a, b) => b.min - a.min)
          .map((t) => `${t.label} ≥ ${t.min}`)
          .join(' · ')}
      </p>
    </div>
  );
}
