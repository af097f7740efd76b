import { BUNDLE_SCHEMA_VERSION, type IcpBundle } from '../icp/schema-bundle';
import { decideTeamBundle } from './apply';
import { fetchTeamBundle } from './fetch-bundle';
import { importPublicPem } from './pem';
import { INLINE_SOURCE, mayTrustOnFirstUse, type PendingKey, type TeamFailure, type TeamStatus } from './sync-state';
import type { EffectiveTeamSettings, FetchOptions, TeamDecision } from './types';

/**
 * One team sync check, as a function of the settings in force and the stored status: fetch (with
 * If-None-Match), open and verify, decide. It returns the next status and what to do; the caller
 * (the background) stores it and applies side effects. Never throws. A refused or failed check
 * keeps the last good bundle and its ETag, so the next check fetches again instead of a 304
 * hiding the failure.
 */

export type PollOutcome =
  /** Nothing to check: no URL, no inline bundle. */
  | { kind: 'idle' }
  /** 304, or the same version: nothing changed. */
  | { kind: 'unchanged'; status: TeamStatus }
  | { kind: 'applied'; status: TeamStatus; bundle: IcpBundle; changes: string[] }
  /** The first signed bundle offered its key: nothing is applied until the rep trusts it. */
  | { kind: 'pending'; status: TeamStatus; pending: PendingKey }
  | { kind: 'failed'; status: TeamStatus; failure: TeamFailure };

export interface PollDeps {
  now?: () => number;
  /** Passed to fetchTeamBundle (fetch, timeoutMs, maxBytes). */
  fetch?: Omit<FetchOptions, 'etag' | 'now'>;
}

/** The URL, or INLINE_SOURCE for a policy's inline bundle, or undefined when nothing is set. */
export function teamSource(settings: EffectiveTeamSettings): string | undefined {
  if (settings.url !== undefined) return settings.url;
  return settings.inlineBundle !== undefined ? INLINE_SOURCE : undefined;
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** The stored status if it belongs to this source; another source starts afresh (no ETag, no bundle). */
function statusFor(source: string, stored: TeamStatus | undefined, publicKey: string | undefined): TeamStatus {
  if (!stored || stored.source !== source) return { source };
  // A new key must see the bundle again: a 304 would skip the check with it. A key waiting for
  // confirmation is moot once a key is set.
  if (stored.publicKey !== publicKey) {
    return without(without(stored, 'etag'), 'pending');
  }
  return stored;
}

const sentence = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`.replace(/\.?$/, '.');

/** Is a check due? Never checked, or the last check is at least pollMinutes old. */
export function pollDue(status: TeamStatus | undefined, pollMinutes: number, now: number): boolean {
  if (!status?.checkedAt) return true;
  return now - Date.parse(status.checkedAt) >= pollMinutes * 60_000;
}

async function readKey(pem: string | undefined): Promise<CryptoKey | null | { message: string }> {
  if (pem === undefined) return null;
  try {
    return await importPublicPem(pem);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { message: `The team public key cannot be used: ${reason}. Paste the key your manager gave you again.` };
  }
}

export async function pollTeam(
  settings: EffectiveTeamSettings,
  stored: TeamStatus | undefined,
  deps: PollDeps = {},
): Promise<PollOutcome> {
  const source = teamSource(settings);
  if (source === undefined) return { kind: 'idle' };
  const now = deps.now ?? Date.now;
  const at = new Date(now()).toISOString();
  const firstUse = mayTrustOnFirstUse(settings);
  // The last failure is dropped here: this check either succeeds or stores its own. A key waiting
  // for confirmation stays through a failed fetch; whatever the server answers replaces it.
  const kept = without(statusFor(source, stored, settings.publicKey), 'failure');
  const base: TeamStatus = { ...(firstUse ? kept : without(kept, 'pending')), checkedAt: at };
  const fail = (code: string, message: string, when = at, from = base): PollOutcome => {
    const failure = { code, message, at: when };
    return { kind: 'failed', status: { ...from, failure }, failure };
  };

  const key = await readKey(settings.publicKey);
  if (key !== null && 'message' in key) return fail('key', key.message);

  let json: unknown = settings.inlineBundle;
  let etag: string | undefined;
  if (settings.url !== undefined) {
    const got = await fetchTeamBundle(settings.url, { ...deps.fetch, etag: base.etag, now });
    if (got.kind === 'failed') return fail(got.code, got.message, got.at);
    if (got.kind === 'unchanged') return { kind: 'unchanged', status: without(base, 'pending') };
    json = got.json;
    etag = got.etag;
  }

  const decision = await decideTeamBundle(json, {
    publicKey: key,
    requireSignature: settings.requireSignature,
    current: base.bundle,
    knownSchemaVersion: BUNDLE_SCHEMA_VERSION,
    trustOnFirstUse: firstUse,
  });
  const settled = without(base, 'pending');
  if (decision.kind === 'refused') {
    return fail(decision.code, `Team bundle refused: ${sentence(decision.message)}`, at, settled);
  }
  return settle(decision, { settings, source, settled, etag, at });
}

interface Settling {
  settings: EffectiveTeamSettings;
  source: string;
  /** The status before this check, without a pending key. */
  settled: TeamStatus;
  etag: string | undefined;
  at: string;
}

/** The status after a bundle that was not refused: the same again, a key to confirm, or a new version. */
function settle(decision: Exclude<TeamDecision, { kind: 'refused' }>, s: Settling): PollOutcome {
  const { settings, settled, etag, at } = s;
  if (decision.kind === 'confirm-key') {
    const { publicKey, keyId, fingerprint, bundle } = decision;
    const pending = {
      publicKey,
      keyId,
      fingerprint,
      bundle: { id: bundle.id, name: bundle.name, version: bundle.version },
      at,
    };
    // Not its ETag: a 304 must not stand in for checking this bundle once the key is trusted.
    return { kind: 'pending', status: { ...settled, pending }, pending };
  }
  if (decision.kind === 'same') {
    // Verified again, with the key in force now: its ETag may stand in for it from here on.
    const status: TeamStatus = {
      ...without(settled, 'publicKey'),
      ...(etag !== undefined && { etag }),
      ...(settings.publicKey !== undefined && { publicKey: settings.publicKey }),
    };
    return { kind: 'unchanged', status };
  }
  const status: TeamStatus = {
    source: s.source,
    ...(etag !== undefined && { etag }),
    ...(settings.publicKey !== undefined && { publicKey: settings.publicKey }),
    bundle: decision.bundle,
    signed: decision.signed,
    ...(decision.keyId !== undefined && { keyId: decision.keyId }),
    appliedAt: at,
    checkedAt: at,
    changes: decision.changes,
  };
  return { kind: 'applied', status, bundle: decision.bundle, changes: decision.changes };
}
