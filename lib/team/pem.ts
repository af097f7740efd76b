import { decodeBase64, encodeBase64 } from './base64';

/**
 * The team's public key as PEM SPKI text ("-----BEGIN PUBLIC KEY-----"), the form a manager
 * hands to the team and IT pastes into policy; WebCrypto, Node and OpenSSL all read it.
 */

/** Bad key material (PEM or JWK): the message says what was found and what is expected. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

const LABEL = 'PUBLIC KEY';
const ARMOR = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)(?:-----END ([A-Z0-9 ]+)-----|$)/g;
export const P256_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

const OID = {
  ecPublicKey: [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01],
  p256: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
  rsa: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
  ed25519: [0x06, 0x03, 0x2b, 0x65, 0x70],
};

const EXPECTED = `paste the team's public key, the text from "-----BEGIN ${LABEL}-----" to "-----END ${LABEL}-----"`;

/** A PEM SPKI block with 64-character lines and a final newline. */
export async function exportPublicPem(key: CryptoKey): Promise<string> {
  if (key.type !== 'public') throw new KeyFormatError('exportPublicPem needs the public key, not the private one');
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', key));
  const lines = encodeBase64(spki).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${LABEL}-----\n${lines.join('\n')}\n-----END ${LABEL}-----\n`;
}

function wrongBlock(label: string): string {
  if (label.includes('PRIVATE')) {
    return `this is a private key ("${label}"): keep it secret and ${EXPECTED}`;
  }
  if (label.includes('CERTIFICATE')) return `this is a certificate ("${label}"), not a public key: ${EXPECTED}`;
  if (label === 'RSA PUBLIC KEY') return 'this is an RSA key; ICP Lens needs an ECDSA P-256 public key';
  return `this is a "${label}" block, not a public key: ${EXPECTED}`;
}

/** The SPKI bytes inside PEM text; whitespace, CRLF and text around the block are tolerated. */
export function pemToSpki(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string' || text.trim() === '') throw new KeyFormatError(`the public key is empty: ${EXPECTED}`);
  const blocks = [...text.matchAll(ARMOR)];
  const keys = blocks.filter((b) => b[1] === LABEL);
  if (keys.length === 0) {
    if (blocks.length > 0) throw new KeyFormatError(wrongBlock(blocks[0][1]));
    throw new KeyFormatError(`this is not a PEM public key (no "-----BEGIN ${LABEL}-----" line): ${EXPECTED}`);
  }
  if (keys.length > 1) throw new KeyFormatError(`this text holds ${keys.length} public keys: paste only one`);
  const [, , body, end] = keys[0];
  if (end === undefined) {
    throw new KeyFormatError(`the public key is cut off: the "-----END ${LABEL}-----" line is missing`);
  }
  if (end !== LABEL) throw new KeyFormatError(`the public key ends with "-----END ${end}-----" instead of "${LABEL}"`);
  const decoded = decodeBase64(body.replace(/\s+/g, ''));
  if (!decoded.ok) throw new KeyFormatError(`the public key's text is damaged: ${decoded.reason}`);
  if (decoded.bytes.length === 0) throw new KeyFormatError(`the public key is empty: ${EXPECTED}`);
  return decoded.bytes;
}

/** Where `needle` starts among the first bytes of an SPKI (its algorithm identifier), or -1. */
function find(bytes: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= Math.min(bytes.length, 64); i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const contains = (bytes: Uint8Array, needle: readonly number[]) => find(bytes, needle) !== -1;

/** An EC key names its curve by the OID right after id-ecPublicKey; a cut one names none. */
function namesOtherCurve(spki: Uint8Array): boolean {
  const at = find(spki, OID.ecPublicKey);
  if (at === -1) return false;
  const curve = at + OID.ecPublicKey.length;
  const complete = spki[curve] === 0x06 && curve + 2 + spki[curve + 1] <= spki.length;
  return complete && !contains(spki, OID.p256);
}

/** Names the kind of key for a clear refusal (the algorithm OIDs sit at the start of an SPKI). */
function describeOtherKey(spki: Uint8Array): string | undefined {
  if (contains(spki, OID.rsa)) return 'this is an RSA key; ICP Lens needs an ECDSA P-256 public key';
  if (contains(spki, OID.ed25519)) return 'this is an Ed25519 key; ICP Lens needs an ECDSA P-256 public key';
  if (namesOtherCurve(spki)) {
    return 'this is an elliptic-curve key on another curve; ICP Lens needs a P-256 (prime256v1) key';
  }
  return undefined;
}

/** An SPKI public key for ECDSA P-256 verification (extractable, so its key id can be computed). */
export async function importSpki(spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const other = describeOtherKey(spki);
  if (other) throw new KeyFormatError(other);
  try {
    return await crypto.subtle.importKey('spki', spki, P256_ALGORITHM, true, ['verify']);
  } catch {
    throw new KeyFormatError('the public key is damaged: its bytes are not an ECDSA P-256 public key');
  }
}

/** Reads the team's PEM public key; throws KeyFormatError with a message a manager can act on. */
export async function importPublicPem(text: string): Promise<CryptoKey> {
  return importSpki(pemToSpki(text));
}
