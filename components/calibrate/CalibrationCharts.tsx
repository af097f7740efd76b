import { useEffect, useState } from 'react';
import {
  CartesianGrid,
  Cell,
  ErrorBar,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CalibrationReport, RocPoint } from '@/lib/calibrate/types';
import { aucText, liftText, times } from './format';

const AXIS = { fontSize: 11 };
const CURRENT = '#6b7280';
const SUGGESTED = '#1d4ed8';
const FLAGGED = '#b45309';

function Figure(props: {
  title: string;
  summary: string;
  testId: string;
  height: string;
  children: React.ReactElement;
}) {
  return (
    <figure className="rounded-md border border-gray-200 p-2 dark:border-gray-700" data-testid={props.testId}>
      <figcaption className="mb-1 text-xs font-semibold">{props.title}</figcaption>
      {/* The numbers in words, for screen readers: the chart itself is hidden from them. */}
      <p className="sr-only" data-testid={`${props.testId}-text`}>
        {props.summary}
      </p>
      <div className={props.height} aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          {props.children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Powers of two that cover [low, high], for a log axis of ratios (…, 0.5, 1, 2, …). */
function ratioTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log2(low)); e <= Math.ceil(Math.log2(high)); e++) ticks.push(2 ** e);
  return ticks;
}

/** Lift of each criterion with its 95% interval (a forest plot on a log scale; 1× = no effect). */
export function LiftChart({ report }: { report: CalibrationReport }) {
  const rows = report.criteria
    .filter((c) => c.lift)
    .map((c) => {
      const lift = c.lift!;
      return {
        label: c.label,
        lift: lift.value,
        err: [lift.value - lift.low, lift.high - lift.value],
        predictive: c.predictive,
      };
    });
  const without = report.criteria.filter((c) => !c.lift).map((c) => c.label);
  const low = Math.max(1 / 16, Math.min(0.5, ...report.criteria.flatMap((c) => (c.lift ? [c.lift.low] : []))));
  const high = Math.min(16, Math.max(2, ...report.criteria.flatMap((c) => (c.lift ? [c.lift.high] : []))));
  const ticks = ratioTicks(low, high);
  const summary =
    report.criteria
      .map((c) => `${c.label}: lift ${liftText(c.lift)}${c.predictive ? '' : ', does not predict'}`)
      .join('; ') + '.';
  return (
    <Figure
      title={`Lift per criterion: win rate if matched ÷ if not (95% interval)${without.length ? `; no lift for ${without.join(', ')}` : ''}`}
      summary={summary}
      testId="lift-chart"
      height="h-72"
    >
      <ScatterChart margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="lift"
          name="Lift"
          scale="log"
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
          allowDataOverflow
          tick={AXIS}
          tickFormatter={(v: number) => `${Number(v.toFixed(2))}×`}
        />
        <YAxis type="category" dataKey="label" name="Criterion" tick={AXIS} width={150} interval={0} reversed />
        <ReferenceLine x={1} stroke="#111827" strokeDasharray="4 2" />
        <Tooltip formatter={(v) => (typeof v === 'number' ? times(v) : String(v))} />
        <Scatter data={rows} name="Lift" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.label} fill={r.predictive ? SUGGESTED : FLAGGED} />
          ))}
          <ErrorBar dataKey="err" direction="x" width={4} stroke="#374151" isAnimationActive={false} />
        </Scatter>
      </ScatterChart>
    </Figure>
  );
}

const rocText = (points: readonly RocPoint[]) =>
  points
    .filter((_, i) => i % Math.max(1, Math.floor(points.length / 5)) === 0 || i === points.length - 1)
    .map((p) => `${Math.round(p.fpr * 100)}% of lost with ${Math.round(p.tpr * 100)}% of won`)
    .join(', ');

/** ROC curves of the current and the suggested ICP over the same accounts, with the chance diagonal. */
export function RocChart({ report }: { report: CalibrationReport }) {
  const { current, suggested } = report;
  const summary =
    `Current ICP: AUC ${aucText(current.auc)} (${rocText(current.roc)}). ` +
    `Suggested ICP: AUC ${aucText(suggested.auc)} (${rocText(suggested.roc)}). Chance is the diagonal, AUC 0.50.`;
  return (
    <Figure title="ROC: won accounts caught vs lost accounts let in" summary={summary} testId="roc-chart" height="h-72">
      <LineChart margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="fpr"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tick={AXIS}
          tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
          label={{ value: 'lost accounts above the cut-off', position: 'insideBottom', offset: -4, fontSize: 11 }}
        />
        <YAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tick={AXIS}
          width={60}
          tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
          label={{ value: 'won accounts above it', angle: -90, position: 'insideLeft', offset: 4, fontSize: 11 }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#9ca3af"
          strokeDasharray="4 4"
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : String(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} verticalAlign="top" />
        <Line
          data={current.roc}
          dataKey="tpr"
          name={`Current (AUC ${aucText(current.auc)})`}
          stroke={CURRENT}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          data={suggested.roc}
          dataKey="tpr"
          name={`Suggested (AUC ${aucText(suggested.auc)})`}
          stroke={SUGGESTED}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </Figure>
  );
}

/** How many of `count` parts to show: one more per task after each new `key`, none at first. */
function useOnePerTask(key: unknown, count: number): number {
  const [shown, setShown] = useState({ key, n: 0 });
  useEffect(() => {
    if (shown.key === key && shown.n >= count) return;
    const timer = setTimeout(() => setShown((s) => (s.key === key ? { key, n: s.n + 1 } : { key, n: 1 })), 0);
    return () => clearTimeout(timer);
  }, [key, count, shown]);
  return shown.key === key ? shown.n : 0;
}

/**
 * Both charts, each drawn in a task of its own after the report's tables: a chart's first render
 * is the page's longest piece of work, and together with the tables it would hold the page.
 */
export function CalibrationCharts({ report }: { report: CalibrationReport }) {
  const shown = useOnePerTask(report, 2);
  return (
    <div className="grid min-h-80 gap-3 lg:grid-cols-2" data-testid="calibrate-charts">
      {shown >= 1 && <LiftChart report={report} />}
      {shown >= 2 && <RocChart report={report} />}
    </div>
  );
}
