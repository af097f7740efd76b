import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL_MINUTES, effectiveTeamSettings, readPolicy } from '../../../lib/team/policy';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n';
const USER = { url: 'https://rep.example/icp.json', publicKey: 'rep key', pollMinutes: 30 };

describe('readPolicy', () => {
  it('reads every key of the managed schema', () => {
    const policy = readPolicy({
      teamBundleUrl: ' https://icp.acme.example/bundle.json ',
      teamPublicKey: PEM,
      inlineBundle: { schemaVersion: 1 },
      lock: true,
      pollMinutes: 30,
    });
    expect(policy).toEqual({
      teamBundleUrl: 'https://icp.acme.example/bundle.json',
      teamPublicKey: PEM.trim(),
      inlineBundle: { schemaVersion: 1 },
      lock: true,
      pollMinutes: 30,
      errors: [],
    });
  });

  it.each([undefined, null, {}])('treats %j as no policy', (managed) => {
    expect(readPolicy(managed)).toEqual({ lock: false, errors: [] });
  });

  it('reports invalid entries without throwing and keeps the valid ones', () => {
    const policy = readPolicy({
      teamBundleUrl: 'ftp://icp.acme.example/bundle.json',
      teamPublicKey: 'ssh-ed25519 AAAA',
      inlineBundle: [1, 2],
      lock: 'true',
      pollMinutes: 30,
      teamBundleURL: 'https://typo.example',
    });
    expect(policy).toEqual({
      lock: false,
      pollMinutes: 30,
      errors: [
        'policy "teamBundleUrl" ignored: expected a web address starting with https://',
        'policy "teamPublicKey" ignored: expected a PEM public key ("-----BEGIN PUBLIC KEY----- ..."), got string "ssh-ed25519 AAAA"',
        'policy "inlineBundle" ignored: expected an object, got a list',
        'policy "lock" ignored: expected true or false, got string "true"',
        'policy "teamBundleURL" is not an ICP Lens setting; ignored',
      ],
    });
  });

  it('clamps pollMinutes to 5..1440 and says so; refuses a fraction', () => {
    expect(readPolicy({ pollMinutes: 1 })).toEqual({
      lock: false,
      pollMinutes: 5,
      errors: ['policy "pollMinutes" 1 is outside 5..1440; using 5'],
    });
    expect(readPolicy({ pollMinutes: 100000 }).pollMinutes).toBe(1440);
    expect(readPolicy({ pollMinutes: 7.5 })).toEqual({
      lock: false,
      errors: ['policy "pollMinutes" ignored: expected a whole number, got number 7.5'],
    });
  });

  it('treats blank text as not set and refuses a policy that is not an object', () => {
    expect(readPolicy({ teamBundleUrl: '  ', teamPublicKey: '' })).toEqual({ lock: false, errors: [] });
    expect(readPolicy('https://x.example')).toEqual({
      lock: false,
      errors: ['the managed policy is not an object; ignored'],
    });
  });
});

describe('effectiveTeamSettings', () => {
  it("uses the rep's settings when there is no policy", () => {
    expect(effectiveTeamSettings(readPolicy({}), USER)).toEqual({
      url: USER.url,
      publicKey: USER.publicKey,
      requireSignature: true,
      locked: false,
      pollMinutes: 30,
      managed: { url: false, publicKey: false, inlineBundle: false, pollMinutes: false, lock: false },
    });
    expect(effectiveTeamSettings(readPolicy({}), {})).toMatchObject({
      requireSignature: false,
      pollMinutes: DEFAULT_POLL_MINUTES,
    });
  });

  it('lets managed values win, and drops the rep key that belonged to the rep URL', () => {
    const policy = readPolicy({ teamBundleUrl: 'https://icp.acme.example/b.json', pollMinutes: 120 });
    expect(effectiveTeamSettings(policy, USER)).toEqual({
      url: 'https://icp.acme.example/b.json',
      requireSignature: false,
      locked: false,
      pollMinutes: 120,
      managed: { url: true, publicKey: false, inlineBundle: false, pollMinutes: true, lock: false },
    });
  });

  it('keeps a key the rep confirmed for the policy URL, and a policy key wins over it', () => {
    const url = 'https://icp.acme.example/b.json';
    const confirmed = { ...USER, url };
    expect(effectiveTeamSettings(readPolicy({ teamBundleUrl: url }), confirmed).publicKey).toBe('rep key');
    const pinned = effectiveTeamSettings(readPolicy({ teamBundleUrl: url, teamPublicKey: PEM }), confirmed);
    expect(pinned).toMatchObject({ publicKey: PEM.trim(), requireSignature: true, managed: { publicKey: true } });
  });

  it('uses the inline bundle only when the policy has no URL, and then ignores the rep URL', () => {
    const inline = readPolicy({ inlineBundle: { schemaVersion: 1 } });
    const settings = effectiveTeamSettings(inline, USER);
    expect(settings.url).toBeUndefined();
    expect(settings.publicKey).toBeUndefined();
    expect(settings).toMatchObject({ inlineBundle: { schemaVersion: 1 }, managed: { inlineBundle: true } });
    const both = readPolicy({ inlineBundle: { schemaVersion: 1 }, teamBundleUrl: 'https://a.example/b.json' });
    expect(effectiveTeamSettings(both, USER)).toMatchObject({
      url: 'https://a.example/b.json',
      managed: { url: true },
    });
    expect(effectiveTeamSettings(both, USER).inlineBundle).toBeUndefined();
  });

  it('honors lock: the rep settings are ignored altogether', () => {
    const locked = effectiveTeamSettings(readPolicy({ lock: true }), USER);
    expect(locked).toEqual({
      requireSignature: false,
      locked: true,
      pollMinutes: DEFAULT_POLL_MINUTES,
      managed: { url: false, publicKey: false, inlineBundle: false, pollMinutes: false, lock: true },
    });
  });

  it("clamps the rep's poll interval too and ignores a non-number", () => {
    expect(effectiveTeamSettings(readPolicy({}), { pollMinutes: 1 }).pollMinutes).toBe(5);
    expect(effectiveTeamSettings(readPolicy({}), { pollMinutes: Number.NaN }).pollMinutes).toBe(DEFAULT_POLL_MINUTES);
  });
});
