import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IcpBundle } from '../../../lib/icp/schema-bundle';
import { pollDue, pollTeam } from '../../../lib/team/poll';
import { effectiveTeamSettings, readPolicy } from '../../../lib/team/policy';
import { importKeyPairJwk, signBundle } from '../../../lib/team/signing';
import { INLINE_SOURCE, type TeamStatus } from '../../../lib/team/sync-state';
import { bundleServer } from './bundle-server';

/** The poll flow against a real Node http server on 127.0.0.1 serving signed bundles with ETag. */

const PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8');
const JWK: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8'));
const V1 = JSON.parse(fs.readFileSync('test/fixtures/team/bundle.json', 'utf8')) as IcpBundle;
const NOW = Date.parse('2026-06-30T09:00:05Z');
const now = () => NOW;
const at = new Date(NOW).toISOString();

const bundle = (version: number, points = 40): IcpBundle => {
  const next = structuredClone({ ...V1, version });
  next.icps[0].criteria[0].points = points;
  return next;
};
const sign = async (b: unknown) => JSON.stringify(await signBundle(b, (await importKeyPairJwk(JWK)).privateKey));

const server = bundleServer();

beforeEach(async () => {
  server.status = 200;
  server.etag = '"v1"';
  server.body = await sign(bundle(1));
  server.requests = [];
});

const settings = (
  user: { url?: string; publicKey?: string } = { url: server.url, publicKey: PEM },
  managed?: unknown,
) => effectiveTeamSettings(readPolicy(managed), user);

describe('pollTeam', () => {
  it('does nothing when nothing is subscribed', async () => {
    expect(await pollTeam(settings({}), undefined, { now })).toEqual({ kind: 'idle' });
    expect(server.requests).toEqual([]);
  });

  it('applies the first bundle, then costs only a 304 while the ETag is unchanged', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    expect(first.kind).toBe('applied');
    if (first.kind !== 'applied') return;
    expect(first.bundle.version).toBe(1);
    expect(first.status).toMatchObject({
      source: server.url,
      etag: '"v1"',
      signed: true,
      checkedAt: at,
      appliedAt: at,
    });
    expect(first.status.keyId).toBe('c4ce97bc5c3827fd');
    expect(first.changes).toEqual(['Now using "Signing fixture team" version 1 (1 ICP)']);

    const again = await pollTeam(settings(), first.status, { now });
    expect(again).toEqual({ kind: 'unchanged', status: first.status });
    expect(server.requests).toEqual(['', '"v1"']);
  });

  it('applies a newer version and says what changed', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    server.body = await sign(bundle(2, 30));
    server.etag = '"v2"';
    const next = await pollTeam(settings(), first.kind === 'applied' ? first.status : undefined, { now });
    expect(next.kind).toBe('applied');
    if (next.kind === 'applied') {
      expect(next.status.etag).toBe('"v2"');
      expect(next.changes).toEqual([`"${V1.icps[0].criteria[0].label}" now 30 points (was 40)`]);
    }
  });

  it('keeps the last good bundle and ETag on a refusal, so the next check fetches again', async () => {
    server.body = await sign(bundle(2));
    server.etag = '"v2"';
    const first = await pollTeam(settings(), undefined, { now });
    const good = first.kind === 'applied' ? first.status : undefined;
    server.body = await sign(bundle(1));
    server.etag = '"v1"';
    const older = await pollTeam(settings(), good, { now });
    expect(older.kind).toBe('failed');
    if (older.kind !== 'failed') return;
    expect(older.failure).toEqual({
      code: 'older',
      message: expect.stringMatching(/^Team bundle refused: This is version 1 .* older than version 2 in use;/),
      at,
    });
    expect(older.status).toMatchObject({ etag: '"v2"', bundle: { version: 2 }, failure: older.failure });

    // Still serving the refused bundle: refused again, not hidden by a 304.
    expect((await pollTeam(settings(), older.status, { now })).kind).toBe('failed');
    // Fixed on the server: the failure is gone.
    server.body = await sign(bundle(2));
    server.etag = '"v2"';
    const fixed = await pollTeam(settings(), older.status, { now });
    expect(fixed.kind).toBe('unchanged');
    if (fixed.kind === 'unchanged') expect(fixed.status.failure).toBeUndefined();
  });

  it('records fetch failures with their time', async () => {
    server.status = 500;
    const got = await pollTeam(settings(), undefined, { now });
    expect(got).toMatchObject({ kind: 'failed', failure: { code: 'http', at } });
    if (got.kind === 'failed') expect(got.failure.message).toContain('answered HTTP 500');
  });

  it('refuses an unsigned bundle once a key is pinned, and a bad key with what to do', async () => {
    server.body = JSON.stringify(bundle(1));
    const unsigned = await pollTeam(settings(), undefined, { now });
    expect(unsigned).toMatchObject({ kind: 'failed', failure: { code: 'signature' } });

    const badKey = await pollTeam(
      settings({ url: server.url, publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }),
      undefined,
      { now },
    );
    expect(badKey).toMatchObject({ kind: 'failed', failure: { code: 'key' } });
    if (badKey.kind === 'failed')
      expect(badKey.failure.message).toMatch(/Paste the key your manager gave you again\.$/);
  });

  it('fetches again (no If-None-Match) when the pinned key changed', async () => {
    const first = await pollTeam(settings(), undefined, { now });
    const stored = { ...(first.kind === 'applied' ? first.status : ({} as TeamStatus)), publicKey: 'another key' };
    const again = await pollTeam(settings(), stored, { now });
    expect(again.kind).toBe('unchanged');
    expect(server.requests).toEqual(['', '']);
    if (again.kind === 'unchanged') expect(again.status.publicKey).toBe(PEM);
  });

  it('starts afresh for another source', async () => {
    const stored: TeamStatus = {
      source: 'https://other.example/b.json',
      etag: '"v1"',
      bundle: bundle(5),
      checkedAt: at,
    };
    const got = await pollTeam(settings(), stored, { now });
    expect(got.kind).toBe('applied'); // version 1 is not "older": the old source's bundle does not count
    expect(server.requests).toEqual(['']);
  });
});

describe('policy precedence in a poll', () => {
  it("polls the policy's URL, not the rep's, and checks with the policy's key", async () => {
    const managed = { teamBundleUrl: server.url, teamPublicKey: PEM };
    const s = settings({ url: 'https://rep.example/mine.json' }, managed);
    expect(s).toMatchObject({ url: server.url, requireSignature: true, managed: { url: true, publicKey: true } });
    const got = await pollTeam(s, undefined, { now });
    expect(got.kind).toBe('applied');
    expect(server.requests).toEqual(['']);
  });

  it('applies an inline policy bundle without a fetch, verified when the policy sets a key', async () => {
    const signedInline = JSON.parse(await sign(bundle(3))) as Record<string, unknown>;
    const got = await pollTeam(settings({}, { inlineBundle: signedInline, teamPublicKey: PEM }), undefined, { now });
    expect(got).toMatchObject({
      kind: 'applied',
      status: { source: INLINE_SOURCE, signed: true },
      bundle: { version: 3 },
    });

    const unsigned = await pollTeam(settings({}, { inlineBundle: bundle(3), teamPublicKey: PEM }), undefined, { now });
    expect(unsigned).toMatchObject({ kind: 'failed', failure: { code: 'signature' } });
    expect(server.requests).toEqual([]);
  });

  it("ignores the rep's subscription under lock", async () => {
    expect(await pollTeam(settings({ url: server.url }, { lock: true }), undefined, { now })).toEqual({ kind: 'idle' });
  });
});

describe('pollDue', () => {
  it('is due when never checked or when pollMinutes have passed', () => {
    expect(pollDue(undefined, 60, NOW)).toBe(true);
    expect(pollDue({ source: 'x', checkedAt: new Date(NOW - 59 * 60_000).toISOString() }, 60, NOW)).toBe(false);
    expect(pollDue({ source: 'x', checkedAt: new Date(NOW - 60 * 60_000).toISOString() }, 60, NOW)).toBe(true);
  });
});
