import fs from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IcpBundle } from '../../../lib/icp/schema-bundle';
import { pollTeam, type PollOutcome } from '../../../lib/team/poll';
import { effectiveTeamSettings, readPolicy } from '../../../lib/team/policy';
import { exportPublicPem } from '../../../lib/team/pem';
import { generateSigningKey, importKeyPairJwk, signBundle, type SigningKeyPair } from '../../../lib/team/signing';
import { readTeamStatus, type TeamStatus } from '../../../lib/team/sync-state';
import { bundleServer } from './bundle-server';

/**
 * Subscribing with the URL alone, through pollTeam against a real Node http server on 127.0.0.1:
 * the first signed bundle waits for the rep to trust its key, the status that says so survives a
 * round trip through storage, and trusting pins the key for every later bundle.
 */

const PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8').trim();
const JWK: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8'));
const KEY_ID = 'c4ce97bc5c3827fd';
const V1 = JSON.parse(fs.readFileSync('test/fixtures/team/bundle.json', 'utf8')) as IcpBundle;
const NOW = Date.parse('2026-06-30T09:00:05Z');
const now = () => NOW;
const at = new Date(NOW).toISOString();
const bundle = (version: number): IcpBundle => ({ ...structuredClone(V1), version });

let team: SigningKeyPair;
let other: SigningKeyPair;
/** Signed as `icp-lens sign` and the options page publish: key id and public key in the envelope. */
const publish = async (b: unknown, keys = team) => {
  const publicKey = await exportPublicPem(keys.publicKey);
  return JSON.stringify(await signBundle(b, keys.privateKey, { publicKey }));
};

const server = bundleServer();

beforeAll(async () => {
  team = await importKeyPairJwk(JWK);
  other = await generateSigningKey();
});
beforeEach(async () => {
  server.status = 200;
  server.etag = '"v1"';
  server.body = await publish(bundle(1));
  server.requests = [];
});

const settings = (user: { url?: string; publicKey?: string } = { url: server.url }, managed?: unknown) =>
  effectiveTeamSettings(readPolicy(managed), user);
const statusOf = (poll: PollOutcome): TeamStatus => {
  if (poll.kind === 'idle') throw new Error('idle');
  return poll.status;
};
/** What the background stores and the next worker reads back. */
const stored = (status: TeamStatus): TeamStatus | undefined => readTeamStatus(JSON.parse(JSON.stringify(status))).value;

describe('subscribing with the URL alone', () => {
  it('first fetch: the key waits for the rep, nothing is applied, and the status survives storage', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    expect(first.kind).toBe('pending');
    if (first.kind !== 'pending') return;
    expect(first.pending).toEqual({
      publicKey: PEM,
      keyId: KEY_ID,
      fingerprint: expect.stringMatching(/^c4ce97bc5c3827fd[0-9a-f]{48}$/),
      bundle: { id: V1.id, name: V1.name, version: 1 },
      at,
    });
    expect(first.status).toEqual({ source: server.url, checkedAt: at, pending: first.pending });
    expect(stored(first.status)).toEqual(first.status);
  });

  it('a later check before confirmation applies nothing and fetches the whole bundle again', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    server.body = await publish(bundle(2));
    server.etag = '"v2"';
    const again = await pollTeam(settings(), stored(statusOf(first)), { now });
    expect(again).toMatchObject({ kind: 'pending', pending: { keyId: KEY_ID, bundle: { version: 2 } } });
    expect(statusOf(again).bundle).toBeUndefined();
    expect(statusOf(again).etag).toBeUndefined();
    expect(server.requests).toEqual(['', '']);
  });

  it('a failed fetch keeps the key waiting, with the failure beside it', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    server.status = 500;
    const down = await pollTeam(settings(), statusOf(first), { now });
    expect(down).toMatchObject({ kind: 'failed', failure: { code: 'http' } });
    expect(statusOf(down).pending?.keyId).toBe(KEY_ID);
  });

  it('trusting pins the key into the subscription: the bundle is fetched again and applied', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    const pending = statusOf(first).pending!;
    const confirmed = settings({ url: server.url, publicKey: pending.publicKey });
    expect(confirmed).toMatchObject({ publicKey: PEM, requireSignature: true });
    const applied = await pollTeam(confirmed, stored(statusOf(first)), { now });
    expect(applied).toMatchObject({ kind: 'applied', bundle: { version: 1 } });
    expect(statusOf(applied)).toMatchObject({ publicKey: PEM, signed: true, keyId: KEY_ID, etag: '"v1"' });
    expect(statusOf(applied).pending).toBeUndefined();
    // From now on a 304 stands for the verified bundle.
    expect((await pollTeam(confirmed, statusOf(applied), { now })).kind).toBe('unchanged');
    expect(server.requests).toEqual(['', '', '"v1"']);
  });

  it('after trusting, a version signed by another key is refused with its own message; v1 stays', async () => {
    const confirmed = settings({ url: server.url, publicKey: PEM });
    const applied = await pollTeam(confirmed, undefined, { now });
    server.body = await publish(bundle(2), other);
    server.etag = '"v2"';
    const refused = await pollTeam(confirmed, statusOf(applied), { now });
    expect(refused).toMatchObject({ kind: 'failed', failure: { code: 'key-changed', at } });
    if (refused.kind !== 'failed') return;
    expect(refused.failure.message).toMatch(
      new RegExp(
        `^Team bundle refused: This bundle is signed with another key, key id [0-9a-f]{16}, not the team's key ${KEY_ID} in use`,
      ),
    );
    expect(refused.status).toMatchObject({ bundle: { version: 1 }, etag: '"v1"', publicKey: PEM });
    expect(refused.status.pending).toBeUndefined();
  });

  it('a key pasted instead (or a changed one) drops the waiting key', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    server.status = 500;
    const down = await pollTeam(settings({ url: server.url, publicKey: PEM }), statusOf(first), { now });
    expect(down.kind).toBe('failed');
    expect(statusOf(down).pending).toBeUndefined();
  });

  it('an unsigned bundle is applied as before, marked unsigned', async () => {
    server.body = JSON.stringify(bundle(1));
    const got = await pollTeam(settings(), undefined, { now });
    expect(got).toMatchObject({ kind: 'applied', status: { signed: false } });
  });

  it('a signed bundle without its public key is refused: the rep is told to paste the key', async () => {
    server.body = JSON.stringify(await signBundle(bundle(1), team.privateKey, { keyId: KEY_ID }));
    const got = await pollTeam(settings(), undefined, { now });
    expect(got).toMatchObject({ kind: 'failed', failure: { code: 'signature' } });
    if (got.kind === 'failed') expect(got.failure.message).toContain("add the team's public key (PEM)");
  });

  it('a subscription on unsigned bundles that turns signed asks for the key, keeping the version in use', async () => {
    server.body = JSON.stringify(bundle(1));
    const unsigned = await pollTeam(settings(), undefined, { now });
    server.body = await publish(bundle(2));
    server.etag = '"v2"';
    const asked = await pollTeam(settings(), statusOf(unsigned), { now });
    expect(asked).toMatchObject({ kind: 'pending', pending: { bundle: { version: 2 } } });
    expect(statusOf(asked)).toMatchObject({ bundle: { version: 1 }, signed: false, etag: '"v1"' });
  });
});

describe('policy', () => {
  it('a policy key wins: the bundle is verified with it and applied, no question asked', async () => {
    const got = await pollTeam(settings({ url: server.url }, { teamPublicKey: PEM }), undefined, { now });
    expect(got).toMatchObject({ kind: 'applied', status: { signed: true, keyId: KEY_ID } });
    expect(statusOf(got).pending).toBeUndefined();
  });

  it('a policy key refuses a bundle signed by another key, even one it carries', async () => {
    server.body = await publish(bundle(1), other);
    const got = await pollTeam(settings({}, { teamBundleUrl: server.url, teamPublicKey: PEM }), undefined, { now });
    expect(got).toMatchObject({ kind: 'failed', failure: { code: 'key-changed' } });
    expect(statusOf(got).pending).toBeUndefined();
  });

  it('a policy URL without a key asks the rep; a key they trust for that URL is used', async () => {
    const managed = { teamBundleUrl: server.url };
    const first = await pollTeam(settings({}, managed), undefined, { now });
    expect(first).toMatchObject({ kind: 'pending', pending: { keyId: KEY_ID } });
    const trusted = settings({ url: server.url, publicKey: PEM }, managed);
    expect(await pollTeam(trusted, statusOf(first), { now })).toMatchObject({ kind: 'applied' });
  });

  it('under lock there is nowhere to pin a key: the signed bundle is refused, as without this feature', async () => {
    const got = await pollTeam(settings({}, { teamBundleUrl: server.url, lock: true }), undefined, { now });
    expect(got).toMatchObject({ kind: 'failed', failure: { code: 'signature' } });
    expect(statusOf(got).pending).toBeUndefined();
  });
});
