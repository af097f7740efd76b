/**
 * Whether a string is pure ASCII, by whichever test is cheapest for its length: a loop over a
 * few characters, a RegExp scan (native, but with a fixed cost per call) for medium lengths, and
 * TextEncoder.encodeInto for long texts (ASCII exactly when every code unit became one byte).
 */
const encoder = new TextEncoder();
let buffer = new Uint8Array(1024);
const NOT_ASCII = /[\u0080-\uffff]/;

export function isAscii(text: string): boolean {
  if (text.length <= 8) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
    return true;
  }
  if (text.length <= 96) return !NOT_ASCII.test(text);
  if (buffer.length < text.length) buffer = new Uint8Array(text.length * 2);
  const { read, written } = encoder.encodeInto(text, buffer);
  return read === text.length && written === text.length;
}
