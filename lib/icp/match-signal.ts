import { isoDay } from './dates';
import type { CompileEnv, Matcher, ScoreContext, SignalRule } from './engine-types';
import { criterionResult, type CriterionMeta } from './result';
import { scanSignals, signalDays, type Scan, type ScanRule, type SignalLike } from './signal-scan';

/**
 * `signal`: a signal of the type observed within `withinDays` days before asOf (inclusive).
 * A signal dated after asOf never counts, with or without a window. A signal without a readable
 * date counts only when the criterion has no window: with one, its recency cannot be shown.
 */

/** "leadershipChange" -> "leadership change". */
export function signalName(type: string): string {
  return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The date as written when it is a plain date: formatting a Date is slow. */
function dateOf(s: SignalLike, day: number): string {
  const observed = s.observedAt as string;
  return observed.length === 10 ? observed : isoDay(day);
}

/** " (LinkedIn Jobs): 12 open roles" from the signal's own source and detail. */
function aboutSignal(s: SignalLike, fallback: string | undefined): string {
  const source = typeof s.source === 'string' && s.source ? s.source : fallback;
  const detail = typeof s.detail === 'string' && s.detail ? `: ${s.detail}` : '';
  return (source ? ` (${source})` : '') + detail;
}

function missText(name: string, rule: ScanRule, found: Scan, asOf: string): string {
  let notes = found.stale ? `last on ${dateOf(found.stale, found.staleDay)}` : '';
  if (found.future > 0) notes += `${notes ? '; ' : ''}${found.future} dated after ${asOf}`;
  if (found.undated) notes += `${notes ? '; ' : ''}1 without a date`;
  const base = rule.window === undefined ? `No ${name} signal` : `No ${name} signal in the last ${rule.window} days`;
  return notes ? `${base} (${notes})` : base;
}

function daysOf(ctx: ScoreContext, slot: number, signals: unknown[]): number[] {
  let days = ctx.slots[slot] as number[] | undefined;
  if (days === undefined) ctx.slots[slot] = days = signalDays(signals);
  return days;
}

export function compileSignal<R>(signal: SignalRule, meta: CriterionMeta, env: CompileEnv<R>): Matcher<R> {
  const name = signalName(signal.signal);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const rule: ScanRule = {
    type: signal.signal,
    lower: signal.signal.toLowerCase(),
    window: signal.withinDays,
    asOfDay: env.asOfDay,
  };
  const { asOf, signals: getSignals } = env;
  const slot = env.slot('signal-days');
  return (record, ctx) => {
    const signals = getSignals?.(record);
    if (!Array.isArray(signals)) return criterionResult(meta, 'unknown', 0, 'Signals not checked');
    const found = scanSignals(signals, daysOf(ctx, slot, signals), rule);
    const fallback = ctx.sources?.signals;
    if (found.best) {
      const age = rule.asOfDay - found.bestDay;
      const when = age === 0 ? 'on the as-of date' : `${age} day${age === 1 ? '' : 's'} before ${asOf}`;
      const evidence = `${title} signal on ${dateOf(found.best, found.bestDay)}, ${when}${aboutSignal(found.best, fallback)}`;
      return criterionResult(meta, 'match', meta.points, evidence);
    }
    if (found.undated && rule.window === undefined) {
      return criterionResult(
        meta,
        'match',
        meta.points,
        `${title} signal, undated${aboutSignal(found.undated, fallback)}`,
      );
    }
    return criterionResult(meta, 'miss', 0, missText(name, rule, found, asOf));
  };
}
