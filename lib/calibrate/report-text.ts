import { formatCount } from '../icp/format';
import type { CalibrationReport, CriterionReport, WinRate } from './types';

/** A calibration report as plain text for a terminal: tables of criteria, rankings and tiers. */

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const rate = (r: WinRate) => (r.rate === null ? '—' : `${pct(r.rate)} (${pct(r.low)}–${pct(r.high)})`);
const fixed = (x: number) => x.toFixed(2);

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, j) => (j === r.length - 1 ? cell : cell.padEnd(widths[j])))
      .join('  ')
      .trimEnd(),
  );
}

function pointsText(c: CriterionReport): string {
  const main = `${c.currentPoints} → ${c.suggestedPoints}`;
  if (c.currentPartialPoints === undefined) return main;
  return `${main} (partial ${c.currentPartialPoints} → ${c.suggestedPartialPoints})`;
}

function criteriaLines(report: CalibrationReport): string[] {
  const rows = [
    ['criterion', 'matched', 'missed', 'unknown', 'won if matched', 'won if missed', 'lift (95% CI)', 'points'],
  ];
  for (const c of report.criteria) {
    const lift = c.lift ? `${fixed(c.lift.value)} (${fixed(c.lift.low)}–${fixed(c.lift.high)})` : '—';
    rows.push([
      `${c.predictive ? ' ' : '!'} ${c.label}`,
      formatCount(c.counts.matched.accounts),
      formatCount(c.counts.missed.accounts),
      formatCount(c.counts.unknown.accounts),
      rate(c.winRateMatched),
      rate(c.winRateMissed),
      lift,
      pointsText(c),
    ]);
  }
  const flagged = report.criteria.filter((c) => !c.predictive).map((c) => `  ! ${c.label}: ${c.reason ?? ''}`);
  const notes = report.criteria.filter((c) => c.predictive && c.reason).map((c) => `  ${c.label}: ${c.reason}`);
  return [
    ...table(rows),
    ...(flagged.length ? ['', 'Flagged (does not predict in this file):', ...flagged] : []),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
  ];
}

function rankingLines(report: CalibrationReport): string[] {
  const { current: cur, suggested: sug } = report;
  return table([
    ['', 'current', 'suggested'],
    ['AUC', cur.auc.toFixed(3), sug.auc.toFixed(3)],
    [`win rate in ${cur.tiers[0].label}`, pct(cur.precisionAtTop), pct(sug.precisionAtTop)],
    [`won accounts in ${cur.tiers[0].label}`, pct(cur.recallAtTop), pct(sug.recallAtTop)],
  ]);
}

function tierLines(report: CalibrationReport): string[] {
  const rows = [['tier', 'min', 'accounts now', 'win rate now', 'accounts suggested', 'win rate suggested']];
  report.current.tiers.forEach((t, i) => {
    const s = report.suggested.tiers[i];
    rows.push([
      t.label,
      `${t.min} → ${s.min}`,
      formatCount(t.accounts),
      pct(t.winRate),
      formatCount(s.accounts),
      pct(s.winRate),
    ]);
  });
  return table(rows);
}

export function reportText(report: CalibrationReport): string {
  const head =
    `Calibrated "${report.icpName}" (${report.icpId}) on ${formatCount(report.rows)} accounts: ` +
    `${formatCount(report.won)} won, ${formatCount(report.lost)} lost (win rate ${pct(report.baselineWinRate)}).`;
  const warnings = report.warnings.map((w) => `  - ${w.message}`);
  return [
    head,
    '',
    ...criteriaLines(report),
    '',
    ...rankingLines(report),
    '',
    ...tierLines(report),
    ...(warnings.length ? ['', 'Warnings:', ...warnings] : []),
  ].join('\n');
}
