import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBundle } from '../../../lib/icp/errors';
import type { IcpBundle, IcpBundleInput } from '../../../lib/icp/schema-bundle';
import { decideTeamBundle, describeChanges } from '../../../lib/team/apply';
import { exportPublicPem, importPublicPem } from '../../../lib/team/pem';
import { generateSigningKey, keyIdOf, signBundle } from '../../../lib/team/signing';
import type { DecideContext, OpenEnvelope } from '../../../lib/team/types';

const TIERS = [
  { id: 'a', label: 'A', min: 80 },
  { id: 'b', label: 'B', min: 50 },
  { id: 'c', label: 'C', min: 0 },
];

function criterion(i: number, points = 10) {
  return { id: `c${i}`, label: `Criterion ${i}`, type: 'in', field: 'industry', values: [`Industry ${i}`], points };
}

/** A bundle as a manager would publish it, parsed as the one in use would be. */
function bundle(version: number, criteria = 3, extra: Partial<IcpBundleInput> = {}): IcpBundle {
  const parsed = parseBundle({
    schemaVersion: 1,
    id: 'acme-sales',
    name: 'Acme sales',
    version,
    publishedAt: '2026-06-30T09:00:00Z',
    icps: [
      {
        id: 'saas',
        name: 'Mid-market SaaS',
        tiers: TIERS,
        criteria: Array.from({ length: criteria }, (_, i) => criterion(i + 1)),
      },
    ],
    defaultIcpId: 'saas',
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const clone = <T>(value: T): T => structuredClone(value);

let team: CryptoKeyPair;
let other: CryptoKeyPair;
let teamKey: CryptoKey;
let ctx: DecideContext;

beforeAll(async () => {
  team = await generateSigningKey();
  other = await generateSigningKey();
  // The rep pastes PEM text: go through it as they would.
  teamKey = await importPublicPem(await exportPublicPem(team.publicKey));
  ctx = { publicKey: teamKey, requireSignature: true, current: bundle(3), knownSchemaVersion: 1 };
});

describe('decideTeamBundle with the real envelope and keys', () => {
  it('applies a newer signed bundle and lists what changed', async () => {
    const next = bundle(4, 4);
    next.icps[0].criteria[0].points = 25;
    next.icps[0].tiers = [TIERS[0], { id: 'b', label: 'B', min: 60 }, TIERS[2]];
    next.icps.push({ ...clone(next.icps[0]), id: 'banks', name: 'EMEA banks' });
    const decision = await decideTeamBundle(await signBundle(next, team.privateKey), ctx);
    expect(decision).toMatchObject({ kind: 'apply', signed: true, keyId: await keyIdOf(teamKey) });
    if (decision.kind !== 'apply') return;
    expect(decision.bundle.version).toBe(4);
    expect(decision.changes).toEqual([
      'Mid-market SaaS: "Criterion 1" now 25 points (was 10)',
      'Mid-market SaaS: added criterion "Criterion 4"',
      'Mid-market SaaS: tiers now A ≥ 80, B ≥ 60, C ≥ 0',
      'Added ICP "EMEA banks"',
    ]);
  });

  it('applies the first bundle of a subscription, saying what is now in use', async () => {
    const decision = await decideTeamBundle(await signBundle(bundle(1), team.privateKey), {
      ...ctx,
      current: undefined,
    });
    expect(decision).toMatchObject({ kind: 'apply', changes: ['Now using "Acme sales" version 1 (1 ICP)'] });
  });

  it('refuses a bundle signed with another key', async () => {
    const decision = await decideTeamBundle(await signBundle(bundle(4), other.privateKey), ctx);
    expect(decision).toMatchObject({ kind: 'refused', code: 'signature' });
    if (decision.kind !== 'refused') return;
    expect(decision.message).toMatch(/^the signature check failed: \$\.signature: the signature does not match/);
    expect(decision.errors?.[0].path).toBe('$.signature');
  });

  it('refuses a payload changed after signing', async () => {
    const envelope = await signBundle(bundle(4), team.privateKey);
    const tampered = { ...envelope, payload: Buffer.from(JSON.stringify(bundle(5))).toString('base64url') };
    expect(await decideTeamBundle(tampered, ctx)).toMatchObject({ kind: 'refused', code: 'signature' });
  });

  it('refuses an unsigned bundle when a signature is required, and accepts it when not', async () => {
    expect(await decideTeamBundle(bundle(4), ctx)).toMatchObject({ kind: 'refused', code: 'signature' });
    const open = { ...ctx, publicKey: null, requireSignature: false };
    expect(await decideTeamBundle(bundle(4), open)).toMatchObject({ kind: 'apply', signed: false });
  });

  it('refuses a wrong schema with the JSON path of each problem', async () => {
    const broken = clone(bundle(4)) as unknown as { icps: { criteria: Record<string, unknown>[] }[] };
    broken.icps[0].criteria[1].points = 'ten';
    const decision = await decideTeamBundle(await signBundle(broken, team.privateKey), ctx);
    expect(decision).toMatchObject({ kind: 'refused', code: 'invalid' });
    if (decision.kind !== 'refused') return;
    expect(decision.errors).toContainEqual({
      path: '$.icps[0].criteria[1].points',
      message: 'expected a number, got string "ten"',
    });
    expect(decision.message).toContain('$.icps[0].criteria[1].points');
  });

  it('refuses an older version (no rollback) and treats the same version as nothing new', async () => {
    const older = await decideTeamBundle(await signBundle(bundle(2), team.privateKey), ctx);
    expect(older).toEqual({
      kind: 'refused',
      code: 'older',
      message: 'this is version 2 of "Acme sales", older than version 3 in use; the server may be serving an old copy',
    });
    expect(await decideTeamBundle(await signBundle(bundle(3), team.privateKey), ctx)).toEqual({ kind: 'same' });
  });

  it('refuses a newer schemaVersion with a message to update, signed or plain', async () => {
    const future = { ...bundle(9), schemaVersion: 2, icps: 'something new' };
    const expected = {
      kind: 'refused',
      code: 'schema',
      message: 'this bundle needs a newer ICP Lens (schema 2); update the extension',
    };
    expect(await decideTeamBundle(await signBundle(future, team.privateKey), ctx)).toEqual(expected);
    expect(await decideTeamBundle(future, { ...ctx, publicKey: null, requireSignature: false })).toEqual(expected);
  });

  it('refuses another bundle at the same URL', async () => {
    const swapped = await signBundle({ ...bundle(7), id: 'someone-else' }, team.privateKey);
    expect(await decideTeamBundle(swapped, ctx)).toMatchObject({ kind: 'refused', code: 'other-bundle' });
  });

  it('measures validate + verify + decide for a 50-criterion bundle (logged, budget 50 ms)', async () => {
    const current = bundle(3, 50);
    const envelope = await signBundle(bundle(4, 50), team.privateKey);
    const timings: number[] = [];
    for (let run = 0; run < 10; run++) {
      const started = performance.now();
      const decision = await decideTeamBundle(envelope, { ...ctx, current });
      timings.push(performance.now() - started);
      expect(decision.kind).toBe('apply');
    }
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(
      `decideTeamBundle, 50 criteria, signed: first ${timings[0].toFixed(2)} ms, ` +
        `median ${sorted[5].toFixed(2)} ms, max ${sorted[9].toFixed(2)} ms (budget 50 ms, not asserted)`,
    );
  });
});

describe('decideTeamBundle with an injected openEnvelope', () => {
  it('passes the key and requireSignature through, and never throws when opening throws', async () => {
    const open = vi.fn<OpenEnvelope>().mockResolvedValue({ ok: true, bundle: bundle(4), signed: false });
    await decideTeamBundle({ any: 'json' }, { ...ctx, openEnvelope: open });
    expect(open).toHaveBeenCalledWith({ any: 'json' }, teamKey, { requireSignature: true });

    const throwing: OpenEnvelope = () => Promise.reject(new Error('crypto unavailable'));
    expect(await decideTeamBundle({}, { ...ctx, openEnvelope: throwing })).toMatchObject({
      kind: 'refused',
      code: 'signature',
      message: 'the signature check failed: $.signature: crypto unavailable',
    });
  });

  it('validates whatever the opener returns', async () => {
    const open: OpenEnvelope = async () => ({ ok: true, bundle: { schemaVersion: 1, id: 'x' }, signed: true });
    expect(await decideTeamBundle({}, { ...ctx, openEnvelope: open })).toMatchObject({
      kind: 'refused',
      code: 'invalid',
    });
  });
});

describe('describeChanges', () => {
  it('lists removed and renamed ICPs, removed criteria and a new default', () => {
    const old = bundle(3, 3);
    old.icps.push({ ...clone(old.icps[0]), id: 'banks', name: 'Banks' });
    const next = clone(old);
    next.version = 4;
    next.icps[0].name = 'SaaS, 50-1000';
    next.icps[0].criteria.pop();
    next.icps.splice(1, 1);
    next.icps.push({ ...clone(next.icps[0]), id: 'retail', name: 'Retail' });
    next.defaultIcpId = 'retail';
    expect(describeChanges(old, next)).toEqual([
      'Renamed ICP "Mid-market SaaS" to "SaaS, 50-1000"',
      'SaaS, 50-1000: removed criterion "Criterion 3"',
      'Added ICP "Retail"',
      'Removed ICP "Banks"',
      'Default ICP is now "Retail"',
    ]);
  });

  it('ignores key order, notes other criterion edits, and says when nothing visible changed', () => {
    const old = bundle(3);
    const reverse = (o: object) => Object.fromEntries(Object.entries(o).reverse());
    const icp = old.icps[0];
    const reordered = reverse({ ...old, version: 4, icps: [reverse({ ...icp, criteria: icp.criteria.map(reverse) })] });
    expect(describeChanges(old, reordered as IcpBundle)).toEqual(['No changes to ICPs, criteria, points or tiers']);
    const next = clone(old);
    (next.icps[0].criteria[0] as { values: string[] }).values.push('Banking');
    expect(describeChanges(old, next)).toEqual(['Changed "Criterion 1"']);
  });

  it('keeps the list short', () => {
    const next = bundle(4, 20);
    const lines = describeChanges(bundle(3, 1), next);
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe('…and 12 more changes');
  });
});
