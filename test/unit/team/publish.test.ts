import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultBundle } from '@/lib/icp/defaults';
import { decideTeamBundle } from '@/lib/team/apply';
import { ensurePublisherKey, loadPublisherKey } from '@/lib/team/browser-key';
import { openEnvelope } from '@/lib/team/envelope';
import { publicKeyInfo } from '@/lib/team/key-info';
import { importPublicPem } from '@/lib/team/pem';
import { prepareRelease } from '@/lib/team/publish';

describe('publishing from the browser', () => {
  it('creates the key once, keeps the private half unexportable, and shows its PEM and key id', async () => {
    const factory = new IDBFactory();
    const first = await ensurePublisherKey('2026-06-30T09:00:00Z', factory);
    expect(first.created).toBe(true);
    expect(first.key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', first.key.privateKey)).rejects.toThrow();
    const again = await ensurePublisherKey('2026-07-01T09:00:00Z', factory);
    expect(again.created).toBe(false);
    expect(again.key.keyId).toBe(first.key.keyId);
    expect((await loadPublisherKey(factory))?.createdAt).toBe('2026-06-30T09:00:00Z');
    const info = await publicKeyInfo(first.key.pem);
    expect(info).toMatchObject({ ok: true, keyId: first.key.keyId });
  });

  it('signs the next version so that the team’s check accepts it with the shown public key', async () => {
    const { key } = await ensurePublisherKey('2026-06-30T09:00:00Z', new IDBFactory());
    const bundle = { ...defaultBundle, id: 'team', version: 4 };
    const release = await prepareRelease(bundle, key, '2026-06-30T10:00:00Z', 'Dana (sales manager)');
    expect(release.bundle).toMatchObject({
      version: 5,
      publishedAt: '2026-06-30T10:00:00Z',
      publisher: 'Dana (sales manager)',
    });
    expect(release.fileName).toBe('team-v5.signed.json');
    const opened = await openEnvelope(JSON.parse(release.text), await importPublicPem(key.pem));
    expect(opened).toMatchObject({ ok: true, signed: true, keyId: key.keyId, bundle: { version: 5 } });
  });

  it('puts the public key in the envelope, so a rep subscribing with the URL alone is shown its key id', async () => {
    const { key } = await ensurePublisherKey('2026-06-30T09:00:00Z', new IDBFactory());
    const release = await prepareRelease({ ...defaultBundle, id: 'team', version: 1 }, key, '2026-06-30T10:00:00Z');
    const envelope = JSON.parse(release.text) as { keyId: string; publicKey: string };
    expect(envelope).toMatchObject({ keyId: key.keyId, publicKey: key.pem.trim() });
    const firstUse = {
      publicKey: null,
      requireSignature: false,
      knownSchemaVersion: 1 as const,
      trustOnFirstUse: true,
    };
    expect(await decideTeamBundle(envelope, firstUse)).toMatchObject({
      kind: 'confirm-key',
      keyId: key.keyId,
      publicKey: key.pem.trim(),
      bundle: { version: 2 },
    });
  });
});
