import { ColumnHeads } from '@/components/ColumnHeads';
import type { TierCycle } from '@/lib/outcomes/cycle';
import { days } from '@/lib/outcomes/format';
import { TABLE, TD, TH } from './styles';
import { TierRowHead } from './TierRowHead';

/** Median days from saving a lead to winning or losing it, per tier. */
export function CycleTable({ cycles }: { cycles: readonly TierCycle[] }) {
  return (
    <table className={TABLE} data-testid="cycle-table">
      <caption className="sr-only">Median days to close by tier</caption>
      <thead>
        <ColumnHeads labels={['Tier', 'Median days to close', 'Closes counted']} className={TH} />
      </thead>
      <tbody>
        {cycles.map((c) => (
          <tr key={c.id} data-testid="cycle-row" data-tier={c.id}>
            <TierRowHead tone={c.tone} label={c.label} />
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
