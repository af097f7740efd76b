import type { TierConversion } from '@/lib/outcomes/conversion';
import { interval, percent } from '@/lib/outcomes/format';
import { TABLE, TD, TH, TONE_SWATCH } from './styles';

/** Conversion per tier in numbers: what the chart draws, readable by everyone. */
export function ConversionTable({ tiers }: { tiers: readonly TierConversion[] }) {
  return (
    <table className={TABLE} data-testid="conversion-table">
      <caption className="sr-only">Conversion by tier: won out of won and lost, with its 95% interval</caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>
            Tier
          </th>
          <th scope="col" className={TH}>
            Won
          </th>
          <th scope="col" className={TH}>
            Lost
          </th>
          <th scope="col" className={TH}>
            Conversion
          </th>
          <th scope="col" className={TH}>
            95% interval
          </th>
        </tr>
      </thead>
      <tbody>
        {tiers.map((t) => (
          <tr key={t.id} data-testid="conversion-row" data-tier={t.id}>
            <th scope="row" className={`${TD} font-normal`}>
              <span className={`mr-1.5 inline-block h-2.5 w-2.5 rounded-sm ${TONE_SWATCH[t.tone]}`} aria-hidden />
              {t.label}
            </th>
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
