import type { ImportWarning } from './report';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvText {
  /** The decoded text, without a byte order mark. */
  text: string;
  encoding: CsvEncoding;
  /** Whether the bytes started with a byte order mark. */
  bom: boolean;
  warnings: ImportWarning[];
}

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; five of those bytes are unassigned.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const C1 = /[\u0080-\u009F]/g;

/**
 * Windows-1252 text. Node's TextDecoder takes the label "windows-1252" as Latin-1 (0x80 is
 * U+0080, not "€"), and some runtimes lack it: the C1 range is mapped by hand in any case.
 */
function decodeCp1252(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('windows-1252').decode(bytes);
  } catch {
    const parts: string[] = [];
    for (let start = 0; start < bytes.length; start += 8192) {
      parts.push(String.fromCharCode(...bytes.subarray(start, start + 8192)));
    }
    text = parts.join('');
  }
  return text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeWith(label: CsvEncoding, bytes: Uint8Array, fatal: boolean): string {
  if (label === 'windows-1252') return decodeCp1252(bytes);
  // ignoreBOM: the caller has already cut the mark off.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Byte offset of the first byte that is not valid UTF-8, for the warning. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** UTF-16 without a mark: text that is mostly ASCII has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): CsvEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// UTF-8 read as Latin-1 and saved again as UTF-8: "Ã©" for "é", "â€™" for "’".
const MOJIBAKE = /[\u00C2\u00C3][\u0080-\u00BF]|\u00E2\u20AC[\u0099\u009C\u009D\u201C\u201D\u2122]/;

function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}

/**
 * The text of a CSV file from its bytes: UTF-8 with or without a byte order mark, UTF-16 LE/BE
 * by their mark (or, without one, by the zero bytes of mostly-ASCII text); bytes that are not
 * valid UTF-8 are read as Windows-1252 (what Excel on Windows saves as "CSV"), with a warning that
 * names the file. Never throws.
 */
export function readCsvText(bytes: Uint8Array, fileName: string): CsvText {
  const warnings: ImportWarning[] = [];
  const name = fileName || 'the file';
  try {
    let encoding: CsvEncoding = 'utf-8';
    let bom = false;
    let body = bytes;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bom = true;
      body = bytes.subarray(3);
    } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      [encoding, bom, body] = ['utf-16le', true, bytes.subarray(2)];
    } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      [encoding, bom, body] = ['utf-16be', true, bytes.subarray(2)];
    } else {
      const sniffed = sniffUtf16(bytes);
      if (sniffed) {
        encoding = sniffed;
        warnings.push({
          code: 'encoding',
          message: `${name} has no byte order mark but looks like ${sniffed.toUpperCase()}; it was read as such.`,
        });
      }
    }

    let text: string;
    if (encoding === 'utf-8') {
      try {
        text = decodeWith('utf-8', body, true);
      } catch {
        const bad = firstBadUtf8(body);
        const where = bad < 0 ? '' : ` (first bad byte at offset ${bad + (bom ? 3 : 0)})`;
        encoding = 'windows-1252';
        text = decodeWith('windows-1252', body, false);
        warnings.push({
          code: 'encoding',
          message:
            `${name} is not valid UTF-8${where}; it was read as Windows-1252. ` +
            'Check accented letters in the preview; if they look wrong, save the file as "CSV UTF-8" and import it again.',
        });
      }
    } else {
      text = decodeWith(encoding, body, false);
    }

    // A second mark inside (a BOM saved twice) is no data.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (looksBinary(text)) {
      warnings.push({
        code: 'binary',
        message: `${name} does not look like a text file (many control characters); is it really a CSV export?`,
      });
    } else if (MOJIBAKE.test(text.length > 1_000_000 ? text.slice(0, 1_000_000) : text)) {
      warnings.push({
        code: 'encoding',
        message: `${name} has letters like "Ã©" where "é" is meant: it was probably converted to UTF-8 twice. Check the preview.`,
      });
    }
    return { text, encoding, bom, warnings };
  } catch (e) {
    warnings.push({ code: 'encoding', message: `${name} could not be read as text (${String(e)}).` });
    return { text: '', encoding: 'utf-8', bom: false, warnings };
  }
}
