import { MATCH, MISS, UNKNOWN, type StatusCode } from './result';
import type { ScoreContext } from './score-context';
import {
  countsFor,
  IN_WINDOW,
  placeDay,
  sameType,
  signalDay,
  UNDATED,
  type ScanRule,
  type SignalLike,
} from './signal-scan';

/** Flags per rule while signals are read. */
const IN = 1;
const NO_DATE = 2;

/**
 * All `signal` criteria of a profile, judged together in one pass over a record's signals: each
 * signal's type is looked up once, and its date is read only when some criterion wants the type.
 */
export class SignalGroup<R> {
  private readonly rules: ScanRule[] = [];
  /** Rule indexes by a type some rule names (every rule that type matches, case aside). */
  private readonly byType = new Map<string, number[]>();
  /** Lengths of the rules' types: another type of another length matches none. */
  private readonly lengths = new Set<number>();

  constructor(
    private readonly slot: number,
    /** Reads the record's signals list; absent for records that have none (people). */
    private readonly read: ((record: R) => unknown) | undefined,
  ) {}

  /** Compile time: a rule's index. */
  add(rule: ScanRule): number {
    this.rules.push(rule);
    this.lengths.add(rule.type.length);
    this.byType.clear();
    for (const { type } of this.rules) this.byType.set(type, this.matching(type));
    return this.rules.length - 1;
  }

  /** The status of rule `index` for the record's signals (unknown when it has no list). */
  status(ctx: ScoreContext, record: R, index: number): StatusCode {
    return this.statuses(ctx, record)[index] as StatusCode;
  }

  private matching(type: unknown): number[] {
    const indexes: number[] = [];
    this.rules.forEach((rule, i) => sameType(type, rule) && indexes.push(i));
    return indexes;
  }

  /** Every rule's status, from one pass over the record's signals. */
  private statuses(ctx: ScoreContext, record: R): number[] {
    if (ctx.fresh(this.slot)) return ctx.get<number[]>(this.slot) as number[];
    const found = ctx.get<number[]>(this.slot) ?? new Array<number>(this.rules.length);
    const signals = this.read?.(record);
    const known = Array.isArray(signals);
    for (let i = 0; i < found.length; i++) found[i] = 0;
    if (known) this.scan(signals, found);
    for (let i = 0; i < found.length; i++) {
      const flags = found[i] as number;
      const counts = countsFor((flags & IN) !== 0, (flags & NO_DATE) !== 0, this.rules[i] as ScanRule);
      found[i] = !known ? UNKNOWN : counts ? MATCH : MISS;
    }
    ctx.set(this.slot, found);
    return found;
  }

  /** Per rule, flags: a signal of its type is in its window (IN), or has no date (NO_DATE). */
  private scan(signals: readonly unknown[], found: number[]): void {
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i] as SignalLike | null;
      const type = signal?.type;
      const indexes = typeof type === 'string' ? this.indexesOf(type) : undefined;
      if (indexes === undefined) continue;
      const day = signalDay(signal);
      for (let k = 0; k < indexes.length; k++) {
        const rule = indexes[k] as number;
        const place = placeDay(day, this.rules[rule] as ScanRule);
        if (place === IN_WINDOW) found[rule] |= IN;
        else if (place === UNDATED) found[rule] |= NO_DATE;
      }
    }
  }

  /** The rules a type matches; undefined for none. */
  private indexesOf(type: string): number[] | undefined {
    const spelled = this.byType.get(type);
    if (spelled !== undefined) return spelled;
    // A type no rule spells exactly ("Hiring") is matched the slow way; such types are rare.
    if (!this.lengths.has(type.length)) return undefined;
    const indexes = this.matching(type);
    return indexes.length > 0 ? indexes : undefined;
  }
}
