import { utcDay } from './dates';

/** Reading a record's signals for `signal` criteria: dated once per scoring, then scanned per type. */

export interface SignalLike {
  type?: unknown;
  observedAt?: unknown;
  detail?: unknown;
  source?: unknown;
}

/** Each signal's UTC day (NaN when it has no readable date), parsed once for every criterion. */
export function signalDays(signals: readonly unknown[]): number[] {
  const days: number[] = [];
  for (const item of signals) {
    const observedAt = (item as SignalLike | null)?.observedAt;
    days.push((typeof observedAt === 'string' ? utcDay(observedAt) : undefined) ?? NaN);
  }
  return days;
}

/** What one criterion found among the signals of its type. */
export interface Scan {
  best: SignalLike | undefined;
  bestDay: number;
  stale: SignalLike | undefined;
  staleDay: number;
  undated: SignalLike | undefined;
  future: number;
}

export interface ScanRule {
  type: string;
  /** Lower-case type: "Hiring" from one source is still a hiring signal. */
  lower: string;
  window: number | undefined;
  asOfDay: number;
}

function sameType(found: unknown, rule: ScanRule): boolean {
  if (found === rule.type) return true;
  // The length test keeps the common mismatch (another type) free of string work.
  return typeof found === 'string' && found.length === rule.type.length && found.toLowerCase() === rule.lower;
}

/** The latest signal inside the window, plus what explains a miss (stale, future, undated). */
export function scanSignals(signals: readonly unknown[], days: readonly number[], rule: ScanRule): Scan {
  const out: Scan = {
    best: undefined,
    bestDay: -Infinity,
    stale: undefined,
    staleDay: -Infinity,
    undated: undefined,
    future: 0,
  };
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i] as SignalLike | null;
    if (!s || !sameType(s.type, rule)) continue;
    const day = days[i] as number;
    if (Number.isNaN(day)) out.undated ??= s;
    else if (day > rule.asOfDay) out.future++;
    else if (rule.window !== undefined && rule.asOfDay - day > rule.window) {
      if (day > out.staleDay) {
        out.stale = s;
        out.staleDay = day;
      }
    } else if (day > out.bestDay) {
      out.best = s;
      out.bestDay = day;
    }
  }
  return out;
}
