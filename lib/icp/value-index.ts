import { normalizeValue, normalizeValueUncached } from './normalize-text';

/**
 * The ICP values one field is compared with, precompiled for `in` criteria: find(raw) is the id
 * of the value equal to normalizeValue(raw), or -1. ASCII input (nearly all of it) is hashed in
 * one pass over its characters as normalizeValue would read it (case folded, white space runs
 * collapsed, trimmed; NFKC leaves ASCII alone), so no normalized copy is ever allocated. Other
 * input is normalized in full.
 */

const NOT_ASCII = -1;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** FNV-1a of normalizeValue(text), for ASCII text; NOT_ASCII otherwise. */
export function foldedHash(text: string): number {
  let hash = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return NOT_ASCII;
    if (isSpace(code)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) hash = Math.imul(hash ^ 32, 16777619);
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 16777619);
    pendingSpace = false;
    started = true;
  }
  return hash & 0x7fffffff;
}

/** Whether normalizeValue(text) === canonical, for ASCII text. */
function foldedEquals(text: string, canonical: string): boolean {
  let at = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = at > 0;
      continue;
    }
    if (pendingSpace && canonical.charCodeAt(at++) !== 32) return false;
    if (code >= 65 && code <= 90) code += 32;
    if (canonical.charCodeAt(at++) !== code) return false;
    pendingSpace = false;
  }
  return at === canonical.length;
}

export class ValueIndex {
  /** Normalized values by id. */
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Open addressing over the ASCII values: id + 1 (0 = empty) and the hash stored there. */
  private table = new Int32Array(8);
  private hashes = new Int32Array(8);

  get size(): number {
    return this.values.length;
  }

  /** Compile time: the id of a value (values that normalize alike share one). */
  add(value: string): number {
    const normalized = normalizeValue(value);
    let id = this.ids.get(normalized);
    if (id === undefined) {
      id = this.values.push(normalized) - 1;
      this.ids.set(normalized, id);
      this.rebuild();
    }
    return id;
  }

  /** The id of the value `raw` normalizes to, or -1. */
  find(raw: string): number {
    const hash = foldedHash(raw);
    if (hash === NOT_ASCII) return this.ids.get(normalizeValueUncached(raw)) ?? -1;
    const mask = this.table.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = this.table[at] as number;
      if (entry === 0) return -1;
      if (this.hashes[at] === hash && foldedEquals(raw, this.values[entry - 1] as string)) return entry - 1;
    }
  }

  private rebuild(): void {
    let size = 8;
    while (size < this.values.length * 2) size *= 2;
    this.table = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.values.forEach((value, id) => {
      const hash = foldedHash(value);
      if (hash === NOT_ASCII) return; // ASCII input never normalizes to a non-ASCII value
      let at = hash & (size - 1);
      while (this.table[at] !== 0) at = (at + 1) & (size - 1);
      this.table[at] = id + 1;
      this.hashes[at] = hash;
    });
  }
}
