import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { TierConversion } from '@/lib/outcomes/conversion';
import { interval, percent } from '@/lib/outcomes/format';
import { TONE_FILL } from './styles';

const AXIS = { fontSize: 11, fill: 'currentColor' };

interface Point {
  label: string;
  tone: TierConversion['tone'];
  /** Conversion in percent; absent for a tier with nothing decided (no bar). */
  rate?: number;
  /** The 95% interval as distances below and above the rate, in percent. */
  error?: [number, number];
  tier: TierConversion;
}

function pointOf(t: TierConversion): Point {
  if (t.rate === undefined) return { label: t.label, tone: t.tone, tier: t };
  const error: [number, number] = [(t.rate - t.low!) * 100, (t.high! - t.rate) * 100];
  return { label: t.label, tone: t.tone, rate: t.rate * 100, error, tier: t };
}

function Tip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Point }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  const t = p.tier;
  return (
    <div className="rounded border border-gray-200 bg-white px-2 py-1 text-xs shadow dark:border-gray-700 dark:bg-gray-900">
      <p className="font-semibold">{t.label}</p>
      <p>
        {percent(t.rate)} ({t.won} of {t.decided} won), 95% interval {interval(t)}
      </p>
    </div>
  );
}

/**
 * Conversion per tier as bars in the tiers' colours, with each rate's 95% interval as an error
 * bar. Hidden from screen readers: the table beside it has the same numbers.
 */
export function ConversionChart({ tiers }: { tiers: readonly TierConversion[] }) {
  const data = tiers.map(pointOf);
  return (
    <div className="h-56 text-gray-600 dark:text-gray-300" aria-hidden data-testid="conversion-chart">
      <ResponsiveContainer width="100%" height="100%">
        {/* No keyboard layer: the chart is hidden from assistive technology, the table is its accessible form. */}
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={AXIS} stroke="currentColor" interval={0} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={AXIS}
            stroke="currentColor"
            width={40}
          />
          <Tooltip content={<Tip />} cursor={{ fill: 'currentColor', fillOpacity: 0.08 }} isAnimationActive={false} />
          <Bar dataKey="rate" name="Conversion" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.tier.id} fill={TONE_COLORS[d.tone]} className={TONE_FILL[d.tone]} />
            ))}
            <ErrorBar dataKey="error" width={8} strokeWidth={1.5} stroke="currentColor" direction="y" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
