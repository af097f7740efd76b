import { spawnSync } from 'node:child_process';
import nodeCrypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../lib/cli/main';

const BIN = path.resolve('lib/cli/icp-lens.mjs');
const FIXTURES = 'test/fixtures/team';
const BUNDLE = `${FIXTURES}/bundle.json`;
const PRIVATE = `${FIXTURES}/team-private.jwk`;
const PUBLIC = `${FIXTURES}/team-public.pem`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-sign-'));
const inTmp = (name: string) => path.join(tmp, name);
const write = (name: string, content: unknown) => {
  const file = inTmp(name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

/** Runs the real command as a user would (a child process), returning its streams and exit code. */
function run(...args: string[]) {
  const out = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr.trim() };
}

describe('icp-lens keygen → sign → verify', () => {
  // Four child processes, each loading TypeScript through tsx: slow on a busy machine.
  it(
    'round trips through files, and verify refuses the envelope once a byte of it changes',
    { timeout: 90_000 },
    () => {
      const priv = inTmp('team.jwk');
      const pub = inTmp('team.pem');
      const keygen = run('keygen', '--out-private', priv, '--out-public', pub);
      expect(keygen.code).toBe(0);
      const keyId = /^key ([0-9a-f]{16}): private key in /.exec(keygen.stdout)?.[1];
      expect(keyId).toBeDefined();
      expect(fs.statSync(priv).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(pub, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
      expect(nodeCrypto.createPublicKey(fs.readFileSync(pub, 'utf8')).asymmetricKeyDetails?.namedCurve).toBe(
        'prime256v1',
      );

      const signed = inTmp('bundle.signed.json');
      const before = Date.now();
      const sign = run('sign', BUNDLE, '--key', priv, '--out', signed, '--bump');
      expect(sign).toMatchObject({ code: 0, stderr: '' });
      expect(sign.stdout.trim()).toBe(`${signed}: signed "Signing fixture team" version 2 with key ${keyId}`);
      const envelope = JSON.parse(fs.readFileSync(signed, 'utf8'));
      expect(envelope.keyId).toBe(keyId);
      // The public key rides along, for reps who subscribe with the URL alone and confirm its key id.
      expect(envelope.publicKey).toBe(fs.readFileSync(pub, 'utf8').trim());
      const payload = JSON.parse(Buffer.from(envelope.payload, 'base64url').toString('utf8'));
      expect(payload.version).toBe(2);
      expect(Date.parse(payload.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(payload.icps).toEqual(JSON.parse(fs.readFileSync(BUNDLE, 'utf8')).icps);

      const verify = run('verify', signed, '--key', pub);
      expect(verify).toMatchObject({ code: 0, stderr: '' });
      expect(verify.stdout.trim()).toBe(
        `${signed}: bundle "signing-fixture-team" ("Signing fixture team") version 2: signature OK (key ${keyId})`,
      );

      const text = Buffer.from(envelope.payload, 'base64url').toString('utf8').replace('"version":2', '"version":3');
      const tampered = write('tampered.json', { ...envelope, payload: Buffer.from(text).toString('base64url') });
      const refused = run('verify', tampered, '--key', pub);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toBe(
        `icp-lens: ${tampered}: $.signature the signature does not match the team's public key: ` +
          'the bundle was changed after signing, or signed with another key',
      );
    },
  );

  it('signs to stdout without --out, keeping the version without --bump', () => {
    const { code, stdout } = run('sign', BUNDLE, '--key', PRIVATE);
    expect(code).toBe(0);
    const envelope = JSON.parse(stdout);
    expect(Object.keys(envelope)).toEqual(['payload', 'signature', 'keyId', 'publicKey']);
    expect(envelope.publicKey).toBe(fs.readFileSync(PUBLIC, 'utf8').trim());
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64url').toString('utf8'))).toEqual(
      JSON.parse(fs.readFileSync(BUNDLE, 'utf8')),
    );
    expect(run('verify', write('stdout.json', stdout), '--key', PUBLIC).code).toBe(0);
  });

  it('verifies the committed fixture envelope with the committed PEM', () => {
    const { code, stdout } = run('verify', `${FIXTURES}/bundle.signed.json`, '--key', PUBLIC);
    expect(code).toBe(0);
    expect(stdout).toContain('version 1: signature OK (key c4ce97bc5c3827fd)');
  });
});

/** The verb table in-process (no child process per case): exit code and what went to stderr. */
async function runInProcess(...args: string[]) {
  const errors: string[] = [];
  const logs: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...line: unknown[]) => void errors.push(line.join(' ')));
  const log = vi.spyOn(console, 'log').mockImplementation((...line: unknown[]) => void logs.push(line.join(' ')));
  try {
    return { code: await main(args), stderr: errors.join('\n'), stdout: logs.join('\n') };
  } finally {
    error.mockRestore();
    log.mockRestore();
  }
}

describe('icp-lens sign, verify and keygen fail with one clear line', () => {
  const other = inTmp('other.pem');
  const otherKey = nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  fs.writeFileSync(other, otherKey.export({ type: 'spki', format: 'pem' }) as string);
  const broken = JSON.parse(fs.readFileSync(BUNDLE, 'utf8'));
  broken.icps[0].criteria[1].points = 'sixty';
  broken.version = 0;
  const brokenFile = write('broken.json', broken);
  const existing = write('exists.jwk', '{}');
  const signed = `${FIXTURES}/bundle.signed.json`;
  const committed = JSON.parse(fs.readFileSync(signed, 'utf8')) as object;
  const otherPem = otherKey.export({ type: 'spki', format: 'pem' }) as string;
  const wrongCarried = write('wrong-carried.json', { ...committed, publicKey: otherPem });
  const badCarried = write('bad-carried.json', { ...committed, publicKey: 'not a key' });

  it.each([
    [
      ['verify', wrongCarried, '--key', PUBLIC],
      /wrong-carried\.json: \$\.publicKey is key [0-9a-f]{16}, not key c4ce97bc5c3827fd that signed the bundle: reps who subscribe without a key would refuse it; sign again$/,
    ],
    [
      ['verify', badCarried, '--key', PUBLIC],
      /bad-carried\.json: \$\.publicKey the public key in the envelope cannot be used: this is not a PEM public key/,
    ],
    [
      ['verify', signed, '--key', other],
      /: \$\.signature the signature does not match .* \(the envelope names key "c4ce/,
    ],
    [
      ['verify', BUNDLE, '--key', PUBLIC],
      /bundle\.json: \$ this bundle is not signed, but a signed bundle is required/,
    ],
    [['verify', signed, '--key', BUNDLE], /bundle\.json: this is not a PEM public key/],
    [['verify', signed, '--key', PRIVATE], /team-private\.jwk: this is not a PEM public key/],
    [['verify', signed], /^icp-lens: missing --key$/],
    [['verify'], /^icp-lens: missing the envelope file: icp-lens verify ENVELOPE --key PUBLIC\.pem$/],
    [
      ['sign', brokenFile, '--key', PRIVATE],
      /broken\.json: \$\.version must be .*, got number 0 \(and 1 more: icp-lens validate /,
    ],
    [['sign', signed, '--key', PRIVATE], /is already a signed envelope: sign the plain bundle$/],
    [['sign', BUNDLE, '--key', PUBLIC], /team-public\.pem: --key expects the private key as JWK .*not PEM$/],
    [
      ['sign', BUNDLE, '--key', BUNDLE],
      /bundle\.json: the private key must be an EC key \(kty "EC"\), got kty undefined$/,
    ],
    [['sign', BUNDLE], /^icp-lens: missing --key$/],
    [
      ['sign', BUNDLE, '--key', PRIVATE, '--out', inTmp('no/such/dir.json')],
      /cannot write .*dir\.json: no such folder$/,
    ],
    [['keygen', '--out-private', existing, '--out-public', inTmp('new.pem')], /exists\.jwk already exists: .*--force/],
    [['keygen', '--out-private', inTmp('same'), '--out-public', inTmp('same')], /must be different files$/],
  ])('%j', async (args, message) => {
    const { code, stderr, stdout } = await runInProcess(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^icp-lens: /);
    expect(stderr).toMatch(message);
  });

  it('keygen --force replaces existing files', async () => {
    const priv = write('replace.jwk', '{}');
    const { code } = await runInProcess(
      'keygen',
      '--out-private',
      priv,
      '--out-public',
      inTmp('replace.pem'),
      '--force',
    );
    expect(code).toBe(0);
    expect(JSON.parse(fs.readFileSync(priv, 'utf8'))).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(fs.statSync(priv).mode & 0o777).toBe(0o600);
  });
});
