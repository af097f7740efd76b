import { z } from 'zod';
import { formatIssues, parseBundle, type IssueLine } from '../icp/errors';
import type { IcpBundle } from '../icp/schema-bundle';
import { decodeBase64url } from './base64';
import { exportPublicPem, importPublicPem } from './pem';
import { SIGNATURE_BYTES, SIGNATURE_PARAMS, fingerprintOf, keyIdOf } from './signing';

/**
 * Opens what a team serves: a signed envelope (design.md, Contracts) or a plain bundle. The
 * signature is checked over the payload's bytes before they are read as JSON, so a changed byte is
 * reported as a bad signature rather than as whatever the change broke.
 */

export const MESSAGES = {
  mismatch:
    "the signature does not match the team's public key: the bundle was changed after signing, or signed with another key",
  noKey:
    "this bundle is signed, but no team public key is set to check it: add the team's public key (PEM) and try again",
  unsigned:
    "this bundle is not signed, but a signed bundle is required: ask the manager to publish it signed with the team's key",
  notP256: "the team's public key is not an ECDSA P-256 public key",
} as const;

/** How a refusal for a bundle signed by a key other than the team's starts (apply.ts files it apart). */
export const KEY_CHANGED = 'this bundle is signed with another key';

export interface OpenOptions {
  /**
   * Refuse a plain (unsigned) bundle. Defaults to true when a public key is given, so a bundle
   * cannot skip the check by dropping its signature; pass false to accept both.
   */
  requireSignature?: boolean;
}

export type OpenResult =
  | {
      ok: true;
      bundle: IcpBundle;
      /** True when the bundle came in an envelope whose signature verified. */
      signed: boolean;
      /** When signed: keyIdOf the public key that verified it (not the envelope's unchecked label). */
      keyId?: string;
    }
  | { ok: false; errors: IssueLine[] };

/** Fields checked for type only; base64url problems get their own messages below. */
const envelopeShape = z.object({
  payload: z.string().min(1),
  signature: z.string().min(1),
  keyId: z.string().min(1).optional(),
});

/** An object with a payload or a signature is taken as an envelope (a bundle has neither). */
export function isEnvelope(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && !Array.isArray(json) && ('payload' in json || 'signature' in json)
  );
}

/** 64 bytes as base64url without padding. */
const SIGNATURE_CHARS = Math.ceil((SIGNATURE_BYTES * 4) / 3);

const fail = (path: string, message: string): OpenResult => ({ ok: false, errors: [{ path, message }] });

/** The signer's public key that an envelope carries next to its signature, read and fingerprinted. */
export type OfferedKey =
  { ok: true; key: CryptoKey; pem: string; keyId: string; fingerprint: string } | { ok: false; errors: IssueLine[] };

/**
 * The public key an envelope offers (its optional `publicKey`, PEM SPKI), or undefined when it
 * offers none. The field is not covered by the signature: it only says which key to verify with
 * before the rep has one, and the rep confirms its key id with their manager before trusting it.
 */
export async function offeredKey(json: unknown): Promise<OfferedKey | undefined> {
  if (!isEnvelope(json)) return undefined;
  const text = (json as { publicKey?: unknown }).publicKey;
  if (text === undefined) return undefined;
  const unusable = (reason: string): OfferedKey => ({
    ok: false,
    errors: [{ path: '$.publicKey', message: `the public key in the envelope cannot be used: ${reason}` }],
  });
  if (typeof text !== 'string') return unusable(`expected PEM text, got ${text === null ? 'null' : typeof text}`);
  try {
    const key = await importPublicPem(text);
    const fingerprint = await fingerprintOf(key);
    return { ok: true, key, pem: (await exportPublicPem(key)).trim(), keyId: fingerprint.slice(0, 16), fingerprint };
  } catch (error) {
    return unusable(error instanceof Error ? error.message : String(error));
  }
}

/**
 * When the team's key does not verify the signature: does the key the envelope offers? Then the
 * bundle is intact but signed by someone else, which deserves its own words (a new team key, or
 * an impostor) rather than "changed after signing".
 */
async function otherSigner(
  json: unknown,
  keyId: string | undefined,
  signature: Uint8Array<ArrayBuffer>,
  payload: Uint8Array<ArrayBuffer>,
): Promise<string | undefined> {
  const offered = await offeredKey(json);
  if (!offered?.ok || offered.keyId === keyId) return undefined;
  if (!(await crypto.subtle.verify(SIGNATURE_PARAMS, offered.key, signature, payload))) return undefined;
  const team = keyId === undefined ? "the team's key" : `the team's key ${keyId}`;
  return (
    `${KEY_CHANGED}, key id ${offered.keyId}, not ${team} in use: the team's key may have changed, ` +
    'or someone else signed it; ask your manager before trusting another key'
  );
}

function isP256Public(key: CryptoKey): boolean {
  const algorithm = key.algorithm as Partial<EcKeyAlgorithm>;
  return key.type === 'public' && algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256';
}

function signatureLengthMessage(chars: number, bytes: Uint8Array | undefined): string {
  const looksDer = bytes !== undefined && bytes[0] === 0x30 && bytes.length >= 8 && bytes.length <= 72;
  const hint = looksDer
    ? ': this looks like a DER signature (the OpenSSL default); sign with dsaEncoding "ieee-p1363" or WebCrypto'
    : ': it was cut or has extra characters';
  return (
    `expected a ${SIGNATURE_BYTES}-byte ECDSA P-256 signature (r||s, IEEE P1363: ${SIGNATURE_CHARS} base64url ` +
    `characters), got ${chars} characters${hint}`
  );
}

function readBundle(bytes: Uint8Array): { ok: true; json: unknown } | { ok: false; errors: IssueLine[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [{ path: '$.payload', message: 'the payload is not UTF-8 text' }] };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '$.payload', message: `the payload is not JSON: ${(error as Error).message}` }],
    };
  }
}

/**
 * Checks and opens a served bundle. Envelope errors carry envelope paths ($.payload, $.signature);
 * a payload that is not a valid bundle reports the bundle's own paths ($.icps[0].id), as
 * `icp-lens validate` would for the plain file.
 */
export async function openEnvelope(
  json: unknown,
  publicKey: CryptoKey | null,
  opts: OpenOptions = {},
): Promise<OpenResult> {
  const requireSignature = opts.requireSignature ?? publicKey !== null;
  if (!isEnvelope(json)) {
    if (requireSignature) return fail('$', MESSAGES.unsigned);
    const parsed = parseBundle(json);
    return parsed.ok ? { ok: true, bundle: parsed.value, signed: false } : parsed;
  }

  const shape = envelopeShape.safeParse(json, { reportInput: true });
  if (!shape.success) return { ok: false, errors: formatIssues(shape.error) };
  const envelope = shape.data;

  const payload = decodeBase64url(envelope.payload);
  if (!payload.ok) return fail('$.payload', `the payload is not base64url: ${payload.reason}`);
  const signature = decodeBase64url(envelope.signature);
  // By length first: a cut signature rarely ends on a byte boundary, and "not canonical" would hide why.
  const chars = envelope.signature.replace(/=+$/, '').length;
  if (
    signature.ok
      ? signature.bytes.length !== SIGNATURE_BYTES
      : signature.code !== 'character' && chars !== SIGNATURE_CHARS
  ) {
    return fail('$.signature', signatureLengthMessage(chars, signature.ok ? signature.bytes : undefined));
  }
  if (!signature.ok) return fail('$.signature', `the signature is not base64url: ${signature.reason}`);

  if (publicKey === null) return fail('$.signature', MESSAGES.noKey);
  if (!isP256Public(publicKey)) return fail('$', MESSAGES.notP256);
  const valid = await crypto.subtle.verify(SIGNATURE_PARAMS, publicKey, signature.bytes, payload.bytes);
  // A public key imported as non-extractable has no SPKI to fingerprint: verify still works.
  const keyId = await keyIdOf(publicKey).catch(() => undefined);
  if (!valid) {
    const other = await otherSigner(json, keyId, signature.bytes, payload.bytes);
    if (other !== undefined) return fail('$.publicKey', other);
    const named =
      envelope.keyId !== undefined && keyId !== undefined && envelope.keyId !== keyId
        ? ` (the envelope names key "${envelope.keyId}"; the team's key is "${keyId}")`
        : '';
    return fail('$.signature', `${MESSAGES.mismatch}${named}`);
  }

  const read = readBundle(payload.bytes);
  if (!read.ok) return read;
  const parsed = parseBundle(read.json);
  if (!parsed.ok) return parsed;
  return keyId === undefined
    ? { ok: true, bundle: parsed.value, signed: true }
    : { ok: true, bundle: parsed.value, signed: true, keyId };
}
