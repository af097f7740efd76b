/**
 * Whether a string is pure ASCII. TextEncoder.encodeInto runs natively (several times faster
 * than a RegExp scan on long descriptions); ASCII is exactly when every code unit became one byte.
 */
const encoder = new TextEncoder();
let buffer = new Uint8Array(1024);

export function isAscii(text: string): boolean {
  if (buffer.length < text.length) buffer = new Uint8Array(text.length * 2);
  const { read, written } = encoder.encodeInto(text, buffer);
  return read === text.length && written === text.length;
}
