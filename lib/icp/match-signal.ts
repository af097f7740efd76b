import { isoDay } from './dates';
import { SIGNAL, type CompileEnv, type CompiledCriterion, type Explain, type SignalRule } from './engine-types';
import type { StatusCode } from './result';
import type { ScoreContext } from './score-context';
import type { SignalGroup } from './signal-group';
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

/** The signals' days, parsed once per record for the evidence of every signal criterion. */
function daysOf(ctx: ScoreContext, slot: number, signals: unknown[]): number[] {
  if (ctx.fresh(slot)) return ctx.get<number[]>(slot) as number[];
  const days = signalDays(signals, ctx.get<number[]>(slot));
  ctx.set(slot, days);
  return days;
}

function matchText(title: string, found: Scan, rule: ScanRule, asOf: string, fallback: string | undefined): string {
  const best = found.best;
  if (!best) return `${title} signal, undated${aboutSignal(found.undated as SignalLike, fallback)}`;
  const age = rule.asOfDay - found.bestDay;
  const when = age === 0 ? 'on the as-of date' : `${age} day${age === 1 ? '' : 's'} before ${asOf}`;
  return `${title} signal on ${dateOf(best, found.bestDay)}, ${when}${aboutSignal(best, fallback)}`;
}

export interface SignalData<R> {
  group: SignalGroup<R>;
  /** The criterion's rule in the group. */
  index: number;
}

export function signalStatus<R>(d: SignalData<R>, record: R, ctx: ScoreContext): StatusCode {
  return d.group.status(ctx, record, d.index);
}

export function compileSignal<R>(signal: SignalRule, env: CompileEnv<R>): CompiledCriterion<R> {
  const name = signalName(signal.signal);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const rule: ScanRule = {
    type: signal.signal,
    lower: signal.signal.toLowerCase(),
    window: signal.withinDays,
    asOfDay: env.asOfDay,
  };
  const group = env.signalGroup();
  const d: SignalData<R> = { group, index: group.add(rule) };
  const daysSlot = env.slot('signal-days');
  const explain: Explain<R> = (record, ctx, status) => {
    if (status === 'unknown') return 'Signals not checked';
    const signals = env.signals?.(record) as unknown[];
    const found = scanSignals(signals, daysOf(ctx, daysSlot, signals), rule);
    if (status === 'miss') return missText(name, rule, found, env.asOf);
    return matchText(title, found, rule, env.asOf, ctx.sources?.signals);
  };
  return { kind: SIGNAL, rule: d, explain };
}
