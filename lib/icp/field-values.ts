import type { ScoreContext } from './score-context';
import { ValueIndex } from './value-index';

/**
 * The ICP values of all `in` criteria on one field, in one index. A list's items are looked up
 * once per record, then every criterion on the field tests bits (32-bit words, by value id).
 */
export class FieldValues {
  readonly index = new ValueIndex();
  /** How many criteria read the field: a lookup is worth keeping for the record when several do. */
  private readers = 0;

  constructor(private readonly slot: number) {}

  /** Compile time: ids of the values, then the mask of words a criterion tests. */
  mask(values: readonly string[]): { ids: number[]; words: number[] } {
    this.readers++;
    const ids = values.map((value) => this.index.add(value));
    const words = new Array<number>((Math.max(...ids) >>> 5) + 1).fill(0);
    for (const id of ids) words[id >>> 5] |= 1 << (id & 31);
    return { ids, words };
  }

  /** The id of a scalar value (-1 for none), looked up once per record. */
  idOf(ctx: ScoreContext, value: string): number {
    if (this.readers === 1) return this.index.find(value);
    if (ctx.fresh(this.slot)) return ctx.get<number>(this.slot) as number;
    const id = this.index.find(value);
    ctx.set(this.slot, id);
    return id;
  }

  /** Which values a list holds, prepared once per record for every criterion on the field. */
  present(ctx: ScoreContext, list: readonly unknown[]): number[] {
    if (ctx.fresh(this.slot)) return ctx.get<number[]>(this.slot) as number[];
    let words = ctx.get<number[]>(this.slot);
    if (words === undefined) words = new Array<number>((this.index.size >>> 5) + 1);
    for (let w = 0; w < words.length; w++) words[w] = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      // A non-string item compares as the empty string, as normalizeValue('') would.
      mark(words, this.index.find(typeof item === 'string' ? item : ''));
    }
    ctx.set(this.slot, words);
    return words;
  }
}

function mark(words: number[], id: number): void {
  if (id >= 0) words[id >>> 5] |= 1 << (id & 31);
}

/** Whether value `id` is set in the words; false for -1 (no value). */
export function hasId(present: readonly number[], id: number): boolean {
  const word = id >>> 5;
  return id >= 0 && word < present.length && ((present[word] as number) & (1 << (id & 31))) !== 0;
}

export function hasAny(present: readonly number[], mask: readonly number[]): boolean {
  for (let w = 0; w < mask.length; w++) if (((present[w] as number) & (mask[w] as number)) !== 0) return true;
  return false;
}

export function hasAll(present: readonly number[], mask: readonly number[]): boolean {
  for (let w = 0; w < mask.length; w++) {
    const m = mask[w] as number;
    if (((present[w] as number) & m) !== m) return false;
  }
  return true;
}
