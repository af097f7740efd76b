import type { ScoreSources } from './result';

/**
 * Per-scoring scratch space: the caller's source labels and values prepared once per record for
 * every criterion that reads them (a list's matched values, signal statuses, tokenized text). A scorer
 * reuses one context: begin() starts a new generation, which makes every slot stale at once, so
 * nothing prepared for one record is ever read for another. Buffers are reused, not results.
 */
export class ScoreContext {
  sources: ScoreSources | undefined = undefined;
  /** Set while a scoring runs, so that a reentrant call gets a context of its own. */
  busy = false;
  private generation = 0;
  private readonly stamps: number[];
  private readonly values: unknown[];

  constructor(slotCount: number) {
    this.stamps = new Array<number>(slotCount).fill(0);
    this.values = new Array<unknown>(slotCount).fill(undefined);
  }

  begin(sources: ScoreSources | undefined): void {
    this.sources = sources;
    this.generation++;
  }

  /** Whether the slot was filled for the current record. */
  fresh(slot: number): boolean {
    return this.stamps[slot] === this.generation;
  }

  /** The slot's value: current when fresh(slot), else a buffer left from an earlier record. */
  get<T>(slot: number): T | undefined {
    return this.values[slot] as T | undefined;
  }

  set(slot: number, value: unknown): void {
    this.stamps[slot] = this.generation;
    this.values[slot] = value;
  }
}
