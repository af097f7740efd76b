import { utcDay } from './dates';

/**
 * The rule of `signal` criteria, shared by the one-pass judging of signal-group.ts and the
 * evidence scan below: which signals are of the type, and where a signal's day falls.
 */

export interface SignalLike {
  type?: unknown;
  observedAt?: unknown;
  detail?: unknown;
  source?: unknown;
}

export interface ScanRule {
  type: string;
  /** Lower-case type: "Hiring" from one source is still a hiring signal. */
  lower: string;
  window: number | undefined;
  asOfDay: number;
}

export function sameType(found: unknown, rule: ScanRule): boolean {
  if (found === rule.type) return true;
  // The length test keeps the common mismatch (another type) free of string work.
  return typeof found === 'string' && found.length === rule.type.length && found.toLowerCase() === rule.lower;
}

/** The signal's UTC day, NaN when it has no readable date. */
export function signalDay(signal: SignalLike | null | undefined): number {
  const observedAt = signal?.observedAt;
  return (typeof observedAt === 'string' ? utcDay(observedAt) : undefined) ?? NaN;
}

/** Each signal's day into `days`, parsed once for every criterion. */
export function signalDays(signals: readonly unknown[], days: number[] = []): number[] {
  days.length = signals.length;
  for (let i = 0; i < signals.length; i++) days[i] = signalDay(signals[i] as SignalLike | null);
  return days;
}

export const UNDATED = 0;
export const FUTURE = 1;
export const STALE = 2;
export const IN_WINDOW = 3;

/** Where a day falls for the rule: after asOf never counts; before the window is stale. */
export function placeDay(day: number, rule: ScanRule): number {
  if (Number.isNaN(day)) return UNDATED;
  if (day > rule.asOfDay) return FUTURE;
  return rule.window !== undefined && rule.asOfDay - day > rule.window ? STALE : IN_WINDOW;
}

/** A signal inside the window counts; an undated one only when there is no window. */
export function countsFor(inWindow: boolean, undated: boolean, rule: ScanRule): boolean {
  return inWindow || (undated && rule.window === undefined);
}

/** What one criterion found among the signals of its type: what counted, or why none did. */
export interface Scan {
  best: SignalLike | undefined;
  bestDay: number;
  stale: SignalLike | undefined;
  staleDay: number;
  undated: SignalLike | undefined;
  future: number;
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
    const place = placeDay(day, rule);
    if (place === UNDATED) out.undated ??= s;
    else if (place === FUTURE) out.future++;
    else if (place === STALE) {
      if (day > out.staleDay) [out.stale, out.staleDay] = [s, day];
    } else if (day > out.bestDay) [out.best, out.bestDay] = [s, day];
  }
  return out;
}
