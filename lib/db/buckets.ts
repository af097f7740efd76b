import type { Table } from 'dexie';

/**
 * Saved leads are stored in hash buckets: one IndexedDB record holds every lead (or row, or
 * alias) whose key hashes to it. IndexedDB pays about 40 µs per record written or read, whatever
 * its size, so 50,000 leads as 50,000 records take seconds to re-score or list; as 256 buckets
 * the same data moves in a fraction of a second (test/bench/leads-bench.ts). A write reads the
 * few buckets it touches, changes them and puts them back, in one transaction.
 */
export const BUCKET_COUNT = 256;

/** One bucket: items by their key. */
export interface Bucket<T> {
  id: number;
  items: Record<string, T>;
}

export type BucketTable<T> = Table<Bucket<T>, number>;

/** The bucket of a key: FNV-1a over its UTF-16 code units, modulo BUCKET_COUNT. */
export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKET_COUNT;
}

/** Every bucket id, in order. */
export const ALL_BUCKETS: readonly number[] = Array.from({ length: BUCKET_COUNT }, (_, i) => i);

/** How a bucket's items are stored, when not as they are (lib/db/score-buckets.ts). */
export interface BucketCodec<T, S extends { id: number }> {
  decode(stored: S | undefined): Record<string, T>;
  encode(id: number, items: Record<string, T>): S;
}

const asIs = {
  decode: (stored: Bucket<unknown> | undefined) => stored?.items ?? {},
  encode: (id: number, items: Record<string, unknown>) => ({ id, items }),
};

/**
 * The buckets of one table that one write works on: loaded on demand, changed in memory,
 * written back (or deleted when empty) by `flush`, within the caller's transaction.
 */
export class Buckets<T, S extends { id: number } = Bucket<T>> {
  private readonly loaded = new Map<number, Record<string, T>>();
  private readonly sizes = new Map<number, number>();
  private readonly dirty = new Set<number>();
  private readonly codec: BucketCodec<T, S>;

  constructor(
    private readonly table: Table<S, number>,
    codec?: BucketCodec<T, S>,
  ) {
    this.codec = codec ?? (asIs as unknown as BucketCodec<T, S>);
  }

  /** Loads the buckets of these keys that are not loaded yet. */
  async loadKeys(keys: Iterable<string>): Promise<void> {
    await this.load([...keys].map(bucketOf));
  }

  async load(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.loaded.has(id));
    if (!missing.length) return;
    const found = await this.table.bulkGet(missing);
    missing.forEach((id, i) => {
      const items = this.codec.decode(found[i]);
      this.loaded.set(id, items);
      this.sizes.set(id, Object.keys(items).length);
    });
  }

  private bucket(key: string): Record<string, T> {
    const id = bucketOf(key);
    const items = this.loaded.get(id);
    if (!items) throw new Error(`bucket ${id} of "${key}" was not loaded`);
    return items;
  }

  get(key: string): T | undefined {
    const items = this.bucket(key);
    return Object.hasOwn(items, key) ? items[key] : undefined;
  }

  set(key: string, value: T): void {
    this.bucket(key)[key] = value;
    this.dirty.add(bucketOf(key));
  }

  delete(key: string): void {
    const items = this.bucket(key);
    if (!Object.hasOwn(items, key)) return;
    delete items[key];
    this.dirty.add(bucketOf(key));
  }

  /** The items of a loaded bucket. */
  itemsOf(id: number): Record<string, T> {
    return this.loaded.get(id) ?? {};
  }

  /** Ids of the buckets changed since loading. */
  changed(): number[] {
    return [...this.dirty].sort((a, b) => a - b);
  }

  /** How many items the changed buckets gained (negative: lost) since loading. */
  growth(): number {
    let n = 0;
    for (const id of this.dirty) n += Object.keys(this.loaded.get(id)!).length - this.sizes.get(id)!;
    return n;
  }

  /** Writes the changed buckets (an emptied one is deleted). */
  async flush(): Promise<void> {
    const put: S[] = [];
    const gone: number[] = [];
    for (const id of this.dirty) {
      const items = this.loaded.get(id)!;
      if (Object.keys(items).length) put.push(this.codec.encode(id, items));
      else gone.push(id);
    }
    if (put.length) await this.table.bulkPut(put);
    if (gone.length) await this.table.bulkDelete(gone);
    for (const id of this.dirty) this.sizes.set(id, Object.keys(this.loaded.get(id)!).length);
    this.dirty.clear();
  }
}
