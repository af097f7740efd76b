import { exportPublicPem } from './pem';
import { generateSigningKey, keyIdOf } from './signing';

/**
 * The manager's team signing key, kept in this browser: an ECDSA P-256 key pair whose private
 * half is a non-extractable CryptoKey stored in its own small IndexedDB database (not the leads
 * database, not storage.local). IndexedDB keeps CryptoKey objects as they are, so the private
 * key's bytes can never be read back by any script, only used to sign. The cost: it cannot be
 * backed up; a lost browser profile means a new key that reps must be given again.
 */

const DB_NAME = 'icp-lens-publisher';
const STORE = 'keys';
const KEY_ID = 'team-signing-key';

export interface PublisherKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** keyIdOf the public key: what reps compare when they paste the PEM. */
  keyId: string;
  /** The public key as PEM text to hand to the team. */
  pem: string;
  createdAt: string;
}

type Stored = PublisherKey & { id: typeof KEY_ID };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(req);
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open(factory);
  try {
    return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The key created earlier in this browser, if any. */
export async function loadPublisherKey(factory: IDBFactory = indexedDB): Promise<PublisherKey | undefined> {
  const stored = (await withStore(factory, 'readonly', (s) => s.get(KEY_ID))) as Stored | undefined;
  if (!stored) return undefined;
  return {
    privateKey: stored.privateKey,
    publicKey: stored.publicKey,
    keyId: stored.keyId,
    pem: stored.pem,
    createdAt: stored.createdAt,
  };
}

/**
 * The browser's signing key, created on first use. Two pages creating at once both end with the
 * one that was stored first (`add` refuses the second).
 */
export async function ensurePublisherKey(
  now: string,
  factory: IDBFactory = indexedDB,
): Promise<{ key: PublisherKey; created: boolean }> {
  const existing = await loadPublisherKey(factory);
  if (existing) return { key: existing, created: false };
  const { privateKey, publicKey } = await generateSigningKey({ extractable: false });
  const key: PublisherKey = {
    privateKey,
    publicKey,
    keyId: await keyIdOf(publicKey),
    pem: await exportPublicPem(publicKey),
    createdAt: now,
  };
  try {
    await withStore(factory, 'readwrite', (s) => s.add({ id: KEY_ID, ...key } satisfies Stored));
    return { key, created: true };
  } catch (error) {
    const stored = await loadPublisherKey(factory);
    if (stored) return { key: stored, created: false };
    throw error;
  }
}
