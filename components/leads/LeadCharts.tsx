import { memo, useEffect, useMemo, useState } from 'react';
import { useLater } from './use-later';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  newTally,
  outcomeByTierOf,
  savedPerWeekOf,
  scoreHistogramOf,
  tallyRows,
  tierDistributionOf,
  type ChartTally,
} from '@/lib/leads/query';
import type { LeadRow } from '@/lib/leads/types';
import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { TierTone } from '@/lib/messaging/protocol';

const AXIS = { fontSize: 11 };

function Chart({ title, children, summary }: { title: string; summary: string; children: React.ReactElement }) {
  return (
    <figure className="rounded-md border border-gray-200 p-2 dark:border-gray-800">
      <figcaption className="mb-1 text-xs font-semibold">{title}</figcaption>
      {/* The numbers in words too, for screen readers and a quick read. */}
      <p className="sr-only">{summary}</p>
      <div className="h-28" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

type Tiers = (ReturnType<typeof tierDistributionOf>[number] & { fill: string })[];
type Histogram = ReturnType<typeof scoreHistogramOf>;
type Weeks = (ReturnType<typeof savedPerWeekOf>[number] & { label: string })[];
type Outcomes = ReturnType<typeof outcomeByTierOf>;

const TierChart = memo(function TierChart({ tiers }: { tiers: Tiers }) {
  return (
    <Chart title="Tier distribution" summary={tiers.map((t) => `${t.tierLabel}: ${t.count}`).join('; ')}>
      <BarChart data={tiers}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="tierLabel" tick={AXIS} tickFormatter={(l: string) => l.split(' ')[0]} />
        <YAxis allowDecimals={false} tick={AXIS} width={32} />
        <Tooltip />
        <Bar dataKey="count" name="Leads" isAnimationActive={false}>
          {tiers.map((t) => (
            <Cell key={`${t.tone}${t.tierLabel}`} fill={t.fill} />
          ))}
        </Bar>
      </BarChart>
    </Chart>
  );
});

const HistogramChart = memo(function HistogramChart({ histogram }: { histogram: Histogram }) {
  return (
    <Chart title="Score histogram" summary={histogram.map((h) => `${h.bucket}: ${h.count}`).join('; ')}>
      <BarChart data={histogram}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="bucket" tick={AXIS} interval={1} />
        <YAxis allowDecimals={false} tick={AXIS} width={32} />
        <Tooltip />
        <Bar dataKey="count" name="Leads" fill="#2563eb" isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
});

const WeeksChart = memo(function WeeksChart({ weeks }: { weeks: Weeks }) {
  return (
    <Chart title="Leads saved per week" summary={weeks.map((w) => `week of ${w.week}: ${w.count}`).join('; ')}>
      <BarChart data={weeks}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} width={32} />
        <Tooltip />
        <Bar dataKey="count" name="Saved" fill="#7c3aed" isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
});

const OutcomeChart = memo(function OutcomeChart({ outcomes }: { outcomes: Outcomes }) {
  return (
    <Chart
      title="Outcome by tier"
      summary={outcomes.map((o) => `${o.tierLabel}: ${o.won} won, ${o.lost} lost, ${o.open} open`).join('; ')}
    >
      <BarChart data={outcomes}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="tierLabel" tick={AXIS} tickFormatter={(l: string) => l.split(' ')[0]} />
        <YAxis allowDecimals={false} tick={AXIS} width={32} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="won" stackId="o" name="Won" fill="#15803d" isAnimationActive={false} />
        <Bar dataKey="lost" stackId="o" name="Lost / disqualified" fill="#b91c1c" isAnimationActive={false} />
        <Bar dataKey="open" stackId="o" name="Open" fill="#9ca3af" isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
});

/** Rows counted per task (50,000 rows are counted in a few short tasks, not one long one). */
const TALLY_SLICE = 5_000;

/** The charts' counts of `rows`, made a slice per task; undefined until the first count is done. */
function useTally(rows: readonly LeadRow[]): ChartTally | undefined {
  const [tally, setTally] = useState<ChartTally>();
  useEffect(() => {
    let cancelled = false;
    const counting = newTally();
    let at = 0;
    const step = () => {
      if (cancelled) return;
      const end = Math.min(rows.length, at + TALLY_SLICE);
      tallyRows(rows, at, end, counting);
      at = end;
      if (at < rows.length) timer = setTimeout(step, 0);
      else setTally(counting);
    };
    let timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [rows]);
  return tally;
}

/** The same data as before when nothing in it changed (so its chart does not render again). */
function useSame<T>(value: T): T {
  const json = JSON.stringify(value);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the data's content on purpose
  return useMemo(() => value, [json]);
}

/**
 * Four small charts over the leads shown: tiers, scores, saves per week, outcomes per tier.
 * Each renders only when its own numbers change, and each in a task of its own.
 */
export const LeadCharts = memo(function LeadCharts({ rows }: { rows: LeadRow[] }) {
  const tally = useTally(rows);
  const tiers = useSame(
    useMemo(
      () => (tally ? tierDistributionOf(tally).map((t) => ({ ...t, fill: TONE_COLORS[t.tone as TierTone] })) : []),
      [tally],
    ),
  );
  const histogram = useSame(useMemo(() => (tally ? scoreHistogramOf(tally) : []), [tally]));
  const weeks = useSame(
    useMemo(() => (tally ? savedPerWeekOf(tally).map((w) => ({ ...w, label: w.week.slice(5) })) : []), [tally]),
  );
  const outcomes = useSame(useMemo(() => (tally ? outcomeByTierOf(tally) : []), [tally]));
  const histogramLater = useLater(histogram, 40);
  const weeksLater = useLater(weeks, 80);
  const outcomesLater = useLater(outcomes, 120);
  if (!tally) return null;
  return (
    <section aria-label="Charts" data-testid="charts" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <TierChart tiers={tiers} />
      <HistogramChart histogram={histogramLater} />
      <WeeksChart weeks={weeksLater} />
      <OutcomeChart outcomes={outcomesLater} />
    </section>
  );
});
