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
  /** Defaults to the real `openEnvelope`. */
  openEnvelope?: OpenEnvelope;
}

export type RefusalCode = 'signature' | 'invalid' | 'schema' | 'older' | 'other-bundle';

export type TeamDecision =
  | { kind: 'apply'; bundle: IcpBundle; changes: string[]; signed: boolean; keyId?: string }
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
