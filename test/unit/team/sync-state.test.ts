import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTeamStatus, readTeamSubscription } from '../../../lib/team/sync-state';

const PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8').trim();
const BUNDLE: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/bundle.json', 'utf8'));
const AT = '2026-06-30T09:00:05.000Z';

describe('readTeamSubscription', () => {
  it('reads a stored subscription', () => {
    expect(readTeamSubscription({ url: 'https://icp.acme.example/b.json', publicKey: PEM })).toEqual({
      value: { url: 'https://icp.acme.example/b.json', publicKey: PEM },
    });
  });

  it.each([null, undefined])('reads %s as not subscribed, without a problem', (raw) => {
    expect(readTeamSubscription(raw)).toEqual({});
  });

  it.each([
    ['a string', 'https://icp.acme.example/b.json', '$'],
    ['a URL that is not a web address', { url: 'javascript:alert(1)' }, '$.url'],
    ['a key that is not PEM', { url: 'https://icp.acme.example/b.json', publicKey: 'ssh-ed25519 AAAA' }, '$.publicKey'],
    ['a list', [1, 2], '$'],
  ])('reads %s as not subscribed, and says so', (_name, raw, path) => {
    const read = readTeamSubscription(raw);
    expect(read.value).toBeUndefined();
    expect(read.problem).toMatch(/^The saved team subscription could not be read \(/);
    expect(read.problem).toContain(`${path}:`);
    expect(read.problem).toMatch(/subscribe again below\.$/);
  });
});

describe('readTeamStatus', () => {
  const status = {
    source: 'https://icp.acme.example/b.json',
    etag: '"v1"',
    bundle: BUNDLE,
    signed: true,
    checkedAt: AT,
    failure: { code: 'http', message: 'The team bundle at icp.acme.example answered HTTP 500.', at: AT },
  };

  it('reads a key waiting for confirmation back as it was stored', () => {
    const pending = {
      publicKey: PEM,
      keyId: 'c4ce97bc5c3827fd',
      fingerprint: 'c4ce97bc5c3827fd'.repeat(4),
      bundle: { id: 'signing-fixture-team', name: 'Signing fixture team', version: 1 },
      at: AT,
    };
    expect(readTeamStatus({ source: status.source, checkedAt: AT, pending })).toEqual({
      value: { source: status.source, checkedAt: AT, pending },
    });
  });

  it('reads a stored status with its last good bundle parsed', () => {
    const read = readTeamStatus(status);
    expect(read.problem).toBeUndefined();
    expect(read.value?.bundle?.id).toBe('signing-fixture-team');
    expect(read.value?.failure?.code).toBe('http');
  });

  it('drops a damaged last good bundle but keeps the rest, and says so', () => {
    const read = readTeamStatus({ ...status, bundle: { ...(BUNDLE as object), icps: 'none' } });
    expect(read.value).toMatchObject({ source: status.source, etag: '"v1"' });
    expect(read.value?.bundle).toBeUndefined();
    expect(read.problem).toMatch(
      /^The saved team bundle could not be read \(\$\.icps: .*the next check fetches it again\.$/,
    );
  });

  it.each([
    ['not an object', 42],
    ['no source', { etag: '"v1"' }],
    ['a failure without time', { source: 'x', failure: { code: 'http', message: 'down' } }],
    ['a time that is not a time', { source: 'x', checkedAt: 'yesterday' }],
    [
      'a key waiting for confirmation that is not a PEM key',
      {
        source: 'x',
        pending: {
          publicKey: 'ssh-ed25519 AAAA',
          keyId: 'c4ce97bc5c3827fd',
          fingerprint: 'c4ce97bc5c3827fd'.repeat(4),
          bundle: { id: 'b', name: 'B', version: 1 },
          at: AT,
        },
      },
    ],
  ])('reads a status with %s as never checked', (_name, raw) => {
    const read = readTeamStatus(raw);
    expect(read.value).toBeUndefined();
    expect(read.problem).toMatch(/^The saved team sync status could not be read .*it will be checked again\.$/);
  });
});
