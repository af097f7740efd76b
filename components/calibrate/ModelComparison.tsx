import { ColumnHeads } from '@/components/ColumnHeads';
import type { CalibrationReport } from '@/lib/calibrate/types';
import { aucText, countText, pct } from './format';

const TH = 'px-2 py-1 text-left font-medium';
const TD = 'px-2 py-1 tabular-nums';

/** How well the current and the suggested ICP rank the accounts, side by side, and the tier thresholds. */
export function ModelComparison({ report }: { report: CalibrationReport }) {
  const { current, suggested } = report;
  const top = report.thresholds[0]?.label ?? 'the top tier';
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <table className="text-sm" data-testid="calibrate-models">
        <caption className="text-left text-sm font-semibold">Current vs suggested ICP</caption>
        <thead className="text-xs text-gray-600 dark:text-gray-400">
          <ColumnHeads labels={['On these accounts', 'Current', 'Suggested']} className={TH} />
        </thead>
        <tbody>
          <tr className="border-t border-gray-200 dark:border-gray-700">
            <th scope="row" className={`${TH} font-normal`} title="Chance a won account scores above a lost one">
              AUC (0.5 = chance)
            </th>
            <td className={TD} data-testid="auc-current">
              {aucText(current.auc)}
            </td>
            <td className={`${TD} font-semibold`} data-testid="auc-suggested">
              {aucText(suggested.auc)}
            </td>
          </tr>
          <tr className="border-t border-gray-200 dark:border-gray-700">
            <th scope="row" className={`${TH} font-normal`}>
              Win rate in {top} (precision)
            </th>
            <td className={TD} data-testid="precision-current">
              {pct(current.precisionAtTop)}
            </td>
            <td className={`${TD} font-semibold`} data-testid="precision-suggested">
              {pct(suggested.precisionAtTop)}
            </td>
          </tr>
          <tr className="border-t border-gray-200 dark:border-gray-700">
            <th scope="row" className={`${TH} font-normal`}>
              Won accounts reaching {top} (recall)
            </th>
            <td className={TD}>{pct(current.recallAtTop)}</td>
            <td className={`${TD} font-semibold`}>{pct(suggested.recallAtTop)}</td>
          </tr>
          {current.tiers.map((t, i) => {
            const s = suggested.tiers.find((x) => x.id === t.id) ?? suggested.tiers[i];
            return (
              <tr key={t.id} className="border-t border-gray-200 dark:border-gray-700">
                <th scope="row" className={`${TH} font-normal`}>
                  {t.label}: accounts (win rate)
                </th>
                <td className={TD}>
                  {countText(t.accounts)} ({pct(t.winRate)})
                </td>
                <td className={TD}>{s ? `${countText(s.accounts)} (${pct(s.winRate)})` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="self-start text-sm" data-testid="calibrate-thresholds">
        <caption className="text-left text-sm font-semibold">Suggested tier thresholds</caption>
        <thead className="text-xs text-gray-600 dark:text-gray-400">
          <ColumnHeads labels={['Tier', 'From score now → suggested']} className={TH} />
        </thead>
        <tbody>
          {report.thresholds.map((t) => (
            <tr key={t.id} className="border-t border-gray-200 dark:border-gray-700" data-tier={t.id}>
              <th scope="row" className={`${TH} font-normal`}>
                {t.label}
              </th>
              <td className={TD}>
                {t.currentMin} → <strong>{t.suggestedMin}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
