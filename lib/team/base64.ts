/**
 * Base64 and base64url without Buffer or atob, so signing code runs the same in the extension,
 * Node and tests. Decoding is strict: one text decodes to one byte string and back (canonical
 * form), so an envelope cannot be re-encoded into a different text that still verifies.
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Why a text did not decode: a foreign character, misplaced "=", an impossible length, extra bits. */
export type DecodeFailure = 'character' | 'padding' | 'length' | 'canonical';

export type DecodeResult =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; code: DecodeFailure; reason: string };

function lookup(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

const STANDARD_LOOKUP = lookup(STANDARD);
const URL_SAFE_LOOKUP = lookup(URL_SAFE);

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], alphabet[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(alphabet[n >> 18], alphabet[(n >> 12) & 63], pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], pad ? '=' : '');
  }
  return out.join('');
}

function decode(text: string, table: Int8Array, name: string, otherHint: string): DecodeResult {
  let body = text;
  const padAt = text.indexOf('=');
  if (padAt !== -1) {
    body = text.slice(0, padAt);
    const padding = text.slice(padAt);
    if (!/^={1,2}$/.test(padding) || text.length % 4 !== 0) {
      return { ok: false, code: 'padding', reason: `it has "=" padding in the wrong place (character ${padAt + 1})` };
    }
  }
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? table[code] : -1;
    if (value < 0) {
      const hint = otherHint.includes(body[i]) ? ` (${name} has no "${body[i]}")` : '';
      return {
        ok: false,
        code: 'character',
        reason: `character ${i + 1} (${JSON.stringify(body[i])}) is not ${name}${hint}`,
      };
    }
    acc = ((acc << 6) | value) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  if (body.length % 4 === 1) {
    return {
      ok: false,
      code: 'length',
      reason: `no ${name} text is ${body.length} characters long: it was cut or has an extra character`,
    };
  }
  if ((acc & ((1 << bits) - 1)) !== 0) {
    return {
      ok: false,
      code: 'canonical',
      reason: 'its last character is not the one an encoder writes (not canonical)',
    };
  }
  return { ok: true, bytes };
}

/** Bytes as base64url without padding (RFC 4648 §5), as in JWS and the signed envelope. */
export function encodeBase64url(bytes: Uint8Array): string {
  return encode(bytes, URL_SAFE, false);
}

/** Base64url text as bytes; trailing "=" padding is tolerated, anything else non-canonical is not. */
export function decodeBase64url(text: string): DecodeResult {
  return decode(text, URL_SAFE_LOOKUP, 'base64url', '+/');
}

/** Bytes as standard padded base64 (the body of a PEM block). */
export function encodeBase64(bytes: Uint8Array): string {
  return encode(bytes, STANDARD, true);
}

export function decodeBase64(text: string): DecodeResult {
  return decode(text, STANDARD_LOOKUP, 'base64', '-_');
}
