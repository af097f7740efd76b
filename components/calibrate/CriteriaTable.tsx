import { ColumnHeads } from '@/components/ColumnHeads';
import type { CriterionReport } from '@/lib/calibrate/types';
import { countText, deltaText, liftText, moneyText, rateText } from './format';

const TH = 'px-2 py-1 text-left font-medium';
const TD = 'px-2 py-1 align-top';

function Points({ c }: { c: CriterionReport }) {
  const partial =
    c.currentPartialPoints !== undefined && c.suggestedPartialPoints !== undefined
      ? ` (partial ${c.currentPartialPoints} → ${c.suggestedPartialPoints})`
      : '';
  return (
    <span data-testid="calibrate-points" data-current={c.currentPoints} data-suggested={c.suggestedPoints}>
      {c.currentPoints} → <strong>{c.suggestedPoints}</strong>{' '}
      <span className="text-gray-500 dark:text-gray-400">({deltaText(c.currentPoints, c.suggestedPoints)})</span>
      {partial}
    </span>
  );
}

/**
 * Per criterion: the win rate of accounts that matched it and of those known not to, each with
 * its 95% interval, the lift between them, and the points now and suggested. Criteria the data
 * does not show to predict are marked with the reason.
 */
export function CriteriaTable({ criteria }: { criteria: readonly CriterionReport[] }) {
  const deals = criteria.some((c) => c.wonDealSize);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="calibrate-criteria">
        <caption className="sr-only">
          Win rate and lift per criterion, with 95% intervals, and the points now and suggested
        </caption>
        <thead className="text-xs text-gray-600 dark:text-gray-400">
          <ColumnHeads
            labels={[
              'Criterion',
              'Win rate if matched',
              'Win rate if not',
              'Unknown',
              'Lift',
              'Points now → suggested',
              deals && 'Won deal size, matched / not',
            ]}
            className={TH}
          />
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr
              key={c.id}
              data-testid="calibrate-criterion"
              data-criterion={c.id}
              data-predictive={c.predictive}
              className={`border-t border-gray-200 dark:border-gray-700 ${c.predictive ? '' : 'bg-amber-50 dark:bg-amber-950/40'}`}
            >
              <th scope="row" className={`${TD} text-left font-medium`}>
                {c.label}
                {c.required && <span className="ml-1 text-xs font-normal">(required)</span>}
                {!c.predictive && (
                  <p className="text-xs font-normal text-amber-800 dark:text-amber-300" data-testid="calibrate-flag">
                    ⚑ Does not predict{c.reason ? `: ${c.reason}` : ''}
                  </p>
                )}
              </th>
              <td className={TD}>
                {rateText(c.winRateMatched)}
                <span className="block text-xs text-gray-500 dark:text-gray-400">
                  {countText(c.winRateMatched.n)} accounts
                </span>
              </td>
              <td className={TD}>
                {rateText(c.winRateMissed)}
                <span className="block text-xs text-gray-500 dark:text-gray-400">
                  {countText(c.winRateMissed.n)} accounts
                </span>
              </td>
              <td className={TD}>{countText(c.counts.unknown.accounts)}</td>
              <td className={TD}>{liftText(c.lift)}</td>
              <td className={TD}>
                <Points c={c} />
              </td>
              {deals && (
                <td className={TD}>
                  {moneyText(c.wonDealSize?.matched)} / {moneyText(c.wonDealSize?.missed)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
