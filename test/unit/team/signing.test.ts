import nodeCrypto from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64url, encodeBase64, encodeBase64url } from '../../../lib/team/base64';
import { exportPublicPem, importPublicPem, KeyFormatError } from '../../../lib/team/pem';
import {
  exportPrivateJwk,
  generateSigningKey,
  importKeyPairJwk,
  importPrivateJwk,
  keyIdOf,
  SIGNATURE_BYTES,
  signBundle,
} from '../../../lib/team/signing';

const FIXTURES = 'test/fixtures/team';
const PEM = fs.readFileSync(`${FIXTURES}/team-public.pem`, 'utf8');
const JWK = JSON.parse(fs.readFileSync(`${FIXTURES}/team-private.jwk`, 'utf8'));
const BUNDLE = JSON.parse(fs.readFileSync(`${FIXTURES}/bundle.json`, 'utf8'));
const FIXTURE_KEY_ID = 'c4ce97bc5c3827fd';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

describe('base64 helpers', () => {
  it('encode like Buffer and decode back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual({ ok: true, bytes });
        expect(decodeBase64(encodeBase64(bytes))).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('tolerate base64url padding but refuse what no encoder writes, saying why', () => {
    expect(decodeBase64url('YWI=')).toEqual({ ok: true, bytes: new Uint8Array([97, 98]) });
    const reason = (text: string) => {
      const r = decodeBase64url(text);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason('a+b/')).toBe('character 2 ("+") is not base64url (base64url has no "+")');
    expect(reason('abcde')).toBe('no base64url text is 5 characters long: it was cut or has an extra character');
    expect(reason('YW=I')).toMatch(/padding in the wrong place/);
    expect(reason('YWI')).toBe('ok');
    expect(reason('YWJ')).toMatch(/not canonical/);
    expect(reason('YWé')).toMatch(/character 3 \("é"\) is not base64url/);
  });
});

describe('signing keys', () => {
  it('generates a P-256 pair whose private half survives a JWK round trip and still signs', async () => {
    const { privateKey, publicKey } = await generateSigningKey();
    expect(privateKey.type).toBe('private');
    expect(privateKey.extractable).toBe(true);
    expect(publicKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    const jwk = await exportPrivateJwk(privateKey);
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
    const again = await importPrivateJwk(JSON.parse(JSON.stringify(jwk)));
    const envelope = await signBundle(BUNDLE, again);
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      publicKey,
      bytesOf(envelope.signature),
      bytesOf(envelope.payload),
    );
    expect(ok).toBe(true);
    expect(bytesOf(envelope.signature)).toHaveLength(SIGNATURE_BYTES);
    expect(envelope).not.toHaveProperty('keyId');
  });

  it('reads the stored JWK with its public half, and refuses a wrong one with a reason', async () => {
    const pair = await importKeyPairJwk(JWK);
    expect(await keyIdOf(pair.publicKey)).toBe(FIXTURE_KEY_ID);
    const other = await exportPrivateJwk((await generateSigningKey()).privateKey);
    const cases: [unknown, RegExp][] = [
      ['not a key', /not a JWK/],
      [{ ...JWK, kty: 'RSA' }, /must be an EC key \(kty "EC"\), got kty "RSA"/],
      [{ ...JWK, crv: 'P-384' }, /must be on curve P-256, got crv "P-384"/],
      [{ kty: 'EC', crv: 'P-256', x: JWK.x, y: JWK.y }, /is a public key \(it has no "d"\)/],
      [{ ...JWK, d: 'short' }, /"d" is not a 32-byte base64url number/],
      // Node refuses a d that does not fit x, y on import; other runtimes meet the probe signature.
      [{ ...JWK, d: other.d }, /^the private key is damaged/],
      [{ ...JWK, y: other.y }, /damaged/],
    ];
    for (const [jwk, message] of cases) {
      await expect(importPrivateJwk(jwk)).rejects.toThrow(KeyFormatError);
      await expect(importPrivateJwk(jwk)).rejects.toThrow(message);
    }
  });
});

describe('PEM public keys', () => {
  it('exports SPKI PEM with 64-character lines that Node and OpenSSL read', async () => {
    const { publicKey } = await generateSigningKey();
    const pem = await exportPublicPem(publicKey);
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(lines.slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    const node = nodeCrypto.createPublicKey(pem);
    expect(node.asymmetricKeyType).toBe('ec');
    expect(node.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(await exportPublicPem(await importPublicPem(pem))).toBe(pem);
  });

  it('key id: 16 hex of SHA-256 over the SPKI bytes, the same after a PEM round trip', async () => {
    const key = await importPublicPem(PEM);
    const der = nodeCrypto.createPublicKey(PEM).export({ type: 'spki', format: 'der' });
    const expected = nodeCrypto.createHash('sha256').update(der).digest('hex').slice(0, 16);
    expect(await keyIdOf(key)).toBe(expected);
    expect(expected).toBe(FIXTURE_KEY_ID);
  });

  it('accepts CRLF, indentation, extra spaces, text around the block and a one-line paste', async () => {
    const body = PEM.trim().split('\n');
    const variants = [
      PEM.replace(/\n/g, '\r\n'),
      body.map((l) => `   ${l}  \t`).join('\r\n\r\n'),
      `Team key for ICP Lens:\n\n${PEM}\nThanks, Sales Ops`,
      body.join(' '),
      body
        .slice(1, -1)
        .join('')
        .replace(/(.{10})/g, '$1 '),
    ];
    variants[4] = `${body[0]}\n${variants[4]}\n${body.at(-1)}`;
    for (const text of variants) expect(await keyIdOf(await importPublicPem(text))).toBe(FIXTURE_KEY_ID);
  });

  it('refuses garbage with a message that says what was pasted', async () => {
    const ec = (namedCurve: string) =>
      nodeCrypto.generateKeyPairSync('ec', { namedCurve }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const rsa = nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
    const ed = nodeCrypto.generateKeyPairSync('ed25519');
    const privatePem = nodeCrypto
      .createPrivateKey({ key: JWK, format: 'jwk' })
      .export({ type: 'pkcs8', format: 'pem' });
    const body = PEM.trim().split('\n');
    const cases: [string, RegExp][] = [
      ['', /^the public key is empty: paste the team's public key/],
      ['hello world', /^this is not a PEM public key \(no "-----BEGIN PUBLIC KEY-----" line\)/],
      [privatePem as string, /^this is a private key \("PRIVATE KEY"\): keep it secret/],
      ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', /^this is a certificate/],
      [rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string, /^this is an RSA key/],
      [rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }) as string, /^this is an RSA key/],
      [ed.publicKey.export({ type: 'spki', format: 'pem' }) as string, /^this is an Ed25519 key/],
      [ec('secp384r1'), /another curve; ICP Lens needs a P-256/],
      [`${body[0]}\n${body[1]}\n`, /cut off: the "-----END PUBLIC KEY-----" line is missing/],
      [`${body[0]}\n${body[1].slice(0, 30)}\n${body.at(-1)}`, /^the public key is damaged/],
      [`${body[0]}\n${body[1]}!\n${body.at(-1)}`, /^the public key's text is damaged: character 65 \("!"\)/],
      [`${PEM}${PEM}`, /holds 2 public keys/],
    ];
    for (const [text, message] of cases) {
      await expect(importPublicPem(text), text).rejects.toThrow(message);
    }
  });
});

describe('interop with other signers', () => {
  it("a WebCrypto (P1363) signature verifies in Node's crypto.verify with the PEM", async () => {
    const privateKey = await importPrivateJwk(JWK);
    const envelope = await signBundle(BUNDLE, privateKey);
    const payload = Buffer.from(envelope.payload, 'base64url');
    const signature = Buffer.from(envelope.signature, 'base64url');
    expect(nodeCrypto.verify('sha256', payload, { key: PEM, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    expect(JSON.parse(payload.toString('utf8'))).toEqual(BUNDLE);
    payload[10] ^= 1;
    expect(nodeCrypto.verify('sha256', payload, { key: PEM, dsaEncoding: 'ieee-p1363' }, signature)).toBe(false);
  });
});
