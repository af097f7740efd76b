import type { SignedEnvelope } from '../icp/schema-envelope';
import { encodeBase64url } from './base64';
import { KeyFormatError, P256_ALGORITHM } from './pem';

/**
 * The team's signing key (design.md, Contracts): ECDSA P-256 / SHA-256 through WebCrypto, so the
 * manager's browser, the CLI and tests sign the same way. Signatures are IEEE P1363 (r||s, 64
 * bytes), what WebCrypto produces; Node and OpenSSL verify them with dsaEncoding "ieee-p1363".
 */

export const SIGNATURE_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** r||s of P-256: two 32-byte integers. */
export const SIGNATURE_BYTES = 64;

export interface SigningKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** What the manager's browser stores: an EC P-256 private key as JWK (d with its public x, y). */
export interface PrivateJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  d: string;
}

/**
 * A new key pair. By default the private key is extractable so it can be kept as JWK
 * (exportPrivateJwk, the CLI); `extractable: false` keeps it inside the browser's key store
 * (lib/team/browser-key.ts). The public key is always exportable.
 */
export async function generateSigningKey(opts: { extractable?: boolean } = {}): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey(P256_ALGORITHM, opts.extractable ?? true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

export async function exportPrivateJwk(privateKey: CryptoKey): Promise<PrivateJwk> {
  if (privateKey.type !== 'private') throw new KeyFormatError('exportPrivateJwk needs the private key');
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const { kty, crv, x, y, d } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || !x || !y || !d) {
    throw new KeyFormatError('exportPrivateJwk needs an ECDSA P-256 private key');
  }
  return { kty, crv, x, y, d };
}

/** Checks a JWK's shape before WebCrypto sees it, so a wrong file gets a message, not "DataError". */
function checkPrivateJwk(jwk: unknown): PrivateJwk {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) {
    throw new KeyFormatError('the private key is not a JWK (a JSON object with "kty", "crv", "x", "y" and "d")');
  }
  const { kty, crv, x, y, d } = jwk as Record<string, unknown>;
  if (kty !== 'EC')
    throw new KeyFormatError(`the private key must be an EC key (kty "EC"), got kty ${JSON.stringify(kty)}`);
  if (crv !== 'P-256')
    throw new KeyFormatError(`the private key must be on curve P-256, got crv ${JSON.stringify(crv)}`);
  if (d === undefined) {
    throw new KeyFormatError('this JWK is a public key (it has no "d"): signing needs the private key');
  }
  for (const [name, value] of [
    ['x', x],
    ['y', y],
    ['d', d],
  ] as const) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
      throw new KeyFormatError(`the private key's "${name}" is not a 32-byte base64url number`);
    }
  }
  return { kty, crv, x: x as string, y: y as string, d: d as string };
}

/**
 * Both halves from a stored private JWK: the private key (extractable, for backup) and the public
 * key from its x, y. A probe signature proves d and x, y belong together, so a damaged file is
 * refused here rather than producing bundles nobody can verify.
 */
export async function importKeyPairJwk(jwk: unknown): Promise<SigningKeyPair> {
  const { kty, crv, x, y, d } = checkPrivateJwk(jwk);
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, P256_ALGORITHM, true, ['sign']);
    publicKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, P256_ALGORITHM, true, ['verify']);
  } catch {
    throw new KeyFormatError('the private key is damaged: its numbers are not a P-256 key');
  }
  const probe = new TextEncoder().encode('icp-lens key check');
  const signature = await crypto.subtle.sign(SIGNATURE_PARAMS, privateKey, probe);
  if (!(await crypto.subtle.verify(SIGNATURE_PARAMS, publicKey, signature, probe))) {
    throw new KeyFormatError('the private key is damaged: its "d" does not belong to its public "x" and "y"');
  }
  return { privateKey, publicKey };
}

export async function importPrivateJwk(jwk: unknown): Promise<CryptoKey> {
  return (await importKeyPairJwk(jwk)).privateKey;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The key's fingerprint: SHA-256 over its SPKI bytes, as 64 hex digits. */
export async function fingerprintOf(publicKey: CryptoKey): Promise<string> {
  if (publicKey.type !== 'public')
    throw new KeyFormatError('a key id or fingerprint needs the public key, not the private one');
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', spki)));
}

/** A short stable fingerprint: the first 16 hex digits of fingerprintOf. */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  return (await fingerprintOf(publicKey)).slice(0, 16);
}

/**
 * A signed envelope as ICP Lens writes it: the contract's fields plus, optionally, the signer's
 * public key (PEM SPKI), so a rep who subscribes with the URL alone can be shown the key id to
 * confirm with their manager. Readers that do not know the field ignore it.
 */
export type TeamEnvelope = SignedEnvelope & { publicKey?: string };

export interface SignOptions {
  /** Written as the envelope's keyId (e.g. keyIdOf(publicKey)); omitted when not given. */
  keyId?: string;
  /** The signer's public key as PEM, written as the envelope's publicKey; omitted when not given. */
  publicKey?: string;
}

/** Signs bytes as they are: the envelope carries exactly these bytes as its payload. */
export async function signBytes(
  payload: Uint8Array<ArrayBuffer>,
  privateKey: CryptoKey,
  opts: SignOptions = {},
): Promise<TeamEnvelope> {
  if (privateKey.type !== 'private') throw new KeyFormatError('signing needs the private key, not the public one');
  let signature: ArrayBuffer;
  try {
    signature = await crypto.subtle.sign(SIGNATURE_PARAMS, privateKey, payload);
  } catch {
    throw new KeyFormatError('signing needs an ECDSA P-256 private key that may sign');
  }
  const envelope: TeamEnvelope = {
    payload: encodeBase64url(payload),
    signature: encodeBase64url(new Uint8Array(signature)),
  };
  if (opts.keyId) envelope.keyId = opts.keyId;
  if (opts.publicKey) envelope.publicKey = opts.publicKey.trim();
  return envelope;
}

/**
 * A signed envelope of a bundle: its UTF-8 JSON bytes (compact JSON.stringify) signed as they are.
 * The bundle is not validated here; callers check it with parseBundle first.
 */
export async function signBundle(
  bundle: unknown,
  privateKey: CryptoKey,
  opts: SignOptions = {},
): Promise<TeamEnvelope> {
  const json = JSON.stringify(bundle);
  if (json === undefined) throw new TypeError('signBundle needs a JSON value');
  return signBytes(new TextEncoder().encode(json), privateKey, opts);
}
