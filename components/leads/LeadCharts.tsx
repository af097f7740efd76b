import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { outcomeByTier, savedPerWeek, scoreHistogram, tierDistribution } from '@/lib/leads/query';
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

/** Four small charts over the leads shown: tiers, scores, saves per week, outcomes per tier. */
export const LeadCharts = memo(function LeadCharts({ rows }: { rows: LeadRow[] }) {
  const { tiers, histogram, weeks, outcomes } = useMemo(
    () => ({
      tiers: tierDistribution(rows).map((t) => ({ ...t, fill: TONE_COLORS[t.tone as TierTone] })),
      histogram: scoreHistogram(rows),
      weeks: savedPerWeek(rows).map((w) => ({ ...w, label: w.week.slice(5) })),
      outcomes: outcomeByTier(rows),
    }),
    [rows],
  );
  return (
    <section aria-label="Charts" data-testid="charts" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
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
      <Chart title="Score histogram" summary={histogram.map((h) => `${h.bucket}: ${h.count}`).join('; ')}>
        <BarChart data={histogram}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bucket" tick={AXIS} interval={1} />
          <YAxis allowDecimals={false} tick={AXIS} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Leads" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title="Leads saved per week" summary={weeks.map((w) => `week of ${w.week}: ${w.count}`).join('; ')}>
        <BarChart data={weeks}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS} />
          <YAxis allowDecimals={false} tick={AXIS} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Saved" fill="#7c3aed" isAnimationActive={false} />
        </BarChart>
      </Chart>
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
    </section>
  );
});
