import nodeCrypto from 'node:crypto';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../lib/icp/errors';
import { isEnvelope, MESSAGES, openEnvelope } from '../../../lib/team/envelope';
import { importPublicPem } from '../../../lib/team/pem';
import { generateSigningKey, importKeyPairJwk, keyIdOf, signBundle, signBytes } from '../../../lib/team/signing';

const FIXTURES = 'test/fixtures/team';
const PEM = fs.readFileSync(`${FIXTURES}/team-public.pem`, 'utf8');
const JWK = JSON.parse(fs.readFileSync(`${FIXTURES}/team-private.jwk`, 'utf8'));
const BUNDLE = JSON.parse(fs.readFileSync(`${FIXTURES}/bundle.json`, 'utf8'));
const SIGNED = JSON.parse(fs.readFileSync(`${FIXTURES}/bundle.signed.json`, 'utf8'));
const KEY_ID = 'c4ce97bc5c3827fd';
/** What openEnvelope hands back: the bundle as parseBundle returns it (defaults filled in). */
const PARSED = (parseBundle(BUNDLE) as { value: unknown }).value;

let privateKey: CryptoKey;
let publicKey: CryptoKey;
beforeAll(async () => {
  ({ privateKey, publicKey } = await importKeyPairJwk(JWK));
});

const payloadText = (envelope: { payload: string }) => Buffer.from(envelope.payload, 'base64url').toString('utf8');
const withPayload = (envelope: object, text: string) => ({
  ...envelope,
  payload: Buffer.from(text, 'utf8').toString('base64url'),
});
const errorsOf = async (json: unknown, key: CryptoKey | null, requireSignature?: boolean) => {
  const opened = await openEnvelope(json, key, requireSignature === undefined ? {} : { requireSignature });
  expect(opened.ok).toBe(false);
  return opened.ok ? [] : opened.errors;
};

describe('sign → open', () => {
  it('round trips: the bundle comes back parsed, signed, with the key id of the verifying key', async () => {
    const envelope = await signBundle(BUNDLE, privateKey, { keyId: KEY_ID });
    expect(Object.keys(envelope)).toEqual(['payload', 'signature', 'keyId']);
    expect(JSON.parse(payloadText(envelope))).toEqual(BUNDLE);
    const opened = await openEnvelope(JSON.parse(JSON.stringify(envelope)), await importPublicPem(PEM));
    expect(opened).toEqual({ ok: true, bundle: PARSED, signed: true, keyId: KEY_ID });
  });

  it('signs non-ASCII text as UTF-8', async () => {
    const bundle = { ...BUNDLE, name: 'Équipe DACH — Größe ✓' };
    const opened = await openEnvelope(await signBundle(bundle, privateKey), publicKey);
    expect(opened.ok && opened.bundle.name).toBe('Équipe DACH — Größe ✓');
  });

  it('verifies with a non-extractable public key too, then without a key id', async () => {
    const spki = nodeCrypto.createPublicKey(PEM).export({ type: 'spki', format: 'der' });
    const sealed = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
    expect(await openEnvelope(SIGNED, sealed)).toEqual({ ok: true, bundle: PARSED, signed: true });
  });

  it('opens the committed envelope with the committed PEM (the wire format has not drifted)', async () => {
    const opened = await openEnvelope(SIGNED, await importPublicPem(PEM));
    expect(opened).toMatchObject({ ok: true, signed: true, keyId: KEY_ID, bundle: { id: 'signing-fixture-team' } });
  });

  it("opens an envelope signed by Node's crypto.sign with ieee-p1363 (another signer)", async () => {
    const payload = Buffer.from(JSON.stringify({ ...BUNDLE, version: 7 }), 'utf8');
    const key = nodeCrypto.createPrivateKey({ key: JWK, format: 'jwk' });
    const signature = nodeCrypto.sign('sha256', payload, { key, dsaEncoding: 'ieee-p1363' });
    const envelope = { payload: payload.toString('base64url'), signature: signature.toString('base64url') };
    expect(await openEnvelope(envelope, publicKey)).toMatchObject({ ok: true, bundle: { version: 7 } });
    const der = nodeCrypto.sign('sha256', payload, key).toString('base64url');
    const [error] = await errorsOf({ ...envelope, signature: der }, publicKey);
    expect(error.path).toBe('$.signature');
    expect(error.message).toMatch(/^expected a 64-byte ECDSA P-256 signature \(r\|\|s, IEEE P1363: 86 base64url /);
    expect(error.message).toMatch(/got 9\d characters: this looks like a DER signature \(the OpenSSL default\)/);
  });
});

describe('refusals, each with its own message and path', () => {
  it('a payload with one byte changed, even one that leaves valid JSON', async () => {
    const envelope = await signBundle(BUNDLE, privateKey, { keyId: KEY_ID });
    const text = payloadText(envelope);
    expect(text).toContain('"version":1');
    for (const changed of [text.replace('"version":1', '"version":9'), text.replace('{', '[')]) {
      expect(await errorsOf(withPayload(envelope, changed), publicKey)).toEqual([
        { path: '$.signature', message: MESSAGES.mismatch },
      ]);
    }
    const bytes = Buffer.from(envelope.payload, 'base64url');
    bytes[bytes.length >> 1] ^= 0x01;
    const [error] = await errorsOf({ ...envelope, payload: bytes.toString('base64url') }, publicKey);
    expect(error.message).toBe(MESSAGES.mismatch);
  });

  it('a signature made with another key, naming both keys when the envelope says which it used', async () => {
    const other = await generateSigningKey();
    const otherId = await keyIdOf(other.publicKey);
    const envelope = await signBundle(BUNDLE, other.privateKey, { keyId: otherId });
    const [error] = await errorsOf(envelope, publicKey);
    expect(error).toEqual({
      path: '$.signature',
      message: `${MESSAGES.mismatch} (the envelope names key "${otherId}"; the team's key is "${KEY_ID}")`,
    });
    expect(MESSAGES.mismatch).toBe(
      "the signature does not match the team's public key: the bundle was changed after signing, or signed with another key",
    );
  });

  it('a truncated signature', async () => {
    const envelope = await signBundle(BUNDLE, privateKey);
    expect(envelope.signature).toHaveLength(86);
    for (const chars of [85, 84, 82, 43]) {
      expect(await errorsOf({ ...envelope, signature: envelope.signature.slice(0, chars) }, publicKey)).toEqual([
        {
          path: '$.signature',
          message: `expected a 64-byte ECDSA P-256 signature (r||s, IEEE P1363: 86 base64url characters), got ${chars} characters: it was cut or has extra characters`,
        },
      ]);
    }
    const padded = await errorsOf({ ...envelope, signature: `${envelope.signature}AA==` }, publicKey);
    expect(padded[0].message).toMatch(/got 88 characters: it was cut or has extra characters$/);
  });

  it('bad base64url in the payload or signature', async () => {
    const envelope = await signBundle(BUNDLE, privateKey);
    const [plus] = await errorsOf({ ...envelope, payload: `a+b/${envelope.payload}` }, publicKey);
    expect(plus).toEqual({
      path: '$.payload',
      message: 'the payload is not base64url: character 2 ("+") is not base64url (base64url has no "+")',
    });
    const [space] = await errorsOf({ ...envelope, signature: `${envelope.signature} ` }, publicKey);
    expect(space.path).toBe('$.signature');
    expect(space.message).toMatch(/^the signature is not base64url: character 87 \(" "\)/);
  });

  it('an envelope missing parts or with parts of the wrong type', async () => {
    expect(await errorsOf({ payload: 'eyJ9' }, publicKey)).toEqual([
      { path: '$.signature', message: 'missing: expected text' },
    ]);
    const errors = await errorsOf({ payload: 42, signature: 'abc', keyId: '' }, publicKey);
    expect(errors.map((e) => e.path)).toEqual(['$.payload', '$.keyId']);
  });

  it('a signed bundle with no public key to check it', async () => {
    const envelope = await signBundle(BUNDLE, privateKey);
    for (const requireSignature of [undefined, false, true]) {
      expect(await errorsOf(envelope, null, requireSignature)).toEqual([
        { path: '$.signature', message: MESSAGES.noKey },
      ]);
    }
  });

  it('a key that is not an ECDSA P-256 public key', async () => {
    const envelope = await signBundle(BUNDLE, privateKey);
    expect(await errorsOf(envelope, privateKey)).toEqual([{ path: '$', message: MESSAGES.notP256 }]);
  });

  it('a signed payload that is not JSON, or not UTF-8', async () => {
    const notJson = await signBytes(new TextEncoder().encode('version: 1'), privateKey);
    const [json] = await errorsOf(notJson, publicKey);
    expect(json.path).toBe('$.payload');
    expect(json.message).toMatch(/^the payload is not JSON: /);
    const latin1 = await signBytes(new Uint8Array([0x7b, 0xe9, 0x7d]), privateKey);
    expect(await errorsOf(latin1, publicKey)).toEqual([
      { path: '$.payload', message: 'the payload is not UTF-8 text' },
    ]);
  });

  it("a signed bundle with errors reports the bundle's own JSON paths", async () => {
    const broken = structuredClone(BUNDLE);
    broken.icps[0].criteria[1].points = 'sixty';
    broken.version = 0;
    const errors = await errorsOf(await signBundle(broken, privateKey), publicKey);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['$.version', '$.icps[0].criteria[1].points']));
  });

  it('a signed bundle of a newer format says to update ICP Lens', async () => {
    const errors = await errorsOf(await signBundle({ ...BUNDLE, schemaVersion: 2 }, privateKey), publicKey);
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('$.schemaVersion');
    expect(errors[0].message).toMatch(/Update ICP Lens/);
  });
});

describe('unsigned bundles', () => {
  it('are accepted when no signature is required', async () => {
    expect(await openEnvelope(BUNDLE, null)).toEqual({ ok: true, bundle: PARSED, signed: false });
    expect(await openEnvelope(BUNDLE, publicKey, { requireSignature: false })).toMatchObject({
      ok: true,
      signed: false,
    });
  });

  it('are refused when one is required, which is the default once a public key is set', async () => {
    const refusal = [{ path: '$', message: MESSAGES.unsigned }];
    expect(await errorsOf(BUNDLE, publicKey)).toEqual(refusal);
    expect(await errorsOf(BUNDLE, publicKey, true)).toEqual(refusal);
    expect(await errorsOf(BUNDLE, null, true)).toEqual(refusal);
  });

  it('still report their own errors when accepted unsigned', async () => {
    const errors = await errorsOf({ ...BUNDLE, version: 'two' }, null);
    expect(errors.map((e) => e.path)).toEqual(['$.version']);
  });

  it('are told from envelopes by their fields', () => {
    expect(isEnvelope(BUNDLE)).toBe(false);
    expect(isEnvelope(SIGNED)).toBe(true);
    expect(isEnvelope({ signature: 'x' })).toBe(true);
    expect(isEnvelope([{ payload: 'x' }])).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });
});
