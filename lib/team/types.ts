import type { IssueLine } from '../icp/errors';
import type { IcpBundle } from '../icp/schema-bundle';

/** Team bundle sync: shared types of fetch, decide and policy (all pure, no browser.*). */

export type FetchFailureCode = 'network' | 'timeout' | 'http' | 'too-large' | 'not-json' | 'bad-url';

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'fetched'; json: unknown; etag?: string; bytes: number }
  /** `at` is when it failed (ISO), so the UI can show the failure with its time. */
  | { kind: 'failed'; code: FetchFailureCode; message: string; at: string };

export interface FetchOptions {
  /** The ETag of the last good bundle; sent as If-None-Match. */
  etag?: string;
  fetch?: typeof fetch;
  /** Covers the whole exchange, headers and body (default 15000). */
  timeoutMs?: number;
  /** Bodies larger than this are refused while streaming (default 5 MB). */
  maxBytes?: number;
  /** Clock for the times in messages (default Date.now). */
  now?: () => number;
}

/** What `openEnvelope` in ./signing returns; injectable so decide can be tested alone. */
export type OpenEnvelopeResult =
  { ok: true; bundle: unknown; signed: boolean; keyId?: string } | { ok: false; errors: IssueLine[] };

export type OpenEnvelope = (
  json: unknown,
  publicKey: CryptoKey | null,
  opts?: { requireSignature?: boolean },
) => Promise<OpenEnvelopeResult>;

/** The bundle in use from this subscription; the whole bundle lets decide list what changed. */
export type CurrentBundle = Pick<IcpBundle, 'id' | 'version'> & Partial<IcpBundle>;

export interface DecideContext {
  publicKey: CryptoKey | null;
  requireSignature: boolean;
  current?: CurrentBundle;
  knownSchemaVersion: 1;
  /**
   * No key is set and the rep may confirm one: a signed envelope that carries its public key is
   * verified with that key and answered with `confirm-key` instead of being applied.
   */
  trustOnFirstUse?: boolean;
  /** Defaults to the real `openEnvelope`. */
  openEnvelope?: OpenEnvelope;
}

export type RefusalCode = 'signature' | 'key-changed' | 'invalid' | 'schema' | 'older' | 'other-bundle';

/** A key offered on first fetch, waiting for the rep to confirm it (nothing is applied meanwhile). */
export interface OfferedKeyView {
  /** PEM SPKI, canonical: what gets pinned into the subscription when the rep trusts it. */
  publicKey: string;
  keyId: string;
  /** SHA-256 over the key's SPKI, 64 hex digits; keyId is its start. */
  fingerprint: string;
}

export type TeamDecision =
  | { kind: 'apply'; bundle: IcpBundle; changes: string[]; signed: boolean; keyId?: string }
  /** Verified with the key the envelope carries, valid and not older: the rep must trust the key first. */
  | ({ kind: 'confirm-key'; bundle: IcpBundle } & OfferedKeyView)
  | { kind: 'same' }
  | { kind: 'refused'; code: RefusalCode; message: string; errors?: IssueLine[] };

/** Enterprise policy (public/managed-schema.json) after validation. */
export interface TeamPolicy {
  teamBundleUrl?: string;
  teamPublicKey?: string;
  /** Checked only for being an object here; decideTeamBundle validates it as a bundle. */
  inlineBundle?: Record<string, unknown>;
  lock: boolean;
  pollMinutes?: number;
  /** One readable line per ignored or adjusted entry, for the options page and the admin. */
  errors: string[];
}

/** What the rep set in the options page. */
export interface UserTeamSettings {
  url?: string;
  publicKey?: string;
  pollMinutes?: number;
}

export interface EffectiveTeamSettings {
  url?: string;
  publicKey?: string;
  inlineBundle?: Record<string, unknown>;
  /** A public key is set, so unsigned bundles are refused. */
  requireSignature: boolean;
  locked: boolean;
  pollMinutes: number;
  /** Which values come from policy, so the options page can show them read-only. */
  managed: { url: boolean; publicKey: boolean; inlineBundle: boolean; pollMinutes: boolean; lock: boolean };
}
