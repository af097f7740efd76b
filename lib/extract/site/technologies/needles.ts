// ASCII letters in lower case; every other character as it is. The fingerprint regexes are
// compiled with "i" and no "u": that is exactly how they compare ASCII text.
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

// Hash of three (folded) characters, for the table of needle heads.
const hash = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & 0xffff;

/**
 * A fixed set of needles (lower-case ASCII texts of at least 3 characters) to look for in a text
 * all at once, ignoring ASCII case: one pass over the text, whatever the number of needles,
 * instead of one search per needle (133 inline-script patterns over 400 KB of script would
 * scan 50 MB).
 */
export class Needles {
  private readonly heads = new Uint8Array(0x10000);
  private readonly byHead = new Map<number, string[]>();

  constructor(needles: Iterable<string>) {
    for (const needle of new Set(needles)) {
      if (needle.length < 3) continue;
      const h = hash(needle.charCodeAt(0), needle.charCodeAt(1), needle.charCodeAt(2));
      this.heads[h] = 1;
      const list = this.byHead.get(h);
      if (list) list.push(needle);
      else this.byHead.set(h, [needle]);
    }
  }

  /** The needles that occur in `text`, ASCII case ignored. */
  in(text: string): Set<string> {
    const found = new Set<string>();
    const n = text.length;
    if (n < 3) return found;
    let a = fold(text.charCodeAt(0));
    let b = fold(text.charCodeAt(1));
    for (let i = 0; i + 2 < n; i++) {
      const c = fold(text.charCodeAt(i + 2));
      const h = hash(a, b, c);
      if (this.heads[h] !== 0) {
        for (const needle of this.byHead.get(h)!) if (!found.has(needle) && at(text, i, needle)) found.add(needle);
      }
      a = b;
      b = c;
    }
    return found;
  }
}

/** Does `needle` (lower case) stand in `text` at `i`, ASCII case ignored? */
function at(text: string, i: number, needle: string): boolean {
  if (i + needle.length > text.length) return false;
  for (let k = 0; k < needle.length; k++) if (fold(text.charCodeAt(i + k)) !== needle.charCodeAt(k)) return false;
  return true;
}
