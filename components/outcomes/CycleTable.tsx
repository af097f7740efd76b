import type { TierCycle } from '@/lib/outcomes/cycle';
import { days } from '@/lib/outcomes/format';
import { TABLE, TD, TH, TONE_SWATCH } from './styles';

/** Median days from saving a lead to winning or losing it, per tier. */
export function CycleTable({ cycles }: { cycles: readonly TierCycle[] }) {
  return (
    <table className={TABLE} data-testid="cycle-table">
      <caption className="sr-only">Median days to close by tier</caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>
            Tier
          </th>
          <th scope="col" className={TH}>
            Median days to close
          </th>
          <th scope="col" className={TH}>
            Closes counted
          </th>
        </tr>
      </thead>
      <tbody>
        {cycles.map((c) => (
          <tr key={c.id} data-testid="cycle-row" data-tier={c.id}>
            <th scope="row" className={`${TD} font-normal`}>
              <span className={`mr-1.5 inline-block h-2.5 w-2.5 rounded-sm ${TONE_SWATCH[c.tone]}`} aria-hidden />
              {c.label}
            </th>
            <td className={`${TD} font-semibold`} data-testid="cycle-median">
              {c.median === undefined ? '–' : days(c.median)}
            </td>
            <td className={TD}>{c.closed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
