import { normalizeValue, normalizeValueUncached } from './normalize-text';

/**
 * The ICP values one field is compared with, precompiled for `in` criteria: find(raw) is the id
 * of the value equal to normalizeValue(raw), or -1. Company values are mostly spelled like the
 * ICP's or differ in case only, so find() tries, cheapest first: a first character no value can
 * start with; the spellings the ICP itself uses; the values of the same length, ignoring
 * ASCII case, which settles plain ASCII (lower-casing is all normalizeValue does to it); and
 * only then normalizeValue itself.
 */

/** Printable ASCII words separated by single spaces: NFKC and white space rules change nothing. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** "data engineering" -> "Data Engineering": how keywords and industries are often written. */
function titleCase(text: string): string {
  return text.replace(/(^| )([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Whether `text` is `value` (lower-case ASCII) with some letters upper-cased. */
function equalsIgnoringCase(text: string, value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (lower !== value.charCodeAt(i)) return false;
  }
  return true;
}

export class ValueIndex {
  /** Normalized values by id. */
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** The ICP's own spellings, the values and their usual capitalizations: a hit needs no normalizing. */
  private readonly spellings = new Map<string, number>();
  /** Lower-case ASCII first characters of the values; undefined if some value starts otherwise. */
  private firstChars: Uint8Array | undefined = new Uint8Array(128);
  /** Ids of the ASCII values by length. */
  private readonly byLength: number[][] = [];

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
      this.noteFirstChar(normalized);
      if (!/[\u0080-\uffff]/.test(normalized)) (this.byLength[normalized.length] ??= []).push(id);
    }
    this.spellings.set(value, id);
    for (const spelling of [normalized, titleCase(normalized), normalized.toUpperCase()]) {
      // Only spellings that normalize back to the value: all of them, for ASCII values.
      if (normalizeValueUncached(spelling) === normalized) this.spellings.set(spelling, id);
    }
    return id;
  }

  /** The id of the value `raw` normalizes to, or -1. */
  find(raw: string): number {
    if (!this.mayStartWith(raw.charCodeAt(0))) return -1;
    const spelled = this.spellings.get(raw);
    if (spelled !== undefined) return spelled;
    const sameLength = raw.length < this.byLength.length ? this.byLength[raw.length] : undefined;
    if (sameLength !== undefined) {
      for (let i = 0; i < sameLength.length; i++) {
        const id = sameLength[i] as number;
        if (equalsIgnoringCase(raw, this.values[id] as string)) return id;
      }
    }
    // Plain ASCII normalizes to itself lower-cased, a value of the same length: none was equal.
    if (PLAIN.test(raw)) return -1;
    return this.ids.get(normalizeValueUncached(raw)) ?? -1;
  }

  /**
   * Whether a text starting with `code` can normalize to some value. An ASCII character other
   * than white space stays the first character, lower-cased (NFKC could only compose it with
   * what follows into a character that is not ASCII).
   */
  private mayStartWith(code: number): boolean {
    if (this.firstChars === undefined || !(code < 128) || isSpace(code)) return true;
    return this.firstChars[code >= 65 && code <= 90 ? code + 32 : code] === 1;
  }

  private noteFirstChar(normalized: string): void {
    const code = normalized.charCodeAt(0);
    if (this.firstChars !== undefined && code < 128) this.firstChars[code] = 1;
    else this.firstChars = undefined; // empty or not ASCII: no shortcut
  }
}
