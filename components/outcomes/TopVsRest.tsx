import type { GroupComparison } from '@/lib/outcomes/conversion';
import { interval, percent } from '@/lib/outcomes/format';
import type { TierRef } from '@/lib/outcomes/types';
import { CARD, HEADING, HINT } from './styles';

function signed(relative: number | undefined): string {
  if (relative === undefined) return '–';
  const whole = Math.round(relative * 100);
  return `${whole > 0 ? '+' : whole < 0 ? '−' : '±'}${Math.abs(whole)}%`;
}

interface Props {
  top: { tiers: readonly TierRef[]; comparison: GroupComparison };
}

/** The top tier's conversion against every other tier's together, and how much better it is. */
export function TopVsRest({ top }: Props) {
  const { better, other, relative } = top.comparison;
  const name = top.tiers.map((t) => t.label).join(', ') || 'Top tier';
  return (
    <section aria-labelledby="top-vs-rest-h" className={CARD} data-testid="top-vs-rest">
      <h3 id="top-vs-rest-h" className={HEADING}>
        {name} against the other tiers
      </h3>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm tabular-nums">
        <div>
          <dt className={HINT}>{name}</dt>
          <dd className="text-lg font-semibold" data-testid="top-rate">
            {percent(better.rate)}
          </dd>
          <dd className={HINT}>
            {better.won} of {better.decided} won · {interval(better)}
          </dd>
        </div>
        <div>
          <dt className={HINT}>Other tiers</dt>
          <dd className="text-lg font-semibold" data-testid="rest-rate">
            {percent(other.rate)}
          </dd>
          <dd className={HINT}>
            {other.won} of {other.decided} won · {interval(other)}
          </dd>
        </div>
        <div>
          <dt className={HINT}>Relative difference</dt>
          <dd className="text-lg font-semibold" data-testid="top-lift">
            {signed(relative)}
          </dd>
          <dd className={HINT}>
            {relative === undefined ? 'needs won leads in the other tiers' : `${name} converts this much better`}
          </dd>
        </div>
      </dl>
    </section>
  );
}
