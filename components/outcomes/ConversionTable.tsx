import { ColumnHeads } from '@/components/ColumnHeads';
import type { TierConversion } from '@/lib/outcomes/conversion';
import { interval, percent } from '@/lib/outcomes/format';
import { TABLE, TD, TH } from './styles';
import { TierRowHead } from './TierRowHead';

/** Conversion per tier in numbers: what the chart draws, readable by everyone. */
export function ConversionTable({ tiers }: { tiers: readonly TierConversion[] }) {
  return (
    <table className={TABLE} data-testid="conversion-table">
      <caption className="sr-only">Conversion by tier: won out of won and lost, with its 95% interval</caption>
      <thead>
        <ColumnHeads labels={['Tier', 'Won', 'Lost', 'Conversion', '95% interval']} className={TH} />
      </thead>
      <tbody>
        {tiers.map((t) => (
          <tr key={t.id} data-testid="conversion-row" data-tier={t.id}>
            <TierRowHead tone={t.tone} label={t.label} />
            <td className={TD}>{t.won}</td>
            <td className={TD}>{t.lost}</td>
            <td className={`${TD} font-semibold`} data-testid="conversion-rate">
              {percent(t.rate)}
            </td>
            <td className={TD}>{interval(t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
