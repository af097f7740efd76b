import type { Period } from './types';

const DAY_MS = 86_400_000;

/** The periods the options page offers. */
export const PERIOD_CHOICES = [
  { id: '90d', label: 'Last 90 days', before: 'the 90 days before' },
  { id: '6m', label: 'Last 6 months', before: 'the 6 months before' },
  { id: '12m', label: 'Last 12 months', before: 'the 12 months before' },
  { id: 'all', label: 'All time', before: '' },
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]['id'];

const monthsBefore = (asOf: Date, months: number): Date => {
  const d = new Date(asOf);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  // 31 August minus 6 months is the last day of February, not 3 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
};

/** The span a choice means, ending at `asOf` (ISO). Months are calendar months in UTC. */
export function periodOf(choice: PeriodChoice, asOf: string): Period {
  const end = new Date(asOf);
  if (Number.isNaN(end.getTime())) throw new RangeError(`asOf must be an ISO date, got "${asOf}"`);
  const to = end.toISOString();
  switch (choice) {
    case '90d':
      return { from: new Date(end.getTime() - 90 * DAY_MS).toISOString(), to };
    case '6m':
      return { from: monthsBefore(end, 6).toISOString(), to };
    case '12m':
      return { from: monthsBefore(end, 12).toISOString(), to };
    case 'all':
      return { to };
  }
}

/** The period of the same length just before (ending where this one starts); none for all time. */
export function previousPeriod(period: Period): Period | undefined {
  if (period.from === undefined) return undefined;
  const from = Date.parse(period.from);
  const length = Date.parse(period.to) - from;
  return { from: new Date(from - length).toISOString(), to: period.from };
}

/** Is this time in the period? After `from`, up to and including `to`: back-to-back periods share no moment. */
export function within(at: string, period: Period): boolean {
  const t = Date.parse(at);
  if (Number.isNaN(t) || t > Date.parse(period.to)) return false;
  return period.from === undefined || t > Date.parse(period.from);
}
