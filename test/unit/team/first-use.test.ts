import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IcpBundle } from '../../../lib/icp/schema-bundle';
import { decideTeamBundle } from '../../../lib/team/apply';
import { KEY_CHANGED, MESSAGES, offeredKey, openEnvelope } from '../../../lib/team/envelope';
import { exportPublicPem, importPublicPem } from '../../../lib/team/pem';
import {
  fingerprintOf,
  generateSigningKey,
  importKeyPairJwk,
  signBundle,
  type SigningKeyPair,
} from '../../../lib/team/signing';
import type { DecideContext } from '../../../lib/team/types';

/**
 * The key shown on first fetch: with no key set, a signed envelope that carries its public key is
 * verified with it and answered `confirm-key`; once a key is pinned, a bundle signed by another key
 * is refused with its own message.
 */

const PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8').trim();
const JWK: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8'));
const KEY_ID = 'c4ce97bc5c3827fd';
const V1 = JSON.parse(fs.readFileSync('test/fixtures/team/bundle.json', 'utf8')) as IcpBundle;
const bundle = (version: number): IcpBundle => ({ ...structuredClone(V1), version });

let team: SigningKeyPair;
let other: SigningKeyPair;
let otherPem: string;
let otherId: string;

beforeAll(async () => {
  team = await importKeyPairJwk(JWK);
  other = await generateSigningKey();
  otherPem = await exportPublicPem(other.publicKey);
  otherId = (await fingerprintOf(other.publicKey)).slice(0, 16);
});

/** A rep subscribed with the URL alone: no key, unsigned bundles accepted, a key may be confirmed. */
const firstUse: DecideContext = {
  publicKey: null,
  requireSignature: false,
  knownSchemaVersion: 1,
  trustOnFirstUse: true,
};
const withKey = <T extends object>(envelope: T, pem: string) => ({ ...envelope, publicKey: pem });
const signedByTeam = async (b: unknown) => withKey(await signBundle(b, team.privateKey, { keyId: KEY_ID }), PEM);

describe('no key set: the key a signed envelope carries', () => {
  it('is verified and offered for confirmation, with the bundle it would apply', async () => {
    const decision = await decideTeamBundle(await signedByTeam(bundle(1)), firstUse);
    expect(decision).toMatchObject({ kind: 'confirm-key', keyId: KEY_ID, publicKey: PEM, bundle: { version: 1 } });
    if (decision.kind !== 'confirm-key') return;
    expect(decision.fingerprint).toMatch(/^c4ce97bc5c3827fd[0-9a-f]{48}$/);
  });

  it('is offered with the key in canonical PEM, whatever line breaks the envelope used', async () => {
    const crlf = PEM.replace(/\n/g, '\r\n');
    const decision = await decideTeamBundle(withKey(await signBundle(bundle(1), team.privateKey), crlf), firstUse);
    expect(decision).toMatchObject({ kind: 'confirm-key', publicKey: PEM });
  });

  it('is refused when it does not verify the signature (the envelope was changed)', async () => {
    const envelope = withKey(await signBundle(bundle(1), other.privateKey), PEM);
    const decision = await decideTeamBundle(envelope, firstUse);
    expect(decision).toMatchObject({ kind: 'refused', code: 'signature' });
    if (decision.kind === 'refused') expect(decision.message).toContain(MESSAGES.mismatch);
  });

  it('is refused when it is not a usable public key, saying where', async () => {
    const envelope = withKey(await signBundle(bundle(1), team.privateKey), 'not a key');
    expect(await decideTeamBundle(envelope, firstUse)).toMatchObject({
      kind: 'refused',
      code: 'signature',
      message: expect.stringMatching(/^the signature check failed: \$\.publicKey: the public key in the envelope/),
    });
    const number = { ...(await signBundle(bundle(1), team.privateKey)), publicKey: 42 };
    expect(await offeredKey(number)).toEqual({
      ok: false,
      errors: [
        {
          path: '$.publicKey',
          message: 'the public key in the envelope cannot be used: expected PEM text, got number',
        },
      ],
    });
  });

  it('still refuses an older version or a newer schema before asking anything', async () => {
    const current = bundle(3);
    expect(await decideTeamBundle(await signedByTeam(bundle(2)), { ...firstUse, current })).toMatchObject({
      kind: 'refused',
      code: 'older',
    });
    expect(await decideTeamBundle(await signedByTeam({ ...bundle(4), schemaVersion: 2 }), firstUse)).toMatchObject({
      kind: 'refused',
      code: 'schema',
    });
  });

  it('is offered even for the version in use (an unsigned copy of it was accepted before)', async () => {
    const decision = await decideTeamBundle(await signedByTeam(bundle(3)), { ...firstUse, current: bundle(3) });
    expect(decision).toMatchObject({ kind: 'confirm-key', keyId: KEY_ID });
  });

  it('is not offered under a policy lock (nowhere to pin it): no key set means the signed bundle is refused', async () => {
    const locked = { ...firstUse, trustOnFirstUse: false };
    expect(await decideTeamBundle(await signedByTeam(bundle(1)), locked)).toMatchObject({
      kind: 'refused',
      code: 'signature',
      message: `the signature check failed: $.signature: ${MESSAGES.noKey}`,
    });
  });
});

describe('no key set, nothing offered', () => {
  it('refuses a signed envelope without a public key: the rep must paste the key', async () => {
    const envelope = await signBundle(bundle(1), team.privateKey, { keyId: KEY_ID });
    expect(await decideTeamBundle(envelope, firstUse)).toMatchObject({
      kind: 'refused',
      code: 'signature',
      message: `the signature check failed: $.signature: ${MESSAGES.noKey}`,
    });
  });

  it('applies an unsigned bundle as before, marked unsigned', async () => {
    expect(await decideTeamBundle(bundle(1), firstUse)).toMatchObject({
      kind: 'apply',
      signed: false,
      bundle: { version: 1 },
    });
  });
});

describe('a key is pinned (confirmed by the rep, or set by policy)', () => {
  let pinned: DecideContext;
  beforeAll(async () => {
    pinned = { publicKey: await importPublicPem(PEM), requireSignature: true, knownSchemaVersion: 1 };
  });

  it('applies bundles signed with it, whether or not they carry it', async () => {
    expect(await decideTeamBundle(await signedByTeam(bundle(1)), pinned)).toMatchObject({
      kind: 'apply',
      signed: true,
      keyId: KEY_ID,
    });
    expect(
      await decideTeamBundle(await signBundle(bundle(1), team.privateKey), { ...pinned, trustOnFirstUse: true }),
    ).toMatchObject({ kind: 'apply', keyId: KEY_ID });
  });

  it('refuses a bundle signed by another key that it carries, naming both keys', async () => {
    const envelope = withKey(await signBundle(bundle(2), other.privateKey), otherPem);
    const decision = await decideTeamBundle(envelope, { ...pinned, current: bundle(1), trustOnFirstUse: true });
    expect(decision).toMatchObject({ kind: 'refused', code: 'key-changed' });
    if (decision.kind !== 'refused') return;
    expect(decision.message).toBe(
      `${KEY_CHANGED}, key id ${otherId}, not the team's key ${KEY_ID} in use: the team's key may have ` +
        'changed, or someone else signed it; ask your manager before trusting another key',
    );
  });

  it('keeps "changed after signing" when the carried key does not verify either', async () => {
    const tampered = withKey(await signBundle(bundle(2), other.privateKey), otherPem);
    tampered.payload = (await signBundle(bundle(3), other.privateKey)).payload;
    expect(await decideTeamBundle(tampered, pinned)).toMatchObject({ kind: 'refused', code: 'signature' });
  });

  it('ignores a carried key field that is not a key when the pinned key verifies', async () => {
    const envelope = { ...(await signBundle(bundle(1), team.privateKey)), publicKey: { not: 'a key' } };
    expect(await openEnvelope(envelope, pinned.publicKey)).toMatchObject({ ok: true, keyId: KEY_ID });
  });
});
